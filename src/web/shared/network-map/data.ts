import { api, type Schema } from '../../api/client';

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
 * A network and its map. The map comes in one answer of columns from the server's graph endpoint, so a
 * network of 10,000 members and 50,000 relations loads in one request instead of hundreds of pages.
 */
export async function loadNetwork(key: string, signal?: AbortSignal): Promise<NetworkData> {
  const network = await api.get('/networks/{id}', { path: { id: key }, signal });
  const graph = await api.get('/graph', { query: { scope: 'network', id: network.id }, signal });
  return { network, graph };
}
