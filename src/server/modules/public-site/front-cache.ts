/**
 * The public site's answers to anonymous visitors, kept at the front of the app for a few seconds the
 * way a reverse proxy would: a busy town page is then sent without going through the sign-in, CSRF and
 * policy steps again, with exactly the bytes and headers (security headers included) the whole app gave
 * the first anonymous visitor. Only plain GETs of public addresses without a query, a cookie or
 * credentials are answered here, and only answers the app itself marked `public`.
 */
import type { MiddlewareHandler } from 'hono';
import { RENDER_TTL_MS } from './http-cache.js';

const PUBLIC_ADDRESS =
  /^\/(?:(?:fi|sv|en)\/invest(?:\/|$)|embed[./]|invest\/site\.css$|sitemap\.xml$|robots\.txt$)/;
const MAX_ENTRIES = 2000;

type Kept = { body: ArrayBuffer; headers: [string, string][]; etag: string | null; until: number };

const anonymousPlainGet = (req: Request, path: string, search: string) =>
  req.method === 'GET' &&
  search === '' &&
  PUBLIC_ADDRESS.test(path) &&
  !req.headers.has('cookie') &&
  !req.headers.has('authorization');

const matches = (header: string | null, etag: string | null) =>
  !!etag && !!header && header.split(',').some((tag) => tag.trim() === etag || tag.trim() === '*');

export function frontCache(clock: () => number = Date.now, ttlMs = RENDER_TTL_MS): MiddlewareHandler {
  const kept = new Map<string, Kept>();
  const answer = (k: Kept, ifNoneMatch: string | null) =>
    matches(ifNoneMatch, k.etag)
      ? new Response(null, { status: 304, headers: k.headers.filter(([n]) => n !== 'content-type') })
      : new Response(k.body, { status: 200, headers: k.headers });

  return async (c, next) => {
    const url = new URL(c.req.url);
    if (!anonymousPlainGet(c.req.raw, url.pathname, url.search)) return next();
    const key = `${url.origin}${url.pathname}`;
    const hit = kept.get(key);
    if (hit && hit.until > clock()) return answer(hit, c.req.header('if-none-match') ?? null);
    await next();
    const res = c.res;
    if (res.status !== 200 || !res.headers.get('cache-control')?.startsWith('public')) return;
    kept.delete(key);
    if (kept.size >= MAX_ENTRIES) kept.delete(kept.keys().next().value!);
    kept.set(key, {
      body: await res.clone().arrayBuffer(),
      headers: [...res.headers.entries()],
      etag: res.headers.get('etag'),
      until: clock() + ttlMs,
    });
  };
}
