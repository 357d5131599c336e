import type { OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { text } from '../../../domain/common.js';
import { YtjClient, type YtjClientOptions } from '../../../formats/ytj/index.js';
import { route } from '../../routing.js';
import type { AppEnv } from '../../env.js';
import { errorResponses, jsonContent } from '../../openapi.js';
import { importRunSchema } from './runs.presenter.js';
import { companyImported, importCompany, lookupYtj } from './ytj.lookup.js';

const BASE = '/api/v1/ytj';
const tags = ['imports'];

const hit = z
  .object({
    businessId: z.string(),
    name: z.string(),
    companyForm: z.string().nullable().meta({ description: 'PRH company form code (16 = Oy)' }),
    companyFormName: z.string().nullable(),
    tol2008: z.string().nullable(),
    tol2025: z.string().nullable(),
    postCode: z.string().nullable(),
    postOffice: z.string().nullable(),
    website: z.string().nullable(),
    registrationDate: z.string().nullable(),
    endDate: z.string().nullable(),
    active: z.boolean(),
    organisationId: z
      .string()
      .nullable()
      .meta({ description: 'The organisation with this business ID you can see, if there is one' }),
  })
  .meta({ id: 'YtjCompany' });

const lookupQuery = z
  .strictObject({
    businessId: text.trim().min(1).max(20).optional().meta({ description: 'Business ID (Y-tunnus)' }),
    name: text.trim().min(2).max(200).optional().meta({ description: 'Name search' }),
    page: z.coerce.number().int().min(1).max(10_000).optional().meta({ description: 'Name search page' }),
  })
  .refine((q) => Boolean(q.businessId) !== Boolean(q.name), {
    message: 'Give either businessId or name',
    path: ['businessId'],
  });

const importBody = z.strictObject({
  businessId: text.trim().min(1).max(20),
  workspace: text.max(200).optional().meta({ description: 'Workspace id or slug for a new record' }),
  visibility: z.enum(['private', 'network', 'public']).optional().meta({ description: 'Default public' }),
});

/**
 * Live look-up in PRH's YTJ v3 API and "import this company". One client for the app: its budget of
 * requests a minute is shared by everyone.
 */
export function registerYtjRoutes(app: OpenAPIHono<AppEnv>, options: YtjClientOptions = {}) {
  const client = new YtjClient(options);

  route(
    app,
    'user',
    {
      method: 'get',
      path: `${BASE}/lookup`,
      operationId: 'lookUpYtj',
      tags,
      summary: 'Look a company up in the business register (PRH YTJ) by business ID or name (editors)',
      request: { query: lookupQuery },
      responses: {
        200: jsonContent(
          z.object({
            totalResults: z.number().int().nullable(),
            page: z.number().int(),
            companies: z.array(hit),
          }),
          'Companies found; none when PRH has no such company',
        ),
        ...errorResponses(400, 401, 403, 502, 503, 504),
      },
    },
    async (c) => {
      const { db, caller } = c.var;
      return c.json(await lookupYtj(db, client, caller, c.req.valid('query'), c.req.raw.signal), 200);
    },
  );

  route(
    app,
    'user',
    {
      method: 'post',
      path: `${BASE}/import`,
      operationId: 'importFromYtj',
      tags,
      summary: 'Fetch one company from YTJ and add or update it as an organisation (upsert by business ID)',
      request: { body: { required: true, content: { 'application/json': { schema: importBody } } } },
      responses: {
        201: jsonContent(importRunSchema, 'Imported: the run, with created or updated'),
        ...errorResponses(400, 401, 403, 404, 422, 502, 503, 504),
      },
    },
    async (c) => {
      const run = await importCompany(c.var.db, client, c.var.caller, c.req.valid('json'), c.var.now());
      c.header('Location', `/api/v1/imports/${run.id}`);
      return c.json(companyImported(run), 201);
    },
  );
}
