import type { OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { text } from '../../../domain/common.js';
import { route } from '../../routing.js';
import type { AppEnv } from '../../env.js';
import { errorResponses, jsonContent } from '../../openapi.js';
import { GRAPH_SCOPES, graphEdges, graphNodes, resolveGraphScope } from './graph.loader.js';
import { graphMeasures } from './graph.measures.js';

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

/** The map's data in one compact answer: nodes and measures as parallel columns, edges as index pairs. */
export function registerGraphRoutes(app: OpenAPIHono<AppEnv>) {
  route(
    app,
    'records',
    {
      method: 'get',
      path: '/api/v1/graph',
      tags: ['pictures'],
      summary: 'The network map of a network or ecosystem as columns: members, measures, relations',
      request: {
        query: z.strictObject({
          scope: z.enum(GRAPH_SCOPES),
          id: text.min(1).max(200).meta({ description: 'Network or ecosystem id or slug' }),
        }),
      },
      responses: {
        200: jsonContent(graphSchema, 'What the caller may see of the map'),
        ...errorResponses(400, 404),
      },
    },
    async (c) => {
      const { scope, id } = c.req.valid('query');
      const { db, caller } = c.var;
      const found = await resolveGraphScope(db, scope, id, caller);
      const rows = await graphNodes(db, scope, found.id, caller);
      const edges = await graphEdges(
        db,
        rows.map((r) => r.id),
        caller,
      );
      const column = <K extends keyof (typeof rows)[number]>(key: K) => rows.map((r) => r[key]);
      return c.json(
        {
          scope: { kind: scope, id: found.id, name: found.nameFi },
          nodes: {
            id: column('id'),
            nameFi: column('nameFi'),
            nameSv: column('nameSv'),
            nameEn: column('nameEn'),
            kind: column('kind'),
            municipalityCode: column('municipalityCode'),
            role: column('role'),
          },
          ...graphMeasures(rows.length, edges),
          edges,
        },
        200,
      );
    },
  );
}
