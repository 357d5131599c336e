/**
 * The facilitator's side of a workshop (issue 16): prepare it from a template, run its phases, collect,
 * group and count the ideas, watch them arrive live, and erase a participant. Reading needs read access
 * to the workshop (its strategy's workspace); every write the editor role there.
 */
import { z } from 'zod';
import {
  facilitatorIdea,
  groupCreate,
  groupUpdate,
  ideaPlacement,
  WORKSHOP_EVENT_TYPES,
  workshopCreate,
  workshopOutcome,
  workshopUpdate,
} from '../../../domain/workshops.js';
import { makeOutcome } from './outcome.service.js';
import { workshopFile } from './record.service.js';
import { WORKSHOP_FORMATS } from '../../../reports/workshop.js';
import { fileResponseOf, sendReportFile } from '../pictures/report-file.js';
import { errorResponses, jsonBody, jsonContent } from '../../openapi.js';
import { route, type Api } from '../../routing.js';
import { idParam } from '../mapping/questionnaires.routes.js';
import {
  boardSchema,
  groupSchema,
  ideaSchema,
  presentWorkshop,
  workshopSchema,
} from './workshops.presenter.js';
import { readable } from './workshops.access.js';
import { findWorkshop } from './workshops.repository.js';
import * as service from './workshops.service.js';
import { resumeFrom, sendStream } from './workshops.sse.js';

const TAGS = ['workshops'];
const BASE = '/api/v1/workshops';
const ONE = `${BASE}/{id}`;
const pathId = (name: string) => z.uuid().meta({ param: { name, in: 'path' } });
const phaseParams = idParam.extend({ phaseId: pathId('phaseId') });
const groupParams = idParam.extend({ groupId: pathId('groupId') });
const ideaParams = idParam.extend({ ideaId: pathId('ideaId') });
const participantParams = idParam.extend({ participantId: pathId('participantId') });
const boardOk = jsonContent(boardSchema, 'The board as it now is');

export function registerWorkshopRoutes(app: Api) {
  listRoute(app);
  createRoute(app);
  readRoute(app);
  updateRoute(app);
  deleteRoute(app);
  phaseRoutes(app);
  ideaRoutes(app);
  groupRoutes(app);
  eraseRoute(app);
  outcomeRoute(app);
  streamRoute(app);
  fileRoute(app);
}

function listRoute(app: Api) {
  route(
    app,
    'records',
    {
      method: 'get',
      path: BASE,
      tags: TAGS,
      summary: 'Workshops you may read, of a strategy or an event or all',
      request: { query: z.strictObject({ strategyId: z.uuid().optional(), eventId: z.uuid().optional() }) },
      responses: {
        200: jsonContent(z.object({ data: z.array(workshopSchema) }), 'Workshops'),
        ...errorResponses(400),
      },
    },
    async (c) => {
      const rows = await service.listWorkshops(c.var.db, c.var.caller, c.req.valid('query'));
      return c.json({ data: rows.map((r) => presentWorkshop(r, c.var.caller)) }, 200);
    },
  );
}

function createRoute(app: Api) {
  route(
    app,
    'user',
    {
      method: 'post',
      path: BASE,
      tags: TAGS,
      summary:
        'Prepare a workshop of a strategy, its phases from a template (in Finnish, Swedish and English)',
      description:
        "Needs the editor role in the strategy's workspace. The workshop starts as a draft with a join code; opening a phase opens it to participants.",
      request: { body: jsonBody(workshopCreate) },
      responses: { 201: boardOk, ...errorResponses(400, 401, 403, 404) },
    },
    async (c) => {
      const row = await service.createWorkshop(c.var.db, c.var.caller, c.req.valid('json'), c.var.now());
      return c.json(await service.readBoard(c.var.db, c.var.caller, row.id), 201);
    },
  );
}

function readRoute(app: Api) {
  route(
    app,
    'records',
    {
      method: 'get',
      path: ONE,
      tags: TAGS,
      summary: 'The whole board: the workshop, its phases, participants, ideas with their dots and groups',
      request: { params: idParam },
      responses: { 200: boardOk, ...errorResponses(404) },
    },
    async (c) => c.json(await service.readBoard(c.var.db, c.var.caller, c.req.valid('param').id), 200),
  );
}

function updateRoute(app: Api) {
  route(
    app,
    'user',
    {
      method: 'patch',
      path: ONE,
      tags: TAGS,
      summary: 'Rename a workshop, change its vote budget, open or close it',
      description:
        'Closing the workshop closes its open phase; participants can then only erase their input. ' +
        'A vote budget below the dots a participant has already given is refused with 409 ' +
        'vote_budget_below_votes; its detail on `voteBudget` is the most dots one participant has given.',
      request: { params: idParam, body: jsonBody(workshopUpdate) },
      responses: { 200: boardOk, ...errorResponses(400, 401, 403, 404, 409) },
    },
    async (c) => {
      const id = c.req.valid('param').id;
      await service.updateWorkshop(c.var.db, c.var.caller, id, c.req.valid('json'), c.var.now());
      return c.json(await service.readBoard(c.var.db, c.var.caller, id), 200);
    },
  );
}

function deleteRoute(app: Api) {
  route(
    app,
    'user',
    {
      method: 'delete',
      path: ONE,
      tags: TAGS,
      summary:
        'Remove a workshop with its ideas, votes and participants (goals and actions made from it stay)',
      request: { params: idParam },
      responses: { 204: { description: 'Removed' }, ...errorResponses(401, 403, 404) },
    },
    async (c) => {
      await service.deleteWorkshop(c.var.db, c.var.caller, c.req.valid('param').id, c.var.now());
      return c.body(null, 204);
    },
  );
}

function phaseRoutes(app: Api) {
  for (const action of ['open', 'close'] as const)
    route(
      app,
      'user',
      {
        method: 'post',
        path: `${ONE}/phases/{phaseId}/${action}`,
        tags: TAGS,
        summary:
          action === 'open'
            ? 'Open a phase (the open one closes; a draft workshop opens to its participants)'
            : 'Close a phase',
        request: { params: phaseParams },
        responses: { 200: boardOk, ...errorResponses(401, 403, 404, 409) },
      },
      async (c) => {
        const { id, phaseId } = c.req.valid('param');
        await service.setPhase(c.var.db, c.var.caller, id, phaseId, action === 'open', c.var.now());
        return c.json(await service.readBoard(c.var.db, c.var.caller, id), 200);
      },
    );
}

function ideaRoutes(app: Api) {
  route(
    app,
    'user',
    {
      method: 'post',
      path: `${ONE}/ideas`,
      tags: TAGS,
      summary: "Add the facilitator's own idea to a phase",
      request: { params: idParam, body: jsonBody(facilitatorIdea) },
      responses: { 201: jsonContent(ideaSchema, 'Added'), ...errorResponses(400, 401, 403, 404) },
    },
    async (c) => {
      const id = c.req.valid('param').id;
      return c.json(await service.addIdea(c.var.db, c.var.caller, id, c.req.valid('json'), c.var.now()), 201);
    },
  );
  route(
    app,
    'user',
    {
      method: 'put',
      path: `${ONE}/ideas/{ideaId}/group`,
      tags: TAGS,
      summary: 'Put an idea into a group (or take it out with null), at a place in it',
      request: { params: ideaParams, body: jsonBody(ideaPlacement) },
      responses: { 200: jsonContent(ideaSchema, 'Moved'), ...errorResponses(400, 401, 403, 404) },
    },
    async (c) => {
      const { id, ideaId } = c.req.valid('param');
      const moved = await service.moveIdea(
        c.var.db,
        c.var.caller,
        id,
        ideaId,
        c.req.valid('json'),
        c.var.now(),
      );
      return c.json(moved, 200);
    },
  );
}

function groupRoutes(app: Api) {
  route(
    app,
    'user',
    {
      method: 'post',
      path: `${ONE}/groups`,
      tags: TAGS,
      summary: 'Add a group for ideas',
      request: { params: idParam, body: jsonBody(groupCreate) },
      responses: { 201: jsonContent(groupSchema, 'Added'), ...errorResponses(400, 401, 403, 404) },
    },
    async (c) => {
      const { id } = c.req.valid('param');
      const group = await service.addGroup(
        c.var.db,
        c.var.caller,
        id,
        c.req.valid('json').title,
        c.var.now(),
      );
      return c.json(group, 201);
    },
  );
  route(
    app,
    'user',
    {
      method: 'patch',
      path: `${ONE}/groups/{groupId}`,
      tags: TAGS,
      summary: 'Rename a group or move it to another place',
      request: { params: groupParams, body: jsonBody(groupUpdate) },
      responses: { 200: jsonContent(groupSchema, 'Saved'), ...errorResponses(400, 401, 403, 404) },
    },
    async (c) => {
      const { id, groupId } = c.req.valid('param');
      const group = await service.changeGroup(
        c.var.db,
        c.var.caller,
        id,
        groupId,
        c.req.valid('json'),
        c.var.now(),
      );
      return c.json(group, 200);
    },
  );
  route(
    app,
    'user',
    {
      method: 'delete',
      path: `${ONE}/groups/{groupId}`,
      tags: TAGS,
      summary: 'Remove a group; its ideas stay, ungrouped',
      request: { params: groupParams },
      responses: { 204: { description: 'Removed' }, ...errorResponses(401, 403, 404) },
    },
    async (c) => {
      const { id, groupId } = c.req.valid('param');
      await service.removeGroup(c.var.db, c.var.caller, id, groupId, c.var.now());
      return c.body(null, 204);
    },
  );
}

function eraseRoute(app: Api) {
  route(
    app,
    'user',
    {
      method: 'delete',
      path: `${ONE}/participants/{participantId}`,
      tags: TAGS,
      summary: 'Erase a participant: their name, organisation, ideas and votes (the audit keeps no name)',
      request: { params: participantParams },
      responses: { 204: { description: 'Erased' }, ...errorResponses(401, 403, 404) },
    },
    async (c) => {
      const { id, participantId } = c.req.valid('param');
      await service.eraseParticipant(c.var.db, c.var.caller, id, participantId, c.var.now());
      return c.body(null, 204);
    },
  );
}

function outcomeRoute(app: Api) {
  route(
    app,
    'user',
    {
      method: 'post',
      path: `${ONE}/outcome`,
      tags: TAGS,
      summary: "Turn ideas and groups into the strategy's draft goals and development actions, in one step",
      description:
        'All or nothing. Each goal and action is linked to the idea or group it came from with the dots it had; a goal ' +
        'aims at 2027 unless said. An action may name a goal of the same request by its key.',
      request: { params: idParam, body: jsonBody(workshopOutcome) },
      responses: {
        201: jsonContent(
          z
            .object({ goalIds: z.array(z.string()), actionIds: z.array(z.string()) })
            .meta({ id: 'WorkshopOutcomeMade' }),
          'Made',
        ),
        ...errorResponses(400, 401, 403, 404, 422),
      },
    },
    async (c) => {
      const id = c.req.valid('param').id;
      return c.json(await makeOutcome(c.var.db, c.var.caller, id, c.req.valid('json'), c.var.now()), 201);
    },
  );
}

const streamDescription =
  `Server-sent events, one per change: \`id\` (send it back as Last-Event-ID), \`event\` one of ${WORKSHOP_EVENT_TYPES.join(', ')}, ` +
  '`data` JSON. A reconnect with the Last-Event-ID header (or `?lastEventId=`) first replays what is newer; without either, ' +
  'everything from the start. A comment line every 15 seconds keeps the connection open.';

function streamRoute(app: Api) {
  route(
    app,
    'records',
    {
      method: 'get',
      path: `${ONE}/stream`,
      tags: TAGS,
      summary: "The workshop's changes live, for the facilitator's screen",
      description: streamDescription,
      request: {
        params: idParam,
        query: z.object({
          lastEventId: z
            .string()
            .regex(/^\d{1,18}$/)
            .optional(),
        }),
      },
      responses: {
        200: { description: 'The event stream', content: { 'text/event-stream': { schema: z.string() } } },
        ...errorResponses(404),
      },
    },
    async (c) => {
      const row = await readable(
        c.var.db,
        c.var.caller,
        await findWorkshop(c.var.db, c.req.valid('param').id),
      );
      return sendStream(c, row.id, WORKSHOP_EVENT_TYPES, resumeFrom(c)) as never;
    },
  );
}

const fileParam = z.object({
  file: z
    .string()
    .regex(/^[0-9a-f-]{36}\.(docx|xlsx)$/i, 'Give <workshopId>.docx or <workshopId>.xlsx')
    .meta({ param: { name: 'file', in: 'path' }, description: '<workshopId>.docx or <workshopId>.xlsx' }),
});

function fileRoute(app: Api) {
  route(
    app,
    'records',
    {
      method: 'get',
      path: '/api/v1/exports/workshops/{file}',
      operationId: 'getWorkshopExportFile',
      tags: TAGS,
      summary:
        "The workshop's record as Word or Excel: ideas, groups with their dots, participants by organisation",
      description: "Participants' names are never in it: they are counted by the organisation they gave.",
      request: { params: fileParam, query: z.object({ lang: z.enum(['fi', 'sv', 'en']).default('fi') }) },
      responses: { 200: fileResponseOf(WORKSHOP_FORMATS, 'The record'), ...errorResponses(400, 404) },
    },
    async (c) => {
      const [id, format] = c.req.valid('param').file.toLowerCase().split('.') as [string, 'docx' | 'xlsx'];
      const { lang } = c.req.valid('query');
      return sendReportFile(c, format, await workshopFile(c.var.db, c.var.caller, id, format, lang));
    },
  );
}
