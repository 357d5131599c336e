import { sql, type Kysely } from 'kysely';

/**
 * A mapping round whose answers are the demo's fictional example data (the Savonlinna round of May 2022).
 * Pages mark its answers and what they prove as example data, and `solmu seed --remove-examples` deletes
 * the round with its respondents, answers and proposals.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table mapping_rounds add column example boolean not null default false`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table mapping_rounds drop column example`.execute(db);
}
