import type { OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { route } from '../../routing.js';
import type { Caller } from '../../auth/caller.js';
import { applyVisibility } from '../../auth/visibility.js';
import type { Database } from '../../db/database.js';
import type { AppEnv } from '../../env.js';
import { isoOrNull } from '../../resources/presenter.js';
import { errorResponses, jsonContent } from '../../openapi.js';

/**
 * The records whose changes the overview shows: the path they are served at, their table and whether
 * they are named (nameFi…) or titled (titleFi…). People and their roles are left out on purpose: a
 * feed of who changed is not a place for personal data.
 */
export const SOURCES = [
  ['organisations', 'organisations', 'name'],
  ['ecosystems', 'ecosystems', 'name'],
  ['networks', 'networks', 'name'],
  ['projects', 'projects', 'name'],
  ['funding-calls', 'fundingCalls', 'title'],
  ['events', 'events', 'title'],
  ['strategies', 'strategies', 'title'],
  ['strategy-goals', 'strategyGoals', 'title'],
  ['development-actions', 'developmentActions', 'title'],
] as const;

const change = z
  .object({
    entity: z.enum(SOURCES.map((s) => s[0]) as [string, ...string[]]),
    id: z.string(),
    nameFi: z.string(),
    nameSv: z.string().nullable(),
    nameEn: z.string().nullable(),
    workspaceId: z.string(),
    created: z.boolean().meta({ description: 'True when the record is new (not edited since)' }),
    changedAt: z.string(),
  })
  .meta({ id: 'Change' });
type Change = z.infer<typeof change>;

type Source = (typeof SOURCES)[number];

/** A table's newest `limit` rows the caller may read; an index on updated_at serves the order. */
export function newestOf(db: Database, caller: Caller, table: Source[1], naming: Source[2], limit: number) {
  return applyVisibility(
    db
      .selectFrom(table)
      .select([
        'id',
        'workspaceId',
        'createdAt',
        'updatedAt',
        `${naming}Fi as nameFi`,
        `${naming}Sv as nameSv`,
        `${naming}En as nameEn`,
      ])
      .orderBy('updatedAt', 'desc')
      .limit(limit),
    caller,
  );
}

export function registerChangeRoutes(app: OpenAPIHono<AppEnv>) {
  route(
    app,
    'records',
    {
      method: 'get',
      path: '/api/v1/changes',
      tags: ['changes'],
      summary: 'Records changed lately, newest first: only those the caller may read',
      request: {
        query: z.strictObject({ limit: z.coerce.number().int().min(1).max(100).default(20) }),
      },
      responses: {
        200: jsonContent(z.object({ items: z.array(change) }), 'Changes'),
        ...errorResponses(400),
      },
    },
    async (c) => {
      const { limit } = c.req.valid('query');
      const { db, caller } = c.var;
      // Each table's newest `limit` rows the caller may read; merged, the newest `limit` of all.
      const perTable = await Promise.all(
        SOURCES.map(async ([entity, table, naming]) => {
          const rows = await newestOf(db, caller, table, naming, limit).execute();
          return rows.map((r): Change => ({
            entity,
            id: String(r.id),
            nameFi: String(r.nameFi),
            nameSv: r.nameSv ?? null,
            nameEn: r.nameEn ?? null,
            workspaceId: String(r.workspaceId),
            created: (r.updatedAt as Date).getTime() === (r.createdAt as Date).getTime(),
            changedAt: isoOrNull(r.updatedAt)!,
          }));
        }),
      );
      const items = perTable
        .flat()
        .sort((a, b) => b.changedAt.localeCompare(a.changedAt))
        .slice(0, limit);
      return c.json({ items }, 200);
    },
  );
}
