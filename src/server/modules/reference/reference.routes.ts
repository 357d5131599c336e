import type { OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { text } from '../../../domain/common.js';
import { route } from '../../routing.js';
import type { AppEnv } from '../../env.js';
import { errorResponses, jsonContent } from '../../openapi.js';
import {
  industrySchema,
  municipalitySchema,
  presentIndustry,
  presentMunicipality,
  presentRegion,
  regionSchema,
} from './reference.presenter.js';
import { industries, municipalities, municipality, regions } from './reference.service.js';
import { nationalBaselineSchema, presentNationalBaseline } from './national.presenter.js';
import { nationalBaseline } from './national.service.js';

type Api = OpenAPIHono<AppEnv>;

/** Regions, municipalities and industry classifications: public reference data. */
export function registerReferenceRoutes(app: Api) {
  regionsRoute(app);
  municipalitiesRoute(app);
  municipalityRoute(app);
  industriesRoute(app);
  nationalBaselineRoute(app);
}

function regionsRoute(app: Api) {
  route(
    app,
    'public',
    {
      method: 'get',
      path: '/api/v1/regions',
      tags: ['reference'],
      summary: 'Regions (maakunnat) with Statistics Finland and NUTS 3 codes',
      responses: { 200: jsonContent(z.object({ items: z.array(regionSchema) }), 'All regions') },
    },
    async (c) => c.json({ items: (await regions(c.var.db)).map(presentRegion) }, 200),
  );
}

function municipalitiesRoute(app: Api) {
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
        200: jsonContent(z.object({ items: z.array(municipalitySchema) }), 'Municipalities'),
        ...errorResponses(400),
      },
    },
    async (c) => {
      const { regionCode, includeInactive } = c.req.valid('query');
      const rows = await municipalities(c.var.db, {
        regionCode,
        includeInactive: includeInactive === 'true',
      });
      return c.json({ items: rows.map(presentMunicipality) }, 200);
    },
  );
}

function municipalityRoute(app: Api) {
  route(
    app,
    'public',
    {
      method: 'get',
      path: '/api/v1/municipalities/{code}',
      tags: ['reference'],
      summary: 'One municipality',
      request: { params: z.object({ code: text.max(10) }) },
      responses: { 200: jsonContent(municipalitySchema, 'The municipality'), ...errorResponses(404) },
    },
    async (c) => c.json(presentMunicipality(await municipality(c.var.db, c.req.valid('param').code)), 200),
  );
}

function industriesRoute(app: Api) {
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
        200: jsonContent(z.object({ items: z.array(industrySchema) }), 'Industries'),
        ...errorResponses(400),
      },
    },
    async (c) =>
      c.json({ items: (await industries(c.var.db, c.req.valid('query'))).map(presentIndustry) }, 200),
  );
}

function nationalBaselineRoute(app: Api) {
  route(
    app,
    'public',
    {
      method: 'get',
      path: '/api/v1/national-baseline',
      tags: ['reference'],
      summary:
        'What location quotients compare with: the national tables imported (Statistics Finland) and whether a YTJ import read the whole register',
      responses: { 200: jsonContent(nationalBaselineSchema, 'The national baseline') },
    },
    async (c) => c.json(presentNationalBaseline(await nationalBaseline(c.var.db)), 200),
  );
}
