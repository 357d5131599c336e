import type { OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { text } from '../../../domain/common.js';
import { route } from '../../routing.js';
import type { AppEnv } from '../../env.js';
import { notFound } from '../../errors.js';
import { errorResponses, jsonContent } from '../../openapi.js';

const region = z
  .object({
    code: z.string(),
    nameFi: z.string(),
    nameSv: z.string().nullable(),
    nameEn: z.string().nullable(),
    nuts3: z.string().nullable(),
    nuts3V2024: z.string().nullable(),
  })
  .meta({ id: 'Region' });
const municipality = z
  .object({
    code: z.string(),
    nameFi: z.string(),
    nameSv: z.string().nullable(),
    nameEn: z.string().nullable(),
    regionCode: z.string().nullable(),
    isActive: z.boolean(),
  })
  .meta({ id: 'Municipality' });
const industry = z
  .object({
    classification: z.string(),
    code: z.string(),
    level: z.number().int(),
    parentCode: z.string().nullable(),
    nameFi: z.string(),
    nameSv: z.string().nullable(),
    nameEn: z.string().nullable(),
  })
  .meta({ id: 'Industry' });

export function registerReferenceRoutes(app: OpenAPIHono<AppEnv>) {
  route(
    app,
    'public',
    {
      method: 'get',
      path: '/api/v1/regions',
      tags: ['reference'],
      summary: 'Regions (maakunnat) with Statistics Finland and NUTS 3 codes',
      responses: { 200: jsonContent(z.object({ items: z.array(region) }), 'All regions') },
    },
    async (c) => {
      const items = await c.var.db
        .selectFrom('regions')
        .select(['code', 'nameFi', 'nameSv', 'nameEn', 'nuts3', 'nuts3V2024'])
        .orderBy('code')
        .execute();
      return c.json({ items: items as z.infer<typeof region>[] }, 200);
    },
  );

  route(
    app,
    'public',
    {
      method: 'get',
      path: '/api/v1/municipalities',
      tags: ['reference'],
      summary: 'Municipalities with their regions',
      request: {
        query: z.strictObject({
          regionCode: z
            .string()
            .regex(/^\d{2}$/)
            .optional(),
          includeInactive: z.enum(['true', 'false']).optional(),
        }),
      },
      responses: {
        200: jsonContent(z.object({ items: z.array(municipality) }), 'Municipalities'),
        ...errorResponses(400),
      },
    },
    async (c) => {
      const query = c.req.valid('query');
      let q = c.var.db
        .selectFrom('municipalities')
        .select(['code', 'nameFi', 'nameSv', 'nameEn', 'regionCode', 'isActive']);
      if (query.regionCode) q = q.where('regionCode', '=', query.regionCode);
      if (query.includeInactive !== 'true') q = q.where('isActive', '=', true);
      return c.json({ items: (await q.orderBy('code').execute()) as z.infer<typeof municipality>[] }, 200);
    },
  );

  route(
    app,
    'public',
    {
      method: 'get',
      path: '/api/v1/municipalities/{code}',
      tags: ['reference'],
      summary: 'One municipality',
      request: { params: z.object({ code: text.max(10) }) },
      responses: { 200: jsonContent(municipality, 'The municipality'), ...errorResponses(404) },
    },
    async (c) => {
      const row = await c.var.db
        .selectFrom('municipalities')
        .select(['code', 'nameFi', 'nameSv', 'nameEn', 'regionCode', 'isActive'])
        .where('code', '=', c.req.valid('param').code)
        .executeTakeFirst();
      if (!row) throw notFound('Municipality');
      return c.json(row as z.infer<typeof municipality>, 200);
    },
  );

  route(
    app,
    'public',
    {
      method: 'get',
      path: '/api/v1/industries',
      tags: ['reference'],
      summary: 'Industry classification (TOL 2008 built in; deeper levels and TOL 2025 when imported)',
      request: {
        query: z.strictObject({
          classification: z.enum(['TOL2008', 'TOL2025']).default('TOL2008'),
          level: z.coerce.number().int().min(1).max(5).optional(),
          parentCode: text.max(10).optional(),
        }),
      },
      responses: {
        200: jsonContent(z.object({ items: z.array(industry) }), 'Industries'),
        ...errorResponses(400),
      },
    },
    async (c) => {
      const query = c.req.valid('query');
      let q = c.var.db
        .selectFrom('industries')
        .select(['classification', 'code', 'level', 'parentCode', 'nameFi', 'nameSv', 'nameEn'])
        .where('classification', '=', query.classification);
      if (query.level) q = q.where('level', '=', query.level);
      if (query.parentCode) q = q.where('parentCode', '=', query.parentCode);
      return c.json({ items: (await q.orderBy('code').execute()) as z.infer<typeof industry>[] }, 200);
    },
  );
}
