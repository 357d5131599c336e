/**
 * The whole installation out and back in: every table as JSON lines (one row per line, as PostgreSQL's
 * row_to_json writes it, so every type keeps its exact text: microseconds, numerics, arrays, jsonb), in
 * foreign-key order, from one consistent snapshot; restored with the same ids into an EMPTY database in
 * one transaction. This is also how an embedded installation moves to a PostgreSQL server.
 */
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import type { Database } from '../../db/database.js';
import { VERSION } from '../../version.js';
import {
  appliedMigrations as migrations,
  deleteAllRows,
  hasRows,
  insertLines,
  resetSequences,
  tableLines,
  updateFromLines,
} from './installation.repository.js';
import { REFERENCE_TABLES, tablePlans, type TablePlan } from './installation.schema.js';

export const MANIFEST = 'manifest.json';
const FORMAT = 'solmu-installation';
const INSERT_BATCH = 1000;

export type Manifest = {
  format: typeof FORMAT;
  version: 1;
  solmuVersion: string;
  exportedAt: string;
  migrations: string[];
  tables: (TablePlan & { file: string; rows: number })[];
};

export class RestoreRefused extends Error {}

/** Writes every table into `dir` (created; must be empty) and returns the manifest. */
export async function exportInstallation(
  db: Database,
  dir: string,
  /** After each table, with how many tables are done of how many. */
  onTable?: (table: string, rows: number, done: number, total: number) => void,
): Promise<Manifest> {
  fs.mkdirSync(dir, { recursive: true });
  if (fs.readdirSync(dir).length > 0) throw new RestoreRefused(`${dir} is not empty`);
  return db
    .transaction()
    .setIsolationLevel('repeatable read')
    .setAccessMode('read only')
    .execute(async (trx) => {
      const plans = await tablePlans(trx);
      const tables: Manifest['tables'] = [];
      for (const [i, plan] of plans.entries()) {
        const file = `${String(i + 1).padStart(3, '0')}-${plan.name}.jsonl`;
        const rows = await exportTable(trx, plan, path.join(dir, file));
        tables.push({ ...plan, file, rows });
        onTable?.(plan.name, rows, i + 1, plans.length);
      }
      const manifest: Manifest = {
        format: FORMAT,
        version: 1,
        solmuVersion: VERSION,
        exportedAt: new Date().toISOString(),
        migrations: await migrations(trx),
        tables,
      };
      fs.writeFileSync(path.join(dir, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
      return manifest;
    });
}

async function exportTable(trx: Database, plan: TablePlan, file: string): Promise<number> {
  const out = fs.createWriteStream(file);
  let rows = 0;
  try {
    for await (const lines of tableLines(trx, plan.name, plan.columns)) {
      if (!out.write(lines.join('\n') + '\n'))
        await new Promise<void>((resolve) => out.once('drain', () => resolve()));
      rows += lines.length;
    }
  } finally {
    await new Promise<void>((resolve, reject) => out.end((e?: Error | null) => (e ? reject(e) : resolve())));
  }
  return rows;
}

function readManifest(dir: string): Manifest {
  const file = path.join(dir, MANIFEST);
  if (!fs.existsSync(file))
    throw new RestoreRefused(`${dir} has no ${MANIFEST}: not a solmu export --all folder`);
  const m = JSON.parse(fs.readFileSync(file, 'utf8')) as Manifest;
  if (m.format !== FORMAT || m.version !== 1 || !Array.isArray(m.tables))
    throw new RestoreRefused(`${file} is not a Solmu installation export`);
  for (const t of m.tables) {
    if (!/^[0-9]{3}-[a-z0-9_]+\.jsonl$/.test(path.basename(t.file)) || path.basename(t.file) !== t.file)
      throw new RestoreRefused(`${file}: bad file name ${t.file}`);
  }
  return m;
}

async function* lineBatches(file: string): AsyncGenerator<string[]> {
  const lines = readline.createInterface({ input: fs.createReadStream(file), crlfDelay: Infinity });
  let batch: string[] = [];
  for await (const line of lines) {
    if (line.trim() === '') continue;
    batch.push(line);
    if (batch.length >= INSERT_BATCH) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length) yield batch;
}

/**
 * Restores an export into this database, which must be empty (built-in reference data is replaced) and
 * have every migration of the export applied. All or nothing: one transaction.
 */
export async function restoreInstallation(
  db: Database,
  dir: string,
  /** After each table, with how many tables are done of how many. */
  onTable?: (table: string, rows: number, done: number, total: number) => void,
): Promise<Record<string, number>> {
  const manifest = readManifest(dir);
  return db.transaction().execute(async (trx) => {
    const here = await emptyTarget(trx, manifest);
    const counts: Record<string, number> = {};
    for (const [i, table] of manifest.tables.entries()) {
      const target = here.get(table.name);
      if (!target) throw new RestoreRefused(`this database has no table ${table.name}`);
      const columns = table.columns.filter((c) => target.columns.includes(c) && !table.deferred.includes(c));
      let rows = 0;
      for await (const batch of lineBatches(path.join(dir, table.file))) {
        await insertLines(trx, table.name, columns, batch);
        rows += batch.length;
      }
      counts[table.name] = rows;
      onTable?.(table.name, rows, i + 1, manifest.tables.length);
    }
    for (const table of manifest.tables) if (table.deferred.length) await fillDeferred(trx, dir, table);
    await resetSequences(
      trx,
      manifest.tables.map((t) => t.name),
    );
    return counts;
  });
}

/**
 * Refuses a database that lacks a migration of the export or has rows of its own; empties the built-in
 * reference tables. Returns this database's tables by name.
 */
async function emptyTarget(trx: Database, manifest: Manifest): Promise<Map<string, TablePlan>> {
  const applied = new Set(await migrations(trx));
  const missing = manifest.migrations.filter((m) => !applied.has(m));
  if (missing.length) throw new RestoreRefused(`migrate this database first; it lacks ${missing.join(', ')}`);
  const current = await tablePlans(trx);
  for (const plan of current) {
    if (REFERENCE_TABLES.has(plan.name)) continue;
    if (await hasRows(trx, plan.name))
      throw new RestoreRefused(`the database is not empty: ${plan.name} has rows`);
  }
  for (const plan of [...current].reverse())
    if (REFERENCE_TABLES.has(plan.name)) await deleteAllRows(trx, plan.name);
  return new Map(current.map((p) => [p.name, p]));
}

/** The second pass over a table whose foreign keys formed a cycle: its deferred columns by primary key. */
async function fillDeferred(trx: Database, dir: string, table: Manifest['tables'][number]) {
  if (table.primaryKey.length === 0) throw new RestoreRefused(`${table.name} has no primary key`);
  const key = { columns: table.deferred, primaryKey: table.primaryKey };
  for await (const batch of lineBatches(path.join(dir, table.file)))
    await updateFromLines(trx, table.name, key, batch);
}
