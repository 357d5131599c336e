import type { OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { route } from '../../routing.js';
import type { AppEnv } from '../../env.js';
import { errorResponses, jsonContent } from '../../openapi.js';
import { changeSchema } from './changes.presenter.js';
import { recentChanges } from './changes.service.js';
import { registerFeedRoutes } from './feed.routes.js';

export function registerChangeRoutes(app: OpenAPIHono<AppEnv>) {
  registerFeedRoutes(app);
  route(
    app,
    'records',
    {
      method: 'get',
      path: '/api/v1/changes/recent',
      operationId: 'listRecentChanges',
      tags: ['changes'],
      summary: 'Records changed lately, newest first: only those the caller may read',
      request: {
        query: z.strictObject({ limit: z.coerce.number().int().min(1).max(100).default(20) }),
      },
      responses: {
        200: jsonContent(z.object({ items: z.array(changeSchema) }), 'Changes'),
        ...errorResponses(400),
      },
    },
    async (c) => {
      const items = await recentChanges(c.var.db, c.var.caller, c.req.valid('query').limit);
      return c.json({ items }, 200);
    },
  );
}
