/**
 * A stub of PRH's YTJ v3 API on loopback for tests: answers `GET /companies?businessId=|name=` in the v3
 * shape from the fixture, and with 429s on cue. There is no internet in tests.
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

type Company = { businessId: { value: string }; names: { name: string }[] };

const fixture = JSON.parse(
  fs.readFileSync(new URL('../../src/formats/ytj/fixtures/v3-companies.json', import.meta.url), 'utf8'),
) as { companies: Company[] };

type Answer = { status: number; body: unknown; retryAfter?: string };

export type YtjStub = {
  baseUrl: string;
  /** Query strings of the requests, in order. */
  hits: string[];
  /** Answer the next n requests with 429 Retry-After: 1. */
  tooMany(n: number): void;
  close(): Promise<void>;
};

export async function startYtjStub(): Promise<YtjStub> {
  const hits: string[] = [];
  let tooManyLeft = 0;
  const answer = (url: URL): Answer => {
    if (url.pathname !== '/opendata-ytj-api/v3/companies') return { status: 404, body: { message: 'no' } };
    if (tooManyLeft > 0) {
      tooManyLeft--;
      return { status: 429, body: { message: 'Too many requests' }, retryAfter: '1' };
    }
    const id = url.searchParams.get('businessId');
    const name = (url.searchParams.get('name') ?? '').toLowerCase();
    const found = fixture.companies.filter((c) =>
      id ? c.businessId.value === id : c.names.some((n) => n.name.toLowerCase().includes(name)),
    );
    return { status: 200, body: { totalResults: found.length, companies: found } };
  };
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    hits.push(url.search);
    const { status, body, retryAfter } = answer(url);
    res.writeHead(status, {
      'content-type': 'application/json',
      ...(retryAfter && { 'retry-after': retryAfter }),
    });
    res.end(JSON.stringify(body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    baseUrl: `http://127.0.0.1:${port}/opendata-ytj-api/v3`,
    hits,
    tooMany: (n) => {
      tooManyLeft = n;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
