import type { OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { text } from '../../../domain/common.js';
import { route } from '../../routing.js';
import type { AppEnv } from '../../env.js';
import { errorResponses, jsonContent } from '../../openapi.js';
import { graphSchema, presentGraph } from './graph.presenter.js';
import { GRAPH_SCOPES } from './graph.repository.js';
import { graphOf } from './graph.service.js';

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
      return c.json(presentGraph(await graphOf(c.var.db, c.var.caller, scope, id)), 200);
    },
  );
}
