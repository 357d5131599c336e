/**
 * The whole installation out and back in: every table as JSON lines (one row per line, as PostgreSQL's
 * row_to_json writes it, so every type keeps its exact text: microseconds, numerics, arrays, jsonb), in
 * foreign-key order, from one consistent snapshot; restored with the same ids into an EMPTY database in
 * one transaction. This is also how an embedded installation moves to a PostgreSQL server.
 */
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { sql } from 'kysely';
import type { Database } from '../../db/database.js';
import { VERSION } from '../../version.js';
import { REFERENCE_TABLES, tablePlans, type TablePlan } from './installation.schema.js';

export const MANIFEST = 'manifest.json';
const FORMAT = 'solmu-installation';
const FETCH = 2000;
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

const ident = (name: string) => sql.id(name);
const idents = (names: string[]) => sql.join(names.map(ident));

async function migrations(db: Database): Promise<string[]> {
  const r = await sql<{ name: string }>`select name from solmu_migrations order by name`.execute(db);
  return r.rows.map((m) => m.name);
}

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
  const cursor = sql.id(`export_${plan.name}`);
  let rows = 0;
  try {
    await sql`declare ${cursor} no scroll cursor for
      select row_to_json(t)::text as line from (select ${idents(plan.columns)} from ${ident(plan.name)}) t`.execute(
      trx,
    );
    for (;;) {
      const batch = await sql<{ line: string }>`fetch ${sql.raw(String(FETCH))} from ${cursor}`.execute(trx);
      if (batch.rows.length === 0) break;
      const text = batch.rows.map((r) => r.line).join('\n') + '\n';
      if (!out.write(text)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
      rows += batch.rows.length;
    }
    await sql`close ${cursor}`.execute(trx);
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
    const applied = new Set(await migrations(trx));
    const missing = manifest.migrations.filter((m) => !applied.has(m));
    if (missing.length)
      throw new RestoreRefused(`migrate this database first; it lacks ${missing.join(', ')}`);
    const current = await tablePlans(trx);
    const here = new Map(current.map((p) => [p.name, p]));
    for (const plan of current) {
      if (REFERENCE_TABLES.has(plan.name)) continue;
      const any = await sql`select 1 from ${ident(plan.name)} limit 1`.execute(trx);
      if (any.rows.length) throw new RestoreRefused(`the database is not empty: ${plan.name} has rows`);
    }
    for (const plan of [...current].reverse())
      if (REFERENCE_TABLES.has(plan.name)) await sql`delete from ${ident(plan.name)}`.execute(trx);

    const counts: Record<string, number> = {};
    for (const [i, table] of manifest.tables.entries()) {
      const target = here.get(table.name);
      if (!target) throw new RestoreRefused(`this database has no table ${table.name}`);
      const columns = table.columns.filter((c) => target.columns.includes(c) && !table.deferred.includes(c));
      let rows = 0;
      for await (const batch of lineBatches(path.join(dir, table.file))) {
        await sql`insert into ${ident(table.name)} (${idents(columns)}) overriding system value
          select ${idents(columns)} from json_populate_recordset(null::${ident(table.name)}, ${`[${batch.join(',')}]`}::json)`.execute(
          trx,
        );
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

/** The second pass over a table whose foreign keys formed a cycle: its deferred columns by primary key. */
async function fillDeferred(trx: Database, dir: string, table: Manifest['tables'][number]) {
  if (table.primaryKey.length === 0) throw new RestoreRefused(`${table.name} has no primary key`);
  const set = sql.join(table.deferred.map((c) => sql`${ident(c)} = v.${ident(c)}`));
  const match = sql.join(
    table.primaryKey.map((c) => sql`t.${ident(c)} = v.${ident(c)}`),
    sql` and `,
  );
  for await (const batch of lineBatches(path.join(dir, table.file))) {
    await sql`update ${ident(table.name)} t set ${set}
      from json_populate_recordset(null::${ident(table.name)}, ${`[${batch.join(',')}]`}::json) v
      where ${match}`.execute(trx);
  }
}

/** Sequences (audit_log ids) continue after the restored rows. */
async function resetSequences(trx: Database, tables: string[]) {
  const r = await sql<{ tableName: string; columnName: string; sequence: string }>`
    select c.table_name, c.column_name, pg_get_serial_sequence(c.table_name, c.column_name) as sequence
    from information_schema.columns c
    where c.table_schema = current_schema() and c.column_default like 'nextval(%'`.execute(trx);
  for (const s of r.rows) {
    if (!s.sequence || !tables.includes(s.tableName)) continue;
    await sql`select setval(${s.sequence}::regclass, coalesce(max(${ident(s.columnName)}), 0) + 1, false)
      from ${ident(s.tableName)}`.execute(trx);
  }
}
