import { z } from 'zod';
import { text } from '../../../domain/common.js';
import { errorResponses, jsonBody, jsonContent } from '../../openapi.js';
import { route, type Api } from '../../routing.js';
import { mergedSchema, presentSimilar, similarSchema } from './competences.presenter.js';
import * as competences from './competences.service.js';

/**
 * The vocabulary grows with use: before adding a term, the form asks for near matches; admins merge
 * duplicates. Registered before the competences resource, so `similar` is not read as an id.
 */
export function registerCompetenceRoutes(app: Api) {
  similarRoute(app);
  mergeRoute(app);
}

function similarRoute(app: Api) {
  route(
    app,
    'records',
    {
      method: 'get',
      path: '/api/v1/competences/similar',
      operationId: 'listSimilarCompetences',
      tags: ['competences'],
      summary: 'Competences whose name is near the one given (a duplicate check before adding one)',
      request: { query: z.object({ name: text.trim().min(2).max(200) }) },
      responses: {
        200: jsonContent(z.object({ items: z.array(similarSchema) }), 'Near matches, nearest first'),
        ...errorResponses(400),
      },
    },
    async (c) => {
      const found = await competences.similarCompetences(c.var.db, c.var.caller, c.req.valid('query').name);
      return c.json({ items: found.map(presentSimilar) }, 200);
    },
  );
}

function mergeRoute(app: Api) {
  route(
    app,
    'admin',
    {
      method: 'post',
      path: '/api/v1/competences/{id}/merge',
      tags: ['competences'],
      summary: 'Merge a duplicate competence into another: its offers and needs move over, it is deleted',
      request: {
        params: z.object({ id: z.uuid() }),
        body: jsonBody(z.strictObject({ intoId: z.uuid() })),
      },
      responses: {
        200: jsonContent(mergedSchema, 'Merged'),
        ...errorResponses(400, 401, 403, 404, 422),
      },
    },
    async (c) => {
      const { into, moved, dropped } = await competences.mergeCompetences(
        c.var.db,
        c.var.caller,
        c.req.valid('param').id,
        c.req.valid('json').intoId,
        c.var.now(),
      );
      return c.json({ intoId: into.id, moved, dropped }, 200);
    },
  );
}
