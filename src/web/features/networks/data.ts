import { get } from '../../api/client';
import type { NetworkSummary } from '../overview/overview';

export type Coverage = {
  municipalityCount: number;
  regionCount: number;
  municipalities: { code: string; nameFi: string; nameSv: string | null; regionCode: string | null }[];
  regions: { code: string; nameFi: string; nameSv: string | null; nameEn: string | null }[];
};

export type Network = NetworkSummary & { coverage: Coverage };

export const MEASURES = ['degree', 'weightedDegree', 'pagerank', 'betweenness'] as const;
export type Measure = (typeof MEASURES)[number];

/** GET /api/v1/graph: members and their measures as parallel columns, relations as index pairs. */
export type GraphData = {
  nodes: {
    id: string[];
    nameFi: string[];
    nameSv: (string | null)[];
    nameEn: (string | null)[];
    kind: string[];
    municipalityCode: (string | null)[];
    role: string[];
  };
  measures: Record<Measure, number[]>;
  edges: { from: number[]; to: number[]; kind: string[]; weight: number[] };
};

export type NetworkData = { network: Network; graph: GraphData };

/**
 * A network and its map. The map comes in one answer of columns from the server's graph endpoint, so a
 * network of 10,000 members and 50,000 relations loads in one request instead of hundreds of pages.
 */
export async function loadNetwork(key: string, signal?: AbortSignal): Promise<NetworkData> {
  const network = await get<Network>(`/networks/${encodeURIComponent(key)}`, undefined, signal);
  const graph = await get<GraphData>('/graph', { scope: 'network', id: network.id }, signal);
  return { network, graph };
}
