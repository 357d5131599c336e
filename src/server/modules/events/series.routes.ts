import { z } from 'zod';
import { SERIES_FREQUENCIES, VISIBILITIES } from '../../../domain/enums.js';
import { eventSeriesCreate, eventSeriesUpdate } from '../../../domain/series.js';
import { errorResponses, jsonBody, jsonContent } from '../../openapi.js';
import { route, type Api } from '../../routing.js';
import * as service from './series.service.js';

const TAGS = ['events'];
const idParam = z.object({ id: z.uuid() });
const iso = (v: unknown) => (v instanceof Date ? v.toISOString() : v === null ? null : String(v));

const seriesSchema = z
  .object({
    id: z.string(),
    titleFi: z.string(),
    titleSv: z.string().nullable(),
    titleEn: z.string().nullable(),
    frequency: z.enum(SERIES_FREQUENCIES),
    count: z.number().int().nullable(),
    untilOn: z.string().nullable(),
    visibility: z.enum(VISIBILITIES),
    workspaceId: z.string(),
    sessions: z
      .array(
        z.object({
          id: z.string(),
          titleFi: z.string(),
          titleSv: z.string().nullable(),
          titleEn: z.string().nullable(),
          startsAt: z.string(),
          endsAt: z.string().nullable(),
        }),
      )
      .meta({ description: 'The sessions the caller may see, in the order they start' }),
  })
  .meta({ id: 'EventSeries' });

type Found = Awaited<ReturnType<typeof service.getSeries>>;

function present({ series, sessions }: Found): z.infer<typeof seriesSchema> {
  return {
    id: series.id,
    titleFi: series.titleFi,
    titleSv: series.titleSv,
    titleEn: series.titleEn,
    frequency: series.frequency as (typeof SERIES_FREQUENCIES)[number],
    count: series.sessionCount,
    untilOn: iso(series.untilOn)?.slice(0, 10) ?? null,
    visibility: series.visibility as (typeof VISIBILITIES)[number],
    workspaceId: series.workspaceId,
    sessions: sessions.map((s) => ({
      id: s.id,
      titleFi: s.titleFi,
      titleSv: s.titleSv,
      titleEn: s.titleEn,
      startsAt: iso(s.startsAt)!,
      endsAt: iso(s.endsAt),
    })),
  };
}

const deletedSchema = z
  .object({
    deleted: z
      .array(z.uuid())
      .meta({ description: 'The sessions deleted: still ahead, without participants or notes' }),
    kept: z
      .array(z.uuid())
      .meta({ description: 'The sessions kept as events of their own: held, or with participants or notes' }),
  })
  .meta({ id: 'EventSeriesDeleted' });

/**
 * Event series: made with all their sessions, read with them, retitled with their future sessions,
 * deleted with the sessions ahead that nobody has taken part in.
 */
export function registerEventSeriesRoutes(app: Api) {
  route(
    app,
    'user',
    {
      method: 'post',
      path: '/api/v1/event-series',
      tags: TAGS,
      summary: 'A series of events and its recurring sessions (weekly or monthly), made in one transaction',
      request: {
        query: z.object({ workspace: z.string().max(100).optional() }),
        body: jsonBody(eventSeriesCreate),
      },
      responses: {
        201: jsonContent(seriesSchema, 'The series with its sessions'),
        ...errorResponses(400, 401, 403, 422),
      },
    },
    async (c) => {
      const ctx = { caller: c.var.caller, workspace: c.req.valid('query').workspace, now: c.var.now() };
      return c.json(present(await service.createSeries(c.var.db, ctx, c.req.valid('json'))), 201);
    },
  );
  route(
    app,
    'records',
    {
      method: 'get',
      path: '/api/v1/event-series/{id}',
      tags: TAGS,
      summary: 'A series of events with its sessions',
      request: { params: idParam },
      responses: { 200: jsonContent(seriesSchema, 'The series'), ...errorResponses(404) },
    },
    async (c) =>
      c.json(present(await service.getSeries(c.var.db, c.var.caller, c.req.valid('param').id)), 200),
  );
  route(
    app,
    'user',
    {
      method: 'patch',
      path: '/api/v1/event-series/{id}',
      tags: TAGS,
      summary: 'Retitle a series: the new title goes to its sessions still ahead',
      request: { params: idParam, body: jsonBody(eventSeriesUpdate) },
      responses: { 200: jsonContent(seriesSchema, 'The series'), ...errorResponses(400, 401, 403, 404) },
    },
    async (c) => {
      const ctx = { caller: c.var.caller, now: c.var.now() };
      return c.json(
        present(await service.updateSeries(c.var.db, ctx, c.req.valid('param').id, c.req.valid('json'))),
        200,
      );
    },
  );
  route(
    app,
    'user',
    {
      method: 'delete',
      path: '/api/v1/event-series/{id}',
      tags: TAGS,
      summary:
        'Delete a series: its sessions still ahead without participants or notes go with it; the others stay as events of their own',
      request: { params: idParam },
      responses: {
        200: jsonContent(deletedSchema, 'How many sessions were deleted and how many kept'),
        ...errorResponses(401, 403, 404),
      },
    },
    async (c) => {
      const ctx = { caller: c.var.caller, now: c.var.now() };
      return c.json(await service.deleteSeries(c.var.db, ctx, c.req.valid('param').id), 200);
    },
  );
}
