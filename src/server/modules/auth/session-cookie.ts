import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { type Limits, tooMany } from '../../auth/rate-limit.js';
import { SESSION_COOKIE, SESSION_COOKIE_BASE } from '../../auth/settings.js';
import type { AppEnv } from '../../env.js';
import type { AttemptRequest, SessionRequest } from './sign-in.service.js';

/** The browser's session token, if it sent one. */
export const sessionToken = (c: Context<AppEnv>) => getCookie(c, SESSION_COOKIE);

/** What the sign-in services need of a request that may start a session. */
export function sessionRequest(c: Context<AppEnv>): SessionRequest {
  const { security } = c.var;
  return {
    db: c.var.db,
    now: c.var.now(),
    previous: sessionToken(c),
    settings: { idleMinutes: security.sessionIdleMinutes, absoluteHours: security.sessionAbsoluteHours },
  };
}

/** The same for a request that tries a credential: its address and limits, and 429 with Retry-After. */
export function attemptRequest(c: Context<AppEnv>, limits: Limits): AttemptRequest {
  return {
    ...sessionRequest(c),
    ip: c.var.clientIp,
    limits,
    refuse: (wait, message) => tooMany(c, wait, message),
  };
}

/** The session token in a __Host- cookie the page's scripts cannot read. */
export function setSessionCookie(c: Context<AppEnv>, token: string) {
  setCookie(c, SESSION_COOKIE_BASE, token, {
    path: '/',
    secure: true,
    httpOnly: true,
    sameSite: 'Lax',
    prefix: 'host',
    maxAge: c.var.security.sessionAbsoluteHours * 3600,
  });
}

export function clearSessionCookie(c: Context<AppEnv>) {
  deleteCookie(c, SESSION_COOKIE_BASE, { path: '/', secure: true, prefix: 'host' });
}
