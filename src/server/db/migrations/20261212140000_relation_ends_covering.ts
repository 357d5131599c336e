import { sql, type Kysely } from 'kysely';

/**
 * Partner search's "not related to" checks each candidate's relations, in both directions, for a tie to
 * the asker's organisations (bench/search). The indexes on a relation's two ends carry its other end and
 * what the visibility rule reads, so that check reads the index alone, not a heap page a relation.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop index relations_from;
    drop index relations_to;
    create index relations_from on relations(from_organisation_id)
      include (to_organisation_id, visibility, workspace_id);
    create index relations_to on relations(to_organisation_id)
      include (from_organisation_id, visibility, workspace_id);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop index relations_from;
    drop index relations_to;
    create index relations_from on relations(from_organisation_id);
    create index relations_to on relations(to_organisation_id);
  `.execute(db);
}
