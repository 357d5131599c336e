import { sql, type Kysely } from 'kysely';

/**
 * Partner search reads offers by competence and by the words of a free tag: offers only, so the
 * needs never enlarge either index (bench/search). The competence index carries what the ranking reads
 * of an offer (its visibility and whether a mapping answer stands behind it), so a popular competence's
 * tens of thousands of offers are read from the index alone, not from as many heap pages.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create index organisation_competences_offer_competence
      on organisation_competences(competence_id, organisation_id)
      include (visibility, workspace_id, answer_proposal_id) where direction = 'offer';
    create index organisation_competences_offer_search
      on organisation_competences using gin(search_vector) where direction = 'offer';
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop index organisation_competences_offer_competence;
    drop index organisation_competences_offer_search;
  `.execute(db);
}
