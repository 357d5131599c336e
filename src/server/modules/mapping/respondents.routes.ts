/**
 * A round's respondents and their personal links, and the invitations and reminders that carry them.
 * A link's token is shown once, when it is made; only its hash is kept.
 */
import { z } from 'zod';
import { shortText, text } from '../../../domain/common.js';
import { createMailer, type MailSettings, type Mailer } from '../../mail/mailer.js';
import { errorResponses, jsonBody, jsonContent } from '../../openapi.js';
import { route, type Api } from '../../routing.js';
import { sendInvitations } from './invitations.service.js';
import { idParam } from './questionnaires.routes.js';
import * as service from './respondents.service.js';

const TAGS = ['mapping'];

const linkSchema = z
  .object({
    token: z.string(),
    url: z.string().meta({ description: 'The respondent’s page, relative: /{lang}/answer/{token}' }),
    expiresAt: z.string(),
  })
  .meta({ id: 'RespondentLink' });

const respondentSchema = z
  .object({
    id: z.string(),
    displayName: z.string(),
    organisationId: z.string().nullable(),
    organisationName: z.string().nullable(),
    personId: z.string().nullable(),
    municipalityCode: z.string().nullable(),
    municipalityName: z.string().nullable(),
    organisationKind: z.string().nullable(),
    hasEmail: z.boolean(),
    language: z.enum(service.LANGUAGES),
    mode: z.enum(['survey', 'interview']),
    state: z.enum(['not_opened', 'opened', 'draft', 'submitted']),
    openedAt: z.string().nullable(),
    submittedAt: z.string().nullable(),
    remindedAt: z.string().nullable(),
    linkExpiresAt: z.string().nullable(),
    linkRevoked: z.boolean(),
    interviewer: z.string().nullable(),
    interviewedOn: z.string().nullable(),
  })
  .meta({ id: 'RoundRespondent' });

const addBody = z
  .strictObject({
    respondents: z
      .array(
        z.strictObject({
          organisationId: z.uuid().optional(),
          personId: z.uuid().optional(),
          displayName: shortText.optional(),
          email: z.email().max(320).optional(),
          language: z
            .enum(service.LANGUAGES)
            .optional()
            .meta({ description: 'Mails and link (fi by default)' }),
        }),
      )
      .min(1)
      .max(1000)
      .optional(),
    pasted: text
      .max(200_000)
      .optional()
      .meta({ description: 'One "Name <address>" a line; each bad line is named and nothing is added' }),
  })
  .refine((b) => (b.respondents === undefined) !== (b.pasted === undefined), {
    message: 'Give respondents or pasted, one of them',
    path: ['respondents'],
  })
  .meta({ id: 'RoundRespondentsAdd' });

const invitationBody = z
  .strictObject({
    respondentIds: z.array(z.uuid()).min(1).max(5000).optional().meta({ description: 'Everyone by default' }),
    kind: z.enum(['invitation', 'reminder']),
  })
  .meta({ id: 'RoundInvitations' });

const invitationResult = z
  .object({
    sent: z.number().int(),
    skipped: z.array(z.object({ id: z.string(), reason: z.enum(['submitted', 'no_email', 'send_failed']) })),
    links: z.array(z.object({ respondentId: z.string(), url: z.string() })),
  })
  .meta({ id: 'RoundInvitationResult' });

export function registerRespondentRoutes(app: Api, mail: MailSettings | undefined) {
  const mailer = mail && createMailer(mail);
  listRoute(app);
  addRoute(app);
  renewLinkRoute(app);
  revokeLinkRoute(app);
  removeRoute(app);
  invitationsRoute(app, mailer);
}

function listRoute(app: Api) {
  route(
    app,
    'user',
    {
      method: 'get',
      path: '/api/v1/mapping-rounds/{id}/respondents',
      operationId: 'listMappingRoundRespondents',
      tags: TAGS,
      summary: 'The round’s respondents: how far each has come (never an address or a link)',
      request: { params: idParam },
      responses: {
        200: jsonContent(z.object({ data: z.array(respondentSchema) }), 'Respondents'),
        ...errorResponses(401, 404),
      },
    },
    async (c) =>
      c.json(
        { data: await service.readRespondents(c.var.db, c.var.caller, c.req.valid('param').id, c.var.now()) },
        200,
      ),
  );
}

function addRoute(app: Api) {
  route(
    app,
    'user',
    {
      method: 'post',
      path: '/api/v1/mapping-rounds/{id}/respondents',
      tags: TAGS,
      summary: 'Add respondents from the roster or a pasted list; their links are in this answer only',
      request: { params: idParam, body: jsonBody(addBody) },
      responses: {
        201: jsonContent(
          z.object({
            data: z.array(z.object({ id: z.string(), displayName: z.string(), link: linkSchema })),
          }),
          'Added',
        ),
        ...errorResponses(400, 401, 403, 404, 409, 422),
      },
    },
    async (c) => {
      const data = await service.addRespondents(
        c.var.db,
        c.var.caller,
        c.req.valid('param').id,
        c.req.valid('json'),
        c.var.now(),
      );
      return c.json({ data }, 201);
    },
  );
}

function renewLinkRoute(app: Api) {
  route(
    app,
    'user',
    {
      method: 'post',
      path: '/api/v1/round-respondents/{id}/link',
      tags: TAGS,
      summary: 'A new personal link; the old one stops working',
      request: { params: idParam },
      responses: { 200: jsonContent(linkSchema, 'The new link'), ...errorResponses(401, 403, 404, 409) },
    },
    async (c) =>
      c.json(await service.renewLink(c.var.db, c.var.caller, c.req.valid('param').id, c.var.now()), 200),
  );
}

function revokeLinkRoute(app: Api) {
  route(
    app,
    'user',
    {
      method: 'delete',
      path: '/api/v1/round-respondents/{id}/link',
      tags: TAGS,
      summary: 'Revoke the respondent’s personal link',
      request: { params: idParam },
      responses: { 204: { description: 'Revoked' }, ...errorResponses(401, 403, 404) },
    },
    async (c) => {
      await service.revokeLink(c.var.db, c.var.caller, c.req.valid('param').id, c.var.now());
      return c.body(null, 204);
    },
  );
}

function removeRoute(app: Api) {
  route(
    app,
    'user',
    {
      method: 'delete',
      path: '/api/v1/round-respondents/{id}',
      tags: TAGS,
      summary: 'Remove a respondent with their answers and undecided proposals',
      request: { params: idParam },
      responses: { 204: { description: 'Removed' }, ...errorResponses(401, 403, 404) },
    },
    async (c) => {
      await service.removeRespondent(c.var.db, c.var.caller, c.req.valid('param').id, c.var.now());
      return c.body(null, 204);
    },
  );
}

function invitationsRoute(app: Api, mailer: Mailer | undefined) {
  route(
    app,
    'user',
    {
      method: 'post',
      path: '/api/v1/mapping-rounds/{id}/invitations',
      operationId: 'sendMappingRoundInvitations',
      tags: TAGS,
      summary: 'Invite or remind by e-mail with fresh links (without SMTP: the links to copy)',
      request: { params: idParam, body: jsonBody(invitationBody) },
      responses: {
        200: jsonContent(invitationResult, 'What was sent, skipped and left to copy'),
        ...errorResponses(400, 401, 403, 404, 409, 422),
      },
    },
    async (c) =>
      c.json(
        await sendInvitations(
          c.var.db,
          c.var.caller,
          mailer,
          c.req.valid('param').id,
          c.req.valid('json'),
          c.var.now(),
        ),
        200,
      ),
  );
}
