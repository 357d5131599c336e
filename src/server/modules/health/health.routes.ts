import type { OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { route } from '../../routing.js';
import type { AppEnv } from '../../env.js';
import { jsonContent } from '../../openapi.js';
import { checkHealth } from './health.service.js';

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
      const report = await checkHealth(c.var.db, version);
      return report.status === 'ok' ? c.json(report, 200) : c.json(report, 503);
    },
  );
}
