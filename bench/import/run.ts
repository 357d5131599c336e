/**
 * The YTJ import benchmark (issue 6). `solmu generate` writes N synthetic companies; then, in the same
 * run and the same database:
 *   (a) a raw COPY of the same rows — the organisation columns exactly as Solmu's import maps them
 *       (mapped beforehand, not timed) — into an empty copy of the organisations table
 *       (`like organisations including all`: the same indexes, generated search vector and defaults),
 *       with psql's \copy (COPY … FROM STDIN, as a client sends it);
 *   (b) Solmu's YTJ bulk import of the dump: `solmu import dump.json` as its own process (reading and
 *       parsing the JSON, mapping, validating, upserting by business ID in one transaction), its wall
 *       time and peak RSS measured from outside with /usr/bin/time;
 *   (c) the same import again (every company already there and unchanged: the re-import path).
 * (a) and (b) alternate --repeat times (default 1) and the best of each counts.
 *
 *   npx tsx bench/import/run.ts [--companies 100000] [--seed 1] [--repeat 1] [--keep]
 *
 * Prints JSON and a Markdown row for bench/import/RESULTS.md. Needs psql and /usr/bin/time.
 */
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import { createDatabase, type Database } from '../../src/server/db/database.js';
import { startEmbeddedPostgres } from '../../src/server/db/embedded.js';
import { migrateToLatest } from '../../src/server/db/migrate.js';
import { ensureBuiltInReference } from '../../src/server/modules/reference/reference.service.js';
import { COPY_COLUMNS, writeCopyRows } from './rows-csv.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const bin = path.resolve(here, '../../bin/solmu.js');
const argv = process.argv.slice(2);
const arg = (name: string, fallback: number) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? Number(argv[i + 1]) : fallback;
};
const companies = arg('companies', 100_000);
const seed = arg('seed', 1);
const repeat = arg('repeat', 1);
const say = (m: string) => process.stderr.write(`${new Date().toISOString().slice(11, 19)} ${m}\n`);
const round = (x: number, digits = 1) => +x.toFixed(digits);

function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env) {
  const started = process.hrtime.bigint();
  const r = spawnSync(command, args, { encoding: 'utf8', env, maxBuffer: 1 << 26 });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (r.status !== 0)
    throw new Error(`${command} ${args.join(' ')} failed (${r.status}):\n${r.stderr}\n${r.stdout}`);
  return { seconds, stdout: r.stdout, stderr: r.stderr };
}

const count = async (db: Database, table: string, where = sql`true`) =>
  Number(
    (await sql<{ n: number }>`select count(*)::int as n from ${sql.table(table)} where ${where}`.execute(db))
      .rows[0]!.n,
  );

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'solmu-import-bench-'));
fs.chmodSync(dir, 0o755);
const dump = path.join(dir, 'dump.json');
const rowsCsv = path.join(dir, 'rows.csv');

say(`solmu generate --companies ${companies} --seed ${seed} (in ${dir})`);
const generate = run(process.execPath, [
  bin,
  'generate',
  '--companies',
  String(companies),
  '--out',
  dump,
  '--seed',
  String(seed),
]);

const server = await startEmbeddedPostgres({ dataDir: path.join(dir, 'data'), database: 'bench' });
const db = createDatabase(server.url, 2);
const newWorkspace = async () =>
  String(
    (
      await db
        .insertInto('workspaces')
        .values({ slug: 'bench', nameFi: 'Bench' })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id,
  );
const load = () => os.loadavg()[0]!.toFixed(2);

async function copyOnce() {
  await sql`create table bench_copy (like organisations including all)`.execute(db);
  await sql`checkpoint`.execute(db);
  const columns = COPY_COLUMNS.join(', ');
  const copy = run('psql', [
    server.url,
    '-X',
    '-v',
    'ON_ERROR_STOP=1',
    '-c',
    `\\copy bench_copy (${columns}) from '${rowsCsv}' with (format csv)`,
  ]);
  const rows = await count(db, 'bench_copy');
  await sql`drop table bench_copy`.execute(db);
  return { seconds: copy.seconds, rows };
}

async function importOnce(fresh: boolean) {
  if (fresh) {
    await sql`truncate organisations, workspaces cascade`.execute(db);
    await newWorkspace();
  }
  await sql`checkpoint`.execute(db);
  const env = { ...process.env, DATABASE_URL: server.url, LOG_LEVEL: 'warn' };
  const r = run(
    '/usr/bin/time',
    ['-f', 'RSS_KB=%M', process.execPath, bin, 'import', dump, '--workspace', 'bench'],
    env,
  );
  const last = (
    await sql<{
      createdCount: number;
      updatedCount: number;
      unchangedCount: number;
      started: Date;
      finished: Date;
    }>`
    select created_count, updated_count, unchanged_count, created_at as started, finished_at as finished
    from import_runs order by created_at desc limit 1`.execute(db)
  ).rows[0]!;
  return {
    processSeconds: r.seconds,
    runSeconds: (last.finished.getTime() - last.started.getTime()) / 1000,
    peakRssMB: Math.round(Number(/RSS_KB=(\d+)/.exec(r.stderr)?.[1]) / 1024),
    created: last.createdCount,
    updated: last.updatedCount,
    unchanged: last.unchangedCount,
  };
}

try {
  await migrateToLatest(db);
  await ensureBuiltInReference(db);
  const workspaceId = await newWorkspace();
  say('mapping the rows for COPY (not timed)');
  const mapped = await writeCopyRows(db, dump, rowsCsv, { runId: crypto.randomUUID(), workspaceId });

  const copies: { seconds: number; rows: number; load: string }[] = [];
  const imports: (Awaited<ReturnType<typeof importOnce>> & { load: string })[] = [];
  for (let i = 0; i < repeat; i++) {
    say(`(a) COPY, round ${i + 1} (load ${load()})`);
    copies.push({ ...(await copyOnce()), load: load() });
    say(`(b) solmu import, round ${i + 1} (load ${load()})`);
    imports.push({ ...(await importOnce(i > 0)), load: load() });
  }
  const imported = await count(db, 'organisations', sql`source = 'ytj'`);
  say(`(c) solmu import of the same dump again (load ${load()})`);
  const again = await importOnce(false);
  const version = (await sql<{ v: string }>`select version() as v`.execute(db)).rows[0]!.v;

  const copy = copies.reduce((a, b) => (b.seconds < a.seconds ? b : a));
  const best = imports.reduce((a, b) => (b.processSeconds < a.processSeconds ? b : a));
  const cpu =
    /model name\s*:\s*(.+)/.exec(fs.readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? os.cpus()[0]?.model;
  const results = {
    date: new Date().toISOString(),
    machine: { nproc: os.availableParallelism(), cpu, memoryGiB: round(os.totalmem() / 2 ** 30) },
    node: process.version,
    postgres: version.split(',')[0],
    companies,
    seed,
    dumpMB: round(fs.statSync(dump).size / 1e6),
    generateSeconds: round(generate.seconds),
    copy: { seconds: round(copy.seconds, 2), rows: copy.rows, all: copies },
    solmu: {
      ...best,
      processSeconds: round(best.processSeconds, 2),
      runSeconds: round(best.runSeconds, 2),
      all: imports,
    },
    reimport: {
      ...again,
      processSeconds: round(again.processSeconds, 2),
      runSeconds: round(again.runSeconds, 2),
    },
    ratio: round(best.processSeconds / copy.seconds, 2),
    ratioOfRun: round(best.runSeconds / copy.seconds, 2),
  };
  if (copy.rows !== mapped || imported !== mapped || again.unchanged !== mapped)
    throw new Error(`row counts differ (mapped ${mapped}): ${JSON.stringify(results)}`);
  console.log(JSON.stringify(results, null, 2));
  console.log(
    `\n| ${companies.toLocaleString('en')} | ${results.dumpMB} MB | ${results.generateSeconds} s | ${results.copy.seconds} s | ` +
      `${results.solmu.processSeconds} s (${results.solmu.runSeconds} s) | **${results.ratio}** (${results.ratioOfRun}) | ` +
      `${results.solmu.peakRssMB} MB | ${results.reimport.processSeconds} s, ${results.reimport.peakRssMB} MB |`,
  );
} finally {
  await db.destroy();
  await server.stop();
  if (!argv.includes('--keep')) fs.rmSync(dir, { recursive: true, force: true });
}
