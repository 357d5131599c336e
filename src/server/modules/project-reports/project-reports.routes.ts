/**
 * Project reports (issue 16): drafts of a project's report for a period, started from the data, their
 * texts edited and rows left out, downloaded as Word or Excel.
 */
import { z } from 'zod';
import { projectReportCreate, projectReportUpdate } from '../../../domain/project-reports.js';
import { PROJECT_REPORT_FORMATS } from '../../../reports/project-report.js';
import type { AppEnv } from '../../env.js';
import { errorResponses, jsonBody, jsonContent } from '../../openapi.js';
import { route, type Api } from '../../routing.js';
import { idParam } from '../mapping/questionnaires.routes.js';
import { fileResponseOf, sendReportFile } from '../pictures/report-file.js';
import type { Context } from 'hono';
import {
  presentReport,
  presentSummary,
  reportSchema,
  reportSummarySchema,
} from './project-reports.presenter.js';
import * as service from './project-reports.service.js';

const TAGS = ['project-reports'];
const OF_PROJECT = '/api/v1/projects/{id}/reports';
const ONE = '/api/v1/project-reports/{id}';
const projectParam = z.object({
  id: z
    .string()
    .min(1)
    .max(200)
    .meta({ param: { name: 'id', in: 'path' }, description: 'The project’s id or slug' }),
});

export function registerProjectReportRoutes(app: Api) {
  listRoute(app);
  createRoute(app);
  readRoute(app);
  updateRoute(app);
  deleteRoute(app);
  fileRoute(app);
}

async function presentFresh(c: Context<AppEnv>, id: string) {
  const { row, facts } = await service.readReport(c.var.db, c.var.caller, id);
  return presentReport(row, facts, c.var.caller);
}

function listRoute(app: Api) {
  route(
    app,
    'records',
    {
      method: 'get',
      path: OF_PROJECT,
      operationId: 'listProjectReports',
      tags: TAGS,
      summary: 'The report drafts of a project you may read, latest period first',
      request: { params: projectParam },
      responses: {
        200: jsonContent(
          z.object({ projectId: z.uuid(), canCreate: z.boolean(), data: z.array(reportSummarySchema) }),
          'Reports',
        ),
        ...errorResponses(404),
      },
    },
    async (c) => {
      const { project, reports, canCreate } = await service.listReports(
        c.var.db,
        c.var.caller,
        c.req.valid('param').id,
      );
      return c.json(
        { projectId: project.id, canCreate, data: reports.map((r) => presentSummary(r, c.var.caller)) },
        200,
      );
    },
  );
}

function createRoute(app: Api) {
  route(
    app,
    'user',
    {
      method: 'post',
      path: OF_PROJECT,
      tags: TAGS,
      summary: 'Start a report of the project for a period from a template, its texts begun from the data',
      description: 'Only the editors of the project’s workspace start one; a project you cannot see is 404.',
      request: {
        params: projectParam,
        body: jsonBody(projectReportCreate.meta({ id: 'ProjectReportCreate' })),
      },
      responses: { 201: jsonContent(reportSchema, 'Created'), ...errorResponses(400, 401, 403, 404) },
    },
    async (c) => {
      const row = await service.createReport(
        c.var.db,
        c.var.caller,
        c.req.valid('param').id,
        c.req.valid('json'),
        c.var.now(),
      );
      return c.json(await presentFresh(c, row.id), 201);
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
      summary: 'A report draft with its sections, texts and the data of its period',
      request: { params: idParam },
      responses: { 200: jsonContent(reportSchema, 'The report'), ...errorResponses(404) },
    },
    async (c) => c.json(await presentFresh(c, c.req.valid('param').id), 200),
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
      summary: 'Change the texts of sections, or which sections and rows are left out',
      request: { params: idParam, body: jsonBody(projectReportUpdate.meta({ id: 'ProjectReportUpdate' })) },
      responses: { 200: jsonContent(reportSchema, 'Saved'), ...errorResponses(400, 401, 403, 404) },
    },
    async (c) => {
      const id = c.req.valid('param').id;
      await service.updateReport(c.var.db, c.var.caller, id, c.req.valid('json'), c.var.now());
      return c.json(await presentFresh(c, id), 200);
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
      summary: 'Remove a report draft',
      request: { params: idParam },
      responses: { 204: { description: 'Removed' }, ...errorResponses(401, 403, 404) },
    },
    async (c) => {
      await service.deleteReport(c.var.db, c.var.caller, c.req.valid('param').id, c.var.now());
      return c.body(null, 204);
    },
  );
}

function fileRoute(app: Api) {
  route(
    app,
    'records',
    {
      method: 'get',
      path: `${ONE}/file`,
      tags: TAGS,
      summary: 'The report as Word or Excel, its data read now, its texts and omissions as saved',
      request: {
        params: idParam,
        query: z.object({ format: z.enum(PROJECT_REPORT_FORMATS).default('docx') }),
      },
      responses: { 200: fileResponseOf(PROJECT_REPORT_FORMATS, 'The file'), ...errorResponses(400, 404) },
    },
    async (c) => {
      const format = c.req.valid('query').format;
      const file = await service.reportFile(
        c.var.db,
        c.var.caller,
        c.req.valid('param').id,
        format,
        c.var.now(),
      );
      return sendReportFile(c, format, file);
    },
  );
}
