import { z } from 'zod';
import { text } from '../../../domain/common.js';
import { TOKEN_SCOPES } from '../../../domain/enums.js';
import { errorResponses, jsonBody, jsonContent } from '../../openapi.js';
import { sessionOnly } from '../../contract/security.js';
import { route, type Api } from '../../routing.js';
import { presentToken, tokenSchema } from './tokens.presenter.js';
import * as tokens from './tokens.service.js';

/** API tokens for integrations: shown once, stored hashed, scoped, revocable. Only people (not tokens) manage them. */
export function registerTokenRoutes(app: Api) {
  listRoute(app);
  createRoute(app);
  revokeRoute(app);
}

function listRoute(app: Api) {
  route(
    app,
    'user',
    {
      method: 'get',
      security: sessionOnly('get'),
      path: '/api/v1/tokens',
      tags: ['tokens'],
      summary: 'Your API tokens (never their secrets)',
      responses: {
        200: jsonContent(z.object({ items: z.array(tokenSchema) }), 'Tokens'),
        ...errorResponses(401, 403),
      },
    },
    async (c) =>
      c.json({ items: (await tokens.listOwnTokens(c.var.db, c.var.caller)).map(presentToken) }, 200),
  );
}

function createRoute(app: Api) {
  route(
    app,
    'user',
    {
      method: 'post',
      security: sessionOnly('post'),
      path: '/api/v1/tokens',
      tags: ['tokens'],
      summary: 'Create an API token; the secret is in this response only',
      request: {
        body: jsonBody(
          z.strictObject({
            name: text.trim().min(1).max(100),
            scopes: z.array(z.enum(TOKEN_SCOPES)).min(1),
            workspaceId: z
              .uuid()
              .optional()
              .meta({ description: 'Limit the token to one of your workspaces' }),
            expiresAt: z.iso.datetime({ offset: true }).optional(),
          }),
        ),
      },
      responses: {
        201: jsonContent(tokenSchema.extend({ token: z.string() }), 'Created'),
        ...errorResponses(400, 401, 403),
      },
    },
    async (c) => {
      const { row, secret } = await tokens.createToken(
        c.var.db,
        c.var.caller,
        c.req.valid('json'),
        c.var.now(),
      );
      return c.json({ ...presentToken(row), token: secret }, 201);
    },
  );
}

function revokeRoute(app: Api) {
  route(
    app,
    'user',
    {
      method: 'delete',
      security: sessionOnly('delete'),
      path: '/api/v1/tokens/{id}',
      tags: ['tokens'],
      summary: 'Revoke an API token',
      request: { params: z.object({ id: text.max(100) }) },
      responses: { 204: { description: 'Revoked' }, ...errorResponses(401, 403, 404) },
    },
    async (c) => {
      await tokens.revokeOwnToken(c.var.db, c.var.caller, c.req.valid('param').id, c.var.now());
      return c.body(null, 204);
    },
  );
}
