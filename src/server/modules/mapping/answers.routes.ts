/**
 * The respondent's side of a mapping round: read and answer the questionnaire through a personal link,
 * without an account. Public by policy; the link in the address is the only credential (issue 13).
 */
import { QUESTIONNAIRE_LAWFUL_BASES } from '../../../domain/enums.js';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import type { AppEnv } from '../../env.js';
import { errorResponses, jsonBody, jsonContent } from '../../openapi.js';
import { route } from '../../routing.js';
import { answerByLink, readByLink } from './answers.service.js';
import { searchByLink } from './link-roster.service.js';

/** The size a whole questionnaire's answers stay far below; a bigger body is refused before it is read. */
export const ANSWER_BODY_LIMIT = 256 * 1024;

const tokenParam = z.object({
  token: z
    .string()
    .min(20)
    .max(200)
    .meta({ param: { name: 'token', in: 'path' }, description: 'The personal link’s token' }),
});

export const answersSchema = z.record(z.string().max(40), z.unknown()).meta({
  description: 'Answers by question key; null takes an answer back',
});

const page = z
  .object({
    content: z
      .record(z.string(), z.unknown())
      .meta({ description: 'The questionnaire version the round asks' }),
    answers: answersSchema,
    mode: z.enum(['survey', 'interview']),
    submitted: z.boolean(),
    round: z
      .object({ nameFi: z.string(), nameSv: z.string().nullable(), nameEn: z.string().nullable() })
      .meta({ description: 'The round’s name' }),
    privacyNotice: z
      .object({ fi: z.string().nullable(), sv: z.string().nullable(), en: z.string().nullable() })
      .meta({ description: 'The questionnaire’s privacy notice: controller, purpose, retention, rights' }),
    lawfulBasis: z.enum(QUESTIONNAIRE_LAWFUL_BASES),
    consented: z.boolean().meta({ description: 'Whether the respondent has given consent' }),
  })
  .meta({ id: 'RespondentPage' });

export const saved = z
  .object({ answers: answersSchema, submitted: z.boolean() })
  .meta({ id: 'SavedAnswers' });

const answerBody = z.strictObject({
  answers: answersSchema,
  submit: z.boolean().default(false).meta({ description: 'True to submit; otherwise a draft is kept' }),
  consent: z.boolean().optional().meta({
    description:
      'The respondent consents to the privacy notice; required on submit when the lawful basis is consent',
  }),
});

const rosterQuery = z.object({
  q: z.string().max(200).optional().meta({ description: 'A part of the name, or a business ID' }),
  ids: z
    .string()
    .regex(/^[0-9a-f-]{36}(,[0-9a-f-]{36}){0,49}$/i, 'Up to 50 ids, separated by commas')
    .optional()
    .meta({ description: 'Organisations by id, for the names of those already chosen' }),
});

const rosterHit = z
  .object({
    id: z.uuid(),
    name: z.string(),
    businessId: z.string().nullable(),
    municipalityCode: z.string().nullable(),
    kind: z.string(),
  })
  .meta({ id: 'RosterHit' });

export function registerAnswerRoutes(app: OpenAPIHono<AppEnv>) {
  route(
    app,
    'public',
    {
      method: 'get',
      path: '/api/v1/answers/{token}',
      tags: ['mapping'],
      summary: 'The questionnaire and the answers so far, by a respondent’s personal link',
      request: { params: tokenParam },
      responses: {
        200: jsonContent(page, 'The respondent’s page'),
        ...errorResponses(400, 404, 409, 410, 429),
      },
    },
    async (c) => c.json(await readByLink(c.var.db, c.req.valid('param').token, c.var.now()), 200),
  );
  route(
    app,
    'public',
    {
      method: 'put',
      path: '/api/v1/answers/{token}',
      tags: ['mapping'],
      summary: 'Save answers as a draft, or submit them, by a respondent’s personal link',
      request: { params: tokenParam, body: jsonBody(answerBody) },
      responses: { 200: jsonContent(saved, 'Saved'), ...errorResponses(400, 404, 409, 410, 413, 422, 429) },
    },
    async (c) => {
      const { answers, submit, consent } = c.req.valid('json');
      const token = c.req.valid('param').token;
      return c.json(await answerByLink(c.var.db, token, answers, submit, c.var.now(), consent), 200);
    },
  );
  route(
    app,
    'public',
    {
      method: 'get',
      path: '/api/v1/answers/{token}/organisations',
      operationId: 'listAnswerOrganisations',
      tags: ['mapping'],
      summary: 'Organisations a respondent may name, by a part of the name, a business ID or ids',
      request: { params: tokenParam, query: rosterQuery },
      responses: {
        200: jsonContent(z.object({ data: z.array(rosterHit) }), 'At most 20 organisations'),
        ...errorResponses(400, 404, 409, 410, 429),
      },
    },
    async (c) => {
      const { q, ids } = c.req.valid('query');
      const find = { q, ids: ids?.split(',').filter(Boolean) };
      const token = c.req.valid('param').token;
      return c.json({ data: await searchByLink(c.var.db, token, find, c.var.now()) }, 200);
    },
  );
}
