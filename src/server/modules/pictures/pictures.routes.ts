import type { OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { buildPicture } from '../../../analysis/picture.js';
import { pictureSchema } from '../../../analysis/picture.schema.js';
import { route } from '../../routing.js';
import type { AppEnv } from '../../env.js';
import { errorResponses, jsonContent } from '../../openapi.js';
import { jsonBytes, sendJson } from '../../json-response.js';
import { dataVersion, PictureCache, readerKey } from './picture.cache.js';
import { loadPictureInput, loadProposals } from './picture.loader.js';
import { renderReport, REPORT_FORMATS } from '../../../reports/picture-report.js';
import { pictureScopeQuery } from './scope-query.js';

/** The situational picture (tilannekuva) of an ecosystem, a municipality, a region or a network. */
export function registerPictureRoutes(app: OpenAPIHono<AppEnv>, cache = new PictureCache()) {
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
      const { scope, id, seed } = c.req.valid('query');
      const { db, caller } = c.var;
      const asOf = c.var.now().toISOString().slice(0, 10);
      const key = [scope, id, seed ?? '', asOf, readerKey(caller)].join('\u0000');
      const bytes = await cache.get(key, await dataVersion(db), async () =>
        jsonBytes(buildPicture(await loadPictureInput(db, scope, id, caller, asOf), { seed })),
      );
      return sendJson(c, bytes, 200);
    },
  );
  route(
    app,
    'records',
    {
      method: 'get',
      path: '/api/v1/pictures/report',
      tags: ['pictures'],
      summary:
        'The picture as a report a town can edit further: Word (docx), Excel (xlsx) or a print view (html)',
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
            'application/vnd.openxmlformats-officedocument.wordprocessingml.document': {
              schema: z.string().meta({ format: 'binary' }),
            },
            'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': {
              schema: z.string().meta({ format: 'binary' }),
            },
            'text/html': { schema: z.string() },
          },
        },
        ...errorResponses(400, 404),
      },
    },
    async (c) => {
      const { scope, id, seed, format, lang } = c.req.valid('query');
      const asOf = c.var.now().toISOString().slice(0, 10);
      const picture = buildPicture(await loadPictureInput(c.var.db, scope, id, c.var.caller, asOf), { seed });
      const proposals = await loadProposals(c.var.db, c.var.caller, scope, [id, picture.scope.id], lang);
      const report = await renderReport(picture, format, lang, proposals);
      const name = `tilannekuva-${scope}-${id}.${format}`.replace(/[^A-Za-z0-9._-]/g, '_');
      return c.body(report.body as never, 200, {
        'content-type': report.contentType,
        'content-disposition': `${format === 'html' ? 'inline' : 'attachment'}; filename="${name}"`,
      });
    },
  );
}
