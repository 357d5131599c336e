/**
 * When the network map's first pixels appear (issue 20): from navigation until a read-back of
 * `canvas.sigma-nodes` shows at least 1% of its pixels drawn, and how long the graph request took, in a
 * fresh headless Chromium (software WebGL) per load, 1280×800. A second load in the same browser context
 * shows the repeat visit (the graph answered 304 when the browser's copy is current). Not a test: it
 * prints figures.
 *
 *   SOLMU_WEB_DIST=/tmp/solmu-web npx tsx bench/map/first-pixels.ts [--organisations 10000] [--relations 50000] [--rounds 5]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { launchOptions } from '../../e2e/support/browser.js';
import { numberArg as arg, requireWebBuild, withBenchServer } from './bench-server.js';
import { probeScript } from './probe.js';

requireWebBuild('/tmp/solmu-web-map');

type Profile = {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
  samples?: number[];
  timeDeltas?: number[];
};

/** Where the page's main thread spent its time until the first pixels, by function (BENCH_PROFILE=1). */
function printProfile(profile: Profile) {
  const ms = new Map<number, number>();
  (profile.samples ?? []).forEach((s, i) =>
    ms.set(s, (ms.get(s) ?? 0) + (profile.timeDeltas?.[i] ?? 0) / 1000),
  );
  const rows = profile.nodes
    .map((n) => ({ n, t: ms.get(n.id) ?? 0 }))
    .sort((a, b) => b.t - a.t)
    .slice(0, 25)
    .map(
      ({ n, t }) =>
        `${t.toFixed(0)} ms ${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`,
    );
  console.log(`self time until first pixels:\n  ${rows.join('\n  ')}`);
  // A timeline: what ran most in each 250 ms, so the order of the costs shows.
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const buckets = new Map<number, Map<string, number>>();
  let t = 0;
  (profile.samples ?? []).forEach((s, i) => {
    t += (profile.timeDeltas?.[i] ?? 0) / 1000;
    const f = byId.get(s)!.callFrame;
    const name = `${f.functionName || '(anon)'}@${f.url.split('/').pop()}:${f.lineNumber}`;
    const b = buckets.get(Math.floor(t / 250)) ?? new Map<string, number>();
    b.set(name, (b.get(name) ?? 0) + (profile.timeDeltas?.[i] ?? 0) / 1000);
    buckets.set(Math.floor(t / 250), b);
  });
  for (const [k, b] of buckets) {
    const top = [...b].sort((x, y) => y[1] - x[1]).slice(0, 3);
    console.log(`  ${k * 250} ms: ${top.map(([n, ms]) => `${n} ${ms.toFixed(0)}`).join(', ')}`);
  }
}

type Load = {
  firstPixelsMs: number;
  graphMs: number;
  graphStatus: number;
  graphBytes: number;
  /** When each step ended, in ms from navigation: the page's files, the graph request and the map's marks. */
  steps: Record<string, number>;
};

/**
 * Where the time to the first pixels went: the document and every file's arrival (resource timing), the
 * graph request's start and end, and the map's own performance marks (`map:` in the web app).
 */
const STEPS = `(() => {
  const at = {};
  const nav = performance.getEntriesByType('navigation')[0];
  if (nav) at.html = nav.responseEnd;
  for (const r of performance.getEntriesByType('resource')) {
    const name = r.name.includes('/api/v1/graph') ? 'graph' : new URL(r.name).pathname.split('/').pop();
    if (name === 'graph') at['graph request start'] = r.startTime;
    if (r.initiatorType !== 'css' && !name.endsWith('.woff2')) at[name] = r.responseEnd;
  }
  for (const m of performance.getEntriesByType('mark')) if (m.name.startsWith('map:')) at[m.name] = m.startTime;
  for (const k in at) at[k] = Math.round(at[k]);
  return at;
})()`;

async function load(page: Page, url: string): Promise<Load> {
  let graph = { ms: NaN, status: 0, bytes: 0 };
  const onFinished = async (r: import('@playwright/test').Request) => {
    if (!r.url().includes('/api/v1/graph')) return;
    const response = await r.response();
    const sizes = await r.sizes();
    graph = { ms: r.timing().responseEnd, status: response?.status() ?? 0, bytes: sizes.responseBodySize };
  };
  page.on('requestfinished', onFinished);
  const cdp = process.env.BENCH_PROFILE ? await page.context().newCDPSession(page) : null;
  if (cdp) await cdp.send('Profiler.enable').then(() => cdp.send('Profiler.start'));
  await page.goto(url);
  // Polled from here: the page's content security policy forbids the evaluation waitForFunction needs.
  let firstPixelsMs: number | null = null;
  for (const until = Date.now() + 120_000; firstPixelsMs === null && Date.now() < until;)
    firstPixelsMs = await page
      .waitForTimeout(100)
      .then(() => page.evaluate<number | null>('__bench.firstDraw'));
  if (firstPixelsMs === null) throw new Error('No pixels drawn in 120 s');
  if (cdp) printProfile((await cdp.send('Profiler.stop')).profile);
  page.off('requestfinished', onFinished);
  const steps = await page.evaluate<Record<string, number>>(STEPS);
  return { firstPixelsMs, graphMs: graph.ms, graphStatus: graph.status, graphBytes: graph.bytes, steps };
}

/**
 * `--compare <dir>`: every other load is served another build of the web app (say, before a change)
 * from `dir` by the browser itself, against the same server, so both builds meet the same load.
 */
const compareIndex = process.argv.indexOf('--compare');
const compareDir = compareIndex > 0 ? process.argv[compareIndex + 1]! : null;

async function serveBuild(context: BrowserContext, dir: string) {
  await context.route(
    (url) => !url.pathname.startsWith('/api/'),
    (route) => {
      const pathname = new URL(route.request().url()).pathname;
      const file = path.join(dir, pathname);
      const asset = pathname.startsWith('/assets/') && fs.existsSync(file);
      const type = file.endsWith('.js')
        ? 'text/javascript'
        : file.endsWith('.css')
          ? 'text/css'
          : 'text/html';
      return asset
        ? route.fulfill({ body: fs.readFileSync(file), contentType: type })
        : route.request().resourceType() === 'document'
          ? route.fulfill({ body: fs.readFileSync(path.join(dir, 'index.html')), contentType: 'text/html' })
          : route.continue();
    },
  );
}

const n = arg('organisations', 10_000);
const m = arg('relations', 50_000);
const rounds = arg('rounds', 5);
await withBenchServer(n, m, async ({ base }) => {
  const url = `${base}/en/networks/bench`;
  const rows: { round: number; build: string; first: Load; repeat: Load }[] = [];
  for (let round = 0; round < rounds * (compareDir ? 2 : 1); round++) {
    const build = compareDir && round % 2 === 0 ? 'compared' : 'served';
    const browser = await chromium.launch(await launchOptions());
    try {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      await context.addInitScript(probeScript('.map-canvas canvas.sigma-nodes'));
      if (build === 'compared') await serveBuild(context, compareDir!);
      const page = await context.newPage();
      page.on('pageerror', (e) => console.error(e.message));
      const first = await load(page, url);
      const repeat = await load(page, url);
      rows.push({ round, build, first, repeat });
      console.log(round, build, JSON.stringify({ first, repeat, load: os.loadavg()[0]!.toFixed(1) }));
    } finally {
      await browser.close();
    }
  }
  const range = (xs: number[]) => `${Math.min(...xs).toFixed(0)}–${Math.max(...xs).toFixed(0)} ms`;
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!.toFixed(0);
  for (const build of new Set(rows.map((r) => r.build)))
    for (const kind of ['first', 'repeat'] as const) {
      const mine = rows.filter((r) => r.build === build);
      const px = mine.map((r) => r[kind].firstPixelsMs);
      const g = mine.map((r) => r[kind].graphMs);
      console.log(
        `${build} build, ${kind} visit: first pixels median ${median(px)} ms (${range(px)}), graph request median ${median(g)} ms (${range(g)})`,
      );
    }
});
