/**
 * The network map benchmark (issues 4 and 20): Solmu's map and Gephi Lite's, the same graph, one harness
 * and one set of definitions (probe.ts, browser.ts), runs alternating between the two. Not a test: it
 * prints a markdown table for BENCHMARKS.md. How to build Gephi Lite and run this: README.md.
 *
 *   SOLMU_WEB_DIST=dist/web GEPHI_LITE_BUILD=/path/to/gephi-lite/packages/gephi-lite/build \
 *     npx tsx bench/map/run.ts [--runs 5] [--organisations 10000] [--relations 50000]
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serve } from '@hono/node-server';
import { createDatabase } from '../../src/server/db/database.js';
import { startEmbeddedPostgres } from '../../src/server/db/embedded.js';
import { migrateToLatest } from '../../src/server/db/migrate.js';
import { ensureBuiltInReference } from '../../src/server/modules/reference/reference.service.js';
import { measure, type Measurement, type Target } from './browser.js';
import { gephiLiteProblem, serveGephiLite } from './gephi-lite.js';
import { writeBenchNetwork } from './load.js';
import { report } from './report.js';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
process.env.SOLMU_WEB_DIST ??= 'dist/web';
if (!fs.existsSync(path.join(process.env.SOLMU_WEB_DIST, 'index.html')))
  throw new Error(`Build the web app into ${process.env.SOLMU_WEB_DIST} first (npm run build:web)`);

const n = arg('organisations', 10_000);
const m = arg('relations', 50_000);
const runs = arg('runs', 5);
const peerDir = process.env.GEPHI_LITE_BUILD;
const peerProblem = gephiLiteProblem(peerDir);

function builtCommit(dir: string) {
  try {
    return execFileSync('git', ['-C', dir, 'rev-parse', 'HEAD'], { encoding: 'utf8' }).trim();
  } catch {
    return 'commit unknown (not a git checkout)';
  }
}

const solmu = (base: string): Target => ({
  name: 'Solmu',
  url: `${base}/en/networks/bench`,
  canvas: '.map-canvas canvas.sigma-nodes',
  zoomIn: (page) => page.getByRole('button', { name: 'Zoom in', exact: true }),
  zoomOut: (page) => page.getByRole('button', { name: 'Zoom out', exact: true }),
});

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'solmu-bench-map-'));
fs.chmodSync(dir, 0o755);
const pg = await startEmbeddedPostgres({ dataDir: dir });
const db = createDatabase(pg.url);
const closers: (() => unknown)[] = [];
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
  closers.push(() => server.close());
  await new Promise((r) => server.once('listening', r));
  const base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  const targets = [solmu(base)];
  if (!peerProblem) {
    // The peer opens exactly what Solmu exports for Gephi.
    const gexf = await fetch(`${base}/api/v1/exports/network.gexf?scope=network&id=bench`);
    if (!gexf.ok) throw new Error(`GEXF export: ${gexf.status}`);
    const peer = await serveGephiLite(peerDir!, Buffer.from(await gexf.arrayBuffer()));
    closers.push(peer.close);
    targets.push(peer.target);
  } else console.log(`Gephi Lite not measured: ${peerProblem}`);
  const results: { app: string; m: Measurement }[] = [];
  const failures: string[] = [];
  for (let run = 0; run < runs; run++) {
    // Solmu, Gephi Lite, Solmu, …: neither always runs on the warmer (or busier) machine.
    for (const target of targets) {
      // One failed run (a page that never answered) is reported, not the end of the others.
      const r = await measure(target).catch((error: Error) => {
        failures.push(`run ${run + 1} of ${target.name}: ${error.message.split('\n')[0]}`);
        console.error(failures.at(-1));
        return null;
      });
      if (!r) continue;
      results.push({ app: target.name, m: r });
      console.log(
        run + 1,
        target.name,
        JSON.stringify(r, (_, v: unknown) => (typeof v === 'number' ? Number(v.toFixed(2)) : v)),
      );
    }
  }
  console.log(
    `\n${report({
      date: new Date(),
      nodes: written.organisations,
      edges: written.relations,
      runs: results,
      peer: 'Gephi Lite',
      failures,
      peerNote: peerProblem ? `not measured (${peerProblem})` : `built from commit ${builtCommit(peerDir!)}`,
    })}`,
  );
} finally {
  for (const close of closers) await close();
  await db.destroy();
  await pg.stop();
  fs.rmSync(dir, { recursive: true, force: true });
}
