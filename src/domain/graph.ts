/**
 * The network map's answer (GET /api/v1/graph) as one zod schema: the server's OpenAPI document is made
 * from it (and the web app's generated API types from that), and the binary form's columns
 * (src/formats/graph-binary.ts) are its type, so the JSON answer, the binary one and the browser's types
 * cannot drift apart. Here because both the server and the formats layer may import the domain.
 */
import { z } from 'zod';

export const GRAPH_SCOPES = ['network', 'ecosystem'] as const;
export type GraphScope = (typeof GRAPH_SCOPES)[number];

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

/** The map's data as columns: nodes and measures parallel, edges as positions in the nodes. */
export type GraphColumns = z.infer<typeof graphSchema>;
