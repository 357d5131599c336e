import { z } from 'zod';
import { text } from '../../../domain/common.js';
import { errorResponses, jsonContent } from '../../openapi.js';
import { route, type Api } from '../../routing.js';
import { presentPersonExport } from './gdpr.presenter.js';
import { erasePerson, exportPerson } from './gdpr.service.js';

const params = z.object({ id: text.max(100) });

/** A person's data rights: export (access) and erasure, for editors of their workspace. */
export function registerPeopleRoutes(app: Api) {
  route(
    app,
    'user',
    {
      method: 'get',
      path: '/api/v1/people/{id}/export',
      tags: ['people'],
      summary: 'Everything about one person across all tables (GDPR access request)',
      request: { params },
      responses: {
        200: jsonContent(z.record(z.string(), z.unknown()), 'The export'),
        ...errorResponses(401, 403, 404),
      },
    },
    async (c) => {
      const result = await exportPerson(c.var.db, c.var.caller, c.req.valid('param').id, c.var.now());
      return c.json(presentPersonExport(result), 200);
    },
  );
  route(
    app,
    'user',
    {
      method: 'post',
      path: '/api/v1/people/{id}/erase',
      tags: ['people'],
      summary: 'Erase a person everywhere (GDPR erasure); the audit log keeps only the fact',
      request: { params },
      responses: { 204: { description: 'Erased' }, ...errorResponses(401, 403, 404) },
    },
    async (c) => {
      await erasePerson(c.var.db, c.var.caller, c.req.valid('param').id, c.var.now());
      return c.body(null, 204);
    },
  );
}
