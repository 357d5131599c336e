import { api, type Schema } from '../../api/client';
import { earlyRequest } from './early-request';
import { prefetchGraph, takeGraph } from './payload';

export type Coverage = Schema<'Coverage'>;
export type Network = Schema<'Network'>;

export { MAP_MEASURES as MEASURES, type MapMeasure as Measure } from '../../../domain/network-style';

/**
 * What the map draws, as GET /api/v1/graph answers it: members and their measures as parallel columns,
 * relations as index pairs (a picture's network is drawn from the same columns).
 */
export type GraphData = Pick<Schema<'Graph'>, 'nodes' | 'measures' | 'edges'>;

export type NetworkData = { network: Network; graph: GraphData };

/**
 * A network and its map. The map comes in one answer of columns from the server's graph endpoint (its
 * binary form), so a network of 10,000 members and 50,000 relations loads in one request instead of
 * hundreds of pages; both are asked for at once, by the key in the address (an id or a slug).
 */
export async function loadNetwork(key: string, signal?: AbortSignal): Promise<NetworkData> {
  const [network, graph] = await Promise.all([record.take(key, signal), takeGraph('network', key, signal)]);
  return { network, graph };
}

const record = earlyRequest((key, signal) => api.get('/networks/{id}', { path: { id: key }, signal }));

const NETWORK_PATH = /^\/(?:fi|sv|en)\/networks\/([^/]+)\/?$/;

/**
 * When the address is a network's page: its map and its record, both asked for before the app's code
 * runs (the page waits for both; the record alone takes a few hundred milliseconds on a busy server).
 */
export function prefetchNetworkOf(pathname: string) {
  const match = NETWORK_PATH.exec(pathname);
  if (!match) return;
  const key = decodeURIComponent(match[1]!);
  prefetchGraph('network', key);
  record.start(key);
}
