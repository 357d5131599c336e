import { api } from '../../api/client';
import { decodeGraphBinary, GRAPH_BINARY_TYPE } from '../../../formats/graph-binary';
import type { GraphData } from './data';
import { earlyRequest } from './early-request';

type Scope = 'network' | 'ecosystem';

/**
 * The map's columns in the binary form of GET /api/v1/graph: typed arrays and one string table, read
 * without a JSON parse of two megabytes. The browser keeps the answer with its ETag and asks again with
 * If-None-Match, so a repeat visit to an unchanged map is a 304.
 */
export async function loadGraph(scope: Scope, id: string, signal?: AbortSignal): Promise<GraphData> {
  const bytes = await api.bytes('/graph', GRAPH_BINARY_TYPE, {
    query: { scope, id, format: 'binary' },
    signal,
  });
  performance.mark('map:graph received');
  const graph = decodeGraphBinary(new Uint8Array(bytes));
  performance.mark('map:graph decoded');
  return graph;
}

const early = earlyRequest((key, signal) => {
  const at = key.indexOf('/');
  return loadGraph(key.slice(0, at) as Scope, key.slice(at + 1), signal);
});

/**
 * Starts a network page's map request as soon as its address is known, while the page's code is still on
 * its way (the network's own record is asked for beside it, not before it).
 */
export const prefetchGraph = (scope: Scope, id: string) => early.start(`${scope}/${id}`);

/** The map prefetched for this page, once and while fresh; otherwise a new request. */
export const takeGraph = (scope: Scope, id: string, signal?: AbortSignal): Promise<GraphData> =>
  early.take(`${scope}/${id}`, signal);
