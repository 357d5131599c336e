import { z } from 'zod';
import { id, municipalityCode, tolCode } from '../../../domain/common.js';
import { EVENT_KINDS, NETWORK_KINDS, ORGANISATION_KINDS } from '../../../domain/enums.js';
import { PUBLIC_PAGE_KINDS } from '../../../domain/public-pages.js';
import { errorResponses, jsonContent } from '../../openapi.js';
import { route, type Api } from '../../routing.js';
import type { OpenDataLicence } from '../../config.js';
import { licenceStatement } from './licence.js';
import { OPEN_API } from './open-data.http.js';
import {
  openEcosystemSchema,
  openEventSchema,
  openMunicipalitySchema,
  openNetworkSchema,
  openOrganisationSchema,
  openPageSchema,
  pageOf,
} from './open-data.presenter.js';
import {
  firstPage,
  keyFigures,
  listEcosystems,
  listEvents,
  listNetworks,
  listOrganisations,
  listPages,
} from './open-data.service.js';

export const OPEN_TAGS = ['open data'];
const ERRORS = errorResponses(400, 429);

const paging = {
  limit: z.coerce.number().int().min(1).max(500).default(100).meta({ description: 'Page size' }),
  cursor: id.optional().meta({ description: 'nextCursor of the previous page' }),
};
const town = municipalityCode.optional().meta({ description: 'Only of this town (municipality code)' });

/** The open read-only API of public data, anonymous; see also the downloads. */
export function registerOpenDataRoutes(app: Api, licence: OpenDataLicence) {
  licenceRoute(app, licence);
  pagesRoute(app);
  organisationsRoute(app);
  eventsRoute(app);
  ecosystemsRoute(app);
  networksRoute(app);
  keyFiguresRoute(app);
}

const origin = (url: string) => new URL(url).origin;

function licenceRoute(app: Api, licence: OpenDataLicence) {
  const answer = { id: licence.id, url: licence.url, statement: licenceStatement(licence) };
  route(
    app,
    'public',
    {
      method: 'get',
      path: `${OPEN_API}/licence`,
      tags: OPEN_TAGS,
      summary: 'The licence of the open data and its downloads (an SPDX id, its text, how to credit)',
      responses: {
        200: jsonContent(
          z.object({
            id: z.string().meta({ description: 'SPDX licence identifier' }),
            url: z.string(),
            statement: z.object({ fi: z.string(), sv: z.string(), en: z.string() }),
          }),
          'The licence',
        ),
        ...errorResponses(429),
      },
    },
    (c) => c.json(answer, 200),
  );
}

function pagesRoute(app: Api) {
  route(
    app,
    'public',
    {
      method: 'get',
      path: `${OPEN_API}/pages`,
      tags: OPEN_TAGS,
      summary:
        'Published "Invest in" pages of towns, ecosystems and networks, with their addresses in fi, sv and en',
      request: { query: z.strictObject({ kind: z.enum(PUBLIC_PAGE_KINDS).optional() }) },
      responses: { 200: jsonContent(z.object({ items: z.array(openPageSchema) }), 'The pages'), ...ERRORS },
    },
    async (c) => {
      const { kind } = c.req.valid('query');
      const items = await listPages(c.var.db, origin(c.req.url));
      return c.json({ items: kind ? items.filter((p) => p.kind === kind) : items }, 200);
    },
  );
}

function organisationsRoute(app: Api) {
  route(
    app,
    'public',
    {
      method: 'get',
      path: `${OPEN_API}/organisations`,
      tags: OPEN_TAGS,
      summary: 'Public organisations, a page at a time, by town, kind and industry',
      request: {
        query: z.strictObject({
          ...paging,
          municipalityCode: town,
          kind: z.enum(ORGANISATION_KINDS).optional(),
          industryCode: tolCode
            .optional()
            .meta({ description: 'TOL 2008 code or its beginning (62, 620, 62010)' }),
        }),
      },
      responses: {
        200: jsonContent(pageOf(openOrganisationSchema, 'OpenOrganisationPage'), 'Organisations'),
        ...ERRORS,
      },
    },
    async (c) => {
      const { limit, cursor, ...filter } = c.req.valid('query');
      return c.json(await firstPage(listOrganisations, c.var.db, filter, { limit, cursor }), 200);
    },
  );
}

function eventsRoute(app: Api) {
  route(
    app,
    'public',
    {
      method: 'get',
      path: `${OPEN_API}/events`,
      tags: OPEN_TAGS,
      summary:
        'Public events not yet over in the order they start, a page at a time, by town, ecosystem, network and kind',
      request: {
        query: z.strictObject({
          ...paging,
          cursor: z
            .string()
            .regex(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z~[0-9a-f-]{36}$/, 'Use nextCursor as given')
            .optional()
            .meta({ description: 'nextCursor of the previous page' }),
          municipalityCode: town,
          ecosystemId: id.optional().meta({ description: 'Only of this public ecosystem' }),
          networkId: id.optional().meta({ description: 'Only of this public network' }),
          kind: z.enum(EVENT_KINDS).optional(),
          from: z.iso
            .datetime({ offset: true })
            .optional()
            .meta({ description: 'Events starting or ending at or after this time; now by default' }),
        }),
      },
      responses: { 200: jsonContent(pageOf(openEventSchema, 'OpenEventPage'), 'Events'), ...ERRORS },
    },
    async (c) => {
      const { limit, cursor, from, ...filter } = c.req.valid('query');
      const since = from ? new Date(from) : c.var.now();
      return c.json(
        await firstPage(listEvents, c.var.db, { ...filter, from: since }, { limit, cursor }),
        200,
      );
    },
  );
}

function ecosystemsRoute(app: Api) {
  route(
    app,
    'public',
    {
      method: 'get',
      path: `${OPEN_API}/ecosystems`,
      tags: OPEN_TAGS,
      summary: 'Public innovation ecosystems with their themes and towns, a page at a time',
      request: { query: z.strictObject({ ...paging, municipalityCode: town }) },
      responses: {
        200: jsonContent(pageOf(openEcosystemSchema, 'OpenEcosystemPage'), 'Ecosystems'),
        ...ERRORS,
      },
    },
    async (c) => {
      const { limit, cursor, ...filter } = c.req.valid('query');
      return c.json(await firstPage(listEcosystems, c.var.db, filter, { limit, cursor }), 200);
    },
  );
}

function networksRoute(app: Api) {
  route(
    app,
    'public',
    {
      method: 'get',
      path: `${OPEN_API}/networks`,
      tags: OPEN_TAGS,
      summary: 'Public networks with the towns their public members stand for, a page at a time',
      request: { query: z.strictObject({ ...paging, kind: z.enum(NETWORK_KINDS).optional() }) },
      responses: { 200: jsonContent(pageOf(openNetworkSchema, 'OpenNetworkPage'), 'Networks'), ...ERRORS },
    },
    async (c) => {
      const { limit, cursor, ...filter } = c.req.valid('query');
      return c.json(await firstPage(listNetworks, c.var.db, filter, { limit, cursor }), 200);
    },
  );
}

const keyFiguresSchema = z
  .object({
    municipality: openMunicipalitySchema,
    publicActors: z.number().int(),
    actorsByKind: z.array(z.object({ kind: z.enum(ORGANISATION_KINDS), count: z.number().int() })),
    ecosystems: z.number().int().meta({ description: 'Public ecosystems of the town' }),
    upcomingEvents: z.number().int().meta({ description: 'Public events of the town not yet over' }),
    jobsByIndustry: z
      .object({
        year: z.number().int(),
        source: z.string(),
        title: z.string().nullable(),
        industries: z.array(
          z.object({
            industryCode: z.string(),
            nameFi: z.string().nullable(),
            nameSv: z.string().nullable(),
            nameEn: z.string().nullable(),
            jobs: z.number(),
          }),
        ),
      })
      .nullable()
      .meta({
        description: "From Statistics Finland's table of jobs when it has been imported; null otherwise",
      }),
  })
  .meta({ id: 'OpenKeyFigures' });

function keyFiguresRoute(app: Api) {
  route(
    app,
    'public',
    {
      method: 'get',
      path: `${OPEN_API}/municipalities/{code}/key-figures`,
      tags: OPEN_TAGS,
      summary: "A town's key figures: public actors by kind, public ecosystems and events, jobs by industry",
      request: { params: z.object({ code: municipalityCode }) },
      responses: { 200: jsonContent(keyFiguresSchema, 'Key figures'), ...errorResponses(400, 404, 429) },
    },
    async (c) => {
      const figures = await keyFigures(c.var.db, c.req.valid('param').code, c.var.now());
      return c.json(figures as z.infer<typeof keyFiguresSchema>, 200);
    },
  );
}
