import type { OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { route } from '../../routing.js';
import type { AppEnv } from '../../env.js';
import type { Database } from '../../db/database.js';
import { jsonContent } from '../../openapi.js';
import { checkHealth, checkReadiness } from './health.service.js';

const health = z
  .object({
    status: z.enum(['ok', 'degraded']),
    database: z.object({ ok: z.boolean(), version: z.string().nullable() }),
    version: z.string(),
  })
  .meta({ id: 'Health' });

const liveness = z.object({ status: z.literal('ok') }).meta({ id: 'Liveness' });

const readiness = z
  .object({
    status: z.enum(['ready', 'not_ready']),
    database: z.object({ ok: z.boolean() }),
    migrations: z.object({
      expected: z.string().meta({ description: 'The newest migration this version of Solmu knows' }),
      applied: z.string().nullable().meta({ description: 'The newest migration applied to the database' }),
      current: z.boolean(),
    }),
  })
  .meta({ id: 'Readiness' });

/**
 * Registered before sign-in, rate limits and the request's database use: a probe must be answered
 * whatever the caller sends, and the liveness probe without the database.
 */
export function registerHealthRoutes(app: OpenAPIHono<AppEnv>, db: Database, version: string) {
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
      const report = await checkHealth(db, version);
      return report.status === 'ok' ? c.json(report, 200) : c.json(report, 503);
    },
  );
  route(
    app,
    'public',
    {
      method: 'get',
      path: '/api/health/live',
      tags: ['health'],
      summary: 'Liveness: the process answers (the database is not asked)',
      responses: { 200: jsonContent(liveness, 'The process is up') },
    },
    (c) => c.json({ status: 'ok' as const }, 200),
  );
  route(
    app,
    'public',
    {
      method: 'get',
      path: '/api/health/ready',
      tags: ['health'],
      summary: 'Readiness: the database answers within 2 seconds and has every migration',
      responses: {
        200: jsonContent(readiness, 'Ready to take requests'),
        503: jsonContent(readiness, 'Database unreachable or not migrated'),
      },
    },
    async (c) => {
      const report = await checkReadiness(db);
      return report.status === 'ready' ? c.json(report, 200) : c.json(report, 503);
    },
  );
}
