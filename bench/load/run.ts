/**
 * The load benchmark (issue 18): the API's main reads and writes under 50 connections, on the demo
 * plus 100,000 generated organisations, against one Solmu and against two behind a round-robin proxy.
 * Not a test: it prints figures for BENCHMARKS.md. How it works: bench/load/README.md.
 *
 *   npx tsx bench/load/run.ts [--duration 60] [--each 15] [--connections 50]
 *                             [--organisations 100000] [--relations 300000] [--instances 1,2] [--out file.json]
 */
import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import autocannon from 'autocannon';
import { freeLoopbackPort } from '../../src/server/db/embedded.js';
import { firstLine, start, stopAll, waitFor } from '../support/servers.js';
import { readScenarios, writeScenarios, type Scenario } from './scenarios.js';
import { sampleRss, type RssSamples } from './rss.js';
import { startLoadWorld, type LoadWorld } from './world.js';

const option = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1]! : fallback;
};
const duration = Number(option('duration', '60'));
const each = Number(option('each', '15'));
const connections = Number(option('connections', '50'));
const organisations = Number(option('organisations', '100000'));
const relations = Number(option('relations', '300000'));
const setups = option('instances', '1,2').split(',').map(Number);
const out = option('out', '');

type Row = {
  setup: string;
  scenario: string;
  seconds: number;
  requests: number;
  rps: number;
  p50: number;
  p99: number;
  /** Non-2xx answers, connection errors and time-outs: all count as failures. */
  errors: number;
  statuses: Record<string, number>;
  /** Resident memory of each Solmu process during the run (peak and mean, MB). */
  rss: RssSamples[];
  loadBefore: number[];
  loadAfter: number[];
};

/**
 * Requests sent and 2xx answers, per request, over the whole run. The creates are counted in the
 * database at the end: every acknowledged one must be there, and none that was never sent. (A request
 * in flight when a measurement ends may have been written without its answer being read.)
 */
const sent = new Map<string, number>();
const acknowledged = new Map<string, number>();

const loadavg = () => os.loadavg().map((l) => Number(l.toFixed(2)));

/** `solmu serve` on the world's database, as an operator would start it behind a proxy. */
async function startSolmu(world: LoadWorld, name: string) {
  const port = await freeLoopbackPort();
  const child = start(name, ['bin/solmu.js', 'serve'], {
    DATABASE_URL: world.url,
    PORT: String(port),
    SOLMU_DEMO: 'never',
    SOLMU_TRUST_PROXY: 'true',
    // One API token makes every request: its per-user budget must not be what the run measures.
    SOLMU_API_REQUESTS_PER_MINUTE: '1000000',
    LOG_LEVEL: 'warn',
  });
  const base = `http://127.0.0.1:${port}`;
  await waitFor(`${base}/api/health`);
  return { child, base };
}

/** One scenario for `seconds` with autocannon; every answer that is not 2xx counts as an error. */
async function measure(
  setup: string,
  base: string,
  scenario: Scenario,
  seconds: number,
  pids: number[],
  label = scenario.name,
) {
  const firstFailures: string[] = [];
  const loadBefore = loadavg();
  const sampler = sampleRss(pids);
  const r = await autocannon({
    url: base,
    connections,
    duration: seconds,
    pipelining: 1,
    headers: scenario.headers,
    requests: scenario.requests.map(([name, request]) => ({
      ...request,
      setupRequest: (req: autocannon.Request, context: object) => {
        sent.set(name, (sent.get(name) ?? 0) + 1);
        return typeof request.setupRequest === 'function' ? request.setupRequest(req, context) : req;
      },
      onResponse: (status: number, body: string) => {
        if (status >= 200 && status <= 299) acknowledged.set(name, (acknowledged.get(name) ?? 0) + 1);
        else if (firstFailures.length < 3)
          firstFailures.push(`${request.method ?? 'GET'} ${request.path}: ${status} ${body.slice(0, 200)}`);
      },
    })),
  });
  const rss = sampler.stop();
  const statuses = Object.fromEntries(
    Object.entries(r.statusCodeStats ?? {}).map(([code, s]) => [code, (s as { count: number }).count]),
  );
  const row: Row = {
    setup,
    scenario: scenario.name,
    seconds,
    requests: r.requests.total,
    rps: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    errors: r.non2xx + r.errors + r.timeouts,
    statuses,
    rss,
    loadBefore,
    loadAfter: loadavg(),
  };
  console.log(
    `${setup.padEnd(11)} ${label.padEnd(24)} ${seconds} s  ${row.rps.toFixed(0).padStart(5)} req/s  p50 ${row.p50} ms  p99 ${row.p99} ms  errors ${row.errors}  RSS ${rss.map((m) => `${m.peakMb}/${m.meanMb}`).join(' + ')} MB (peak/mean)  load ${row.loadBefore[0]} → ${row.loadAfter[0]}`,
  );
  for (const f of firstFailures) console.log(`  failed: ${f}`);
  return row;
}

/** The whole set of scenarios against one setup: the mixes for `duration`, each request alone for `each`. */
async function runSetup(setup: string, base: string, world: LoadWorld, pids: number[]) {
  const rows: Row[] = [];
  const mixes = [readScenarios(world, 'mix'), writeScenarios(world, 'mix')].flat();
  const alone = [readScenarios(world, 'alone'), writeScenarios(world, 'alone')].flat();
  // A short warm-up: the first pictures and plans are not what a running installation answers with.
  await measure(setup, base, mixes[0]!, 5, pids, 'warm-up (dropped)');
  for (const scenario of mixes) rows.push(await measure(setup, base, scenario, duration, pids));
  if (each > 0) for (const scenario of alone) rows.push(await measure(setup, base, scenario, each, pids));
  return rows;
}

const started = new Date();
const loadAtStart = loadavg();
console.log(`Writing the demo plus ${organisations} organisations and ${relations} relations…`);
const world = await startLoadWorld({ organisations, relations });
console.log(`Database: ${world.counts.organisations} organisations, ${world.counts.relations} relations`);
const children: ChildProcess[] = [];
const rows: Row[] = [];
try {
  for (const instances of setups) {
    const solmus = [];
    for (let i = 0; i < instances; i++) solmus.push(await startSolmu(world, `solmu-${i + 1}`));
    children.push(...solmus.map((s) => s.child));
    let base = solmus[0]!.base;
    if (instances > 1) {
      const proxy = start('proxy', ['--import', 'tsx', 'bench/load/proxy.ts'], {
        PROXY_UPSTREAMS: solmus.map((s) => s.base).join(','),
      });
      children.push(proxy);
      base = `http://127.0.0.1:${await firstLine(proxy)}`;
    }
    const setup = instances === 1 ? '1 instance' : `${instances} + proxy`;
    rows.push(
      ...(await runSetup(
        setup,
        base,
        world,
        solmus.map((s) => s.child.pid!),
      )),
    );
    await stopAll(children.splice(0));
  }
  const found = await world.created();
  for (const [name, count] of Object.entries(found)) {
    const acked = acknowledged.get(name) ?? 0;
    console.log(`${name}: ${acked} acknowledged ≤ ${count} in the database ≤ ${sent.get(name) ?? 0} sent`);
    if (count < acked || count > (sent.get(name) ?? 0)) process.exitCode = 1;
  }
} finally {
  await stopAll(children);
  await world.stop();
}

const loadAtEnd = loadavg();
console.log(
  `\n${started.toISOString()} → ${new Date().toISOString()}, ${os.cpus().length} × ${os.cpus()[0]?.model}, ${Math.round(os.totalmem() / 2 ** 30)} GB; load average (1, 5, 15 min) ${loadAtStart.join(', ')} at the start, ${loadAtEnd.join(', ')} at the end`,
);
console.log(
  `\n| setup | scenario | s | requests | req/s | p50 | p99 | errors | Solmu RSS peak (mean) | load 1 min before → after |\n|---|---|---|---|---|---|---|---|---|---|`,
);
for (const r of rows) {
  console.log(
    `| ${r.setup} | ${r.scenario} | ${r.seconds} | ${r.requests} | ${r.rps.toFixed(0)} | ${r.p50} ms | ${r.p99} ms | ${r.errors} | ${r.rss.map((m) => `${m.peakMb} (${m.meanMb}) MB`).join(' + ')} | ${r.loadBefore[0]} → ${r.loadAfter[0]} |`,
  );
}
if (out)
  fs.writeFileSync(
    out,
    JSON.stringify({ started, loadAtStart, loadAtEnd, world: world.counts, rows }, null, 2),
  );
const failed = rows.reduce((n, r) => n + r.errors, 0);
if (failed > 0) {
  console.error(`${failed} requests failed`);
  process.exitCode = 1;
}
