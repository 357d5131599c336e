import type { OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { DEFAULT_MAP_MEASURE, MAP_MEASURES } from '../../../domain/network-style.js';
import { route } from '../../routing.js';
import { pictureScopeQuery } from '../pictures/scope-query.js';
import type { AppEnv } from '../../env.js';
import { errorResponses } from '../../openapi.js';
import { download } from './exports.presenter.js';
import {
  eventsFile,
  NETWORK_FORMATS,
  networkFile,
  tableExportByName,
  TABLE_FORMATS,
  type NetworkFormat,
} from './exports.service.js';

type Api = OpenAPIHono<AppEnv>;

const BASE = '/api/v1/exports';
const tags = ['exports'];

/** The scope, and the measure the circles are sized by (the map's choices; its default). */
const networkQuery = pictureScopeQuery.extend({
  sizeBy: z
    .enum(MAP_MEASURES)
    .default(DEFAULT_MAP_MEASURE)
    .meta({ description: 'Measure the node sizes (viz:size, GraphML size) follow, as on the map' }),
});

const file = (contentType: string, description: string) => ({
  200: { description, content: { [contentType]: { schema: z.string() } } },
});

/** Everything out: tables as CSV, Excel and JSON, networks for Gephi, events for calendars. */
export function registerExportRoutes(app: Api) {
  for (const format of NETWORK_FORMATS) networkRoute(app, format);
  calendarRoute(app);
  tableRoute(app);
}

function networkRoute(app: Api, format: NetworkFormat) {
  route(
    app,
    'records',
    {
      method: 'get',
      path: `${BASE}/network.${format}`,
      tags,
      summary: `The network of a scope as ${format === 'gexf' ? 'GEXF 1.3' : 'GraphML'} (Gephi, Gephi Lite)`,
      request: { query: networkQuery },
      responses: {
        ...file(
          `application/${format}+xml`,
          'Organisations with their measures, coloured by kind, sized by the measure and placed as on the map; their relations',
        ),
        ...errorResponses(400, 404),
      },
    },
    async (c) =>
      download(c, await networkFile(c.var.db, c.var.caller, format, c.req.valid('query'), c.var.now())),
  );
}

function calendarRoute(app: Api) {
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
          eventId: z.uuid().optional().meta({ description: 'Only this event' }),
          lang: z.enum(['fi', 'sv', 'en']).default('fi').meta({ description: 'Language of titles' }),
        }),
      },
      responses: {
        ...file('text/calendar', 'The events the caller may see'),
        ...errorResponses(400, 404),
      },
    },
    async (c) => {
      const { networkId, ecosystemId, eventId, lang } = c.req.valid('query');
      const options = { networkId, ecosystemId, eventId, language: lang, now: c.var.now() };
      return download(c, await eventsFile(c.var.db, c.var.caller, options));
    },
  );
}

function tableRoute(app: Api) {
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
      const delimiter = c.req.valid('query').delimiter === 'semicolon' ? ';' : ',';
      const found = await tableExportByName(c.var.db, c.var.caller, c.req.valid('param').file, { delimiter });
      return download(c, found);
    },
  );
}
