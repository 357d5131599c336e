/**
 * Report documents of situational pictures (issue 14): the written picture of a scope in one language as
 * its workspace's editors keep it, with its history, recomputation, publication and the step that turns
 * a proposal into a strategy's goal or development action.
 */
import { z } from 'zod';
import { SCOPE_KINDS } from '../../../analysis/picture.schema.js';
import { text } from '../../../domain/common.js';
import { writtenPictureSchema } from '../../../reports/findings.schema.js';
import { REPORT_FORMATS } from '../../../reports/picture-report.js';
import { notFound } from '../../errors.js';
import { errorResponses, jsonBody, jsonContent } from '../../openapi.js';
import { route, type Api } from '../../routing.js';
import { idParam, workspaceQuery } from '../mapping/questionnaires.routes.js';
import { reportChangeSchema } from './document.js';
import {
  presentReport,
  presentSummary,
  presentVersion,
  reportSchema,
  reportSummarySchema,
  versionSchema,
} from './reports.presenter.js';
import { displayNames, findVersion, listReports, listVersions } from './reports.repository.js';
import * as service from './reports.service.js';
import { proposalIntoStrategy } from './strategy.service.js';
import { reportFileResponse, sendReportFile } from '../pictures/report-file.js';
import { toWrittenPicture } from './written.js';

const TAGS = ['pictures'];
const BASE = '/api/v1/picture-reports';
const ONE = `${BASE}/{id}`;
const seen = { version: z.number().int().min(1).meta({ description: 'The version the editor saw' }) };

export function registerPictureReportRoutes(app: Api) {
  listRoute(app);
  createRoute(app);
  readRoute(app);
  deleteRoute(app);
  changeRoute(app);
  recomputeRoute(app);
  publishRoute(app);
  historyRoutes(app);
  writtenRoute(app);
  exportRoute(app);
  strategyRoute(app);
}

function listRoute(app: Api) {
  route(
    app,
    'records',
    {
      method: 'get',
      path: BASE,
      tags: TAGS,
      summary: 'Report documents you may read, of one scope or all',
      request: {
        query: z.strictObject({ scope: z.enum(SCOPE_KINDS).optional(), scopeId: text.max(200).optional() }),
      },
      responses: {
        200: jsonContent(z.object({ data: z.array(reportSummarySchema) }), 'Reports'),
        ...errorResponses(400),
      },
    },
    async (c) => {
      const rows = await listReports(c.var.db, c.var.caller, c.req.valid('query'));
      return c.json({ data: rows.map((r) => presentSummary(r, c.var.caller)) }, 200);
    },
  );
}

const createBody = z
  .strictObject({
    scope: z.enum(SCOPE_KINDS),
    scopeId: text.min(1).max(200),
    language: z.enum(['fi', 'sv', 'en']),
    visibility: z.enum(['private', 'network', 'public']).default('private'),
  })
  .meta({ id: 'PictureReportCreate' });

function createRoute(app: Api) {
  route(
    app,
    'user',
    {
      method: 'post',
      path: BASE,
      tags: TAGS,
      summary: "Start a scope's report document from today's written picture",
      description:
        'The text is written from the picture as every reader of the document sees the scope (its ' +
        "visibility decides who). The workspace's development proposals of the scope come along as editors' proposals.",
      request: { query: workspaceQuery, body: jsonBody(createBody) },
      responses: { 201: jsonContent(reportSchema, 'Created'), ...errorResponses(400, 401, 403, 404, 409) },
    },
    async (c) => {
      const body = c.req.valid('json');
      const row = await service.createReport(
        c.var.db,
        c.var.caller,
        { ...body, id: body.scopeId, workspace: c.req.valid('query').workspace },
        c.var.now(),
      );
      return c.json(presentReport(row, c.var.caller), 201);
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
      summary: 'A report document with its sections, proposals and marks',
      request: { params: idParam },
      responses: { 200: jsonContent(reportSchema, 'The report'), ...errorResponses(404) },
    },
    async (c) => {
      const row = await service.readReport(c.var.db, c.var.caller, c.req.valid('param').id);
      return c.json(presentReport(row, c.var.caller), 200);
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
      summary: 'Remove a report document and its history',
      description:
        'Goals and development actions accepted from it stay in their strategies, without the link.',
      request: { params: idParam },
      responses: { 204: { description: 'Removed' }, ...errorResponses(401, 403, 404) },
    },
    async (c) => {
      await service.deleteReport(c.var.db, c.var.caller, c.req.valid('param').id, c.var.now());
      return c.body(null, 204);
    },
  );
}

const changeBody = z.strictObject({ ...seen, change: reportChangeSchema }).meta({ id: 'PictureReportSave' });

function changeRoute(app: Api) {
  route(
    app,
    'user',
    {
      method: 'post',
      path: `${ONE}/changes`,
      operationId: 'applyPictureReportChanges',
      tags: TAGS,
      summary: 'Save one change: edit, reset, hide, move or add a section; decide on or add a proposal',
      description:
        'Every save is a new version. A save against an older version than the latest is refused (409).',
      request: { params: idParam, body: jsonBody(changeBody) },
      responses: { 200: jsonContent(reportSchema, 'Saved'), ...errorResponses(400, 401, 403, 404, 409, 422) },
    },
    async (c) => {
      const row = await service.changeReport(
        c.var.db,
        c.var.caller,
        c.req.valid('param').id,
        c.req.valid('json'),
        c.var.now(),
      );
      return c.json(presentReport(row, c.var.caller), 200);
    },
  );
}

function recomputeRoute(app: Api) {
  route(
    app,
    'user',
    {
      method: 'post',
      path: `${ONE}/recompute`,
      tags: TAGS,
      summary: "Recompute the picture into the report without touching the editors' words",
      description:
        'Untouched sections take the new text; edited ones keep theirs and are marked when their evidence ' +
        'changed since the edit; new proposals are added, vanished ones marked.',
      request: { params: idParam },
      responses: { 200: jsonContent(reportSchema, 'Recomputed'), ...errorResponses(401, 403, 404) },
    },
    async (c) => {
      const row = await service.recomputeReport(c.var.db, c.var.caller, c.req.valid('param').id, c.var.now());
      return c.json(presentReport(row, c.var.caller), 200);
    },
  );
}

function publishRoute(app: Api) {
  route(
    app,
    'user',
    {
      method: 'post',
      path: `${ONE}/publication`,
      operationId: 'publishPictureReport',
      tags: TAGS,
      summary: 'Publish the report, or take it back',
      request: {
        params: idParam,
        body: jsonBody(
          z.strictObject({ ...seen, published: z.boolean() }).meta({ id: 'PictureReportPublication' }),
        ),
      },
      responses: { 200: jsonContent(reportSchema, 'Saved'), ...errorResponses(400, 401, 403, 404, 409) },
    },
    async (c) => {
      const row = await service.publishReport(
        c.var.db,
        c.var.caller,
        c.req.valid('param').id,
        c.req.valid('json'),
        c.var.now(),
      );
      return c.json(presentReport(row, c.var.caller), 200);
    },
  );
}

const versionParams = idParam.extend({
  version: z.coerce
    .number()
    .int()
    .min(1)
    .meta({ param: { name: 'version', in: 'path' } }),
});

function historyRoutes(app: Api) {
  route(
    app,
    'records',
    {
      method: 'get',
      path: `${ONE}/versions`,
      tags: TAGS,
      summary: 'The report’s history, newest first: who saved, when and what changed',
      request: { params: idParam },
      responses: {
        200: jsonContent(z.object({ data: z.array(versionSchema) }), 'Versions'),
        ...errorResponses(404),
      },
    },
    async (c) => {
      const report = await service.readReport(c.var.db, c.var.caller, c.req.valid('param').id);
      const rows = await listVersions(c.var.db, report.id);
      const names = await displayNames(
        c.var.db,
        rows.map((r) => r.createdBy),
      );
      return c.json({ data: rows.map((r) => presentVersion(r, names)) }, 200);
    },
  );
  route(
    app,
    'records',
    {
      method: 'get',
      path: `${ONE}/versions/{version}`,
      tags: TAGS,
      summary: 'The report as one of its versions saved it',
      request: { params: versionParams },
      responses: {
        200: jsonContent(versionSchema.extend({ content: reportSchema.shape.content }), 'The version'),
        ...errorResponses(404),
      },
    },
    async (c) => {
      const { id, version } = c.req.valid('param');
      const report = await service.readReport(c.var.db, c.var.caller, id);
      const row = await findVersion(c.var.db, report.id, version);
      if (!row) throw notFound('Version');
      const names = await displayNames(c.var.db, [row.createdBy]);
      return c.json({ ...presentVersion(row, names), content: row.content as never }, 200);
    },
  );
}

function writtenRoute(app: Api) {
  route(
    app,
    'records',
    {
      method: 'get',
      path: `${ONE}/written`,
      tags: TAGS,
      summary: 'The edited report as a written picture: the visible sections in order, in the editors’ words',
      description: 'What the Word and PDF renderers take.',
      request: { params: idParam },
      responses: { 200: jsonContent(writtenPictureSchema, 'The written picture'), ...errorResponses(404) },
    },
    async (c) => {
      const report = await service.readReport(c.var.db, c.var.caller, c.req.valid('param').id);
      return c.json(toWrittenPicture(report.content, report.language), 200);
    },
  );
}

function exportRoute(app: Api) {
  route(
    app,
    'records',
    {
      method: 'get',
      path: `${ONE}/file`,
      tags: TAGS,
      summary: 'The edited report as Word (docx), PDF, Excel (xlsx) or a print view (html), in its language',
      description: 'The editors’ text over today’s figures, as every reader of the document sees the scope.',
      request: { params: idParam, query: z.object({ format: z.enum(REPORT_FORMATS).default('docx') }) },
      responses: { 200: reportFileResponse, ...errorResponses(400, 404) },
    },
    async (c) => {
      const { format } = c.req.valid('query');
      const id = c.req.valid('param').id;
      const file = await service.exportReport(c.var.db, c.var.caller, id, format, c.var.now());
      return sendReportFile(c, format, file);
    },
  );
}

const strategyBody = z
  .strictObject({
    ...seen,
    strategyId: z.uuid(),
    as: z.enum(['goal', 'action']),
    indicator: text.trim().min(1).max(300).optional().meta({ description: 'A goal’s indicator' }),
  })
  .meta({ id: 'ProposalIntoStrategy' });

function strategyRoute(app: Api) {
  route(
    app,
    'user',
    {
      method: 'post',
      path: `${ONE}/proposals/{key}/strategy`,
      tags: TAGS,
      summary: "Accept a proposal into the scope's strategy as a goal or a development action, in one step",
      description:
        'The goal or action names the report and the proposal (pictureReportId, reportProposalKey), so it ' +
        'leads back to the evidence. All of it, or nothing, is saved.',
      request: {
        params: idParam.extend({
          key: z
            .string()
            .min(1)
            .max(100)
            .meta({ param: { name: 'key', in: 'path' } }),
        }),
        body: jsonBody(strategyBody),
      },
      responses: {
        201: jsonContent(
          z.object({
            report: reportSchema,
            id: z.string(),
            entity: z.enum(['strategy-goals', 'development-actions']),
          }),
          'Accepted into the strategy',
        ),
        ...errorResponses(400, 401, 403, 404, 409, 422),
      },
    },
    async (c) => {
      const { id, key } = c.req.valid('param');
      const made = await proposalIntoStrategy(
        c.var.db,
        c.var.caller,
        id,
        key,
        c.req.valid('json'),
        c.var.now(),
      );
      return c.json(
        { report: presentReport(made.report, c.var.caller), id: made.id, entity: made.entity },
        201,
      );
    },
  );
}
