import { z } from 'zod';
import { errorResponses, jsonContent } from '../../openapi.js';
import { route, type Api } from '../../routing.js';
import { download } from '../exports/exports.presenter.js';
import {
  DATASETS,
  datasetDescription,
  datasetFile,
  datasetVersion,
  DOWNLOAD_FORMATS,
  MEDIA_TYPES,
  type DatasetName,
  type DownloadFormat,
} from './downloads.service.js';
import type { OpenDataLicence } from '../../config.js';
import { clientHas, OPEN_API } from './open-data.http.js';
import { OPEN_TAGS } from './open-data.routes.js';

const BASE = `${OPEN_API}/download`;
const FILES = DATASETS.flatMap((d) => DOWNLOAD_FORMATS.map((f) => `${d}.${f}`)) as [string, ...string[]];

const indexSchema = z
  .object({
    licence: z.object({ id: z.string(), url: z.string() }),
    datasets: z.array(
      z.object({
        name: z.enum(DATASETS),
        description: z.string(),
        records: z.number().int().meta({ description: 'How many records the files hold now' }),
        modifiedAt: z.string().nullable(),
        files: z.array(
          z.object({ format: z.enum(DOWNLOAD_FORMATS), mediaType: z.string(), url: z.string() }),
        ),
      }),
    ),
  })
  .meta({ id: 'OpenDownloads' });

/** Bulk downloads of the open data: an index, and each dataset whole as CSV or JSON. */
export function registerDownloadRoutes(app: Api, licence: OpenDataLicence) {
  indexRoute(app, licence);
  fileRoute(app, licence);
}

function indexRoute(app: Api, licence: OpenDataLicence) {
  route(
    app,
    'public',
    {
      method: 'get',
      path: BASE,
      operationId: 'listOpenDownloads',
      tags: OPEN_TAGS,
      summary: 'The datasets to download, with their sizes, formats and licence',
      responses: { 200: jsonContent(indexSchema, 'The datasets'), ...errorResponses(429) },
    },
    async (c) => {
      const origin = new URL(c.req.url).origin;
      const datasets = await Promise.all(
        DATASETS.map(async (name) => {
          const { records, modifiedAt } = await datasetVersion(c.var.db, name, licence);
          const files = DOWNLOAD_FORMATS.map((format) => ({
            format,
            mediaType: MEDIA_TYPES[format],
            url: `${origin}${BASE}/${name}.${format}`,
          }));
          return { name, description: datasetDescription(name), records, modifiedAt, files };
        }),
      );
      return c.json({ licence, datasets }, 200);
    },
  );
}

function fileRoute(app: Api, licence: OpenDataLicence) {
  route(
    app,
    'public',
    {
      method: 'get',
      path: `${BASE}/{file}`,
      tags: OPEN_TAGS,
      summary: 'A dataset whole: CSV (UTF-8 with BOM, comma-separated) or JSON with its licence',
      request: { params: z.object({ file: z.enum(FILES).meta({ description: '<dataset>.<csv|json>' }) }) },
      responses: {
        200: {
          description: 'The file; JSON is { dataset, licence, items }',
          content: { 'text/csv': { schema: z.string() }, 'application/json': { schema: z.string() } },
        },
        304: { description: 'Not modified since the version the client holds (ETag)' },
        ...errorResponses(400, 429),
      },
    },
    async (c) => {
      const [name, format] = c.req.valid('param').file.split('.') as [DatasetName, DownloadFormat];
      const { version } = await datasetVersion(c.var.db, name, licence);
      const tag = `W/"${name}.${format}-${version}"`;
      c.header('ETag', tag);
      if (clientHas(c, tag)) return c.body(null, 304);
      const origin = new URL(c.req.url).origin;
      return download(c, datasetFile(c.var.db, name, format, { licence, origin }));
    },
  );
}
