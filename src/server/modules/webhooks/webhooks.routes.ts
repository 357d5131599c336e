import { z } from 'zod';
import { sessionOnly } from '../../contract/security.js';
import { errorResponses, jsonBody, jsonContent } from '../../openapi.js';
import { route, type Api } from '../../routing.js';
import {
  DELIVERY_EXAMPLE,
  deliverySchema,
  ENDPOINT_EXAMPLE,
  endpointSchema,
  eventsSchema,
  presentDelivery,
  presentEndpoint,
  SECRET_EXAMPLE,
} from './webhooks.presenter.js';
import * as webhooks from './webhooks.service.js';

const TAGS = ['webhooks'];
const idParam = { params: z.object({ id: z.string().max(100) }) };
const withSecret = endpointSchema.extend({ secret: z.string().meta({ description: 'Shown this once' }) });
const urlField = z.string().trim().min(1).max(2000).meta({ example: 'https://crm.example.fi/hooks/solmu' });

/** Webhooks of a workspace: managed by its editors signed in as themselves (never with a token). */
export function registerWebhookRoutes(app: Api) {
  listRoute(app);
  createRoute(app);
  updateRoute(app);
  deleteRoute(app);
  rotateRoute(app);
  reenableRoute(app);
  testRoute(app);
  deliveriesRoute(app);
}

function listRoute(app: Api) {
  route(
    app,
    'user',
    {
      method: 'get',
      security: sessionOnly('get'),
      path: '/api/v1/webhooks',
      tags: TAGS,
      summary:
        'The webhook endpoints of the workspaces you are an editor of, every one for an installation admin (never their secrets)',
      responses: {
        200: jsonContent(z.object({ items: z.array(endpointSchema) }), 'Endpoints', {
          items: [ENDPOINT_EXAMPLE],
        }),
        ...errorResponses(401, 403),
      },
    },
    async (c) =>
      c.json({ items: (await webhooks.listEndpoints(c.var.db, c.var.caller)).map(presentEndpoint) }, 200),
  );
}

function createRoute(app: Api) {
  route(
    app,
    'user',
    {
      method: 'post',
      security: sessionOnly('post'),
      path: '/api/v1/webhooks',
      tags: TAGS,
      summary: 'Register an endpoint; its signing secret is in this response only',
      description:
        'The address must be http(s) and resolve to public addresses only, unless an installation admin sets allowPrivateNetwork.',
      request: {
        body: jsonBody(
          z.strictObject({
            url: urlField,
            events: eventsSchema,
            workspaceId: z.uuid().optional(),
            allowPrivateNetwork: z.boolean().optional(),
          }),
          { url: ENDPOINT_EXAMPLE.url, events: ENDPOINT_EXAMPLE.events },
        ),
      },
      responses: {
        201: jsonContent(withSecret, 'Created', { ...ENDPOINT_EXAMPLE, secret: SECRET_EXAMPLE }),
        ...errorResponses(400, 401, 403, 422),
      },
    },
    async (c) => {
      const { row, secret } = await webhooks.createEndpoint(
        c.var.db,
        c.var.caller,
        c.req.valid('json'),
        c.var.now(),
      );
      return c.json({ ...presentEndpoint(row), secret }, 201);
    },
  );
}

function updateRoute(app: Api) {
  route(
    app,
    'user',
    {
      method: 'patch',
      security: sessionOnly('patch'),
      path: '/api/v1/webhooks/{id}',
      tags: TAGS,
      summary: 'Change an endpoint: its address, events, private-network permission, or turn it off',
      request: {
        ...idParam,
        body: jsonBody(
          z.strictObject({
            url: urlField.optional(),
            events: eventsSchema.optional(),
            allowPrivateNetwork: z.boolean().optional(),
            enabled: z.boolean().optional(),
          }),
          { events: ['organisations.created', 'organisations.updated'] },
        ),
      },
      responses: {
        200: jsonContent(endpointSchema, 'Changed', ENDPOINT_EXAMPLE),
        ...errorResponses(400, 401, 403, 404, 409, 422),
      },
    },
    async (c) => {
      const row = await webhooks.updateEndpoint(
        c.var.db,
        c.var.caller,
        c.req.valid('param').id,
        c.req.valid('json'),
        c.var.now(),
      );
      return c.json(presentEndpoint(row), 200);
    },
  );
}

function deleteRoute(app: Api) {
  route(
    app,
    'user',
    {
      method: 'delete',
      security: sessionOnly('delete'),
      path: '/api/v1/webhooks/{id}',
      tags: TAGS,
      summary: 'Delete an endpoint and its delivery log',
      request: idParam,
      responses: { 204: { description: 'Deleted' }, ...errorResponses(401, 403, 404) },
    },
    async (c) => {
      await webhooks.removeEndpoint(c.var.db, c.var.caller, c.req.valid('param').id, c.var.now());
      return c.body(null, 204);
    },
  );
}

function rotateRoute(app: Api) {
  route(
    app,
    'user',
    {
      method: 'post',
      security: sessionOnly('post'),
      path: '/api/v1/webhooks/{id}/rotate-secret',
      tags: TAGS,
      summary: 'Replace the signing secret; the new one is in this response only',
      request: idParam,
      responses: {
        200: jsonContent(withSecret, 'The new secret', { ...ENDPOINT_EXAMPLE, secret: SECRET_EXAMPLE }),
        ...errorResponses(401, 403, 404),
      },
    },
    async (c) => {
      const { row, secret } = await webhooks.rotateSecret(
        c.var.db,
        c.var.caller,
        c.req.valid('param').id,
        c.var.now(),
      );
      return c.json({ ...presentEndpoint(row), secret }, 200);
    },
  );
}

function reenableRoute(app: Api) {
  route(
    app,
    'user',
    {
      method: 'post',
      security: sessionOnly('post'),
      path: '/api/v1/webhooks/{id}/enable',
      tags: TAGS,
      summary: 'Turn a disabled endpoint on again',
      request: idParam,
      responses: {
        200: jsonContent(endpointSchema, 'Enabled', ENDPOINT_EXAMPLE),
        ...errorResponses(401, 403, 404, 409, 422),
      },
    },
    async (c) => {
      const row = await webhooks.reenableEndpoint(
        c.var.db,
        c.var.caller,
        c.req.valid('param').id,
        c.var.now(),
      );
      return c.json(presentEndpoint(row), 200);
    },
  );
}

function testRoute(app: Api) {
  route(
    app,
    'user',
    {
      method: 'post',
      security: sessionOnly('post'),
      path: '/api/v1/webhooks/{id}/test',
      tags: TAGS,
      summary: 'Queue a webhook.test event to this endpoint',
      request: idParam,
      responses: {
        202: jsonContent(z.object({ eventId: z.string() }), 'Queued', { eventId: DELIVERY_EXAMPLE.eventId }),
        ...errorResponses(401, 403, 404, 409),
      },
    },
    async (c) =>
      c.json(await webhooks.sendTest(c.var.db, c.var.caller, c.req.valid('param').id, c.var.now()), 202),
  );
}

function deliveriesRoute(app: Api) {
  route(
    app,
    'user',
    {
      method: 'get',
      security: sessionOnly('get'),
      path: '/api/v1/webhooks/{id}/deliveries',
      tags: TAGS,
      summary: 'The delivery log of an endpoint, newest first (the last 100)',
      request: idParam,
      responses: {
        200: jsonContent(z.object({ items: z.array(deliverySchema) }), 'Deliveries', {
          items: [DELIVERY_EXAMPLE],
        }),
        ...errorResponses(401, 403, 404),
      },
    },
    async (c) =>
      c.json(
        {
          items: (await webhooks.listDeliveries(c.var.db, c.var.caller, c.req.valid('param').id)).map(
            presentDelivery,
          ),
        },
        200,
      ),
  );
}
