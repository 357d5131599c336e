import type { Context, MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { PARTICIPANT_HEADER } from '../../domain/workshops.js';
import type { AppEnv } from '../env.js';
import { AppError } from '../errors.js';
import { audit } from '../audit/audit.js';
import { ANONYMOUS, loadCaller } from './caller.js';
import { allows, type PolicyLookup } from './policies.js';
import { type Limiter, tooMany } from './rate-limit.js';
import { hashToken, safeEqual } from './secrets.js';
import { findSession } from './sessions.js';
import { SESSION_COOKIE } from './settings.js';
import { findApiToken } from './tokens.js';

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** The client's address: the socket's, or the proxy's last hop when a trusted proxy is configured. */
export const clientIp: MiddlewareHandler<AppEnv> = async (c, next) => {
  const socket = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming
    ?.socket;
  let ip = socket?.remoteAddress ?? 'local';
  if (c.var.security.trustProxy) {
    const hops = c.req
      .header('x-forwarded-for')
      ?.split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    if (hops?.length) ip = hops[hops.length - 1]!;
  }
  c.set('clientIp', ip);
  await next();
};

/**
 * The public pages' forms (issue 17) act for no one: a signed-in visitor sends them as anyone would, so
 * no credential is read there. A form posted to them from another site then has no rights to borrow (no
 * CSRF token is needed, and a session cookie without one is not refused), while the Origin check of
 * `csrf` still refuses a foreign origin.
 */
export const ANONYMOUS_FORM_PATHS: ReadonlySet<string> = new Set(['/invest/enquiries', '/invest/feedback']);

/**
 * Bearer API token or session cookie → the caller; anything else is anonymous. A token or cookie that
 * does not resolve counts as a failure of the client's address; an address with too many failures
 * gets 429 before any look-up, whatever it sends.
 */
export function authenticate(failures: Limiter): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const { db, security, clientIp: ip } = c.var;
    const now = c.var.now();
    c.set('caller', ANONYMOUS);
    c.set('session', null);
    if (ANONYMOUS_FORM_PATHS.has(c.req.path)) return next();
    const bearer = /^Bearer\s+(\S+)$/i.exec(c.req.header('authorization') ?? '')?.[1];
    const cookie = bearer ? undefined : getCookie(c, SESSION_COOKIE);
    if (bearer || cookie) {
      const wait = await failures.wait(ip);
      if (wait > 0) throw tooMany(c, wait, 'Too many failed sign-ins from this address; try again later');
    }
    if (bearer) {
      const token = await findApiToken(db, bearer, now);
      const caller = token && (await loadCaller(db, token.userId, token));
      if (!caller) {
        await failures.take(ip, hashToken(bearer));
        throw new AppError(401, 'invalid_token', 'The API token is not valid');
      }
      c.set('caller', caller);
    } else if (cookie) {
      const settings = {
        idleMinutes: security.sessionIdleMinutes,
        absoluteHours: security.sessionAbsoluteHours,
      };
      const session = await findSession(db, cookie, settings, now);
      const caller = session && (await loadCaller(db, session.userId));
      if (session && caller) {
        c.set('caller', caller);
        c.set('session', session);
      } else {
        await failures.take(ip, hashToken(cookie));
      }
    }
    await next();
  };
}

/**
 * Cookie-authenticated writes carry the session's CSRF token in X-CSRF-Token, and a foreign Origin is
 * refused for every write (login CSRF included). Token-authenticated requests carry no ambient
 * credentials and need neither.
 */
export const csrf: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (UNSAFE.has(c.req.method)) {
    const origin = c.req.header('origin');
    if (origin && origin !== new URL(c.req.url).origin) {
      throw new AppError(403, 'csrf_failed', 'Cross-site request refused');
    }
    const session = c.var.session;
    if (session && !safeEqual(c.req.header('x-csrf-token') ?? '', session.csrfToken)) {
      throw new AppError(403, 'csrf_failed', 'Missing or wrong X-CSRF-Token header');
    }
  }
  await next();
};

/** A workshop participant's calls (issue 16), counted by the secret they carry in a header. */
const isParticipantCall = (path: string) => path.startsWith('/api/v1/join/');

/**
 * Who the API limit counts: the user, a workshop participant by their secret (a room of phones shares
 * one address), or else the address.
 */
function rateKey(c: Context<AppEnv>) {
  const participant = isParticipantCall(c.req.path) && c.req.header(PARTICIPANT_HEADER);
  return c.var.caller.userId ?? (participant ? `participant:${hashToken(participant)}` : c.var.clientIp);
}

/**
 * Health checks are not counted: a load balancer asks every few seconds, and the answer must tell of a
 * database that is gone rather than fail in the limiter, which counts there.
 */
const isHealthCheck = (path: string) => path === '/api/health' || path.startsWith('/api/health/');

export function apiRateLimit(limiter: Limiter): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (isHealthCheck(c.req.path)) return next();
    const wait = await limiter.take(rateKey(c));
    if (wait > 0) throw tooMany(c, wait, 'Too many requests; try again later');
    await next();
  };
}

/** Default deny: the matched route must have declared a policy, and the caller must meet it. */
export const enforcePolicy =
  (policies: PolicyLookup): MiddlewareHandler<AppEnv> =>
  async (c, next) => {
    const route = [...c.req.matchedRoutes].reverse().find((r) => r.method !== 'ALL');
    if (!route) return next(); // no route: the 404 handler answers
    const policy = policies.get(route.method, route.path);
    if (!policy || !allows(policy, c.var.caller)) {
      await audit(
        c.var.db,
        c.var.caller,
        {
          action: `${route.method} ${route.path}`,
          outcome: 'denied',
          detail: { reason: policy ? `needs ${policy}` : 'no declared permission' },
        },
        c.var.now(),
      );
      if (!policy) throw new AppError(403, 'forbidden', 'This route has no declared permission');
      throw c.var.caller.kind === 'anonymous'
        ? new AppError(401, 'unauthenticated', 'Sign in first')
        : new AppError(403, 'forbidden', 'You do not have permission for this');
    }
    await next();
  };
