import { z } from 'zod';
import { text } from '../../../domain/common.js';
import { errorResponses, jsonBody, jsonContent } from '../../openapi.js';
import { adminRoute, type Api } from '../../routing.js';
import { done } from './admin.openapi.js';
import { presentUser, userSchema } from './users.presenter.js';
import * as users from './users.service.js';

const userParams = z.object({ id: z.uuid() });

/** Accounts: list, create (with a one-time link when there is no password), change, new sign-in link. */
export function registerUserRoutes(app: Api) {
  listRoute(app);
  createRoute(app);
  changeRoute(app);
  loginLinkRoute(app);
}

function listRoute(app: Api) {
  adminRoute(
    app,
    {
      method: 'get',
      path: '/api/v1/admin/users',
      summary: 'List users',
      responses: { 200: jsonContent(z.object({ items: z.array(userSchema) }), 'Users') },
    },
    async (c) => c.json({ items: (await users.listUsers(c.var.db)).map(presentUser) }, 200),
  );
}

function createRoute(app: Api) {
  adminRoute(
    app,
    {
      method: 'post',
      path: '/api/v1/admin/users',
      summary: 'Create a user; without a password they sign in with a one-time link',
      request: {
        body: jsonBody(
          z.strictObject({
            email: z.email(),
            displayName: text.max(200).optional(),
            password: z.string().max(256).optional(),
            isAdmin: z.boolean().optional(),
          }),
        ),
      },
      responses: {
        201: jsonContent(z.object({ user: userSchema, loginLink: z.string().nullable() }), 'Created'),
        ...errorResponses(400, 409),
      },
    },
    async (c) => {
      const created = await users.createUserWithLink(
        c.var.db,
        c.var.caller,
        c.req.valid('json'),
        c.var.now(),
      );
      return c.json({ user: presentUser(created.user), loginLink: created.loginLink }, 201);
    },
  );
}

function changeRoute(app: Api) {
  adminRoute(
    app,
    {
      method: 'patch',
      path: '/api/v1/admin/users/{id}',
      summary: 'Change a user: name, admin role, disabled (disabling ends their sessions)',
      request: {
        params: userParams,
        body: jsonBody(
          z.strictObject({
            displayName: text.max(200).nullable().optional(),
            isAdmin: z.boolean().optional(),
            disabled: z.boolean().optional(),
          }),
        ),
      },
      responses: done,
    },
    async (c) => {
      await users.changeUser(
        c.var.db,
        c.var.caller,
        c.req.valid('param').id,
        c.req.valid('json'),
        c.var.now(),
      );
      return c.body(null, 204);
    },
  );
}

function loginLinkRoute(app: Api) {
  adminRoute(
    app,
    {
      method: 'post',
      path: '/api/v1/admin/users/{id}/login-link',
      summary: 'A one-time sign-in link for a user (valid 24 hours)',
      request: { params: userParams },
      responses: { 201: jsonContent(z.object({ loginLink: z.string() }), 'Link'), ...errorResponses(404) },
    },
    async (c) =>
      c.json({ loginLink: await users.newLoginLink(c.var.db, c.req.valid('param').id, c.var.now()) }, 201),
  );
}
