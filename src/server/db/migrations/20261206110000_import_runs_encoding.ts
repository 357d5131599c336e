import { sql, type Kysely } from 'kysely';

/** The character encoding a CSV import was read in (utf-8, windows-1252, utf-16le); null for others. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table import_runs add column encoding text`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table import_runs drop column encoding`.execute(db);
}
