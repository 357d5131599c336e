import { z } from 'zod';
import { text } from '../../../domain/common.js';
import { dummyHash } from '../../auth/passwords.js';
import type { Limits } from '../../auth/rate-limit.js';
import { errorResponses, jsonBody, jsonContent } from '../../openapi.js';
import { plainRoute, route, type Api } from '../../routing.js';
import { meSchema, presentMe } from './account.presenter.js';
import { accountOf } from './account.service.js';
import { page } from './page.js';
import { attemptRequest, clearSessionCookie, sessionToken, setSessionCookie } from './session-cookie.js';
import { changePassword, signInWithLink, signInWithPassword, signOut } from './sign-in.service.js';

const loginBody = z
  .strictObject({
    email: text.trim().max(300),
    password: z.string().max(256),
    totp: z
      .string()
      .regex(/^\d{6}$/)
      .optional(),
  })
  .meta({ id: 'Login' });

/** Signing in and out: password (and TOTP), one-time link; who am I; a new password. */
export function registerAuthRoutes(app: Api, limits: Limits) {
  // Made now, so that the first sign-in without a password does not pay for making it.
  void dummyHash();
  loginRoute(app, limits);
  logoutRoute(app);
  meRoute(app);
  passwordRoute(app, limits);
  linkRoute(app, limits);
}

function loginRoute(app: Api, limits: Limits) {
  route(
    app,
    'public',
    {
      method: 'post',
      path: '/api/v1/auth/login',
      operationId: 'signIn',
      tags: ['auth'],
      summary: 'Sign in with e-mail and password (and a TOTP code when enabled)',
      request: { body: jsonBody(loginBody) },
      responses: { 200: jsonContent(meSchema, 'Signed in'), ...errorResponses(400, 401, 429) },
    },
    async (c) => {
      const session = await signInWithPassword(attemptRequest(c, limits), c.req.valid('json'));
      setSessionCookie(c, session.token);
      return c.json(presentMe(await accountOf(c.var.db, session.userId), session.csrfToken), 200);
    },
  );
}

function logoutRoute(app: Api) {
  route(
    app,
    'user',
    {
      method: 'post',
      path: '/api/v1/auth/logout',
      operationId: 'signOut',
      tags: ['auth'],
      summary: 'End this session',
      responses: { 204: { description: 'Signed out' }, ...errorResponses(401) },
    },
    async (c) => {
      await signOut(c.var.db, c.var.caller, sessionToken(c), c.var.now());
      clearSessionCookie(c);
      return c.body(null, 204);
    },
  );
}

function meRoute(app: Api) {
  route(
    app,
    'public',
    {
      method: 'get',
      path: '/api/v1/auth/me',
      operationId: 'getCurrentSession',
      tags: ['auth'],
      summary: 'Who am I: user, workspaces, roles and the CSRF token for writes',
      responses: { 200: jsonContent(meSchema, 'The caller') },
    },
    async (c) =>
      c.json(
        presentMe(await accountOf(c.var.db, c.var.caller.userId), c.var.session?.csrfToken ?? null),
        200,
      ),
  );
}

function passwordRoute(app: Api, limits: Limits) {
  route(
    app,
    'user',
    {
      method: 'post',
      path: '/api/v1/auth/password',
      operationId: 'changePassword',
      tags: ['auth'],
      summary: 'Set a new password (ends your other sessions)',
      request: {
        body: jsonBody(
          z.strictObject({
            currentPassword: z.string().max(256).optional(),
            newPassword: z.string().max(256),
          }),
        ),
      },
      responses: { 204: { description: 'Changed' }, ...errorResponses(400, 401, 429) },
    },
    async (c) => {
      const session = await changePassword(attemptRequest(c, limits), c.var.caller, c.req.valid('json'));
      setSessionCookie(c, session.token);
      return c.body(null, 204);
    },
  );
}

const TOO_MANY =
  'Tästä osoitteesta on yritetty kirjautua liian monta kertaa; yritä myöhemmin uudelleen. / För många inloggningsförsök från den här adressen; försök igen senare. / Too many failed sign-ins from this address; try again later.';
const USED_LINK =
  'Kirjautumislinkki on käytetty tai vanhentunut. / Länken har använts eller gått ut. / The sign-in link was used or has expired.';

/** A one-time sign-in link, opened in the browser: a session and the app, or a page saying why not. */
function linkRoute(app: Api, limits: Limits) {
  plainRoute(app, 'public', 'GET', '/auth/link', async (c) => {
    const result = await signInWithLink(attemptRequest(c, limits), c.req.query('token') ?? '');
    switch (result.outcome) {
      case 'rate_limited':
        c.header('Retry-After', String(result.wait));
        return c.html(page('Liian monta yritystä', TOO_MANY), 429);
      case 'invalid':
        return c.html(page('Linkki ei kelpaa', USED_LINK), 400);
      case 'signed_in':
        setSessionCookie(c, result.session.token);
        return c.redirect('/', 302);
    }
  });
}
