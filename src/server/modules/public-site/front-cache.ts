/**
 * The public site's answers to anonymous visitors, kept in front of the app for a few seconds the way a
 * reverse proxy would: a busy town page is then sent without going through routing, sign-in, CSRF and
 * policy again, with exactly the bytes and headers (security headers included) the whole app gave the
 * first anonymous visitor. Only plain GETs of public addresses without a query, a cookie or credentials
 * are answered here, and only answers the app itself marked `public`.
 */
import { RENDER_TTL_MS } from './http-cache.js';
import { REQUEST_ID_HEADER, requestIdOf } from '../../observe.js';

const PUBLIC_ADDRESS =
  /^\/(?:(?:fi|sv|en)\/invest(?:\/|$)|embed[./]|invest\/site\.css$|sitemap\.xml$|robots\.txt$)/;
const MAX_ENTRIES = 2000;

// A Uint8Array body and plain headers are what the Node server writes without copying or streaming.
type Kept = {
  body: Uint8Array<ArrayBuffer>;
  headers: Record<string, string>;
  etag: string | null;
  until: number;
};

type Fetch<A extends unknown[]> = (request: Request, ...rest: A) => Response | Promise<Response>;

const pathOf = (url: string) => url.slice(url.indexOf('/', url.indexOf('//') + 2));

const anonymousPlainGet = (req: Request) =>
  req.method === 'GET' &&
  !req.url.includes('?') &&
  PUBLIC_ADDRESS.test(pathOf(req.url)) &&
  !req.headers.has('cookie') &&
  !req.headers.has('authorization');

const matches = (header: string | null, etag: string | null) =>
  !!etag && !!header && header.split(',').some((tag) => tag.trim() === etag || tag.trim() === '*');

/** The kept answer, with the request's own id (the first visitor's stays with the first visitor). */
function answer(k: Kept, req: Request) {
  const id = { [REQUEST_ID_HEADER.toLowerCase()]: requestIdOf(req.headers.get(REQUEST_ID_HEADER)) };
  if (!matches(req.headers.get('if-none-match'), k.etag))
    return new Response(k.body, { status: 200, headers: { ...k.headers, ...id } });
  const { 'content-type': _, ...headers } = k.headers;
  return new Response(null, { status: 304, headers: { ...headers, ...id } });
}

/** The app's `fetch` with the front cache before it. */
export function withFrontCache<A extends unknown[]>(
  fetch: Fetch<A>,
  clock: () => number = Date.now,
  ttlMs = RENDER_TTL_MS,
): (request: Request, ...rest: A) => Promise<Response> {
  const kept = new Map<string, Kept>();
  return async (request, ...rest) => {
    if (!anonymousPlainGet(request)) return fetch(request, ...rest);
    const hit = kept.get(request.url);
    if (hit && hit.until > clock()) return answer(hit, request);
    const res = await fetch(request, ...rest);
    if (res.status !== 200 || !res.headers.get('cache-control')?.startsWith('public')) return res;
    kept.delete(request.url);
    if (kept.size >= MAX_ENTRIES) kept.delete(kept.keys().next().value!);
    kept.set(request.url, {
      body: new Uint8Array(await res.clone().arrayBuffer()),
      headers: Object.fromEntries(
        [...res.headers.entries()].filter(([name]) => name !== REQUEST_ID_HEADER.toLowerCase()),
      ),
      etag: res.headers.get('etag'),
      until: clock() + ttlMs,
    });
    return res;
  };
}
