/**
 * A round's analysis over HTTP (issue 13): summaries and comparison for the round's readers; open
 * answers, codes, quotes, theme suggestions and the answers file for its editors.
 */
import type { OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import type { AppEnv } from '../../env.js';
import { errorResponses, jsonBody, jsonContent } from '../../openapi.js';
import { route } from '../../routing.js';
import { download } from '../exports/exports.presenter.js';
import { compareRounds, openAnswers, roundAnalysis, roundThemeSuggestions } from './analysis.service.js';
import * as s from './analysis.schemas.js';
import { ANSWER_FORMATS, answersFile, type AnswerFormat } from './answer-export.service.js';
import { setCodes, setQuote } from './codes.service.js';

type Api = OpenAPIHono<AppEnv>;
const BASE = '/api/v1/mapping-rounds/{id}';
const tags = ['mapping'];

export function registerRoundAnalysisRoutes(app: Api) {
  readRoutes(app);
  codingRoutes(app);
  for (const format of ANSWER_FORMATS) fileRoute(app, format);
}

function readRoutes(app: Api) {
  route(
    app,
    'records',
    {
      method: 'get',
      path: `${BASE}/analysis`,
      tags,
      summary: 'Summaries of the submitted answers, question by question, and who answered by town and kind',
      request: { params: s.roundParam },
      responses: { 200: jsonContent(s.analysisSchema, 'The analysis'), ...errorResponses(400, 404) },
    },
    async (c) => c.json(await roundAnalysis(c.var.db, c.var.caller, c.req.valid('param').id), 200),
  );
  route(
    app,
    'records',
    {
      method: 'get',
      path: `${BASE}/compare/{otherId}`,
      operationId: 'compareMappingRounds',
      tags,
      summary: 'Two rounds side by side, question by question, by their shared question keys',
      request: { params: s.compareParams },
      responses: { 200: jsonContent(s.comparisonSchema, 'The comparison'), ...errorResponses(400, 404) },
    },
    async (c) => {
      const { id, otherId } = c.req.valid('param');
      return c.json(await compareRounds(c.var.db, c.var.caller, id, otherId), 200);
    },
  );
  route(
    app,
    'records',
    {
      method: 'get',
      path: `${BASE}/texts`,
      tags,
      summary: 'The submitted open answers with their themes and quote marks (editors only)',
      request: { params: s.roundParam, query: s.questionQuery },
      responses: {
        200: jsonContent(s.textsSchema, 'The open answers'),
        ...errorResponses(400, 403, 404, 422),
      },
    },
    async (c) => {
      const data = await openAnswers(
        c.var.db,
        c.var.caller,
        c.req.valid('param').id,
        c.req.valid('query').question,
      );
      return c.json({ data }, 200);
    },
  );
  route(
    app,
    'records',
    {
      method: 'get',
      path: `${BASE}/theme-suggestions`,
      tags,
      summary:
        'Stems the open answers share most (Snowball stemmers, fi/sv/en stopwords), as hints for themes',
      request: { params: s.roundParam, query: s.questionQuery },
      responses: {
        200: jsonContent(s.suggestionsSchema, 'The suggestions'),
        ...errorResponses(400, 403, 404, 422),
      },
    },
    async (c) => {
      const { id } = c.req.valid('param');
      const data = await roundThemeSuggestions(c.var.db, c.var.caller, id, c.req.valid('query').question);
      return c.json({ data }, 200);
    },
  );
}

function codingRoutes(app: Api) {
  route(
    app,
    'records',
    {
      method: 'put',
      path: `${BASE}/codes`,
      tags,
      summary: 'Code a submitted open answer into themes (replaces its themes)',
      request: { params: s.roundParam, body: jsonBody(s.codesBody) },
      responses: {
        200: jsonContent(s.codesSchema, 'The answer’s themes'),
        ...errorResponses(400, 403, 404, 422),
      },
    },
    async (c) =>
      c.json(
        await setCodes(c.var.db, c.var.caller, c.req.valid('param').id, c.req.valid('json'), c.var.now()),
        200,
      ),
  );
  route(
    app,
    'records',
    {
      method: 'put',
      path: `${BASE}/quotes`,
      tags,
      summary: 'Mark a submitted open answer as a quote usable in the report, or take the mark off',
      request: { params: s.roundParam, body: jsonBody(s.quoteBody) },
      responses: { 200: jsonContent(s.quoteSchema, 'The mark'), ...errorResponses(400, 403, 404, 422) },
    },
    async (c) =>
      c.json(
        await setQuote(c.var.db, c.var.caller, c.req.valid('param').id, c.req.valid('json'), c.var.now()),
        200,
      ),
  );
}

const CONTENT_TYPES: Record<AnswerFormat, string> = {
  csv: 'text/csv',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

function fileRoute(app: Api, format: AnswerFormat) {
  route(
    app,
    'records',
    {
      method: 'get',
      path: `${BASE}/answers.${format}`,
      tags,
      summary: `The answers as ${format === 'csv' ? 'CSV' : 'Excel'}: a row per respondent, a column per question (editors only)`,
      request: { params: s.roundParam, query: s.exportQuery },
      responses: {
        200: {
          description: 'The answers file; text a spreadsheet could run as a formula is escaped',
          content: { [CONTENT_TYPES[format]]: { schema: z.string() } },
        },
        ...errorResponses(400, 403, 404),
      },
    },
    async (c) => {
      const { lang, delimiter } = c.req.valid('query');
      const options = {
        format,
        lang,
        delimiter: delimiter === 'semicolon' ? (';' as const) : (',' as const),
      };
      return download(
        c,
        await answersFile(c.var.db, c.var.caller, c.req.valid('param').id, options, c.var.now()),
      );
    },
  );
}
