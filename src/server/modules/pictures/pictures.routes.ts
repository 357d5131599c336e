import type { OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { pictureSchema } from '../../../analysis/picture.schema.js';
import { REPORT_FORMATS } from '../../../reports/picture-report.js';
import { route } from '../../routing.js';
import type { AppEnv } from '../../env.js';
import { errorResponses, jsonContent } from '../../openapi.js';
import { sendJson } from '../../json-response.js';
import { PictureCache } from './picture.cache.js';
import { pictureJson, pictureReport } from './picture.service.js';
import { reportFileResponse, sendReportFile } from './report-file.js';
import { pictureScopeQuery } from './scope-query.js';

type Api = OpenAPIHono<AppEnv>;

/** The situational picture (tilannekuva) of an ecosystem, a municipality, a region or a network. */
export function registerPictureRoutes(app: Api, cache = new PictureCache()) {
  pictureRoute(app, cache);
  reportRoute(app);
}

function pictureRoute(app: Api, cache: PictureCache) {
  route(
    app,
    'records',
    {
      method: 'get',
      path: '/api/v1/pictures',
      tags: ['pictures'],
      summary:
        'The situational picture of a scope: composition, network, specialisation, competences, strengths, peers',
      request: { query: pictureScopeQuery },
      responses: {
        200: jsonContent(pictureSchema, 'The picture, computed from what the caller may see'),
        ...errorResponses(400, 404),
      },
    },
    async (c) => {
      const bytes = await pictureJson(c.var.db, c.var.caller, cache, c.req.valid('query'), c.var.now());
      return sendJson(c, bytes, 200);
    },
  );
}

function reportRoute(app: Api) {
  route(
    app,
    'records',
    {
      method: 'get',
      path: '/api/v1/pictures/report',
      operationId: 'getPictureAsReport',
      tags: ['pictures'],
      summary:
        'The picture as a report a town can publish or edit further, in the reader’s language: Word (docx), PDF, Excel (xlsx) or a print view (html)',
      request: {
        query: pictureScopeQuery.extend({
          format: z.enum(REPORT_FORMATS).default('docx'),
          lang: z.enum(['fi', 'sv', 'en']).default('fi'),
        }),
      },
      responses: { 200: reportFileResponse, ...errorResponses(400, 404) },
    },
    async (c) => {
      const query = c.req.valid('query');
      const report = await pictureReport(c.var.db, c.var.caller, query, c.var.now());
      return sendReportFile(c, query.format, report);
    },
  );
}
