import crypto from 'node:crypto';
import pino from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/server/app.js';
import { createDatabase } from '../../src/server/db/database.js';
import { LATEST_MIGRATION } from '../../src/server/db/migrate.js';
import { jobRuns } from '../../src/server/metrics.js';
import { withSafeErrors } from '../../src/server/observe.js';
import { grantToken, testDatabase } from '../db.js';

type Line = Record<string, unknown>;

/** A pino logger as main.ts makes it, writing into an array. */
function capturedLogger() {
  const lines: Line[] = [];
  const logger = pino(withSafeErrors({ level: 'info' }), {
    write: (s: string) => void lines.push(JSON.parse(s) as Line),
  });
  return { logger, lines };
}

const METRICS_TOKEN = 'metrics-secret-0123456789';
const { db } = await testDatabase();
const { logger, lines } = capturedLogger();
const app = createApp({ db, version: 'test', logger, metricsToken: METRICS_TOKEN });
const { token } = await grantToken(db, { email: 'ops@test.example', workspace: 'ops', isAdmin: true });
const auth = { authorization: `Bearer ${token}` };

const unreachable = createDatabase('postgres://nobody:nothing@127.0.0.1:1/none', 1);
afterAll(() => unreachable.destroy());

const metricsOf = (headers: Record<string, string> = {}) => app.request('/metrics', { headers });

describe('request id', () => {
  it("carries the caller's X-Request-Id when it is a sane token", async () => {
    const res = await app.request('/api/health/live', { headers: { 'x-request-id': 'lb-7f3a.42:edge_1' } });
    expect(res.headers.get('x-request-id')).toBe('lb-7f3a.42:edge_1');
  });

  it.each([
    ['too long', 'a'.repeat(129)],
    ['spaces', 'two words'],
    ['markup', '<script>'],
    ['a letter outside ASCII', 'tunniste-ä'],
  ])('makes a new id when the given one has %s', async (_what, given) => {
    const res = await app.request('/api/health/live', { headers: { 'x-request-id': given } });
    const id = res.headers.get('x-request-id');
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(id).not.toBe(given);
  });

  it('is on every response: a new one each time, on refusals and unknown routes too', async () => {
    const ids = new Set<string>();
    for (const [path, status] of [
      ['/api/v1/organisations', 200],
      ['/api/v1/admin/users', 401],
      ['/api/v1/nothing-here', 404],
      ['/api/health', 200],
    ] as const) {
      const res = await app.request(path);
      expect(res.status, path).toBe(status);
      ids.add(res.headers.get('x-request-id') ?? '');
    }
    expect([...ids].every((id) => /^[0-9a-f-]{36}$/.test(id))).toBe(true);
    expect(ids.size).toBe(4);
  });
});

describe('request log', () => {
  it('writes one line per request: method, route pattern, status, duration and id, nothing of the query or cookies', async () => {
    const org = await app.request('/api/v1/organisations', {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json' },
      body: JSON.stringify({ kind: 'company', nameFi: 'Lokitus Oy', municipalityCode: '740' }),
    });
    expect(org.status).toBe(201);
    const { id } = (await org.json()) as { id: string };
    lines.length = 0;
    const res = await app.request(`/api/v1/organisations/${id}?q=salainen-haku&token=abc123secret`, {
      headers: { ...auth, cookie: 'solmu_session=cookie-value-xyz', 'x-request-id': 'trace-0001' },
    });
    expect(res.status).toBe(200);
    const line = lines.find((l) => l.msg === 'request')!;
    expect(line).toMatchObject({
      requestId: 'trace-0001',
      method: 'GET',
      route: '/api/v1/organisations/:id',
      status: 200,
      level: 30,
    });
    expect(line.durationMs).toEqual(expect.any(Number));
    const text = JSON.stringify(lines);
    for (const secret of [id, 'salainen-haku', 'abc123secret', 'cookie-value-xyz', token, 'ops@test.example'])
      expect(text).not.toContain(secret);
  });

  it("logs a request's error with its id", async () => {
    const { logger: own, lines: ownLines } = capturedLogger();
    const down = createApp({ db: unreachable, version: 'test', logger: own });
    const res = await down.request('/api/v1/organisations', { headers: { 'x-request-id': 'trace-err-1' } });
    expect(res.status).toBe(503);
    const error = ownLines.find((l) => l.msg === 'request failed')!;
    expect(error).toMatchObject({ requestId: 'trace-err-1', level: 50 });
    expect((error.err as Line).code).toBe('ECONNREFUSED');
    expect(ownLines.find((l) => l.msg === 'request')).toMatchObject({
      requestId: 'trace-err-1',
      status: 503,
    });
  });
});

describe('/metrics', () => {
  it('is not there (404) when metrics are off', async () => {
    const off = createApp({ db, version: 'test' });
    const res = await off.request('/metrics', { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
    expect(res.status).toBe(404);
    expect(((await res.json()) as Line).error).toMatchObject({ code: 'not_found' });
  });

  it('refuses a missing, wrong or API token with 401', async () => {
    for (const headers of [
      {},
      { authorization: `Bearer ${METRICS_TOKEN}x` },
      { authorization: 'Bearer x' },
      auth,
    ]) {
      const res = await metricsOf(headers);
      expect(res.status).toBe(401);
      expect(res.headers.get('www-authenticate')).toMatch(/^Bearer/);
      expect(await res.text()).not.toContain('solmu_http');
    }
  });

  it('gives the latency histogram by route pattern, the pool, jobs and the process with the token', async () => {
    const someId = crypto.randomUUID();
    expect((await app.request(`/api/v1/organisations/${someId}`, { headers: auth })).status).toBe(404);
    jobRuns.inc({ queue: 'mail', outcome: 'completed' });
    const res = await metricsOf({ authorization: `Bearer ${METRICS_TOKEN}` });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
    const text = await res.text();
    expect(text).toMatch(
      /solmu_http_request_duration_seconds_bucket\{le="0\.005",method="GET",route="\/api\/v1\/organisations\/:id",status="404"\} \d+/,
    );
    expect(text).toMatch(
      /solmu_http_request_duration_seconds_count\{method="POST",route="\/api\/v1\/organisations",status="201"\} 1/,
    );
    expect(text).not.toContain(someId);
    expect(text).toMatch(/solmu_db_pool_connections\{state="total"\} [1-9]/);
    expect(text).toMatch(/solmu_db_pool_connections\{state="idle"\} \d+/);
    expect(text).toMatch(/solmu_db_pool_connections\{state="waiting"\} 0/);
    expect(text).toMatch(/solmu_job_runs_total\{queue="mail",outcome="completed"\} 1/);
    expect(text).toMatch(/process_resident_memory_bytes \d+/);
    expect(text).toMatch(/nodejs_eventloop_lag_seconds/);
  });

  it('counts an unusual method as OTHER, not as a new series', async () => {
    await app.request('/api/health/live', { method: 'PROPFIND' });
    const text = await (await metricsOf({ authorization: `Bearer ${METRICS_TOKEN}` })).text();
    expect(text).not.toContain('PROPFIND');
    expect(text).toContain('method="OTHER"');
  });
});

describe('health probes', () => {
  it('are outside the API rate limit, so a busy address does not take an instance out', async () => {
    const limited = createApp({ db, version: 'test', security: { apiRequestsPerMinute: 1 } });
    // Apps on one database share their budgets: this address is this test's own.
    const ask = (path: string) =>
      limited.request(path, {}, { incoming: { socket: { remoteAddress: '192.0.2.77' } } });
    expect((await ask('/api/v1/regions')).status).toBe(200);
    expect((await ask('/api/v1/regions')).status).toBe(429);
    for (const probe of ['/api/health', '/api/health/live', '/api/health/ready', '/api/health/ready'])
      expect((await ask(probe)).status, probe).toBe(200);
  });

  it('live answers without the database', async () => {
    const down = createApp({ db: unreachable, version: 'test' });
    const res = await down.request('/api/health/live', { headers: { cookie: 'solmu_session=whatever' } });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  it('ready when the database answers and has every migration', async () => {
    const res = await app.request('/api/health/ready');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      status: 'ready',
      database: { ok: true },
      migrations: { expected: LATEST_MIGRATION, applied: LATEST_MIGRATION, current: true },
    });
  });

  it('not ready (503) when the database cannot be reached', async () => {
    const down = createApp({ db: unreachable, version: 'test' });
    const res = await down.request('/api/health/ready');
    expect(res.status).toBe(503);
    expect(await res.json()).toMatchObject({ status: 'not_ready', database: { ok: false } });
  });

  it('not ready (503) when the latest migration is not applied', async () => {
    const { db: behind } = await testDatabase();
    const table = behind.withTables<{ solmuMigrations: { name: string } }>();
    await table.deleteFrom('solmuMigrations').where('name', '=', LATEST_MIGRATION).execute();
    const res = await createApp({ db: behind, version: 'test' }).request('/api/health/ready');
    expect(res.status).toBe(503);
    const body = (await res.json()) as { migrations: { applied: string; current: boolean } };
    expect(body).toMatchObject({ status: 'not_ready', database: { ok: true } });
    expect(body.migrations.current).toBe(false);
    expect(body.migrations.applied < LATEST_MIGRATION).toBe(true);
  });
});
