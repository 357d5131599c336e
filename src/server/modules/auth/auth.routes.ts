import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { Context } from 'hono';
import { z } from 'zod';
import { audit } from '../../audit/audit.js';
import { burnPasswordTime, hashPassword, verifyPassword } from '../../auth/passwords.js';
import { declare } from '../../auth/policies.js';
import { RateLimiter } from '../../auth/rate-limit.js';
import { createSession, endAllSessions, endSession } from '../../auth/sessions.js';
import { SESSION_COOKIE, SESSION_COOKIE_BASE } from '../../auth/settings.js';
import { acceptTotp } from '../../auth/totp.js';
import type { AppEnv } from '../../env.js';
import { AppError } from '../../errors.js';
import { errorResponses, jsonBody, jsonContent } from '../../openapi.js';
import { describeCaller, meSchema } from './me.js';
import { checkPassword, consumeLoginLink, findUserByEmail } from './users.service.js';

const loginBody = z
  .strictObject({
    email: z.string().trim().max(300),
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

export function registerAuthRoutes(app: OpenAPIHono<AppEnv>) {
  let limiters: { account: RateLimiter; ip: RateLimiter } | undefined;

  declare('POST', '/api/v1/auth/login', 'public');
  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/v1/auth/login',
      tags: ['auth'],
      summary: 'Sign in with e-mail and password (and a TOTP code when enabled)',
      request: { body: jsonBody(loginBody) },
      responses: { 200: jsonContent(meSchema, 'Signed in'), ...errorResponses(400, 401, 429) },
    }),
    async (c) => {
      const { db, security } = c.var;
      const windowMs = security.loginWindowMinutes * 60_000;
      limiters ??= {
        account: new RateLimiter(security.loginAttemptsPerAccount, windowMs),
        ip: new RateLimiter(security.loginAttemptsPerIp, windowMs),
      };
      const { email, password, totp } = c.req.valid('json');
      const wait = Math.max(limiters.account.hit(email.toLowerCase()), limiters.ip.hit(c.var.clientIp));
      if (wait > 0) {
        c.header('Retry-After', String(wait));
        await audit(
          db,
          null,
          { action: 'login', outcome: 'denied', detail: { reason: 'rate limited' } },
          c.var.now(),
        );
        throw new AppError(429, 'rate_limited', 'Too many sign-in attempts; try again later');
      }
      const user = await findUserByEmail(db, email);
      const ok = user
        ? await verifyPassword(user.passwordHash as string | null, password)
        : await burnPasswordTime(password);
      if (!user || !ok || user.disabledAt) {
        await audit(
          db,
          null,
          { action: 'login', entity: 'users', entityId: (user?.id as string) ?? null, outcome: 'failed' },
          c.var.now(),
        );
        throw new AppError(401, 'invalid_credentials', 'Wrong e-mail or password');
      }
      if (user.totpEnabledAt) {
        if (!totp) throw new AppError(401, 'totp_required', 'Enter the code from your authenticator app');
        if (!(await acceptTotp(db, user, totp, c.var.now()))) {
          await audit(
            db,
            null,
            {
              action: 'login',
              entity: 'users',
              entityId: user.id as string,
              outcome: 'failed',
              detail: { reason: 'totp' },
            },
            c.var.now(),
          );
          throw new AppError(401, 'invalid_credentials', 'Wrong code');
        }
      }
      limiters.account.reset(email.toLowerCase());
      const csrfToken = await startSession(c, user.id as string);
      await audit(
        db,
        null,
        { action: 'login', entity: 'users', entityId: user.id as string, outcome: 'ok' },
        c.var.now(),
      );
      return c.json(await describeCaller(db, user.id as string, csrfToken), 200);
    },
  );

  declare('POST', '/api/v1/auth/logout', 'user');
  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/v1/auth/logout',
      tags: ['auth'],
      summary: 'End this session',
      responses: { 204: { description: 'Signed out' }, ...errorResponses(401) },
    }),
    async (c) => {
      const token = getCookie(c, SESSION_COOKIE);
      if (token) await endSession(c.var.db, token);
      deleteCookie(c, SESSION_COOKIE_BASE, { path: '/', secure: true, prefix: 'host' });
      await audit(c.var.db, c.var.caller, { action: 'logout', outcome: 'ok' }, c.var.now());
      return c.body(null, 204);
    },
  );

  declare('GET', '/api/v1/auth/me', 'public');
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/auth/me',
      tags: ['auth'],
      summary: 'Who am I: user, workspaces, roles and the CSRF token for writes',
      responses: { 200: jsonContent(meSchema, 'The caller') },
    }),
    async (c) =>
      c.json(await describeCaller(c.var.db, c.var.caller.userId, c.var.session?.csrfToken ?? null), 200),
  );

  declare('POST', '/api/v1/auth/password', 'user');
  app.openapi(
    createRoute({
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
      responses: { 204: { description: 'Changed' }, ...errorResponses(400, 401) },
    }),
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
      if (user.passwordHash && !(await verifyPassword(user.passwordHash as string, currentPassword ?? ''))) {
        throw new AppError(401, 'invalid_credentials', 'The current password is wrong');
      }
      checkPassword(newPassword, user.email as string);
      await db
        .updateTable('users')
        .set({ passwordHash: await hashPassword(newPassword), updatedAt: c.var.now() })
        .where('id', '=', user.id)
        .execute();
      await endAllSessions(db, user.id as string);
      await startSession(c, user.id as string);
      await audit(
        db,
        caller,
        { action: 'password_change', entity: 'users', entityId: user.id as string, outcome: 'ok' },
        c.var.now(),
      );
      return c.body(null, 204);
    },
  );

  declare('GET', '/auth/link', 'public');
  app.get('/auth/link', async (c) => {
    const token = c.req.query('token') ?? '';
    const userId = token ? await consumeLoginLink(c.var.db, token, c.var.now()) : null;
    if (!userId) {
      await audit(c.var.db, null, { action: 'login_link', outcome: 'failed' }, c.var.now());
      return c.html(
        '<!doctype html><html lang="fi"><title>Solmu</title><main><h1>Linkki ei kelpaa</h1><p>Kirjautumislinkki on käytetty tai vanhentunut. / Länken har använts eller gått ut. / The sign-in link was used or has expired.</p></main></html>',
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
