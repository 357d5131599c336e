import { sql, type Kysely } from 'kysely';

/**
 * The demo's example events and example picture reports (issue 17): upcoming events and a published
 * report for the public pages, marked so that removing the example data takes them away.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table events add column example boolean not null default false;
    alter table picture_reports add column example boolean not null default false;
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table picture_reports drop column example;
    alter table events drop column example;
  `.execute(db);
}
