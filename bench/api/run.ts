/**
 * The API throughput benchmark (issue 10, point 13): Solmu against the same SQL from a bare `pg` pool,
 * in the same run, on the same database. Not a test: it prints figures for BENCHMARKS.md.
 *
 *   npx tsx bench/api/run.ts [--duration 10] [--warmup 5] [--rounds 3] [--connections 50] [--profile <dir>]
 *
 * 1. An embedded PostgreSQL on loopback with the demo network (migrations, reference data, demo world).
 * 2. The SQL Solmu runs for each endpoint is recorded once, in-process, through a logging Kysely: the
 *    statements and their parameters of one anonymous request (the picture's first, uncached one).
 * 3. Two servers, each in a process of its own: Solmu (`solmu serve` on that database, anonymous API
 *    limit raised) and the floor (bench/api/floor.ts: node:http replaying the recorded SQL through a
 *    bare pool of Solmu's size, rows as JSON).
 * 4. autocannon, in this process, drives each endpoint of each server with 50 connections, the order
 *    alternating per round; each measurement follows a warm-up whose figures are dropped.
 *
 * `--profile <dir>` starts Solmu with `node --cpu-prof` and leaves the .cpuprofile there.
 */
import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createDatabase } from '../../src/server/db/database.js';
import { freeLoopbackPort } from '../../src/server/db/embedded.js';
import type { RecordedQuery } from './floor.js';
import {
  startDemoDatabase,
  firstLine,
  load as measure,
  median,
  start,
  stopAll,
  waitFor,
  type Figures,
} from '../support/servers.js';

const NETWORK = 'seutukaupunkien-innovaatioekosysteemiverkosto';
const ENDPOINTS: [name: string, path: string][] = [
  ['organisations list', '/api/v1/organisations?limit=50'],
  // The demo's public organisations fit on one page of 50; a page of 10 also needs the count.
  ['organisations, 10', '/api/v1/organisations?limit=10'],
  ['network', `/api/v1/networks/${NETWORK}`],
  ['network picture', `/api/v1/pictures?scope=network&id=${NETWORK}`],
];
const POOL_SIZE = 10; // Solmu's pool (src/server/db/database.ts); the floor gets the same

const option = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const duration = Number(option('duration') ?? 10);
const warmup = Number(option('warmup') ?? 5);
const rounds = Number(option('rounds') ?? 3);
const connections = Number(option('connections') ?? 50);
const profileDir = option('profile');
const only = option('only')?.split(',');

/** Runs each endpoint once through an in-process app whose database logs every statement. */
async function recordSql(url: string): Promise<Record<string, RecordedQuery[]>> {
  let log: RecordedQuery[] = [];
  const db = createDatabase(url, POOL_SIZE, (event) => {
    if (event.level === 'query') log.push({ sql: event.query.sql, parameters: [...event.query.parameters] });
  });
  const { createApp } = await import('../../src/server/app.js');
  const app = createApp({ db, version: 'bench', security: { apiRequestsPerMinute: 1e6 } });
  const recorded: Record<string, RecordedQuery[]> = {};
  for (const [name, url] of ENDPOINTS) {
    log = [];
    const res = await app.request(url);
    if (res.status !== 200) throw new Error(`${name}: ${res.status} ${await res.text()}`);
    recorded[url] = log;
    console.log(`${name}: ${log.length} statements recorded`);
  }
  await db.destroy();
  return recorded;
}

const database = await startDemoDatabase('api');
const dir = database.dir;
const children: ChildProcess[] = [];
try {
  const queriesFile = path.join(dir, 'queries.json');
  fs.writeFileSync(queriesFile, JSON.stringify(await recordSql(database.url)));

  const port = await freeLoopbackPort();
  if (profileDir) fs.mkdirSync(profileDir, { recursive: true });
  const solmu = start(
    'solmu',
    [
      ...(profileDir ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(profileDir)}`] : []),
      ...(option('node-flags')?.split(' ') ?? []),
      'bin/solmu.js',
      'serve',
    ],
    {
      DATABASE_URL: database.url,
      PORT: String(port),
      SOLMU_DEMO: 'never',
      SOLMU_API_REQUESTS_PER_MINUTE: '1000000',
      LOG_LEVEL: 'warn',
    },
  );
  children.push(solmu);
  const floor = start('floor', ['--import', 'tsx', 'bench/api/floor.ts'], {
    DATABASE_URL: database.url,
    FLOOR_QUERIES: queriesFile,
    FLOOR_POOL: String(POOL_SIZE),
  });
  children.push(floor);
  const bases = {
    solmu: `http://127.0.0.1:${port}`,
    floor: `http://127.0.0.1:${await firstLine(floor)}`,
  };
  const pids = { solmu: solmu.pid!, floor: floor.pid! };
  await waitFor(`${bases.solmu}/api/health`);

  const chosen = ENDPOINTS.filter(([name]) => !only || only.some((o) => name.startsWith(o)));
  const results = new Map<string, Figures[]>();
  console.log(
    `\n${connections} connections, ${duration} s per measurement after ${warmup} s of warm-up, ${rounds} rounds, ${os.cpus().length} cores`,
  );
  for (let round = 0; round < rounds; round++) {
    for (const [name, url] of chosen) {
      const targets = (round % 2 ? ['floor', 'solmu'] : ['solmu', 'floor']) as (keyof typeof bases)[];
      for (const target of targets) {
        if (warmup > 0) await measure(bases[target] + url, warmup, pids[target], connections);
        const f = await measure(bases[target] + url, duration, pids[target], connections);
        const key = `${name}\t${target}`;
        results.set(key, [...(results.get(key) ?? []), f]);
        console.log(
          `round ${round + 1} ${name.padEnd(18)} ${target.padEnd(5)} ${f.rps.toFixed(0).padStart(6)} req/s  p50 ${f.p50} ms  p99 ${f.p99} ms  CPU ${f.cpuMs.toFixed(2)} ms/req  non-2xx ${f.non2xx}  errors ${f.errors}  load ${f.load.toFixed(1)}`,
        );
      }
    }
  }

  console.log(
    '\n| endpoint | Solmu req/s | p50 | p99 | CPU/req | bare pg req/s | p50 | p99 | CPU/req | Solmu ÷ bare pg |\n|---|---|---|---|---|---|---|---|---|---|',
  );
  for (const [name] of chosen) {
    const s = results.get(`${name}\tsolmu`)!;
    const f = results.get(`${name}\tfloor`)!;
    const pick = (xs: Figures[], k: keyof Figures) => median(xs.map((x) => x[k]));
    const ratios = s.map((x, i) => x.rps / f[i]!.rps);
    console.log(
      `| ${name} | ${pick(s, 'rps').toFixed(0)} | ${pick(s, 'p50')} ms | ${pick(s, 'p99')} ms | ${pick(s, 'cpuMs').toFixed(2)} ms | ${pick(f, 'rps').toFixed(0)} | ${pick(f, 'p50')} ms | ${pick(f, 'p99')} ms | ${pick(f, 'cpuMs').toFixed(2)} ms | ${median(ratios).toFixed(2)} (${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)}) |`,
    );
  }
} finally {
  await stopAll(children);
  await database.stop();
}
