/**
 * The statements of backup and restore that the whole-installation export does not already have. Table
 * and column names come from the database's own catalogue at run time and are quoted as identifiers.
 */
import { sql } from 'kysely';
import type { Database } from '../../db/database.js';

const FETCH = 2000;

/**
 * The settings every row's canonical text depends on, fixed for this transaction so that a backup and
 * its restore, on servers configured differently, write the same text (timestamps in UTC, floats exact, bytes in hex).
 */
export async function fixCanonicalText(trx: Database) {
  await sql`select set_config('timezone', 'UTC', true), set_config('intervalstyle', 'postgres', true),
    set_config('extra_float_digits', '1', true), set_config('bytea_output', 'hex', true)`.execute(trx);
}

/**
 * A table's rows as their canonical text (row_to_json of the given columns) in the byte order of their
 * primary key's text (of the row's text where a table has no key), in batches through a cursor of the caller's transaction.
 */
export async function* canonicalRows(
  trx: Database,
  table: { name: string; columns: string[]; primaryKey: string[] },
): AsyncGenerator<string[]> {
  const cursor = sql.id(`backup_${table.name}`);
  // Byte order of the key's text: the same on a server with another collation than the backup's.
  const order = table.primaryKey.length
    ? sql.join(table.primaryKey.map((c) => sql`t.${sql.id(c)}::text collate "C"`))
    : sql`row_to_json(t)::text collate "C"`;
  await sql`declare ${cursor} no scroll cursor for
    select row_to_json(t)::text as line
    from (select ${sql.join(table.columns.map((c) => sql.id(c)))} from ${sql.id(table.name)}) t
    order by ${order}`.execute(trx);
  for (;;) {
    const batch = await sql<{ line: string }>`fetch ${sql.raw(String(FETCH))} from ${cursor}`.execute(trx);
    if (batch.rows.length === 0) break;
    yield batch.rows.map((r) => r.line);
  }
  await sql`close ${cursor}`.execute(trx);
}

/** Whether the migrations have ever run here (a new, empty database has not even their table). */
export async function hasMigrationTable(db: Database): Promise<boolean> {
  const r = await sql<{ found: boolean }>`
    select to_regclass('solmu_migrations') is not null as found`.execute(db);
  return r.rows[0]?.found ?? false;
}
