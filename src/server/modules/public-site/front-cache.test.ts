import { Hono, type Context } from 'hono';
import { describe, expect, it } from 'vitest';
import { withFrontCache } from './front-cache.js';
import { requestIdOf } from '../../observe.js';

/** A small app behind the front cache that counts how often its page is really rendered. */
function site() {
  let clock = 0;
  const rendered = { page: 0, preview: 0, other: 0 };
  const app = new Hono();
  app.use('*', async (c, next) => {
    await next();
    c.header('x-frame-options', 'DENY');
    c.header('x-request-id', requestIdOf(c.req.header('x-request-id')));
  });
  app.get('/fi/invest/savonlinna', (c) => {
    rendered.page++;
    const preview = c.req.query('preview') !== undefined;
    if (preview) rendered.preview++;
    return c.html(`<h1>Savonlinna ${rendered.page}</h1>`, 200, {
      'cache-control': preview ? 'private, no-store' : 'public, max-age=40',
      etag: `"v${rendered.page}"`,
    });
  });
  const other = (status: 200 | 404) => (c: Context) => {
    rendered.other++;
    return c.html('<p>other</p>', status, { 'cache-control': 'public, max-age=40' });
  };
  app.get('/fi/invest/nowhere', other(404));
  app.get('/api/v1/health', other(200));
  const fetch = withFrontCache(app.fetch, () => clock, 10_000);
  return { fetch, rendered, tick: (ms: number) => (clock += ms) };
}

type Fetch = ReturnType<typeof site>['fetch'];
const get = (fetch: Fetch, url: string, headers: Record<string, string> = {}) =>
  fetch(new Request(`http://solmu.test${url}`, { headers }));

describe('the front cache', () => {
  it('sends an anonymous visitor the bytes and headers the app gave the first one, until they expire', async () => {
    const { fetch, rendered, tick } = site();
    const first = await get(fetch, '/fi/invest/savonlinna');
    const second = await get(fetch, '/fi/invest/savonlinna');
    expect(await second.text()).toBe(await first.text());
    const except = (res: Response) => [...res.headers.entries()].filter(([name]) => name !== 'x-request-id');
    expect(except(second)).toEqual(except(first));
    // each answer carries its own request's id, the caller's when given
    expect(second.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(second.headers.get('x-request-id')).not.toBe(first.headers.get('x-request-id'));
    const traced = await get(fetch, '/fi/invest/savonlinna', { 'x-request-id': 'trace-42' });
    expect(traced.headers.get('x-request-id')).toBe('trace-42');
    expect(second.headers.get('x-frame-options')).toBe('DENY');
    expect(rendered.page).toBe(1);
    tick(10_001);
    expect(await (await get(fetch, '/fi/invest/savonlinna')).text()).toBe('<h1>Savonlinna 2</h1>');
  });

  it('answers 304 to a visitor who has the same bytes', async () => {
    const { fetch } = site();
    await get(fetch, '/fi/invest/savonlinna');
    const again = await get(fetch, '/fi/invest/savonlinna', { 'if-none-match': '"v1"' });
    expect(again.status).toBe(304);
    expect(again.headers.get('etag')).toBe('"v1"');
    expect(await again.text()).toBe('');
  });

  it('lets a request with a cookie, credentials or a query go through the whole app', async () => {
    const { fetch, rendered } = site();
    await get(fetch, '/fi/invest/savonlinna');
    await get(fetch, '/fi/invest/savonlinna', { cookie: 'solmu_session=x' });
    await get(fetch, '/fi/invest/savonlinna', { authorization: 'Bearer x' });
    const preview = await get(fetch, '/fi/invest/savonlinna?preview');
    expect(rendered.page).toBe(4);
    expect(preview.headers.get('cache-control')).toBe('private, no-store');
  });

  it('keeps only public answers of public addresses that succeeded', async () => {
    const { fetch, rendered } = site();
    await get(fetch, '/fi/invest/savonlinna', { cookie: 'solmu_session=x' });
    await get(fetch, '/fi/invest/savonlinna?preview');
    expect(rendered.page).toBe(2);
    // Neither the signed-in answer nor the preview was kept: the next anonymous visitor gets a new one.
    expect(await (await get(fetch, '/fi/invest/savonlinna')).text()).toBe('<h1>Savonlinna 3</h1>');
    for (const url of ['/api/v1/health', '/fi/invest/nowhere', '/api/v1/health', '/fi/invest/nowhere'])
      await get(fetch, url);
    expect(rendered.other).toBe(4);
  });
});
