import type { OpenAPIHono } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import { z } from 'zod';
import { text } from '../../../domain/common.js';
import { ENCODING_CHOICES } from '../../../formats/encoding.js';
import { IMPORT_ENTITIES } from '../../../formats/tabular/index.js';
import { route } from '../../routing.js';
import type { AppEnv } from '../../env.js';
import { limitBody } from '../../body-limit.js';
import { errorResponses, jsonContent } from '../../openapi.js';
import { importUpload, landed, MAX_UPLOAD_BYTES } from './imports.service.js';
import { importRunSchema } from './runs.presenter.js';
import { getRun, listRuns } from './runs.js';

type Api = OpenAPIHono<AppEnv>;

const PATH = '/api/v1/imports';
const FORM_OVERHEAD = 256 * 1024;

/** The app's 1 MiB body limit for /api/*, except for import uploads, which have their own 20 MiB one. */
export function exceptImportUploads(limit: MiddlewareHandler<AppEnv>): MiddlewareHandler<AppEnv> {
  return (c, next) => (c.req.method === 'POST' && c.req.path === PATH ? next() : limit(c, next));
}

const uploadLimit = limitBody(MAX_UPLOAD_BYTES + FORM_OVERHEAD, 'The file is too large (limit 20 MiB)');

const query = z.strictObject({
  entity: z
    .enum(IMPORT_ENTITIES)
    .meta({ description: 'What the rows are; a YTJ .json file is organisations' }),
  dryRun: z
    .enum(['true', 'false'])
    .default('false')
    .meta({ description: 'true: check every row and say what would happen; nothing is written' }),
  workspace: text.max(200).optional().meta({
    description: 'Workspace (id or slug) the records go to; needed when you edit in several',
  }),
  visibility: z.enum(['private', 'network', 'public']).optional().meta({
    description:
      'Visibility of new records; YTJ data is public by default, tables take the default (private)',
  }),
  sheet: text.max(100).optional().meta({ description: 'Excel sheet by name or 1-based position' }),
  encoding: z.enum(ENCODING_CHOICES).optional().meta({
    description:
      'CSV: read the file as utf-8 or windows-1252; only needed when the dry run says the encoding is unclear',
  }),
});

const upload = z.object({
  file: z
    .custom<File>((v) => v instanceof File, 'Attach the file as "file"')
    .meta({
      type: 'string',
      format: 'binary',
      description: '.csv, .xlsx or a YTJ .json file, at most 20 MiB',
    }),
  mapping: z.string().max(100_000).optional().meta({
    description: 'JSON array: for each column, the field it feeds or null (the suggestion when omitted)',
  }),
  skip: z.string().max(100_000).optional().meta({
    description: 'JSON array of line numbers (as the dry run names them) to leave out of the import',
  }),
  defaults: z.string().max(100_000).optional().meta({
    description:
      'JSON object: values for fields the file lacks, written as in a cell ({"lawfulBasis": "suostumus"})',
  }),
});

/** Imports (POST a file) and the record of every import run. */
export function registerImportRoutes(app: Api) {
  importRoute(app);
  runsRoute(app);
  runRoute(app);
}

function importRoute(app: Api) {
  route(
    app,
    'user',
    {
      method: 'post',
      path: PATH,
      tags: ['imports'],
      summary: 'Import organisations, people, relations, competences or events from a file (all or nothing)',
      middleware: [uploadLimit] as const,
      request: {
        query,
        body: { required: true, content: { 'multipart/form-data': { schema: upload } } },
      },
      responses: {
        200: jsonContent(
          importRunSchema,
          'The dry run: every bad row, the mapping used and the one suggested',
        ),
        201: jsonContent(importRunSchema, 'Imported: the run with its counts'),
        ...errorResponses(400, 401, 403, 413, 422),
      },
    },
    async (c) => {
      const request = { query: c.req.valid('query'), form: c.req.valid('form') };
      const run = await importUpload(c.var.db, c.var.caller, request, c.var.now());
      c.header('Location', `${PATH}/${run.id}`);
      return run.state === 'dry_run' ? c.json(run, 200) : c.json(landed(run), 201);
    },
  );
}

function runsRoute(app: Api) {
  route(
    app,
    'records',
    {
      method: 'get',
      path: PATH,
      tags: ['imports'],
      summary: 'Import runs the caller may see, newest first (without their error lists)',
      request: {
        query: z.strictObject({ limit: z.coerce.number().int().min(1).max(200).default(50) }),
      },
      responses: {
        200: jsonContent(z.object({ items: z.array(importRunSchema) }), 'Import runs'),
        ...errorResponses(400),
      },
    },
    async (c) => c.json({ items: await listRuns(c.var.db, c.var.caller, c.req.valid('query').limit) }, 200),
  );
}

function runRoute(app: Api) {
  route(
    app,
    'records',
    {
      method: 'get',
      path: `${PATH}/{id}`,
      tags: ['imports'],
      summary: 'One import run: state, counts (live while running) and every bad row',
      request: { params: z.object({ id: text.max(200) }) },
      responses: { 200: jsonContent(importRunSchema, 'The run'), ...errorResponses(404) },
    },
    async (c) => c.json(await getRun(c.var.db, c.var.caller, c.req.valid('param').id), 200),
  );
}
