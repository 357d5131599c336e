/**
 * Mapping rounds for their coordinators: the rounds themselves, closing one, and how far it has come.
 * Registers the questionnaires', respondents', invitations' and interviews' routes too (issue 13).
 */
import { z } from 'zod';
import { isoDate, municipalityCode, opt, shortText } from '../../../domain/common.js';
import { STRATEGY_SCOPES } from '../../../domain/enums.js';
import type { MailSettings } from '../../mail/mailer.js';
import { errorResponses, jsonBody, jsonContent } from '../../openapi.js';
import { route, type Api } from '../../routing.js';
import { completionOf } from './completion.service.js';
import { registerInterviewRoutes } from './interviews.routes.js';
import { ROUND_VISIBILITIES } from './questionnaires.presenter.js';
import { idParam, registerQuestionnaireRoutes, workspaceQuery } from './questionnaires.routes.js';
import { registerRespondentRoutes } from './respondents.routes.js';
import { presentRound, roundSchema } from './rounds.presenter.js';
import * as service from './rounds.service.js';

const TAGS = ['mapping'];
const BASE = '/api/v1/mapping-rounds';

const fields = {
  visibility: z.enum(ROUND_VISIBILITIES).optional(),
  nameFi: shortText,
  nameSv: opt(shortText),
  nameEn: opt(shortText),
  scope: z.enum(STRATEGY_SCOPES),
  ecosystemId: opt(z.uuid()),
  networkId: opt(z.uuid()),
  municipalityCode: opt(municipalityCode),
  opensOn: isoDate,
  closesOn: isoDate,
  answersKeptUntil: opt(isoDate).describe(
    'The day the privacy notice promises: after it the respondents are anonymised and their free-text answers deleted',
  ),
};

const createBody = z
  .strictObject({ questionnaireId: z.uuid(), ...fields })
  .meta({ id: 'MappingRoundCreate' });
const updateBody = z.strictObject(fields).partial().meta({ id: 'MappingRoundUpdate' });

const counts = {
  total: z.number().int(),
  submitted: z.number().int(),
  draft: z.number().int(),
  notOpened: z.number().int(),
};
const completionSchema = z
  .object({
    total: z.number().int(),
    byState: z.object({
      not_opened: z.number().int(),
      opened: z.number().int(),
      draft: z.number().int(),
      submitted: z.number().int(),
    }),
    byMunicipality: z.array(
      z.object({
        municipalityCode: z.string().nullable(),
        municipalityName: z.string().nullable(),
        ...counts,
      }),
    ),
    byKind: z.array(z.object({ kind: z.string().nullable(), ...counts })),
  })
  .meta({ id: 'RoundCompletion' });

export function registerRoundRoutes(app: Api, mail: MailSettings | undefined) {
  registerQuestionnaireRoutes(app);
  listRoute(app);
  createRoute(app);
  readRoute(app);
  updateRoute(app);
  deleteRoute(app);
  closeRoute(app);
  completionRoute(app);
  registerRespondentRoutes(app, mail);
  registerInterviewRoutes(app);
}

function listRoute(app: Api) {
  route(
    app,
    'user',
    {
      method: 'get',
      path: BASE,
      tags: TAGS,
      summary: 'Mapping rounds you may read',
      request: { query: z.strictObject({ questionnaireId: z.uuid().optional() }) },
      responses: {
        200: jsonContent(z.object({ data: z.array(roundSchema) }), 'Rounds'),
        ...errorResponses(400, 401),
      },
    },
    async (c) => {
      const rows = await service.listRounds(c.var.db, c.var.caller, c.req.valid('query').questionnaireId);
      return c.json({ data: rows.map(presentRound) }, 200);
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
      summary: 'Start a round on the latest version of a questionnaire',
      request: { query: workspaceQuery, body: jsonBody(createBody) },
      responses: { 201: jsonContent(roundSchema, 'Created'), ...errorResponses(400, 401, 403, 422) },
    },
    async (c) => {
      const row = await service.createRound(
        c.var.db,
        c.var.caller,
        c.req.valid('json'),
        c.req.valid('query').workspace,
        c.var.now(),
      );
      return c.json(presentRound(row), 201);
    },
  );
}

function readRoute(app: Api) {
  route(
    app,
    'user',
    {
      method: 'get',
      path: `${BASE}/{id}`,
      tags: TAGS,
      summary: 'Read a mapping round',
      request: { params: idParam },
      responses: { 200: jsonContent(roundSchema, 'The round'), ...errorResponses(401, 404) },
    },
    async (c) =>
      c.json(presentRound(await service.readRound(c.var.db, c.var.caller, c.req.valid('param').id)), 200),
  );
}

function updateRoute(app: Api) {
  route(
    app,
    'user',
    {
      method: 'patch',
      path: `${BASE}/{id}`,
      tags: TAGS,
      summary: 'Update a round’s names, scope, period or visibility (its questionnaire version stays)',
      request: { params: idParam, body: jsonBody(updateBody) },
      responses: { 200: jsonContent(roundSchema, 'Updated'), ...errorResponses(400, 401, 403, 404, 422) },
    },
    async (c) => {
      const row = await service.updateRound(
        c.var.db,
        c.var.caller,
        c.req.valid('param').id,
        c.req.valid('json'),
        c.var.now(),
      );
      return c.json(presentRound(row), 200);
    },
  );
}

function deleteRoute(app: Api) {
  route(
    app,
    'user',
    {
      method: 'delete',
      path: `${BASE}/{id}`,
      tags: TAGS,
      summary: 'Delete a round with its respondents and answers',
      request: { params: idParam },
      responses: { 204: { description: 'Deleted' }, ...errorResponses(401, 403, 404) },
    },
    async (c) => {
      await service.deleteRound(c.var.db, c.var.caller, c.req.valid('param').id, c.var.now());
      return c.body(null, 204);
    },
  );
}

function closeRoute(app: Api) {
  route(
    app,
    'user',
    {
      method: 'post',
      path: `${BASE}/{id}/close`,
      tags: TAGS,
      summary: 'Close the round now: links stop working and answers no longer change',
      request: { params: idParam },
      responses: { 200: jsonContent(roundSchema, 'Closed'), ...errorResponses(401, 403, 404) },
    },
    async (c) =>
      c.json(
        presentRound(await service.closeRound(c.var.db, c.var.caller, c.req.valid('param').id, c.var.now())),
        200,
      ),
  );
}

function completionRoute(app: Api) {
  route(
    app,
    'user',
    {
      method: 'get',
      path: `${BASE}/{id}/completion`,
      tags: TAGS,
      summary: 'Who has submitted, has a draft, has opened or not: in all, by town and by kind',
      request: { params: idParam },
      responses: { 200: jsonContent(completionSchema, 'Completion'), ...errorResponses(401, 404) },
    },
    async (c) => c.json(await completionOf(c.var.db, c.var.caller, c.req.valid('param').id), 200),
  );
}
