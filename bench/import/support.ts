/**
 * What the import benchmarks share: a temporary folder with a generated YTJ dump, an embedded
 * PostgreSQL with the schema and reference data, and `solmu import` run as its own process with its
 * wall time, peak RSS (/usr/bin/time) and the import run it recorded.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import { createDatabase, type Database } from '../../src/server/db/database.js';
import { startEmbeddedPostgres } from '../../src/server/db/embedded.js';
import { migrateToLatest } from '../../src/server/db/migrate.js';
import { ensureBuiltInReference } from '../../src/server/modules/reference/reference.service.js';

const here = path.dirname(fileURLToPath(import.meta.url));
export const bin = path.resolve(here, '../../bin/solmu.js');
const argv = process.argv.slice(2);
export const arg = (name: string, fallback: number) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? Number(argv[i + 1]) : fallback;
};
export const flag = (name: string) => argv.includes(`--${name}`);
export const say = (m: string) => process.stderr.write(`${new Date().toISOString().slice(11, 19)} ${m}\n`);
export const round = (x: number, digits = 1) => +x.toFixed(digits);
export const load = () => os.loadavg()[0]!.toFixed(2);

export function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env) {
  const started = process.hrtime.bigint();
  const r = spawnSync(command, args, { encoding: 'utf8', env, maxBuffer: 1 << 26 });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (r.status !== 0)
    throw new Error(`${command} ${args.join(' ')} failed (${r.status}):\n${r.stderr}\n${r.stdout}`);
  return { seconds, stdout: r.stdout, stderr: r.stderr };
}

export const count = async (db: Database, table: string, where = sql`true`) =>
  Number(
    (await sql<{ n: number }>`select count(*)::int as n from ${sql.table(table)} where ${where}`.execute(db))
      .rows[0]!.n,
  );

export type Bench = {
  dir: string;
  dump: string;
  db: Database;
  url: string;
  generateSeconds: number;
  newWorkspace: () => Promise<string>;
  /** `solmu import <file> <args>` as its own process, and the import run it recorded. */
  importFile: (file: string, args?: string[]) => Promise<ImportMeasure>;
  machine: () => Promise<Record<string, unknown>>;
  close: () => Promise<void>;
};

export type ImportMeasure = {
  processSeconds: number;
  runSeconds: number;
  peakRssMB: number;
  state: string;
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  failed: number;
};

/** Generates the dump of `companies` and starts a migrated database with a workspace 'bench'. */
export async function startBench(companies: number, seed: number): Promise<Bench> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'solmu-import-bench-'));
  fs.chmodSync(dir, 0o755);
  const dump = path.join(dir, 'dump.json');
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
  await migrateToLatest(db);
  await ensureBuiltInReference(db);
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

  async function importFile(file: string, args: string[] = []): Promise<ImportMeasure> {
    await sql`checkpoint`.execute(db);
    const env = { ...process.env, DATABASE_URL: server.url, LOG_LEVEL: 'warn' };
    const started = process.hrtime.bigint();
    const r = spawnSync(
      '/usr/bin/time',
      ['-f', 'RSS_KB=%M', process.execPath, bin, 'import', file, '--workspace', 'bench', ...args],
      { encoding: 'utf8', env, maxBuffer: 1 << 26 },
    );
    const processSeconds = Number(process.hrtime.bigint() - started) / 1e9;
    const last = (
      await sql<{
        state: string;
        rowCount: number;
        createdCount: number;
        updatedCount: number;
        unchangedCount: number;
        failedCount: number;
        started: Date;
        finished: Date;
      }>`
      select state, row_count, created_count, updated_count, unchanged_count, failed_count,
        created_at as started, finished_at as finished
      from import_runs order by created_at desc limit 1`.execute(db)
    ).rows[0]!;
    return {
      processSeconds,
      runSeconds: (last.finished.getTime() - last.started.getTime()) / 1000,
      peakRssMB: Math.round(Number(/RSS_KB=(\d+)/.exec(r.stderr)?.[1]) / 1024),
      state: last.state,
      rows: last.rowCount,
      created: last.createdCount,
      updated: last.updatedCount,
      unchanged: last.unchangedCount,
      failed: last.failedCount,
    };
  }

  return {
    dir,
    dump,
    db,
    url: server.url,
    generateSeconds: generate.seconds,
    newWorkspace,
    importFile,
    machine: async () => {
      const version = (await sql<{ v: string }>`select version() as v`.execute(db)).rows[0]!.v;
      const cpu =
        /model name\s*:\s*(.+)/.exec(fs.readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? os.cpus()[0]?.model;
      return {
        nproc: os.availableParallelism(),
        cpu,
        memoryGiB: round(os.totalmem() / 2 ** 30),
        node: process.version,
        postgres: version.split(',')[0],
      };
    },
    close: async () => {
      await db.destroy();
      await server.stop();
      if (!flag('keep')) fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
