/**
 * The database goes away under a running Solmu and comes back: requests answer 503
 * `database_unavailable` within seconds (not a hang, not a crash) and succeed again once it returns.
 * The server is stopped the hard way (SIGQUIT to the postmaster: PostgreSQL's immediate shutdown, what
 * `pg_ctl stop -m immediate` sends) and started again on the same port.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/server/app.js';
import { createDatabase } from '../../src/server/db/database.js';
import {
  freeLoopbackPort,
  startEmbeddedPostgres,
  type EmbeddedServer,
} from '../../src/server/db/embedded.js';
import { isAlive } from '../../src/server/db/lock.js';
import { migrateToLatest } from '../../src/server/db/migrate.js';
import { isDatabaseUnreachable } from '../../src/server/errors.js';
import { listenForWorkshops } from '../../src/server/modules/workshops/workshops.listener.js';
import { subscribe, WORKSHOP_CHANNEL } from '../../src/server/modules/workshops/workshops.stream.js';
import type { Json } from '../api/fixtures.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'solmu-db-loss-'));
fs.chmodSync(dir, 0o755);
const port = await freeLoopbackPort();
let server: EmbeddedServer = await startEmbeddedPostgres({ dataDir: dir, port });
const db = createDatabase(server.url, 4);
await migrateToLatest(db);
const errors: unknown[] = [];
const app = createApp({ db, version: 'test', logError: (e) => errors.push(e) });
const listenerErrors: unknown[] = [];
const stopListening = await listenForWorkshops(server.url, (e) => listenerErrors.push(e), 300);

afterAll(async () => {
  await stopListening();
  await db.destroy();
  await server.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** PostgreSQL's immediate shutdown: every backend is told to quit at once, nothing is flushed. */
async function stopImmediately() {
  const pid = Number(fs.readFileSync(path.join(dir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[0]);
  process.kill(pid, 'SIGQUIT');
  for (let i = 0; i < 100 && isAlive(pid); i++) await sleep(100);
  expect(isAlive(pid)).toBe(false);
}

async function timed(p: string) {
  const started = Date.now();
  const res = await app.request(p);
  return {
    status: res.status,
    body: (await res.json()) as Json,
    res,
    ms: Date.now() - started,
  };
}

describe('losing the database while running', () => {
  it('answers normally while the database is there', async () => {
    expect((await timed('/api/v1/organisations')).status).toBe(200);
    expect((await timed('/api/health/ready')).status).toBe(200);
  });

  it('fails a query in flight at once, as a lost database', async () => {
    const inFlight = db
      .selectNoFrom(sql<void>`pg_sleep(30)`.as('slept'))
      .execute()
      .then(
        () => null,
        (e: unknown) => e,
      );
    await sleep(300);
    await stopImmediately();
    const error = await inFlight;
    expect(error).toBeInstanceOf(Error);
    expect(isDatabaseUnreachable(error)).toBe(true);
  });

  it('answers 503 database_unavailable within seconds, to several requests at once', async () => {
    const answers = await Promise.all(
      ['/api/v1/organisations', '/api/v1/networks', '/api/v1/organisations?q=x', '/api/v1/events'].map(timed),
    );
    for (const a of answers) {
      expect(a.status).toBe(503);
      expect(a.body.error).toMatchObject({
        code: 'database_unavailable',
        message: expect.stringMatching(/database/),
      });
      expect(a.res.headers.get('retry-after')).toBe('5');
      expect(a.ms).toBeLessThan(6000);
    }
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.every(isDatabaseUnreachable)).toBe(true);
  });

  it('still says it is alive, but not ready', async () => {
    expect((await timed('/api/health/live')).status).toBe(200);
    const ready = await timed('/api/health/ready');
    expect(ready.status).toBe(503);
    expect(ready.body).toMatchObject({ status: 'not_ready', database: { ok: false } });
    expect(ready.ms).toBeLessThan(3000);
  });

  it('recovers when the database returns', async () => {
    server = await startEmbeddedPostgres({ dataDir: dir, port });
    let status = 0;
    for (let i = 0; i < 50 && status !== 200; i++) {
      status = (await timed('/api/v1/organisations')).status;
      if (status !== 200) await sleep(200);
    }
    expect(status).toBe(200);
    expect((await timed('/api/health/ready')).status).toBe(200);
  });

  it("listens for other instances' workshop notices again", async () => {
    expect(listenerErrors.length).toBeGreaterThan(0);
    const workshopId = crypto.randomUUID();
    let woken = 0;
    const unsubscribe = subscribe(workshopId, () => woken++);
    try {
      for (let i = 0; i < 50 && woken === 0; i++) {
        await db.selectNoFrom(sql<void>`pg_notify(${WORKSHOP_CHANNEL}, ${workshopId})`.as('n')).execute();
        await sleep(200);
      }
      expect(woken).toBeGreaterThan(0);
    } finally {
      unsubscribe();
    }
  });
});
