import type { OpenAPIHono } from '@hono/zod-openapi';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { Context } from 'hono';
import { z } from 'zod';
import { text } from '../../../domain/common.js';
import { audit } from '../../audit/audit.js';
import { dummyHash, hashPassword, verifyPassword } from '../../auth/passwords.js';
import { plainRoute, route } from '../../routing.js';
import { type Limits, takeAll, tooMany } from '../../auth/rate-limit.js';
import { hashToken } from '../../auth/secrets.js';
import { createSession, endAllSessions, endSession } from '../../auth/sessions.js';
import { SESSION_COOKIE, SESSION_COOKIE_BASE } from '../../auth/settings.js';
import { acceptTotp } from '../../auth/totp.js';
import type { AppEnv } from '../../env.js';
import { AppError } from '../../errors.js';
import { errorResponses, jsonBody, jsonContent } from '../../openapi.js';
import { describeCaller, meSchema } from './me.js';
import { page } from './page.js';
import { checkCredentials, checkPassword, consumeLoginLink } from './users.service.js';

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

/** Starts a session: a new token every time, in a __Host- cookie the page's scripts cannot read. */
export async function startSession(c: Context<AppEnv>, userId: string) {
  const { db, security } = c.var;
  const old = getCookie(c, SESSION_COOKIE);
  if (old) await endSession(db, old);
  const settings = { idleMinutes: security.sessionIdleMinutes, absoluteHours: security.sessionAbsoluteHours };
  const { token, csrfToken } = await createSession(db, userId, settings, c.var.now());
  setCookie(c, SESSION_COOKIE_BASE, token, {
    path: '/',
    secure: true,
    httpOnly: true,
    sameSite: 'Lax',
    prefix: 'host',
    maxAge: security.sessionAbsoluteHours * 3600,
  });
  await db.updateTable('users').set({ lastLoginAt: c.var.now() }).where('id', '=', userId).execute();
  return csrfToken;
}

/**
 * Takes a password attempt of `email` from the client's address: per address, per account and
 * address (a correct password from a client that has not failed still works while an attacker is held
 * back), and per account from everywhere (a ceiling that rotating addresses cannot pass). Returns what
 * to call when the password was right, or throws 429.
 */
async function takePasswordAttempt(c: Context<AppEnv>, limits: Limits, email: string) {
  const ip = c.var.clientIp;
  const account = email.trim().toLowerCase();
  const pair = `${account}\n${ip}`;
  const wait =
    (await limits.failedAuth.wait(ip)) ||
    (await takeAll([
      [limits.loginIp, ip],
      [limits.loginAccountIp, pair],
      [limits.loginAccount, account],
    ]));
  if (wait > 0) {
    await audit(
      c.var.db,
      null,
      { action: 'login', outcome: 'denied', detail: { reason: 'rate limited' } },
      c.var.now(),
    );
    throw tooMany(c, wait, 'Too many sign-in attempts; try again later');
  }
  return {
    /** The password was right but more is needed: this attempt was no failure. */
    notFailed: async () => {
      await limits.loginAccountIp.giveBack(pair);
      await limits.loginAccount.giveBack(account);
    },
    /** Signed in: this client's failures are forgotten; the account's failures from elsewhere are not. */
    succeeded: async () => {
      await limits.loginAccountIp.reset(pair);
      await limits.loginAccount.giveBack(account);
    },
  };
}

export function registerAuthRoutes(app: OpenAPIHono<AppEnv>, limits: Limits) {
  // Made now, so that the first sign-in without a password does not pay for making it.
  void dummyHash();
  route(
    app,
    'public',
    {
      method: 'post',
      path: '/api/v1/auth/login',
      tags: ['auth'],
      summary: 'Sign in with e-mail and password (and a TOTP code when enabled)',
      request: { body: jsonBody(loginBody) },
      responses: { 200: jsonContent(meSchema, 'Signed in'), ...errorResponses(400, 401, 429) },
    },
    async (c) => {
      const { db } = c.var;
      const { email, password, totp } = c.req.valid('json');
      const attempt = await takePasswordAttempt(c, limits, email);
      const { user, signedIn } = await checkCredentials(db, email, password);
      if (!signedIn) {
        await audit(
          db,
          null,
          { action: 'login', entity: 'users', entityId: user?.id ?? null, outcome: 'failed' },
          c.var.now(),
        );
        throw new AppError(401, 'invalid_credentials', 'Wrong e-mail or password');
      }
      if (signedIn.totpEnabledAt) {
        if (!totp) {
          await attempt.notFailed();
          throw new AppError(401, 'totp_required', 'Enter the code from your authenticator app');
        }
        if (!(await acceptTotp(db, signedIn, totp, c.var.now()))) {
          await limits.failedAuth.take(c.var.clientIp);
          await audit(
            db,
            null,
            {
              action: 'login',
              entity: 'users',
              entityId: signedIn.id,
              outcome: 'failed',
              detail: { reason: 'totp' },
            },
            c.var.now(),
          );
          throw new AppError(401, 'invalid_credentials', 'Wrong code');
        }
      }
      await attempt.succeeded();
      const csrfToken = await startSession(c, signedIn.id);
      await audit(
        db,
        null,
        { action: 'login', entity: 'users', entityId: signedIn.id, outcome: 'ok' },
        c.var.now(),
      );
      return c.json(await describeCaller(db, signedIn.id, csrfToken), 200);
    },
  );
  route(
    app,
    'user',
    {
      method: 'post',
      path: '/api/v1/auth/logout',
      tags: ['auth'],
      summary: 'End this session',
      responses: { 204: { description: 'Signed out' }, ...errorResponses(401) },
    },
    async (c) => {
      const token = getCookie(c, SESSION_COOKIE);
      if (token) await endSession(c.var.db, token);
      deleteCookie(c, SESSION_COOKIE_BASE, { path: '/', secure: true, prefix: 'host' });
      await audit(c.var.db, c.var.caller, { action: 'logout', outcome: 'ok' }, c.var.now());
      return c.body(null, 204);
    },
  );
  route(
    app,
    'public',
    {
      method: 'get',
      path: '/api/v1/auth/me',
      tags: ['auth'],
      summary: 'Who am I: user, workspaces, roles and the CSRF token for writes',
      responses: { 200: jsonContent(meSchema, 'The caller') },
    },
    async (c) =>
      c.json(await describeCaller(c.var.db, c.var.caller.userId, c.var.session?.csrfToken ?? null), 200),
  );
  route(
    app,
    'user',
    {
      method: 'post',
      path: '/api/v1/auth/password',
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
      const { db, caller } = c.var;
      if (caller.kind !== 'user')
        throw new AppError(403, 'forbidden', 'Only a signed-in user can change their password');
      const user = await db
        .selectFrom('users')
        .selectAll()
        .where('id', '=', caller.userId!)
        .executeTakeFirstOrThrow();
      const { currentPassword, newPassword } = c.req.valid('json');
      if (user.passwordHash) {
        // A wrong current password is a failed sign-in: a stolen session is no way around the limits.
        const attempt = await takePasswordAttempt(c, limits, user.email);
        if (!(await verifyPassword(user.passwordHash, currentPassword ?? '')))
          throw new AppError(401, 'invalid_credentials', 'The current password is wrong');
        await attempt.succeeded();
      }
      checkPassword(newPassword, user.email);
      await db
        .updateTable('users')
        .set({ passwordHash: await hashPassword(newPassword), updatedAt: c.var.now() })
        .where('id', '=', user.id)
        .execute();
      await endAllSessions(db, user.id);
      await startSession(c, user.id);
      await audit(
        db,
        caller,
        { action: 'password_change', entity: 'users', entityId: user.id, outcome: 'ok' },
        c.var.now(),
      );
      return c.body(null, 204);
    },
  );

  plainRoute(app, 'public', 'GET', '/auth/link', async (c) => {
    const { db, clientIp: ip } = c.var;
    const token = c.req.query('token') ?? '';
    const wait = token ? await limits.failedAuth.wait(ip) : 0;
    if (wait > 0) {
      await audit(
        db,
        null,
        { action: 'login_link', outcome: 'denied', detail: { reason: 'rate limited' } },
        c.var.now(),
      );
      c.header('Retry-After', String(wait));
      return c.html(
        page(
          'Liian monta yritystä',
          'Tästä osoitteesta on yritetty kirjautua liian monta kertaa; yritä myöhemmin uudelleen. / För många inloggningsförsök från den här adressen; försök igen senare. / Too many failed sign-ins from this address; try again later.',
        ),
        429,
      );
    }
    const userId = token ? await consumeLoginLink(db, token, c.var.now()) : null;
    if (!userId) {
      if (token) await limits.failedAuth.take(ip, hashToken(token));
      await audit(db, null, { action: 'login_link', outcome: 'failed' }, c.var.now());
      return c.html(
        page(
          'Linkki ei kelpaa',
          'Kirjautumislinkki on käytetty tai vanhentunut. / Länken har använts eller gått ut. / The sign-in link was used or has expired.',
        ),
        400,
      );
    }
    await startSession(c, userId);
    await audit(
      c.var.db,
      null,
      { action: 'login', entity: 'users', entityId: userId, outcome: 'ok', detail: { via: 'link' } },
      c.var.now(),
    );
    return c.redirect('/', 302);
  });
}
