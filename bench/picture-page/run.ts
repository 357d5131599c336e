/**
 * The picture page benchmark (issue 14): a town's situational picture page in headless Chromium, from
 * navigation to its first figures painted, cold (the picture not yet computed for the data's version, the
 * browser's cache empty) and warm (the picture kept, the browser's cache full), at the demo's size and,
 * in the same run, with 100,000 organisations and 1,000,000 more relations in the database. Solmu runs
 * as `solmu serve` does, in its own process, on a PostgreSQL this script starts and fills. Not a test:
 * it prints figures for BENCHMARKS.md.
 *
 * Build the web app first into SOLMU_WEB_DIST (default /tmp/solmu-web-picture-page), then:
 *   SOLMU_WEB_DIST=/tmp/solmu-web-picture-page npx tsx bench/picture-page/run.ts [--web dirA,dirB] \
 *     [--rounds 10] [--organisations 100000 (0: the demo only)] [--relations 1000000] [--town 740]
 * The town's page is the target; its network's page (the towns side by side) is measured too.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { sql } from 'kysely';
import { launchOptions } from '../../e2e/support/browser.js';
import { startSolmu, type Running } from '../../e2e/support/solmu.js';
import { createDatabase, type Database } from '../../src/server/db/database.js';
import { startEmbeddedPostgres } from '../../src/server/db/embedded.js';
import { writeGenerated } from '../map/load.js';
import { generateEcosystem } from '../picture/generate.js';
import { loadOnce, type Load } from './browser.js';

const arg = (name: string, fallback: number | string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1]! : String(fallback);
};
const rounds = Number(arg('rounds', 10));
const organisations = Number(arg('organisations', 100_000));
const relations = Number(arg('relations', 1_000_000));
const town = arg('town', '740'); // Savonlinna, whose officer signs in
/** The town's page, and the page of the network it belongs to (which compares its towns: the peers). */
const pages = [`municipality/${town}`, 'network/seutukaupunkien-innovaatioekosysteemiverkosto'];
const OFFICER = 'Elinkeinopalvelut (Savonlinna)';

/**
 * The built web apps to compare, by folder (`--web a,b`; default SOLMU_WEB_DIST): one Solmu per build on
 * the same database, their loads taken in turn, so a busy machine weighs on each alike.
 */
const builds = arg('web', process.env.SOLMU_WEB_DIST ?? '/tmp/solmu-web-picture-page').split(',');
for (const dist of builds)
  if (!fs.existsSync(path.join(dist, 'index.html')))
    throw new Error(`Build the web app into ${dist} first (SOLMU_WEB_DIST=${dist} npx vite build)`);
const buildName = (dist: string) => path.basename(dist);

/** Nearest-rank percentile. */
const percentile = (xs: number[], p: number) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)]!;
};
const ms = (x: number) => `${Math.round(x)} ms`;

/** A new picture cache key for every process: what a write to the picture's tables does. */
const bumpDataVersion = (db: Database) => sql`update data_version set version = version + 1`.execute(db);

type Results = { cold: Load[]; warm: Load[] };
type Server = { build: string; solmu: Running };

/**
 * Cold then warm loads of a page, `rounds` times for each build, in turn (the order alternates): each
 * cold one in a fresh browser context after a new data version, the warm one in the same context.
 */
async function measurePage(browser: Browser, db: Database, servers: Server[], page: string, state: string) {
  const results = new Map(servers.map((s) => [s.build, { cold: [], warm: [] } as Results]));
  for (let round = -1; round < rounds; round++) {
    for (const { build, solmu } of round % 2 ? [...servers].reverse() : servers) {
      await bumpDataVersion(db);
      const context = await browser.newContext({
        storageState: state,
        viewport: { width: 1280, height: 900 },
      });
      try {
        const url = `${solmu.base}/fi/pictures/${page}`;
        const cold = await loadOnce(context, url);
        const warm = await loadOnce(context, url);
        const line = `cold ${ms(cold.figuresMs)} (settled ${ms(cold.settledMs)}), warm ${ms(warm.figuresMs)} (settled ${ms(warm.settledMs)})`;
        // The first load after the server starts runs its code paths for the first time: shown, not counted.
        console.log(`  ${build} ${round < 0 ? 'first load after start' : round + 1}: ${line}`);
        if (round < 0) continue;
        results.get(build)!.cold.push(cold);
        results.get(build)!.warm.push(warm);
      } finally {
        await context.close();
      }
    }
  }
  return results;
}

function summary(size: string, page: string, build: string, results: Results) {
  const rows: string[] = [];
  for (const [kind, loads] of Object.entries(results) as [keyof Results, Load[]][]) {
    const figures = loads.map((l) => l.figuresMs);
    const settled = loads.map((l) => l.settledMs);
    const picture = loads.map((l) => (l.picture ? l.picture.endMs - l.picture.startMs : NaN));
    rows.push(
      `| ${size} | ${page.split('/')[0]} | ${build} | ${kind} | ${loads.length} | ${ms(percentile(figures, 50))} | ${ms(percentile(figures, 95))} | ${ms(percentile(settled, 50))} | ${ms(percentile(settled, 95))} | ${ms(percentile(picture, 50))} |`,
    );
  }
  return rows;
}

/** One cold load's API requests, as a waterfall: where the time before the figures went. */
function waterfall(load: Load) {
  return load.requests
    .map((r) => `    ${ms(r.startMs).padStart(8)} → ${ms(r.endMs).padStart(8)}  ${r.path}`)
    .join('\n');
}

async function signIn(browser: Browser, solmu: Running, file: string) {
  const link = solmu.links[OFFICER];
  if (!link) throw new Error(`No sign-in link for ${OFFICER}`);
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(link);
  await context.storageState({ path: file });
  await context.close();
}

async function measureSize(browser: Browser, db: Database, size: string, state: string | null, file: string) {
  const servers: Server[] = [];
  try {
    for (const dist of builds) {
      process.env.SOLMU_WEB_DIST = dist;
      servers.push({ build: buildName(dist), solmu: await startSolmu() });
    }
    if (!state) await signIn(browser, servers[0]!.solmu, file);
    const rows: string[] = [];
    for (const page of pages) {
      console.log(`${size}: ${page}`);
      for (const [build, results] of await measurePage(browser, db, servers, page, file)) {
        const first = results.cold[0]!;
        console.log(
          `  ${build}: waterfall of the first cold load (figures at ${ms(first.figuresMs)}):\n${waterfall(first)}`,
        );
        rows.push(...summary(size, page, build, results));
      }
    }
    return rows;
  } finally {
    for (const { solmu } of servers) await solmu.stop();
  }
}

/** Writes the generated organisations and relations beside the demo, then measures the pages again. */
async function measureLarge(browser: Browser, db: Database, stateFile: string) {
  const t = performance.now();
  const eco = generateEcosystem({ organisations, relations });
  const ws = await db
    .insertInto('workspaces')
    .values({ slug: 'bench', nameFi: 'Bench' })
    .returning('id')
    .executeTakeFirstOrThrow();
  await writeGenerated(db, eco, ws.id as string);
  await sql`analyze`.execute(db);
  const counts = await sql<{ o: number; r: number; t: number; tr: number }>`select
    (select count(*)::int from organisations) as o, (select count(*)::int from relations) as r,
    (select count(*)::int from organisations where municipality_code = ${town}) as t,
    (select count(*)::int from relations r join organisations o on o.id = r.from_organisation_id
      where o.municipality_code = ${town}) as tr`.execute(db);
  const c = counts.rows[0]!;
  const large = `${c.o.toLocaleString('en')} organisations / ${c.r.toLocaleString('en')} relations`;
  console.log(
    `written in ${((performance.now() - t) / 1000).toFixed(1)} s: ${large}; the town has ${c.t} organisations, ${c.tr} relations from them`,
  );
  return measureSize(browser, db, large, stateFile, stateFile);
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'solmu-bench-picture-page-'));
fs.chmodSync(dir, 0o755);
const pg = await startEmbeddedPostgres({ dataDir: path.join(dir, 'pg') });
const db = createDatabase(pg.url);
// The server started for each size uses this PostgreSQL and loads the demo into it the first time.
process.env.DATABASE_URL = pg.url;
process.env.LOG_LEVEL = 'warn';
const browser = await chromium.launch(await launchOptions());
const stateFile = path.join(dir, 'session.json');
try {
  const demo = await measureSize(browser, db, 'demo', null, stateFile);
  const big = organisations > 0 ? await measureLarge(browser, db, stateFile) : [];
  console.log(
    `\nmachine: ${os.cpus()[0]?.model} × ${os.cpus().length}, ${Math.round(os.totalmem() / 2 ** 30)} GB, Node ${process.version}, load average ${os
      .loadavg()
      .map((x) => x.toFixed(1))
      .join(' ')}`,
  );
  console.log(
    '| database | page | web app | load | n | figures median | figures p95 | settled median | settled p95 | picture request median |',
  );
  console.log('|---|---|---|---|---|---|---|---|---|---|');
  console.log([...demo, ...big].join('\n'));
} finally {
  await browser.close();
  await db.destroy();
  await pg.stop();
  fs.rmSync(dir, { recursive: true, force: true });
}
