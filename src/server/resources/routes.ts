import type { OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { text } from '../../domain/common.js';
import type { AppEnv } from '../env.js';
import { jsonBytes, sendJson } from '../json-response.js';
import { errorResponses, jsonBody, jsonContent } from '../openapi.js';
import { route } from '../routing.js';
import { createExample, recordExample } from './examples.js';
import { listOutputSchema, outputSchema } from './presenter.js';
import { listQuerySchema } from './query.js';
import type { ListParams } from './repository.js';
import * as service from './service.js';
import type { Row, ResourceDefinition } from './types.js';

// No length limit here: an id that is too long is an id of nothing (404), not a bad request.
const workspaceQuery = z.strictObject({
  workspace: text.max(200).optional().meta({
    description: 'Workspace (id or slug) the new record belongs to; needed when you edit in several',
  }),
});

const idParam = z.object({ id: text.meta({ description: 'Id (or slug where the entity has one)' }) });

/** Registers the five REST routes of one resource; handlers stay thin, rules live in the service. */
export function registerResource(app: OpenAPIHono<AppEnv>, def: ResourceDefinition) {
  const at: At = { base: `/api/v1/${def.path}`, tags: [def.path], one: outputSchema(def) };
  listRoute(app, def, at);
  createOneRoute(app, def, at);
  readRoute(app, def, at);
  updateRoute(app, def, at);
  deleteRoute(app, def, at);
}

/** A page of one example record, when the resource has an example. */
function pageExample(def: ResourceDefinition) {
  const record = recordExample(def);
  return record && { items: [record], nextCursor: null, total: 1 };
}

/** Where a resource's routes live, the tag they are documented under and the shape of one record. */
type At = { base: string; tags: string[]; one: ReturnType<typeof outputSchema> };

function listRoute(app: OpenAPIHono<AppEnv>, def: ResourceDefinition, { base, tags }: At) {
  route(
    app,
    'records',
    {
      method: 'get',
      path: base,
      tags,
      summary: `List ${def.summary}`,
      request: { query: listQuerySchema(def) },
      responses: {
        200: jsonContent(listOutputSchema(def), 'A page of records', pageExample(def)),
        ...errorResponses(400),
      },
    },
    async (c) =>
      sendJson(
        c,
        jsonBytes(await service.listPage(c.var.db, def, c.req.valid('query') as ListParams, c.var.caller)),
        200,
      ),
  );
}

function createOneRoute(app: OpenAPIHono<AppEnv>, def: ResourceDefinition, { base, tags, one }: At) {
  route(
    app,
    'user',
    {
      method: 'post',
      path: base,
      tags,
      summary: `Create ${def.entity}`,
      request: { query: workspaceQuery, body: jsonBody(def.schemas.create, createExample(def)) },
      responses: {
        201: jsonContent(one, 'Created', recordExample(def)),
        ...errorResponses(400, 401, 403, 409, 422),
      },
    },
    async (c) => {
      const ctx = { caller: c.var.caller, workspace: c.req.valid('query').workspace, now: c.var.now() };
      return c.json(await service.create(c.var.db, def, c.req.valid('json') as Row, ctx), 201);
    },
  );
}

function readRoute(app: OpenAPIHono<AppEnv>, def: ResourceDefinition, { base, tags, one }: At) {
  route(
    app,
    'records',
    {
      method: 'get',
      path: `${base}/{id}`,
      tags,
      summary: `Read ${def.entity}`,
      request: { params: idParam },
      responses: { 200: jsonContent(one, 'The record', recordExample(def)), ...errorResponses(404) },
    },
    async (c) =>
      sendJson(c, jsonBytes(await service.getOne(c.var.db, def, c.req.valid('param').id, c.var.caller)), 200),
  );
}

function updateRoute(app: OpenAPIHono<AppEnv>, def: ResourceDefinition, { base, tags, one }: At) {
  route(
    app,
    'user',
    {
      method: 'patch',
      path: `${base}/{id}`,
      tags,
      summary: `Update ${def.entity}`,
      request: { params: idParam, body: jsonBody(def.schemas.update) },
      responses: { 200: jsonContent(one, 'Updated'), ...errorResponses(400, 401, 403, 404, 409, 422) },
    },
    async (c) =>
      c.json(
        await service.update(c.var.db, def, c.req.valid('param').id, c.req.valid('json') as Row, {
          caller: c.var.caller,
          now: c.var.now(),
        }),
        200,
      ),
  );
}

function deleteRoute(app: OpenAPIHono<AppEnv>, def: ResourceDefinition, { base, tags }: At) {
  route(
    app,
    'user',
    {
      method: 'delete',
      path: `${base}/{id}`,
      tags,
      summary: `Delete ${def.entity}`,
      request: { params: idParam },
      responses: { 204: { description: 'Deleted' }, ...errorResponses(401, 403, 404) },
    },
    async (c) => {
      await service.remove(c.var.db, def, c.req.valid('param').id, {
        caller: c.var.caller,
        now: c.var.now(),
      });
      return c.body(null, 204);
    },
  );
}
