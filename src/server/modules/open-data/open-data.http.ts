/**
 * What every answer of the open data API carries: CORS for any site (reads only, never credentials),
 * an ETag that a repeated request is answered 304 by, a minute's public caching, the licence as a
 * link, and a request budget per client address of its own.
 */
import type { Context, MiddlewareHandler } from 'hono';
import { cors } from 'hono/cors';
import { etag } from 'hono/etag';
import { tooMany, type Limiter } from '../../auth/rate-limit.js';
import type { AppEnv } from '../../env.js';
import type { OpenDataLicence } from '../../config.js';

export const OPEN_API = '/api/open/v1';
export const OPEN_PATHS = '/api/open/*';

const isOpenData = (path: string) => path.startsWith('/api/open/');

/** Leaves the open data API's requests to the limiter of their own. */
export function exceptOpenData(handler: MiddlewareHandler<AppEnv>): MiddlewareHandler<AppEnv> {
  return (c, next) => (isOpenData(c.req.path) ? next() : handler(c, next));
}

/** Requests per client address, whoever is signed in: the open data is the same for everyone. */
export function openRateLimit(limiter: Limiter): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const wait = await limiter.take(`open:${c.var.clientIp}`);
    if (wait > 0) throw tooMany(c, wait, 'Too many requests to the open data API; try again later');
    await next();
  };
}

/**
 * Registered before the security headers so that what it sets last wins: other sites may read the
 * answers (Cross-Origin-Resource-Policy), and a 304 keeps the CORS and caching headers that the ETag
 * middleware's bare 304 would drop.
 */
export function openDataHeaders(licence: OpenDataLicence): MiddlewareHandler<AppEnv> {
  const allow = cors({
    origin: '*',
    allowMethods: ['GET', 'HEAD', 'OPTIONS'],
    exposeHeaders: ['ETag', 'Link', 'Retry-After', 'Content-Disposition'],
    maxAge: 86400,
  });
  const tag = etag();
  return (c, next) =>
    allow(c, async () => {
      await tag(c, next);
      const headers = c.res.headers;
      headers.set('Access-Control-Allow-Origin', '*');
      headers.set('Cross-Origin-Resource-Policy', 'cross-origin');
      headers.set('Link', `<${licence.url}>; rel="license"`);
      if (c.res.ok || c.res.status === 304) headers.set('Cache-Control', 'public, max-age=60');
      else headers.set('Cache-Control', 'no-store');
    });
}

/** True when the client already holds this version (If-None-Match names `tag`, or any version). */
export function clientHas(c: Context, tag: string) {
  const wanted = c.req.header('if-none-match');
  if (!wanted) return false;
  const bare = tag.replace(/^W\//, '');
  const tags: string[] = wanted.match(/"[^"]*"/g) ?? [];
  return wanted.trim() === '*' || tags.includes(bare);
}
