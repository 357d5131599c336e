import type { OpenAPIHono } from '@hono/zod-openapi';
import { sql } from 'kysely';
import { z } from 'zod';
import { route } from '../../routing.js';
import type { AppEnv } from '../../env.js';
import { jsonContent } from '../../openapi.js';

const health = z
  .object({
    status: z.enum(['ok', 'degraded']),
    database: z.object({ ok: z.boolean(), version: z.string().nullable() }),
    version: z.string(),
  })
  .meta({ id: 'Health' });

export function registerHealthRoutes(app: OpenAPIHono<AppEnv>, version: string) {
  route(
    app,
    'public',
    {
      method: 'get',
      path: '/api/health',
      tags: ['health'],
      summary: 'Service and database status',
      responses: { 200: jsonContent(health, 'Healthy'), 503: jsonContent(health, 'Database unreachable') },
    },
    async (c) => {
      try {
        const r = await sql<{ v: string }>`select current_setting('server_version') as v`.execute(c.var.db);
        return c.json(
          { status: 'ok' as const, database: { ok: true, version: r.rows[0]?.v ?? null }, version },
          200,
        );
      } catch {
        return c.json({ status: 'degraded' as const, database: { ok: false, version: null }, version }, 503);
      }
    },
  );
}
