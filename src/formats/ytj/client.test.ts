import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FormatError } from '../format-error.js';
import { YtjClient } from './client.js';
import { TokenBucket, parseRetryAfter, type Clock } from './rate-limit.js';

const response = JSON.parse(
  fs.readFileSync(new URL('./fixtures/v3-companies.json', import.meta.url), 'utf8'),
) as { companies: { businessId: { value: string } }[] };

/** Virtual time: sleeping advances it at once, so a minute of rate limiting takes no real time. */
function fakeClock(): Clock & { t: number } {
  const clock = {
    t: 1_000_000,
    now: () => clock.t,
    sleep: async (ms: number) => {
      clock.t += ms;
    },
  };
  return clock;
}

/** A stub of the v3 API on loopback: answers in the v3 shape, and with 429s and stalls on cue. */
let server: http.Server;
let baseUrl: string;
const hits: string[] = [];
let tooManyLeft = 0;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    hits.push(url.search);
    const json = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/json', ...headers });
      res.end(JSON.stringify(body));
    };
    if (url.pathname !== '/opendata-ytj-api/v3/companies') return json(404, { message: 'not found' });
    if (tooManyLeft > 0) {
      tooManyLeft--;
      return json(429, { message: 'Too many requests' }, { 'retry-after': '7' });
    }
    const id = url.searchParams.get('businessId');
    const name = url.searchParams.get('name') ?? '';
    if (name === 'slow') return void setTimeout(() => json(200, { totalResults: 0, companies: [] }), 1500);
    if (name === 'broken') return void res.end('<html>maintenance</html>');
    if (name === 'error') return json(500, { message: 'internal' });
    if (id) {
      const found = response.companies.filter((c) => c.businessId.value === id);
      return json(200, { totalResults: found.length, companies: found });
    }
    return json(200, { totalResults: 3, companies: response.companies });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/opendata-ytj-api/v3`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('YtjClient against a stub server', () => {
  it('looks a company up by business ID and maps it', async () => {
    const client = new YtjClient({ baseUrl, clock: fakeClock() });
    const found = await client.getByBusinessId(' 0876543-8 ');
    expect(found?.company).toMatchObject({ businessId: '0876543-8', name: 'Kristinestads Bageri Ab' });
    expect(hits.at(-1)).toBe('?businessId=0876543-8');
    expect(await client.getByBusinessId('3412345-5')).toBeNull();
  });

  it('searches by name, one page at a time', async () => {
    const client = new YtjClient({ baseUrl, clock: fakeClock() });
    const page = await client.searchByName('Koivukoski', { page: 2 });
    expect(page.totalResults).toBe(3);
    expect(page.companies.map((c) => c.company.businessId)).toEqual(['3123456-3', '0876543-8', '1934561-5']);
    expect(hits.at(-1)).toBe('?name=Koivukoski&page=2');
  });

  it('refuses bad input before asking', async () => {
    const client = new YtjClient({ baseUrl });
    await expect(client.getByBusinessId('1234567-2')).rejects.toMatchObject({ code: 'invalid_input' });
    await expect(client.searchByName(' ')).rejects.toMatchObject({ code: 'invalid_input' });
    await expect(client.searchByName('ab', { page: 0 })).rejects.toMatchObject({ code: 'invalid_input' });
    expect(() => new YtjClient({ baseUrl: 'ftp://x' })).toThrow(FormatError);
    expect(() => new YtjClient({ baseUrl, requestsPerMinute: 1 })).toThrow(/requestsPerMinute/);
  });

  it('waits out a 429 for its Retry-After, then succeeds', async () => {
    const clock = fakeClock();
    const client = new YtjClient({ baseUrl, clock });
    tooManyLeft = 2;
    const start = clock.t;
    const found = await client.getByBusinessId('3123456-3');
    expect(found?.company.name).toBe('Koivukosken Metsäkone Oy');
    expect(clock.t - start).toBeGreaterThanOrEqual(14_000);
  });

  it('gives up with rate_limited when 429s continue or Retry-After is too long', async () => {
    tooManyLeft = 100;
    const client = new YtjClient({ baseUrl, clock: fakeClock(), maxRetries: 2 });
    await expect(client.getByBusinessId('3123456-3')).rejects.toMatchObject({
      code: 'rate_limited',
      details: { status: 429, retryAfterMs: 7000 },
    });
    const impatient = new YtjClient({ baseUrl, clock: fakeClock(), maxRetryAfterMs: 5000 });
    const before = hits.length;
    await expect(impatient.getByBusinessId('3123456-3')).rejects.toMatchObject({ code: 'rate_limited' });
    expect(hits.length - before).toBe(1);
    tooManyLeft = 0;
  });

  it('times out, retries, and reports the timeout', async () => {
    const client = new YtjClient({ baseUrl, clock: fakeClock(), timeoutMs: 150, maxRetries: 1 });
    const before = hits.length;
    await expect(client.searchByName('slow')).rejects.toMatchObject({ code: 'timeout' });
    expect(hits.length - before).toBe(2);
  });

  it('reports malformed answers, server errors and unreachable servers', async () => {
    const client = new YtjClient({ baseUrl, clock: fakeClock(), maxRetries: 1 });
    await expect(client.searchByName('broken')).rejects.toMatchObject({ code: 'malformed' });
    await expect(client.searchByName('error')).rejects.toMatchObject({
      code: 'http_error',
      details: { status: 500 },
    });
    const small = new YtjClient({ baseUrl, clock: fakeClock(), maxResponseBytes: 100 });
    await expect(small.searchByName('Oy')).rejects.toMatchObject({ code: 'too_large' });
    const nowhere = new YtjClient({ baseUrl: 'http://127.0.0.1:9/v3', clock: fakeClock(), maxRetries: 1 });
    await expect(nowhere.searchByName('Oy')).rejects.toMatchObject({ code: 'network_error' });
  });

  it('never sends more than 300 requests in any minute', async () => {
    const clock = fakeClock();
    const sentAt: number[] = [];
    const client = new YtjClient({
      baseUrl,
      clock,
      fetch: (input, init) => {
        sentAt.push(clock.now());
        return fetch(input, init);
      },
    });
    await Promise.all(Array.from({ length: 400 }, () => client.getByBusinessId('3123456-3')));
    expect(sentAt).toHaveLength(400);
    expect(maxInWindow(sentAt, 60_000)).toBeLessThanOrEqual(300);
    // The budget is used, not wasted: 400 requests fit in well under two minutes.
    expect((sentAt.at(-1) ?? 0) - (sentAt[0] ?? 0)).toBeLessThan(90_000);
  });
});

/** Most timestamps within any window of `width` ms (both ends included). */
function maxInWindow(times: number[], width: number): number {
  const sorted = [...times].sort((a, b) => a - b);
  let best = 0;
  for (let i = 0, j = 0; j < sorted.length; j++) {
    while ((sorted[j] ?? 0) - (sorted[i] ?? 0) > width) i++;
    best = Math.max(best, j - i + 1);
  }
  return best;
}

describe('TokenBucket', () => {
  it('keeps every 60-second window within the budget, for any burst size', async () => {
    for (const [perMinute, burst] of [
      [300, 10],
      [300, 1],
      [60, 100],
    ] as const) {
      const clock = fakeClock();
      const bucket = TokenBucket.perMinute(perMinute, burst, clock);
      const times: number[] = [];
      for (let i = 0; i < perMinute * 3; i++) {
        await bucket.take();
        times.push(clock.now());
      }
      expect(maxInWindow(times, 60_000)).toBeLessThanOrEqual(perMinute);
      expect(maxInWindow(times, 60_000)).toBeGreaterThanOrEqual(perMinute - 2);
    }
  });

  it('pauses every taker, and a cancelled taker does not block the others', async () => {
    const clock = fakeClock();
    const bucket = new TokenBucket({ capacity: 1, refillPerMs: 1, clock });
    bucket.pauseFor(5000);
    const start = clock.t;
    await bucket.take();
    expect(clock.t - start).toBeGreaterThanOrEqual(5000);
    const controller = new AbortController();
    controller.abort(new Error('cancelled'));
    await expect(bucket.take(controller.signal)).rejects.toThrow('cancelled');
    await expect(bucket.take()).resolves.toBeUndefined();
    expect(() => new TokenBucket({ capacity: 0, refillPerMs: 1 })).toThrow(RangeError);
  });

  it('reads Retry-After in seconds and as an HTTP date', () => {
    expect(parseRetryAfter('7', 0)).toBe(7000);
    expect(parseRetryAfter('Thu, 01 Jan 1970 00:00:10 GMT', 4000)).toBe(6000);
    expect(parseRetryAfter('soon', 0)).toBeNull();
    expect(parseRetryAfter(null, 0)).toBeNull();
  });
});
