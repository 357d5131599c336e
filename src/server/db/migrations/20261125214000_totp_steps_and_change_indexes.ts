import { sql, type Kysely } from 'kysely';

/** The tables `GET /api/v1/changes` reads newest first (see changes.routes.ts). */
const CHANGE_TABLES = [
  'organisations',
  'ecosystems',
  'networks',
  'projects',
  'funding_calls',
  'events',
  'strategies',
  'strategy_goals',
  'development_actions',
] as const;

const indexName = (table: string) => sql.raw(`${table}_updated_at`);

/**
 * A TOTP code is usable once: the last accepted time step is kept per user, and only a later step is
 * accepted. The overview of changes reads each record table newest first: without an index on
 * updated_at every request sorted every row.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table users add column totp_last_step bigint`.execute(db);
  for (const table of CHANGE_TABLES) {
    await sql`create index ${indexName(table)} on ${sql.table(table)}(updated_at)`.execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of CHANGE_TABLES) await sql`drop index ${indexName(table)}`.execute(db);
  await sql`alter table users drop column totp_last_step`.execute(db);
}
