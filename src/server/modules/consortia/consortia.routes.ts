/**
 * Consortia (issue 15): gather partners for a funding call, check the call's rules as they are added,
 * export the partner list, and make the consortium the project's roles in one step.
 */
import type { Context } from 'hono';
import { z } from 'zod';
import { consortium, consortiumPartner, consortiumPartnerChange } from '../../../domain/consortia.js';
import { CONSORTIUM_FORMATS } from '../../../reports/consortium.js';
import type { AppEnv } from '../../env.js';
import { errorResponses, jsonBody, jsonContent } from '../../openapi.js';
import { route, type Api } from '../../routing.js';
import { idParam, workspaceQuery } from '../mapping/questionnaires.routes.js';
import { fileResponseOf, sendReportFile } from '../pictures/report-file.js';
import {
  consortiumSchema,
  consortiumSummarySchema,
  presentConsortium,
  presentSummary,
  presentVerdicts,
  verdictSchema,
} from './consortia.presenter.js';
import { listConsortia } from './consortia.repository.js';
import * as service from './consortia.service.js';

const TAGS = ['consortia'];

/** A write answers with the consortium as it now is, read again as the caller sees it. */
async function presentFresh(c: Context<AppEnv>, id: string) {
  return presentConsortium(await service.readConsortium(c.var.db, c.var.caller, id), c.var.caller);
}
const BASE = '/api/v1/consortia';
const ONE = `${BASE}/{id}`;

export function registerConsortiumRoutes(app: Api) {
  listRoute(app);
  createRoute(app);
  readRoute(app);
  updateRoute(app);
  deleteRoute(app);
  partnerRoutes(app);
  checkRoute(app);
  tickRoute(app);
  projectRoute(app);
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
      summary: 'Consortia you may read, of one funding call or all',
      request: { query: z.strictObject({ fundingCallId: z.uuid().optional() }) },
      responses: {
        200: jsonContent(z.object({ data: z.array(consortiumSummarySchema) }), 'Consortia'),
        ...errorResponses(400),
      },
    },
    async (c) => {
      const rows = await listConsortia(c.var.db, c.var.caller, c.req.valid('query').fundingCallId);
      return c.json({ data: rows.map((r) => presentSummary(r, c.var.caller)) }, 200);
    },
  );
}

const createBody = z
  .strictObject({ ...consortium.shape, partners: z.array(consortiumPartner).max(200).optional() })
  .meta({ id: 'ConsortiumCreate' });

function createRoute(app: Api) {
  route(
    app,
    'user',
    {
      method: 'post',
      path: BASE,
      tags: TAGS,
      summary: 'Start a consortium for a funding call, with partners or none yet',
      description:
        'A call, project, organisation or person you cannot see answers 404, as if it did not exist.',
      request: { query: workspaceQuery, body: jsonBody(createBody) },
      responses: {
        201: jsonContent(consortiumSchema, 'Created'),
        ...errorResponses(400, 401, 403, 404, 409),
      },
    },
    async (c) => {
      const body = c.req.valid('json') as service.NewConsortium;
      const row = await service.createConsortium(
        c.var.db,
        c.var.caller,
        { ...body, workspace: c.req.valid('query').workspace },
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
      summary: 'A consortium with its funding call and partners',
      request: { params: idParam },
      responses: { 200: jsonContent(consortiumSchema, 'The consortium'), ...errorResponses(404) },
    },
    async (c) => {
      const found = await service.readConsortium(c.var.db, c.var.caller, c.req.valid('param').id);
      return c.json(presentConsortium(found, c.var.caller), 200);
    },
  );
}

const updateBody = z
  .strictObject({
    name: consortium.shape.name.optional(),
    projectId: consortium.shape.projectId,
    notes: consortium.shape.notes,
    visibility: consortium.shape.visibility,
  })
  .meta({ id: 'ConsortiumUpdate' });

function updateRoute(app: Api) {
  route(
    app,
    'user',
    {
      method: 'patch',
      path: ONE,
      tags: TAGS,
      summary: 'Rename a consortium, change its notes, visibility or project',
      request: { params: idParam, body: jsonBody(updateBody) },
      responses: { 200: jsonContent(consortiumSchema, 'Saved'), ...errorResponses(400, 401, 403, 404) },
    },
    async (c) => {
      const id = c.req.valid('param').id;
      await service.updateConsortium(c.var.db, c.var.caller, id, c.req.valid('json'), c.var.now());
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
      summary: 'Remove a consortium (a project made from it stays)',
      request: { params: idParam },
      responses: { 204: { description: 'Removed' }, ...errorResponses(401, 403, 404) },
    },
    async (c) => {
      await service.deleteConsortium(c.var.db, c.var.caller, c.req.valid('param').id, c.var.now());
      return c.body(null, 204);
    },
  );
}

const partnerParams = idParam.extend({
  organisationId: z.uuid().meta({ param: { name: 'organisationId', in: 'path' } }),
});

function partnerRoutes(app: Api) {
  route(
    app,
    'user',
    {
      method: 'post',
      path: `${ONE}/partners`,
      operationId: 'addConsortiumPartner',
      tags: TAGS,
      summary: 'Add an organisation to the consortium in a role',
      description:
        'An organisation or contact person you cannot see answers 404, as if it did not exist; an organisation already in the consortium 409.',
      request: { params: idParam, body: jsonBody(consortiumPartner) },
      responses: { 200: jsonContent(consortiumSchema, 'Added'), ...errorResponses(400, 401, 403, 404, 409) },
    },
    async (c) => {
      const id = c.req.valid('param').id;
      await service.addPartner(c.var.db, c.var.caller, id, c.req.valid('json'), c.var.now());
      return c.json(await presentFresh(c, id), 200);
    },
  );
  route(
    app,
    'user',
    {
      method: 'patch',
      path: `${ONE}/partners/{organisationId}`,
      tags: TAGS,
      summary: "Change a partner's role, budget or contact person",
      request: { params: partnerParams, body: jsonBody(consortiumPartnerChange) },
      responses: { 200: jsonContent(consortiumSchema, 'Changed'), ...errorResponses(400, 401, 403, 404) },
    },
    async (c) => {
      const { id, organisationId } = c.req.valid('param');
      await service.changePartner(
        c.var.db,
        c.var.caller,
        id,
        organisationId,
        c.req.valid('json'),
        c.var.now(),
      );
      return c.json(await presentFresh(c, id), 200);
    },
  );
  route(
    app,
    'user',
    {
      method: 'delete',
      path: `${ONE}/partners/{organisationId}`,
      tags: TAGS,
      summary: 'Remove an organisation from the consortium',
      request: { params: partnerParams },
      responses: { 200: jsonContent(consortiumSchema, 'Removed'), ...errorResponses(401, 403, 404) },
    },
    async (c) => {
      const { id, organisationId } = c.req.valid('param');
      await service.removePartner(c.var.db, c.var.caller, id, organisationId, c.var.now());
      return c.json(await presentFresh(c, id), 200);
    },
  );
}

function checkRoute(app: Api) {
  route(
    app,
    'records',
    {
      method: 'get',
      path: `${ONE}/check`,
      tags: TAGS,
      summary: "The call's rules checked against the consortium, with suggestions for the rules not met",
      description:
        'A network rule counts distinct member towns (a partner is in the town of the member that is the ' +
        'partner or whose municipalities include its own), not organisations. Suggestions are organisations ' +
        'you may read that would meet a failing rule.',
      request: { params: idParam },
      responses: {
        200: jsonContent(z.object({ data: z.array(verdictSchema) }), 'One verdict per rule'),
        ...errorResponses(404),
      },
    },
    async (c) => {
      const checked = await service.checkRules(c.var.db, c.var.caller, c.req.valid('param').id);
      return c.json({ data: presentVerdicts(checked) }, 200);
    },
  );
}

const ruleParams = idParam.extend({
  index: z.coerce
    .number()
    .int()
    .min(0)
    .max(1000)
    .meta({ param: { name: 'index', in: 'path' }, description: 'The rule’s place among the call’s rules' }),
});
const tickBody = z.strictObject({ ticked: z.boolean() }).meta({ id: 'ConsortiumRuleTickChange' });

function tickRoute(app: Api) {
  route(
    app,
    'user',
    {
      method: 'put',
      path: `${ONE}/rules/{index}/tick`,
      tags: TAGS,
      summary: "Tick a call's free-text rule as seen to in this consortium, or take the tick away",
      description: 'Only a free-text rule (kind note) is ticked; any other place answers 404.',
      request: { params: ruleParams, body: jsonBody(tickBody) },
      responses: { 200: jsonContent(consortiumSchema, 'Saved'), ...errorResponses(400, 401, 403, 404) },
    },
    async (c) => {
      const { id, index } = c.req.valid('param');
      const { ticked } = c.req.valid('json');
      await service.tickRule(c.var.db, c.var.caller, id, { index, ticked }, c.var.now());
      return c.json(await presentFresh(c, id), 200);
    },
  );
}

function projectRoute(app: Api) {
  route(
    app,
    'user',
    {
      method: 'post',
      path: `${ONE}/to-project`,
      operationId: 'convertConsortiumToProject',
      tags: TAGS,
      summary: "Make the consortium the project's roles, creating the project linked to the call if none",
      description: 'All of it, or nothing, is saved. Roles the project already has stay.',
      request: { params: idParam },
      responses: {
        200: jsonContent(
          z.object({ consortium: consortiumSchema, projectId: z.string(), rolesAdded: z.number().int() }),
          'The project',
        ),
        ...errorResponses(401, 403, 404, 409, 422),
      },
    },
    async (c) => {
      const id = c.req.valid('param').id;
      const { projectId, rolesAdded } = await service.intoProject(c.var.db, c.var.caller, id, c.var.now());
      return c.json({ consortium: await presentFresh(c, id), projectId, rolesAdded }, 200);
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
      summary: 'The partner list as Excel (partners, roles, towns, business IDs, contacts by role) or Word',
      request: {
        params: idParam,
        query: z.object({
          format: z.enum(CONSORTIUM_FORMATS).default('xlsx'),
          lang: z.enum(['fi', 'sv', 'en']).default('fi'),
        }),
      },
      responses: {
        200: fileResponseOf(CONSORTIUM_FORMATS, 'The file'),
        ...errorResponses(400, 404),
      },
    },
    async (c) => {
      const { format, lang } = c.req.valid('query');
      const id = c.req.valid('param').id;
      const file = await service.consortiumFile(c.var.db, c.var.caller, id, format, lang);
      return sendReportFile(c, format, file);
    },
  );
}
