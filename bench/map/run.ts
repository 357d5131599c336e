/**
 * The network map benchmark (issue 4): Solmu's map against a sigma.js defaults baseline (Gephi Lite's
 * behaviour as the issue describes it; Gephi Lite itself is not installable here), same data, same run,
 * same headless Chromium with software WebGL. Not a test: it prints figures for BENCHMARKS.md.
 *
 * Build the web app first into SOLMU_WEB_DIST (default /tmp/solmu-web-map), then:
 *   SOLMU_WEB_DIST=/tmp/solmu-web-map npx tsx bench/map/run.ts [--organisations 10000] [--relations 50000] [--rounds 3]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { build } from 'esbuild';
import { createDatabase } from '../../src/server/db/database.js';
import { startEmbeddedPostgres } from '../../src/server/db/embedded.js';
import { migrateToLatest } from '../../src/server/db/migrate.js';
import { ensureBuiltInReference } from '../../src/server/modules/reference/reference.service.js';
import { measure, type Measurement, type Target } from './browser.js';
import { writeBenchNetwork } from './load.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
process.env.SOLMU_WEB_DIST ??= '/tmp/solmu-web-map';
if (!fs.existsSync(path.join(process.env.SOLMU_WEB_DIST, 'index.html')))
  throw new Error(`Build the web app into ${process.env.SOLMU_WEB_DIST} first (npx vite build)`);

/** The baseline page, bundled and served by the browser from memory on Solmu's origin (same API). */
async function baselineTarget(base: string, iterations: number, tuned = false): Promise<Target> {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'solmu-bench-baseline-'));
  await build({
    entryPoints: [path.join(HERE, 'baseline/baseline.ts')],
    bundle: true,
    format: 'esm',
    minify: true,
    target: 'es2022',
    outfile: path.join(out, 'baseline.js'),
    logLevel: 'warning',
  });
  const files: Record<string, [string, Buffer]> = {
    'index.html': ['text/html', fs.readFileSync(path.join(HERE, 'baseline/index.html'))],
    'baseline.js': ['text/javascript', fs.readFileSync(path.join(out, 'baseline.js'))],
  };
  fs.rmSync(out, { recursive: true, force: true });
  return {
    name: tuned ? 'tuned-baseline' : 'baseline',
    url: `${base}/bench-baseline/index.html?iterations=${iterations}${tuned ? '&tuned' : ''}`,
    canvas: '#map',
    prepare: async (page) => {
      await page.route(`${base}/bench-baseline/**`, (route) => {
        const name = new URL(route.request().url()).pathname.split('/').pop()!;
        const [contentType, body] = files[name] ?? ['text/plain', Buffer.from('')];
        return route.fulfill({ status: files[name] ? 200 : 404, contentType, body });
      });
    },
  };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const n = arg('organisations', 10_000);
const m = arg('relations', 50_000);
const rounds = arg('rounds', 3);
const iterations = arg('iterations', 100);

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'solmu-bench-map-'));
fs.chmodSync(dir, 0o755);
const pg = await startEmbeddedPostgres({ dataDir: dir });
const db = createDatabase(pg.url);
try {
  await migrateToLatest(db);
  await ensureBuiltInReference(db);
  const written = await writeBenchNetwork(db, n, m);
  console.log(`network: ${written.organisations} organisations, ${written.relations} relations`);
  // Imported after SOLMU_WEB_DIST is set: the web routes read it when loaded.
  const { createApp } = await import('../../src/server/app.js');
  const app = createApp({
    db,
    version: 'bench',
    logError: (e) => console.error(e),
    security: { apiRequestsPerMinute: 1e6 },
  });
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise((r) => server.once('listening', r));
  const port = (server.address() as { port: number }).port;
  const base = `http://127.0.0.1:${port}`;
  const targets: Target[] = [
    {
      name: 'solmu',
      url: `${base}/en/networks/bench`,
      canvas: '.map-canvas',
      settled: '.map-canvas[data-layout="done"]',
    },
    await baselineTarget(base, iterations),
    // Diagnosis: the bare page with Solmu's settings (run with --only tuned-baseline).
    await baselineTarget(base, iterations, true),
  ];
  const results: Record<string, Measurement[]> = Object.fromEntries(targets.map((t) => [t.name, []]));
  for (let round = 0; round < rounds; round++) {
    // Alternate the order so neither page always runs on a warmer machine.
    const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : null;
    const chosen = targets.filter((t) =>
      only ? only.split(',').includes(t.name) : t.name !== 'tuned-baseline',
    );
    for (const target of round % 2 ? [...chosen].reverse() : chosen) {
      const r = await measure(target);
      results[target.name]!.push(r);
      console.log(
        round,
        target.name,
        JSON.stringify(r, (_, v: unknown) => (typeof v === 'number' ? Number(v.toFixed(1)) : v)),
      );
    }
  }
  for (const [name, rs] of Object.entries(results)) {
    if (rs.length === 0) continue;
    const pick = (k: keyof Measurement) => median(rs.map((r) => r[k])).toFixed(1);
    console.log(
      `${name} (median of ${rs.length}): first draw ${pick('firstDrawMs')} ms, panning ${pick('panFps')} fps, JS heap ${pick('jsHeapMb')} MB, Chromium PSS ${pick('browserPssMb')} MB`,
    );
  }
  server.close();
} finally {
  await db.destroy();
  await pg.stop();
  fs.rmSync(dir, { recursive: true, force: true });
}
