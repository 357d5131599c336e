import { sql, type Kysely } from 'kysely';

/**
 * The demo's example stories and example consents (issue 17): marked so that removing the example data
 * takes them away and leaves the facts (the pages, the organisations) as they were.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table public_stories add column example boolean not null default false;
    alter table organisations add column public_consent_example boolean not null default false;
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table organisations drop column public_consent_example;
    alter table public_stories drop column example;
  `.execute(db);
}
