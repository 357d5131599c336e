import { sql, type Kysely } from 'kysely';

/**
 * The demo's example webhook endpoint (issue 19): marked so that the screen says it is fictional, it is
 * never turned on, and removing the example data takes it away with its delivery log.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table webhook_endpoints add column example boolean not null default false`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table webhook_endpoints drop column example`.execute(db);
}
