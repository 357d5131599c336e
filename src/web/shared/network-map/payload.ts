import { api } from '../../api/client';
import { decodeGraphBinary, GRAPH_BINARY_TYPE } from '../../../formats/graph-binary';
import type { GraphData } from './data';

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
  return decodeGraphBinary(new Uint8Array(bytes));
}

/** A prefetched map older than this is asked for again: the page may have been left meanwhile. */
const FRESH_MS = 10_000;
let started: { key: string; at: number; graph: Promise<GraphData> } | null = null;

/**
 * Starts a network page's map request as soon as its address is known, while the page's code is still on
 * its way (the network's own record is asked for beside it, not before it).
 */
export function prefetchGraph(scope: Scope, id: string) {
  const graph = loadGraph(scope, id);
  graph.catch(() => undefined); // the page shows the error when it takes the answer
  started = { key: `${scope}/${id}`, at: Date.now(), graph };
}

/** The map prefetched for this page, once and while fresh; otherwise a new request. */
export function takeGraph(scope: Scope, id: string, signal?: AbortSignal): Promise<GraphData> {
  const prefetched = started;
  started = null;
  if (prefetched?.key === `${scope}/${id}` && Date.now() - prefetched.at < FRESH_MS) return prefetched.graph;
  return loadGraph(scope, id, signal);
}

const NETWORK_PATH = /^\/(?:fi|sv|en)\/networks\/([^/]+)\/?$/;

/** When the address is a network's page: its map, asked for before the app's code runs. */
export function prefetchNetworkGraphOf(pathname: string) {
  const match = NETWORK_PATH.exec(pathname);
  if (match) prefetchGraph('network', decodeURIComponent(match[1]!));
}
