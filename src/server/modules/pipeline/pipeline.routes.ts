import { z } from 'zod';
import { id, isoDateTime, text } from '../../../domain/common.js';
import { CONTACT_STAGES, LOGGED_ACTIVITY_KINDS } from '../../../domain/enums.js';
import { errorResponses, jsonBody, jsonContent } from '../../openapi.js';
import { route, type Api } from '../../routing.js';
import {
  activitySchema,
  cardSchema,
  dueSchema,
  pipelineSchema,
  presentActivity,
  presentCard,
  presentPipeline,
} from './pipeline.presenter.js';
import * as pipeline from './pipeline.service.js';
import { dueWindow } from './due-window.js';

const contactParam = z.object({ id: z.uuid() });
const note = text.trim().min(1).max(20000);

/**
 * The contact pipeline beyond the contacts resource: the board's cards, moves between stages with their
 * log, the activity log, and what falls due. Registered before the resources.
 */
export function registerPipelineRoutes(app: Api) {
  boardRoute(app);
  dueRoute(app);
  ownersRoute(app);
  cardRoute(app);
  stageRoute(app);
  logRoute(app);
  addActivityRoute(app);
}

function boardRoute(app: Api) {
  route(
    app,
    'user',
    {
      method: 'get',
      path: '/api/v1/pipeline',
      tags: ['contacts'],
      summary: "A workspace's contact pipeline: cards grouped by stage, in the stages' order",
      request: {
        query: z.object({
          workspaceId: id.optional().meta({ description: "Default: the caller's own workspaces" }),
          ownerId: id.optional(),
          competenceId: id.optional().meta({ description: 'Only contacts for this competence need' }),
          organisationId: id.optional(),
        }),
      },
      responses: { 200: jsonContent(pipelineSchema, 'The pipeline'), ...errorResponses(400, 401) },
    },
    async (c) => {
      const cards = await pipeline.pipeline(c.var.db, c.var.caller, c.req.valid('query'), c.var.now());
      return c.json(presentPipeline(cards), 200);
    },
  );
}

function dueRoute(app: Api) {
  route(
    app,
    'user',
    {
      method: 'get',
      path: '/api/v1/pipeline/due',
      tags: ['contacts'],
      summary: "The caller's own open contacts whose next action is overdue or falls due within `days`",
      request: { query: z.object({ days: z.coerce.number().int().min(0).max(366).default(7) }) },
      responses: { 200: jsonContent(dueSchema, 'Due and overdue'), ...errorResponses(400, 401) },
    },
    async (c) => {
      const { today, until } = dueWindow(c.var.now(), c.req.valid('query').days);
      const cards = await pipeline.dueFor(c.var.db, c.var.caller, until, c.var.now());
      return c.json({ today, until, items: cards.map(presentCard) }, 200);
    },
  );
}

const ownerSchema = z
  .object({
    id: z.uuid(),
    name: z.string().nullable().meta({ description: 'Display name; never the e-mail address' }),
  })
  .meta({ id: 'PipelineOwner' });

function ownersRoute(app: Api) {
  route(
    app,
    'user',
    {
      method: 'get',
      path: '/api/v1/pipeline/owners',
      tags: ['contacts'],
      summary: "The users who may own a workspace's contacts (its own users), by display name",
      request: {
        query: z.object({ workspace: z.string().min(1).max(100).meta({ description: 'Id or slug' }) }),
      },
      responses: {
        200: jsonContent(z.object({ items: z.array(ownerSchema) }), 'The users'),
        ...errorResponses(400, 401, 404),
      },
    },
    async (c) => {
      const users = await pipeline.owners(c.var.db, c.var.caller, c.req.valid('query').workspace);
      return c.json({ items: users.map((u) => ({ id: u.id, name: u.displayName })) }, 200);
    },
  );
}

function cardRoute(app: Api) {
  route(
    app,
    'user',
    {
      method: 'get',
      path: '/api/v1/contacts/{id}/card',
      tags: ['contacts'],
      summary: 'One contact as a card of the pipeline: its organisation, person, owner and need by name',
      request: { params: contactParam },
      responses: { 200: jsonContent(cardSchema, 'The card'), ...errorResponses(401, 404) },
    },
    async (c) => {
      const card = await pipeline.card(c.var.db, c.var.caller, c.req.valid('param').id, c.var.now());
      return c.json(presentCard(card), 200);
    },
  );
}

function stageRoute(app: Api) {
  route(
    app,
    'user',
    {
      method: 'post',
      path: '/api/v1/contacts/{id}/stage',
      operationId: 'setContactStage',
      tags: ['contacts'],
      summary: 'Move a contact to a stage; the move (from → to, with the note) goes to its log',
      request: {
        params: contactParam,
        body: jsonBody(z.strictObject({ stage: z.enum(CONTACT_STAGES), note: note.optional() })),
      },
      responses: {
        200: jsonContent(activitySchema, 'The log entry of the move'),
        ...errorResponses(400, 401, 403, 404),
      },
    },
    async (c) => {
      const entry = await pipeline.moveToStage(
        c.var.db,
        c.var.caller,
        c.req.valid('param').id,
        c.req.valid('json'),
        c.var.now(),
      );
      return c.json(presentActivity(entry), 200);
    },
  );
}

function logRoute(app: Api) {
  route(
    app,
    'user',
    {
      method: 'get',
      path: '/api/v1/contacts/{id}/activities',
      tags: ['contacts'],
      summary: "A contact's activity log, newest first: calls, e-mails, meetings, notes and stage changes",
      request: { params: contactParam },
      responses: {
        200: jsonContent(z.object({ items: z.array(activitySchema) }), 'The log'),
        ...errorResponses(401, 404),
      },
    },
    async (c) => {
      const items = await pipeline.activities(c.var.db, c.var.caller, c.req.valid('param').id);
      return c.json({ items: items.map(presentActivity) }, 200);
    },
  );
}

function addActivityRoute(app: Api) {
  route(
    app,
    'user',
    {
      method: 'post',
      path: '/api/v1/contacts/{id}/activities',
      tags: ['contacts'],
      summary: "Log a call, an e-mail, a meeting or a note in a contact's log",
      request: {
        params: contactParam,
        body: jsonBody(
          z.strictObject({
            kind: z.enum(LOGGED_ACTIVITY_KINDS),
            body: note,
            occurredAt: isoDateTime.optional().meta({ description: 'Default: now' }),
          }),
        ),
      },
      responses: {
        201: jsonContent(activitySchema, 'The log entry'),
        ...errorResponses(400, 401, 403, 404),
      },
    },
    async (c) => {
      const entry = await pipeline.logActivity(
        c.var.db,
        c.var.caller,
        c.req.valid('param').id,
        c.req.valid('json'),
        c.var.now(),
      );
      return c.json(presentActivity(entry), 201);
    },
  );
}
