import { z } from 'zod';
import { GRAPH_SCOPES, type EdgeColumns, type GraphNodeRow, type GraphScope } from './graph.repository.js';
import type { graphMeasures } from './graph.measures.js';

const numbers = z.array(z.number());
const texts = z.array(z.string());
const optionalTexts = z.array(z.string().nullable());

export const graphSchema = z
  .object({
    scope: z.object({ kind: z.enum(GRAPH_SCOPES), id: z.string(), name: z.string() }),
    nodes: z.object({
      id: texts,
      nameFi: texts,
      nameSv: optionalTexts,
      nameEn: optionalTexts,
      kind: texts,
      municipalityCode: optionalTexts,
      role: texts.meta({ description: 'Role in the network or ecosystem' }),
    }),
    measures: z.object({
      degree: numbers.meta({ description: 'Distinct partners' }),
      weightedDegree: numbers,
      pagerank: numbers,
      betweenness: numbers,
    }),
    betweenness: z.object({ mode: z.enum(['exact', 'sampled']), sources: z.number().int() }),
    edges: z.object({
      from: numbers.meta({ description: 'Position of the relation’s source in nodes' }),
      to: numbers,
      kind: texts,
      weight: numbers,
    }),
  })
  .meta({ id: 'Graph' });

export type GraphMap = {
  scope: { kind: GraphScope; id: string; name: string };
  rows: GraphNodeRow[];
  measured: ReturnType<typeof graphMeasures>;
  edges: EdgeColumns;
};

/** The map's data in one compact answer: nodes and measures as parallel columns, edges as index pairs. */
export function presentGraph({ scope, rows, measured, edges }: GraphMap) {
  const column = <K extends keyof GraphNodeRow>(key: K) => rows.map((r) => r[key]);
  return {
    scope,
    nodes: {
      id: column('id'),
      nameFi: column('nameFi'),
      nameSv: column('nameSv'),
      nameEn: column('nameEn'),
      kind: column('kind'),
      municipalityCode: column('municipalityCode'),
      role: column('role'),
    },
    ...measured,
    edges,
  };
}
