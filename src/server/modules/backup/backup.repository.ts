/**
 * The statements of backup and restore that the whole-installation export does not already have. Table
 * and column names come from the database's own catalogue at run time and are quoted as identifiers.
 */
import { sql } from 'kysely';
import type { Database } from '../../db/database.js';

/**
 * The settings every row's canonical text depends on, fixed for this transaction so that a backup and
 * its restore, on servers configured differently, write the same text (timestamps in UTC, floats exact, bytes in hex).
 */
export async function fixCanonicalText(trx: Database) {
  await sql`select set_config('timezone', 'UTC', true), set_config('intervalstyle', 'postgres', true),
    set_config('extra_float_digits', '1', true), set_config('bytea_output', 'hex', true)`.execute(trx);
}

/** Whether the migrations have ever run here (a new, empty database has not even their table). */
export async function hasMigrationTable(db: Database): Promise<boolean> {
  const r = await sql<{ found: boolean }>`
    select to_regclass('solmu_migrations') is not null as found`.execute(db);
  return r.rows[0]?.found ?? false;
}
