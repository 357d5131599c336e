/**
 * Questionnaires of mapping rounds: the shipped templates, the records (names, description and privacy
 * notice in three languages, lawful basis), their content by version, and copies (issue 13).
 */
import { QUESTIONNAIRE_LAWFUL_BASES } from '../../../domain/enums.js';
import { z } from 'zod';
import { longText, opt, shortText, text } from '../../../domain/common.js';
import { QUESTIONNAIRE_TEMPLATES } from '../../../domain/questionnaire-templates.js';
import { errorResponses, jsonBody, jsonContent } from '../../openapi.js';
import { route, type Api } from '../../routing.js';
import { presentQuestionnaire, questionnaireSchema, ROUND_VISIBILITIES } from './questionnaires.presenter.js';
import * as service from './questionnaires.service.js';

const TAGS = ['mapping'];
const BASE = '/api/v1/questionnaires';

export const idParam = z.object({ id: z.uuid().meta({ param: { name: 'id', in: 'path' } }) });

export const workspaceQuery = z.strictObject({
  workspace: text.max(200).optional().meta({
    description: 'Workspace (id or slug) the new record belongs to; needed when you edit in several',
  }),
});

const contentDocument = z
  .record(z.string(), z.unknown())
  .meta({ description: 'Sections and questions, checked as a whole (422 names each problem)' });

const fields = {
  visibility: z.enum(ROUND_VISIBILITIES).optional(),
  nameFi: shortText,
  nameSv: opt(shortText),
  nameEn: opt(shortText),
  descriptionFi: opt(longText),
  descriptionSv: opt(longText),
  descriptionEn: opt(longText),
  privacyNoticeFi: opt(longText),
  privacyNoticeSv: opt(longText),
  privacyNoticeEn: opt(longText),
  lawfulBasis: z.enum(QUESTIONNAIRE_LAWFUL_BASES).optional(),
};

const createBody = z
  .strictObject({
    ...fields,
    template: z.enum(['mapping']).optional().meta({ description: 'Version 1 from this template' }),
    content: contentDocument.optional().meta({ description: 'Version 1 as given (else the template)' }),
  })
  .meta({ id: 'QuestionnaireCreate' });

const updateBody = z.strictObject(fields).partial().meta({ id: 'QuestionnaireUpdate' });

const templatesSchema = z.object({
  data: z.array(
    z.object({
      key: z.string(),
      name: z.object({ fi: z.string(), sv: z.string(), en: z.string() }),
      content: z.record(z.string(), z.unknown()),
    }),
  ),
});

const contentSchema = z
  .object({
    version: z.number().int(),
    latestVersion: z.number().int(),
    content: z.record(z.string(), z.unknown()),
    versions: z.array(
      z.object({ version: z.number().int(), createdAt: z.string(), roundCount: z.number().int() }),
    ),
  })
  .meta({ id: 'QuestionnaireContent' });

export function registerQuestionnaireRoutes(app: Api) {
  templatesRoute(app);
  listRoute(app);
  createRoute(app);
  readRoute(app);
  updateRoute(app);
  deleteRoute(app);
  readContentRoute(app);
  writeContentRoute(app);
  copyRoute(app);
}

function templatesRoute(app: Api) {
  route(
    app,
    'user',
    {
      method: 'get',
      path: '/api/v1/questionnaire-templates',
      tags: TAGS,
      summary: 'The questionnaire templates Solmu ships (fi/sv/en)',
      responses: { 200: jsonContent(templatesSchema, 'Templates'), ...errorResponses(401) },
    },
    (c) =>
      c.json(
        {
          data: QUESTIONNAIRE_TEMPLATES.map((t) => ({
            key: t.key,
            name: t.name,
            content: t.content as Record<string, unknown>,
          })),
        },
        200,
      ),
  );
}

function listRoute(app: Api) {
  route(
    app,
    'user',
    {
      method: 'get',
      path: BASE,
      tags: TAGS,
      summary: 'Questionnaires you may read',
      responses: {
        200: jsonContent(z.object({ data: z.array(questionnaireSchema) }), 'Questionnaires'),
        ...errorResponses(401),
      },
    },
    async (c) =>
      c.json(
        { data: (await service.listQuestionnaires(c.var.db, c.var.caller)).map(presentQuestionnaire) },
        200,
      ),
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
        'Create a questionnaire; version 1 from a template (the mapping one by default) or given content',
      request: { query: workspaceQuery, body: jsonBody(createBody) },
      responses: {
        201: jsonContent(questionnaireSchema, 'Created'),
        ...errorResponses(400, 401, 403, 422),
      },
    },
    async (c) => {
      const row = await service.createQuestionnaire(
        c.var.db,
        c.var.caller,
        c.req.valid('json'),
        c.req.valid('query').workspace,
        c.var.now(),
      );
      return c.json(presentQuestionnaire(row), 201);
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
      summary: 'Read a questionnaire',
      request: { params: idParam },
      responses: { 200: jsonContent(questionnaireSchema, 'The questionnaire'), ...errorResponses(401, 404) },
    },
    async (c) =>
      c.json(
        presentQuestionnaire(
          await service.readQuestionnaire(c.var.db, c.var.caller, c.req.valid('param').id),
        ),
        200,
      ),
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
      summary: 'Update a questionnaire’s names, texts, visibility or lawful basis',
      request: { params: idParam, body: jsonBody(updateBody) },
      responses: {
        200: jsonContent(questionnaireSchema, 'Updated'),
        ...errorResponses(400, 401, 403, 404, 422),
      },
    },
    async (c) => {
      const row = await service.updateQuestionnaire(
        c.var.db,
        c.var.caller,
        c.req.valid('param').id,
        c.req.valid('json'),
        c.var.now(),
      );
      return c.json(presentQuestionnaire(row), 200);
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
      summary: 'Delete a questionnaire that no round asks',
      request: { params: idParam },
      responses: { 204: { description: 'Deleted' }, ...errorResponses(401, 403, 404, 409) },
    },
    async (c) => {
      await service.deleteQuestionnaire(c.var.db, c.var.caller, c.req.valid('param').id, c.var.now());
      return c.body(null, 204);
    },
  );
}

function readContentRoute(app: Api) {
  route(
    app,
    'user',
    {
      method: 'get',
      path: `${BASE}/{id}/content`,
      tags: TAGS,
      summary: 'A version of the questionnaire’s content (the latest by default) and its versions',
      request: {
        params: idParam,
        query: z.strictObject({ version: z.coerce.number().int().min(1).max(100_000).optional() }),
      },
      responses: { 200: jsonContent(contentSchema, 'The content'), ...errorResponses(400, 401, 404) },
    },
    async (c) => {
      const answer = await service.readContent(
        c.var.db,
        c.var.caller,
        c.req.valid('param').id,
        c.req.valid('query').version,
      );
      return c.json({ ...answer, content: answer.content as Record<string, unknown> }, 200);
    },
  );
}

function writeContentRoute(app: Api) {
  route(
    app,
    'user',
    {
      method: 'put',
      path: `${BASE}/{id}/content`,
      tags: TAGS,
      summary: 'Save the content: a version a round asks is kept, and the next version is written',
      request: { params: idParam, body: jsonBody(z.strictObject({ content: contentDocument })) },
      responses: {
        200: jsonContent(z.object({ version: z.number().int() }), 'Saved as this version'),
        ...errorResponses(400, 401, 403, 404, 422),
      },
    },
    async (c) =>
      c.json(
        await service.writeContent(
          c.var.db,
          c.var.caller,
          c.req.valid('param').id,
          c.req.valid('json').content,
          c.var.now(),
        ),
        200,
      ),
  );
}

function copyRoute(app: Api) {
  route(
    app,
    'user',
    {
      method: 'post',
      path: `${BASE}/{id}/copy`,
      operationId: 'copyQuestionnaire',
      tags: TAGS,
      summary: 'Copy a questionnaire with its latest content',
      request: { params: idParam, query: workspaceQuery },
      responses: { 201: jsonContent(questionnaireSchema, 'The copy'), ...errorResponses(401, 403, 404) },
    },
    async (c) => {
      const row = await service.copyQuestionnaire(
        c.var.db,
        c.var.caller,
        c.req.valid('param').id,
        c.req.valid('query').workspace,
        c.var.now(),
      );
      return c.json(presentQuestionnaire(row), 201);
    },
  );
}
