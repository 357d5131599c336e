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

const binary = { schema: z.string().meta({ format: 'binary' }) };

function reportRoute(app: Api) {
  route(
    app,
    'records',
    {
      method: 'get',
      path: '/api/v1/pictures/report',
      tags: ['pictures'],
      summary:
        'The picture as a report a town can publish or edit further, in the reader’s language: Word (docx), PDF, Excel (xlsx) or a print view (html)',
      request: {
        query: pictureScopeQuery.extend({
          format: z.enum(REPORT_FORMATS).default('docx'),
          lang: z.enum(['fi', 'sv', 'en']).default('fi'),
        }),
      },
      responses: {
        200: {
          description: 'The report file',
          content: {
            'application/vnd.openxmlformats-officedocument.wordprocessingml.document': binary,
            'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': binary,
            'application/pdf': binary,
            'text/html': { schema: z.string() },
          },
        },
        ...errorResponses(400, 404),
      },
    },
    async (c) => {
      const query = c.req.valid('query');
      const report = await pictureReport(c.var.db, c.var.caller, query, c.var.now());
      const disposition = query.format === 'html' ? 'inline' : 'attachment';
      return c.body(report.body as never, 200, {
        'content-type': report.contentType,
        'content-disposition': `${disposition}; filename="${report.fileName}"`,
      });
    },
  );
}
