import { sql, type Kysely } from 'kysely';

/**
 * Partner search looks up the far end of a relation to ask whether it is one of a town's visible
 * organisations, for every relation of a thousand candidates or of a page's partners (bench/search). An
 * index on the id that carries the town and what the visibility rule reads answers that from the index
 * alone, not a heap page per relation.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create index organisations_id_town on organisations(id)
    include (municipality_code, visibility, workspace_id)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index organisations_id_town`.execute(db);
}
