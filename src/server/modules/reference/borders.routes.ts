import type { OpenAPIHono } from '@hono/zod-openapi';
import { route } from '../../routing.js';
import type { AppEnv } from '../../env.js';
import { jsonContent } from '../../openapi.js';
import { borderCollectionSchema, presentBorders } from './reference.presenter.js';
import { municipalityBorders } from './reference.service.js';

export function registerBorderRoutes(app: OpenAPIHono<AppEnv>) {
  route(
    app,
    'public',
    {
      method: 'get',
      path: '/api/v1/reference/municipality-borders',
      tags: ['reference'],
      summary: 'Municipality borders as GeoJSON (WGS84, simplified); empty until a border file is imported',
      responses: { 200: jsonContent(borderCollectionSchema, 'The imported borders') },
    },
    async (c) => {
      const borders = presentBorders(await municipalityBorders(c.var.db));
      // Reference data changes once a year: browsers and proxies may keep it for an hour.
      c.header('cache-control', 'public, max-age=3600');
      return c.json(borders, 200);
    },
  );
}
