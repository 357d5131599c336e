import { z } from 'zod';
import { errorResponses, jsonContent } from '../../openapi.js';
import { route, type Api } from '../../routing.js';
import { presentOwnData } from './account.presenter.js';
import { ownData, signOutEverywhere } from './account.service.js';
import { clearSessionCookie } from './session-cookie.js';

/** The user's own account: sign out everywhere, and everything Solmu keeps about them (GDPR access). */
export function registerSelfRoutes(app: Api) {
  route(
    app,
    'user',
    {
      method: 'post',
      path: '/api/v1/auth/logout-everywhere',
      operationId: 'signOutEverywhere',
      tags: ['auth'],
      summary: 'End every session of your account, this one too (API tokens stay; revoke them apart)',
      responses: { 204: { description: 'Signed out everywhere' }, ...errorResponses(401, 403) },
    },
    async (c) => {
      await signOutEverywhere(c.var.db, c.var.caller, c.var.now());
      clearSessionCookie(c);
      return c.body(null, 204);
    },
  );
  route(
    app,
    'user',
    {
      method: 'get',
      path: '/api/v1/auth/me/export',
      operationId: 'exportMyData',
      tags: ['auth'],
      summary:
        'Everything kept about your own account: details, memberships, API tokens, audit entries, workshop participations',
      responses: {
        200: jsonContent(z.record(z.string(), z.unknown()), 'The export'),
        ...errorResponses(401, 403),
      },
    },
    async (c) => c.json(presentOwnData(await ownData(c.var.db, c.var.caller, c.var.now())), 200),
  );
}
