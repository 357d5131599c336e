/**
 * The network map benchmark (issues 4 and 20): Solmu's map and Gephi Lite's, the same graph, one harness
 * and one set of definitions (probe.ts, browser.ts), runs alternating between the two. Not a test: it
 * prints a markdown table for BENCHMARKS.md. How to build Gephi Lite and run this: README.md.
 *
 *   SOLMU_WEB_DIST=dist/web GEPHI_LITE_BUILD=/path/to/gephi-lite/packages/gephi-lite/build \
 *     npx tsx bench/map/run.ts [--runs 5] [--organisations 10000] [--relations 50000]
 */
import { execFileSync } from 'node:child_process';
import { measure, type Measurement, type Target } from './browser.js';
import { gephiLiteProblem, serveGephiLite } from './gephi-lite.js';
import { numberArg as arg, requireWebBuild, withBenchServer } from './bench-server.js';
import { report } from './report.js';

requireWebBuild('dist/web');

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

const closers: (() => unknown)[] = [];
await withBenchServer(n, m, async ({ base, ...written }) => {
  try {
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
        peerNote: peerProblem
          ? `not measured (${peerProblem})`
          : `built from commit ${builtCommit(peerDir!)}`,
      })}`,
    );
  } finally {
    for (const close of closers) await close();
  }
});
