import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { comparePictures, pictureChangeSchema } from '../../../analysis/compare.js';
import { buildPicture } from '../../../analysis/picture.js';
import { SCOPE_KINDS, type Picture } from '../../../analysis/picture.schema.js';
import { audit } from '../../audit/audit.js';
import { declare } from '../../auth/policies.js';
import { applyVisibility } from '../../auth/visibility.js';
import type { AppEnv } from '../../env.js';
import { notFound } from '../../errors.js';
import { errorResponses, jsonContent } from '../../openapi.js';
import { isUuid } from '../../resources/repository.js';
import { chooseWorkspace } from '../../resources/service.js';
import { loadPictureInput } from './picture.loader.js';

const scopeQuery = {
  scope: z.enum(SCOPE_KINDS),
  id: z.string().min(1).max(200),
};
const snapshot = z
  .object({
    id: z.string(),
    scopeKind: z.string(),
    scopeId: z.string(),
    takenOn: z.string(),
    workspaceId: z.string(),
    visibility: z.string(),
    createdBy: z.string(),
  })
  .meta({ id: 'PictureSnapshot' });
const COLUMNS = ['id', 'scopeKind', 'scopeId', 'takenOn', 'workspaceId', 'visibility', 'createdBy'];

/** Dated snapshots of a picture, and what changed since one of them. */
export function registerSnapshotRoutes(app: OpenAPIHono<AppEnv>) {
  declare('POST', '/api/v1/pictures/snapshots', 'user');
  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/v1/pictures/snapshots',
      tags: ['pictures'],
      summary: "Save today's picture of a scope as a dated snapshot",
      request: {
        query: z.strictObject({
          ...scopeQuery,
          workspace: z.string().max(200).optional(),
          visibility: z.enum(['private', 'network', 'public']).default('network'),
        }),
      },
      responses: { 201: jsonContent(snapshot, 'Saved'), ...errorResponses(400, 401, 403, 404) },
    }),
    async (c) => {
      const { scope, id, workspace, visibility } = c.req.valid('query');
      const { db, caller } = c.var;
      const workspaceId = await chooseWorkspace(db, { caller, workspace }, 'picture_snapshots');
      const takenOn = c.var.now().toISOString().slice(0, 10);
      const picture = buildPicture(await loadPictureInput(db, scope, id, caller, takenOn));
      const row = await db
        .insertInto('pictureSnapshots')
        .values({
          scopeKind: scope,
          scopeId: picture.scope.id,
          takenOn,
          picture: JSON.stringify(picture),
          workspaceId,
          visibility,
          createdBy: caller.label,
          updatedBy: caller.label,
        })
        .returning(COLUMNS)
        .executeTakeFirstOrThrow();
      await audit(
        db,
        caller,
        {
          action: 'create',
          entity: 'picture_snapshots',
          entityId: row.id as string,
          workspaceId,
          outcome: 'ok',
        },
        c.var.now(),
      );
      return c.json(row as z.infer<typeof snapshot>, 201);
    },
  );

  declare('GET', '/api/v1/pictures/snapshots', 'records');
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/pictures/snapshots',
      tags: ['pictures'],
      summary: 'Saved snapshots of a scope, newest first',
      request: { query: z.strictObject({ scope: z.enum(SCOPE_KINDS), scopeId: z.string().min(1).max(200) }) },
      responses: {
        200: jsonContent(z.object({ items: z.array(snapshot) }), 'Snapshots'),
        ...errorResponses(400),
      },
    }),
    async (c) => {
      const { scope, scopeId } = c.req.valid('query');
      const rows = await applyVisibility(
        c.var.db.selectFrom('pictureSnapshots').select(COLUMNS),
        c.var.caller,
      )
        .where('scopeKind', '=', scope)
        .where('scopeId', '=', scopeId)
        .orderBy('takenOn', 'desc')
        .orderBy('createdAt', 'desc')
        .execute();
      return c.json({ items: rows as z.infer<typeof snapshot>[] }, 200);
    },
  );

  declare('GET', '/api/v1/pictures/changes', 'records');
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/pictures/changes',
      tags: ['pictures'],
      summary: "What changed in a scope's picture since a saved snapshot",
      request: {
        query: z.strictObject({
          ...scopeQuery,
          since: z.string().max(100).meta({ description: 'Snapshot id' }),
        }),
      },
      responses: { 200: jsonContent(pictureChangeSchema, 'The changes'), ...errorResponses(400, 404) },
    }),
    async (c) => {
      const { scope, id, since } = c.req.valid('query');
      const { db, caller } = c.var;
      const old = isUuid(since)
        ? await applyVisibility(db.selectFrom('pictureSnapshots').select(['picture', 'scopeKind']), caller)
            .where('id', '=', since)
            .executeTakeFirst()
        : undefined;
      if (!old || old.scopeKind !== scope) throw notFound('Snapshot');
      const now = buildPicture(
        await loadPictureInput(db, scope, id, caller, c.var.now().toISOString().slice(0, 10)),
      );
      return c.json(comparePictures(old.picture as Picture, now), 200);
    },
  );
}
