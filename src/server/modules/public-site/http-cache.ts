/**
 * Caching of the public pages. A page is rendered at most once per RENDER_TTL_MS per address and
 * language in this process, the front cache (front-cache.ts) sends that answer again for as long, and
 * browsers and proxies may keep it for BROWSER_MAX_AGE_S seconds: the three together keep a town's edit
 * on every screen within 60 s. Each answer has a strong ETag (a hash of its
 * bytes), so a reload after max-age costs a 304.
 */
import { createHash } from 'node:crypto';
import type { Context } from 'hono';

export const RENDER_TTL_MS = 10_000;
export const BROWSER_MAX_AGE_S = 40;
export const PUBLIC_CACHE = `public, max-age=${BROWSER_MAX_AGE_S}`;
export const NO_STORE = 'private, no-store';
const MAX_ENTRIES = 2000;

/** An answer ready to send: its bytes encoded once, however often it is sent. */
export type Rendered = { status: 200 | 404; body: Uint8Array<ArrayBuffer>; type: string; etag: string };

export const etagOf = (body: string) =>
  `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`;

export const rendered = (
  body: string,
  status: 200 | 404 = 200,
  type = 'text/html; charset=utf-8',
): Rendered => ({
  status,
  body: new TextEncoder().encode(body),
  type,
  etag: etagOf(body),
});

/** Rendered answers kept for a short while; the oldest goes first when it is full. */
export class RenderCache {
  private readonly entries = new Map<string, { value: Rendered; until: number }>();
  private readonly pending = new Map<string, Promise<Rendered>>();

  constructor(
    private readonly ttlMs = RENDER_TTL_MS,
    private readonly clock = () => Date.now(),
  ) {}

  async get(key: string, render: () => Promise<Rendered>): Promise<Rendered> {
    const hit = this.entries.get(key);
    if (hit && hit.until > this.clock()) return hit.value;
    // Simultaneous requests for one page wait for one rendering.
    let running = this.pending.get(key);
    if (!running) {
      running = render().finally(() => this.pending.delete(key));
      this.pending.set(key, running);
      const value = await running;
      this.entries.delete(key);
      if (this.entries.size >= MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value!);
      this.entries.set(key, { value, until: this.clock() + this.ttlMs });
      return value;
    }
    return running;
  }
}

const matches = (header: string | undefined, etag: string) =>
  !!header && header.split(',').some((tag) => tag.trim() === etag || tag.trim() === '*');

/** The answer with its ETag and caching; 304 when the client already has these bytes. */
export function send(
  c: Context,
  r: Rendered,
  cacheControl = PUBLIC_CACHE,
  extra: Record<string, string> = {},
) {
  const headers = { etag: r.etag, 'cache-control': cacheControl, ...extra };
  if (r.status === 200 && matches(c.req.header('if-none-match'), r.etag)) return c.body(null, 304, headers);
  return c.body(r.body, r.status, { 'content-type': r.type, ...headers });
}
