import type { OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { text } from '../../../domain/common.js';
import { pictureChangeSchema } from '../../../analysis/compare.js';
import { SCOPE_KINDS } from '../../../analysis/picture.schema.js';
import { route } from '../../routing.js';
import type { AppEnv } from '../../env.js';
import { errorResponses, jsonContent } from '../../openapi.js';
import { listSnapshots } from './snapshots.repository.js';
import { changesSince, takeSnapshot } from './snapshots.service.js';

const scopeQuery = {
  scope: z.enum(SCOPE_KINDS),
  id: text.min(1).max(200),
};
const snapshot = z
  .object({
    id: z.string(),
    scopeKind: z.enum(SCOPE_KINDS),
    scopeId: z.string(),
    takenOn: z.string(),
    workspaceId: z.string(),
    visibility: z.enum(['private', 'network', 'public']),
    takenForReaders: z.boolean().meta({
      description:
        'true: computed from what every reader of the snapshot may read (its visibility decides who); ' +
        'false: an older snapshot of what its creator saw, readable by its creator only',
    }),
    createdBy: z.string(),
  })
  .meta({ id: 'PictureSnapshot' });

/** Dated snapshots of a picture, and what changed since one of them. */
export function registerSnapshotRoutes(app: OpenAPIHono<AppEnv>) {
  route(
    app,
    'user',
    {
      method: 'post',
      path: '/api/v1/pictures/snapshots',
      tags: ['pictures'],
      summary: "Save today's picture of a scope as a dated snapshot",
      description:
        'The snapshot holds what every one of its readers may read: a network-shared snapshot only the ' +
        "public records and the workspace's network-shared ones, a private one what the workspace's members see.",
      request: {
        query: z.strictObject({
          ...scopeQuery,
          workspace: text.max(200).optional(),
          visibility: z.enum(['private', 'network', 'public']).default('network'),
        }),
      },
      responses: { 201: jsonContent(snapshot, 'Saved'), ...errorResponses(400, 401, 403, 404) },
    },
    async (c) => c.json(await takeSnapshot(c.var.db, c.var.caller, c.req.valid('query'), c.var.now()), 201),
  );
  route(
    app,
    'records',
    {
      method: 'get',
      path: '/api/v1/pictures/snapshots',
      tags: ['pictures'],
      summary: 'Saved snapshots of a scope, newest first',
      request: { query: z.strictObject({ scope: z.enum(SCOPE_KINDS), scopeId: text.min(1).max(200) }) },
      responses: {
        200: jsonContent(z.object({ items: z.array(snapshot) }), 'Snapshots'),
        ...errorResponses(400),
      },
    },
    async (c) => {
      const { scope, scopeId } = c.req.valid('query');
      return c.json({ items: await listSnapshots(c.var.db, c.var.caller, scope, scopeId) }, 200);
    },
  );
  route(
    app,
    'records',
    {
      method: 'get',
      path: '/api/v1/pictures/changes',
      tags: ['pictures'],
      summary: "What changed in a scope's picture since a saved snapshot",
      description:
        "Today's picture is computed as the snapshot's readers see the scope, so the two compare like for like.",
      request: {
        query: z.strictObject({
          ...scopeQuery,
          since: text.max(100).meta({ description: 'Snapshot id' }),
        }),
      },
      responses: { 200: jsonContent(pictureChangeSchema, 'The changes'), ...errorResponses(400, 404) },
    },
    async (c) => c.json(await changesSince(c.var.db, c.var.caller, c.req.valid('query'), c.var.now()), 200),
  );
}
