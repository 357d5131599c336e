/**
 * The public page benchmark (issue 17): a town's public "Invest in" page against a bare Hono "hello
 * world" on the same machine in the same run. Not a test: it prints figures for BENCHMARKS.md.
 *
 *   npx tsx bench/public/run.ts [--duration 30] [--warmup 5] [--rounds 3] [--connections 50]
 *     [--pages <paths>] [--load <paths>] [--no-lighthouse]
 *
 * 1. An embedded PostgreSQL on loopback with the demo network (its published pages).
 * 2. Solmu (`solmu serve`) and the hello world (bench/public/hello.ts), each in a process of its own.
 * 3. Cold pages: the first request of each page kind after Solmu starts, then the same page again;
 *    Lighthouse's performance and accessibility scores of each (`--no-lighthouse` leaves them out).
 * 4. autocannon, in this process, drives Solmu's page and the hello world in turn with 50 connections,
 *    the order alternating per round; each measurement follows a warm-up whose figures are dropped.
 */
import type { ChildProcess } from 'node:child_process';
import os from 'node:os';
import { freeLoopbackPort } from '../../src/server/db/embedded.js';
import { lighthouseScores } from './lighthouse.js';
import {
  firstLine,
  load,
  median,
  start,
  startDemoDatabase,
  stopAll,
  waitFor,
  type Figures,
} from '../support/servers.js';

/** One page of each kind: a town, an ecosystem under its town, the network, and the index. */
const PAGES: [kind: string, path: string][] = [
  ['town', '/fi/invest/savonlinna'],
  ['ecosystem', '/en/invest/savonlinna/metsabiotalous'],
  ['network', '/sv/invest/seutukaupunkien-innovaatioekosysteemiverkosto'],
  ['index', '/fi/invest'],
];

const option = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const duration = Number(option('duration') ?? 30);
const warmup = Number(option('warmup') ?? 5);
const rounds = Number(option('rounds') ?? 3);
const connections = Number(option('connections') ?? 50);
const chosen = (list: string | undefined) =>
  (list?.split(',') ?? PAGES.map(([, p]) => p)).map(
    (p) => PAGES.find(([, q]) => q === p) ?? (['page', p] as [string, string]),
  );
/** The pages timed cold and scored by Lighthouse, and those loaded with autocannon (`--load`). */
const pages = chosen(option('pages'));
const loaded = option('load') ? chosen(option('load')) : pages;

/** The time to a page's whole answer, ms, over loopback: first after the start, then warm. */
async function timeOnce(url: string): Promise<{ ms: number; status: number; bytes: number }> {
  const t0 = performance.now();
  const res = await fetch(url);
  const body = await res.arrayBuffer();
  return { ms: performance.now() - t0, status: res.status, bytes: body.byteLength };
}

const database = await startDemoDatabase('public');
const children: ChildProcess[] = [];
try {
  const port = await freeLoopbackPort();
  const solmu = start('solmu', ['bin/solmu.js', 'serve'], {
    DATABASE_URL: database.url,
    PORT: String(port),
    SOLMU_DEMO: 'never',
    LOG_LEVEL: 'warn',
  });
  children.push(solmu);
  const hello = start('hello', ['--import', 'tsx', 'bench/public/hello.ts'], {});
  children.push(hello);
  const bases = { solmu: `http://127.0.0.1:${port}`, hello: `http://127.0.0.1:${await firstLine(hello)}` };
  const pids = { solmu: solmu.pid!, hello: hello.pid! };
  await waitFor(`${bases.solmu}/api/health`);

  console.log('\nCold and warm pages (whole answer over loopback, the first request after the start):');
  for (const [kind, page] of pages) {
    const cold = await timeOnce(bases.solmu + page);
    const warm = await timeOnce(bases.solmu + page);
    if (cold.status !== 200) throw new Error(`${page}: ${cold.status}`);
    console.log(
      `| ${kind} | ${page} | ${cold.ms.toFixed(1)} ms | ${warm.ms.toFixed(1)} ms | ${(cold.bytes / 1024).toFixed(1)} KiB |`,
    );
  }

  if (!process.argv.includes('--no-lighthouse')) {
    console.log('\nLighthouse (mobile, simulated throttling), one page of each kind:');
    for (const [kind, page] of pages) {
      const scores = await lighthouseScores(bases.solmu + page);
      console.log(`| ${kind} | ${page} | ${scores.performance} | ${scores.accessibility} |`);
    }
  }

  const results = new Map<string, Figures[]>();
  console.log(
    `\n${connections} connections, ${duration} s per measurement after ${warmup} s of warm-up, ${rounds} rounds, ${os.cpus().length} cores`,
  );
  const targets: [name: string, base: keyof typeof bases, url: string][] = [
    ...loaded.map(([kind, page]) => [kind, 'solmu', page] as [string, 'solmu', string]),
    ['hello world', 'hello', '/'],
  ];
  for (let round = 0; round < rounds; round++) {
    const order = round % 2 ? [...targets].reverse() : targets;
    for (const [name, base, url] of order) {
      if (warmup > 0) await load(bases[base] + url, warmup, pids[base], connections);
      const f = await load(bases[base] + url, duration, pids[base], connections);
      results.set(name, [...(results.get(name) ?? []), f]);
      console.log(
        `round ${round + 1} ${name.padEnd(12)} ${f.rps.toFixed(0).padStart(6)} req/s  p50 ${f.p50} ms  p99 ${f.p99} ms  CPU ${f.cpuMs.toFixed(3)} ms/req  non-2xx ${f.non2xx}  errors ${f.errors}  load ${f.load.toFixed(1)}`,
      );
    }
  }

  const hellos = results.get('hello world')!;
  console.log(
    '\n| page | req/s | p50 | p99 | CPU/req | non-2xx + errors | ÷ hello world (min–max) |\n|---|---|---|---|---|---|---|',
  );
  for (const [name] of targets) {
    const xs = results.get(name)!;
    const pick = (k: keyof Figures) => median(xs.map((x) => x[k]));
    const ratios = xs.map((x, i) => x.rps / hellos[i]!.rps);
    const failed = xs.reduce((n, x) => n + x.non2xx + x.errors, 0);
    console.log(
      `| ${name} | ${pick('rps').toFixed(0)} | ${pick('p50')} ms | ${pick('p99')} ms | ${pick('cpuMs').toFixed(3)} ms | ${failed} | ${median(ratios).toFixed(2)} (${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)}) |`,
    );
  }
} finally {
  await stopAll(children);
  await database.stop();
}
