import type { OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { text } from '../../../domain/common.js';
import { audit } from '../../audit/audit.js';
import { route } from '../../routing.js';
import { canRead, canWrite } from '../../auth/visibility.js';
import type { AppEnv } from '../../env.js';
import { AppError, notFound } from '../../errors.js';
import { errorResponses, jsonContent } from '../../openapi.js';
import type { Caller } from '../../auth/caller.js';
import type { Database } from '../../db/database.js';
import { isUuid } from '../../resources/repository.js';
import { erasePerson, exportPerson } from './gdpr.service.js';

const params = z.object({ id: text.max(100) });

/** Export and erasure are for editors of the person's workspace: viewers may see, not hand out or erase. */
async function personForEditor(db: Database, id: string, caller: Caller, action: string) {
  const row = isUuid(id)
    ? await db
        .selectFrom('people')
        .select(['id', 'workspaceId', 'visibility'])
        .where('id', '=', id)
        .executeTakeFirst()
    : undefined;
  if (!row || !canRead(caller, row)) throw notFound('Person');
  if (!canWrite(caller, row.workspaceId)) {
    await audit(db, caller, { action, entity: 'people', entityId: id, outcome: 'denied' });
    throw new AppError(403, 'forbidden', 'Only editors of the workspace can do this');
  }
  return row;
}

export function registerPeopleRoutes(app: OpenAPIHono<AppEnv>) {
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
      const row = await personForEditor(c.var.db, c.req.valid('param').id, c.var.caller, 'export');
      const result = await exportPerson(c.var.db, row.id);
      await audit(
        c.var.db,
        c.var.caller,
        {
          action: 'export',
          entity: 'people',
          entityId: row.id,
          workspaceId: row.workspaceId,
          outcome: 'ok',
        },
        c.var.now(),
      );
      return c.json(JSON.parse(JSON.stringify(result)) as Record<string, unknown>, 200);
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
      const row = await personForEditor(c.var.db, c.req.valid('param').id, c.var.caller, 'erase');
      await erasePerson(c.var.db, row.id);
      await audit(
        c.var.db,
        c.var.caller,
        {
          action: 'erase',
          entity: 'people',
          entityId: row.id,
          workspaceId: row.workspaceId,
          outcome: 'ok',
        },
        c.var.now(),
      );
      return c.body(null, 204);
    },
  );
}
