import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { z } from 'zod';
import { writeGexf, writeGraphml } from '../../../formats/writers/index.js';
import { route } from '../../routing.js';
import { pictureScopeQuery } from '../pictures/scope-query.js';
import type { AppEnv } from '../../env.js';
import { notFound } from '../../errors.js';
import { errorResponses } from '../../openapi.js';
import { eventsCalendar } from './calendar.js';
import { networkExport } from './network.js';
import { exportDefinition, tableExport, TABLE_FORMATS, type ExportFile, type TableFormat } from './tables.js';

const BASE = '/api/v1/exports';
const tags = ['exports'];

const file = (contentType: string, description: string) => ({
  200: { description, content: { [contentType]: { schema: z.string() } } },
});

/** A file download: streamed text chunks (or bytes) with the name the browser saves it as. */
function download(c: Context<AppEnv>, f: ExportFile) {
  const encoder = new TextEncoder();
  const iterator = (async function* () {
    yield* f.chunks;
  })();
  const stream = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const { value, done } = await iterator.next();
      if (done) controller.close();
      else controller.enqueue(typeof value === 'string' ? encoder.encode(value) : value);
    },
    async cancel() {
      await iterator.return(undefined);
    },
  });
  c.header('Content-Type', f.contentType);
  c.header('Content-Disposition', `attachment; filename="${f.fileName}"`);
  return c.body(stream, 200);
}

const networkQuery = pictureScopeQuery;

const FILE_NAME = /^([a-z][a-z-]*)\.(csv|xlsx|json)$/;

/** Everything out: tables as CSV, Excel and JSON, networks for Gephi, events for calendars. */
export function registerExportRoutes(app: OpenAPIHono<AppEnv>) {
  for (const format of ['gexf', 'graphml'] as const) {
    const path = `${BASE}/network.${format}`;
    route(
      app,
      'records',
      {
        method: 'get',
        path,
        tags,
        summary: `The network of a scope as ${format === 'gexf' ? 'GEXF 1.3' : 'GraphML'} (Gephi, Gephi Lite)`,
        request: { query: networkQuery },
        responses: {
          ...file(`application/${format}+xml`, 'Organisations with their measures, and their relations'),
          ...errorResponses(400, 404),
        },
      },
      async (c) => {
        const { scope, id, seed } = c.req.valid('query');
        const network = await networkExport(c.var.db, c.var.caller, scope, id, { now: c.var.now(), seed });
        const text = format === 'gexf' ? writeGexf(network) : writeGraphml(network);
        return download(c, {
          contentType: `application/${format}+xml; charset=utf-8`,
          fileName: `network-${scope}-${id.replace(/[^A-Za-z0-9-]/g, '')}.${format}`,
          chunks: [text],
        });
      },
    );
  }
  route(
    app,
    'records',
    {
      method: 'get',
      path: `${BASE}/events.ics`,
      tags,
      summary: 'Events as iCalendar (RFC 5545), for subscribing in a calendar',
      request: {
        query: z.strictObject({
          networkId: z.uuid().optional().meta({ description: 'Only events of this network' }),
          ecosystemId: z.uuid().optional().meta({ description: 'Only events of this ecosystem' }),
          lang: z.enum(['fi', 'sv', 'en']).default('fi').meta({ description: 'Language of titles' }),
        }),
      },
      responses: { ...file('text/calendar', 'The events the caller may see'), ...errorResponses(400) },
    },
    async (c) => {
      const q = c.req.valid('query');
      const text = await eventsCalendar(c.var.db, c.var.caller, { ...q, language: q.lang, now: c.var.now() });
      return download(c, {
        contentType: 'text/calendar; charset=utf-8',
        fileName: 'events.ics',
        chunks: [text],
      });
    },
  );
  route(
    app,
    'records',
    {
      method: 'get',
      path: `${BASE}/{file}`,
      tags,
      summary: 'The records of an entity the caller may see, as CSV, Excel or JSON',
      request: {
        params: z.object({
          file: z
            .string()
            .max(100)
            .meta({
              description: `<entity>.<${TABLE_FORMATS.join('|')}>, e.g. organisations.csv or people.xlsx`,
            }),
        }),
        query: z.strictObject({
          delimiter: z.enum(['comma', 'semicolon']).default('comma').meta({
            description: 'CSV field separator; semicolon (with decimal commas and a BOM) for Finnish Excel',
          }),
        }),
      },
      responses: {
        ...file('text/csv', 'CSV; .xlsx and .json files have their own content types'),
        ...errorResponses(404, 422),
      },
    },
    async (c) => {
      const match = FILE_NAME.exec(c.req.valid('param').file);
      const def = match ? exportDefinition(match[1]!) : undefined;
      if (!match || !def) throw notFound('Export');
      const delimiter = c.req.valid('query').delimiter === 'semicolon' ? ';' : ',';
      return download(
        c,
        await tableExport(c.var.db, c.var.caller, def, match[2] as TableFormat, { delimiter }),
      );
    },
  );
}
