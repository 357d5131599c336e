/**
 * What counting the API limit in PostgreSQL costs a request (issue 18). Not a test: it prints figures
 * for BENCHMARKS.md.
 *
 *   npx tsx bench/rate-limit/run.ts [--requests 3000] [--rounds 3]
 *
 * One database (the demo network on an embedded PostgreSQL), two apps in this process on it: Solmu as it
 * is (every limit a `PgLimiter`: one upsert per /api request, and a look-up of the address's failures
 * when a credential is sent) and the peer, the same app with limits that count nothing, as the counters
 * in memory cost before. Each drives two cheap routes with `app.request` (no sockets), one request at a
 * time and 20 at once; the apps take turns per round; the median round is printed.
 */
import os from 'node:os';
import { createApp } from '../../src/server/app.js';
import type { Limiter } from '../../src/server/auth/rate-limit.js';
import { hashToken, newToken } from '../../src/server/auth/secrets.js';
import { TOKEN_PREFIX } from '../../src/server/auth/tokens.js';
import { createDatabase } from '../../src/server/db/database.js';
import { median, startDemoDatabase } from '../support/servers.js';

const option = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const requests = option('requests', 3000);
const rounds = option('rounds', 3);

const UNCOUNTED: Limiter = {
  wait: async () => 0,
  take: async () => 0,
  giveBack: async () => {},
  reset: async () => {},
};

const database = await startDemoDatabase('rate-limit');
const db = createDatabase(database.url);
try {
  const user = await db
    .insertInto('users')
    .values({ email: 'bench@rate-limit.example', isAdmin: true })
    .returning('id')
    .executeTakeFirstOrThrow();
  const token = newToken(TOKEN_PREFIX);
  await db
    .insertInto('apiTokens')
    .values({ userId: user.id, name: 'bench', tokenHash: hashToken(token), scopes: ['read'] })
    .execute();
  const security = { apiRequestsPerMinute: 1_000_000 };
  const apps = {
    'PgLimiter (shared)': createApp({ db, version: 'bench', security }),
    'uncounted (peer)': createApp({ db, version: 'bench', security, limiters: () => UNCOUNTED }),
  };
  const routes: [string, string, Record<string, string>][] = [
    ['anonymous GET /api/v1/regions', '/api/v1/regions', {}],
    ['token GET /api/v1/auth/me', '/api/v1/auth/me', { authorization: `Bearer ${token}` }],
  ];

  /** Requests per second through `app`, `parallel` at a time. */
  async function run(app: (typeof apps)[keyof typeof apps], path: string, headers: object, parallel: number) {
    let next = 0;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: parallel }, async () => {
        while (next++ < requests) {
          const res = await app.request(path, { headers: headers as Record<string, string> });
          if (res.status !== 200) throw new Error(`${path}: ${res.status}`);
          await res.arrayBuffer();
        }
      }),
    );
    return requests / ((performance.now() - started) / 1000);
  }

  console.log(`${os.cpus()[0]?.model}, ${os.cpus().length} cores; ${requests} requests a measurement`);
  for (const [name, path, headers] of routes)
    for (const parallel of [1, 20]) {
      const figures: Record<string, number[]> = {};
      for (let round = 0; round < rounds + 1; round++) {
        const order = Object.entries(apps);
        if (round % 2) order.reverse();
        for (const [label, app] of order) {
          const perSecond = await run(app, path, headers, parallel);
          if (round > 0) (figures[label] ??= []).push(perSecond); // round 0 warms up
        }
      }
      const [pgRate, peerRate] = Object.values(figures).map(median) as [number, number];
      console.log(
        `${name}, ${parallel} at a time: PgLimiter ${pgRate.toFixed(0)} req/s (${(1000 / pgRate).toFixed(2)} ms each), ` +
          `uncounted ${peerRate.toFixed(0)} req/s (${(1000 / peerRate).toFixed(2)} ms); ratio ${(pgRate / peerRate).toFixed(2)}`,
      );
    }
} finally {
  await db.destroy();
  await database.stop();
}
