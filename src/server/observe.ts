/**
 * What every request leaves behind for the operator: its id (X-Request-Id, the caller's when it is a sane
 * token, else a new one) on the response and on every log line of the request, one structured log line
 * when it ends, and its time in the latency histogram. Logged are the method, the route pattern, the
 * status and the duration: never the raw path or its query (links carry tokens), cookies, credentials or
 * anything personal.
 */
import crypto from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import pino from 'pino';
import type { AppEnv } from './env.js';
import { observeRequest } from './metrics.js';

export type RequestLog = pino.Logger;

export const REQUEST_ID_HEADER = 'X-Request-Id';

const SANE_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** The caller's request id when it is a plain token of reasonable length; otherwise a new one. */
export function requestIdOf(given: string | undefined | null): string {
  return given && SANE_ID.test(given) ? given : crypto.randomUUID();
}

/** The pattern of the route that answered (`/api/v1/organisations/:id`), never the path itself. */
export function routePattern(c: Context): string {
  const route = [...c.req.matchedRoutes].reverse().find((r) => r.method !== 'ALL');
  return route?.path ?? 'unmatched';
}

/** Error fields only: a driver error's detail may quote the values of a row. */
const errorFields = (e: unknown) =>
  e instanceof Error
    ? { type: e.name, message: e.message, code: (e as { code?: unknown }).code, stack: e.stack }
    : { message: String(e) };

/** A logger that writes nothing, for an app made without one (tests). */
export const silentLog = (): RequestLog => pino({ level: 'silent' });

/** Pino with the error serializer that leaves out what may hold personal data. */
export const withSafeErrors = (options: pino.LoggerOptions): pino.LoggerOptions => ({
  ...options,
  serializers: { ...options.serializers, err: errorFields },
});

function setId(c: Context, id: string) {
  try {
    c.res.headers.set(REQUEST_ID_HEADER, id);
  } catch {
    // A response with immutable headers (one passed through from fetch): copy it to add the id.
    c.res = new Response(c.res.body, c.res);
    c.res.headers.set(REQUEST_ID_HEADER, id);
  }
}

/** The first middleware of the app: the request id, the request's log, its log line and its metrics. */
export function observeRequests(log: RequestLog): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const started = performance.now();
    const requestId = requestIdOf(c.req.header(REQUEST_ID_HEADER));
    const requestLog = log.child({ requestId });
    c.set('requestId', requestId);
    c.set('log', requestLog);
    await next();
    setId(c, requestId);
    const seconds = (performance.now() - started) / 1000;
    const route = routePattern(c);
    observeRequest(c.req.method, route, c.res.status, seconds);
    requestLog.info(
      { method: c.req.method, route, status: c.res.status, durationMs: Math.round(seconds * 10000) / 10 },
      'request',
    );
  };
}
