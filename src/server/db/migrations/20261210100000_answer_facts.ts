import { sql, type Kysely } from 'kysely';

/**
 * Facts from mapping-round answers (issue 13, decision 011): a relation or a competence record that an
 * editor accepted from an answer names the proposal it came from, so the page of the fact can show its
 * answer and a changed or withdrawn answer finds the fact it wrote. A proposal writes at most one fact, so
 * accepting twice never doubles one. The link goes when the proposal does (the respondent erased); the
 * fact, which joins two organisations and names no person, stays with its source 'survey' or 'interview'.
 *
 * An organisation accepted from an answer is a draft: its source is 'survey' or 'interview' and it has no
 * date of verification until an editor checks it.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table relations
      add column answer_proposal_id uuid references answer_proposals(id) on delete set null;
    create unique index relations_answer_proposal on relations(answer_proposal_id)
      where answer_proposal_id is not null;
    alter table organisation_competences
      add column answer_proposal_id uuid references answer_proposals(id) on delete set null;
    create unique index organisation_competences_answer_proposal
      on organisation_competences(answer_proposal_id) where answer_proposal_id is not null;
    create index answer_proposals_record on answer_proposals(record_id) where record_id is not null;
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop index answer_proposals_record;
    alter table organisation_competences drop column answer_proposal_id;
    alter table relations drop column answer_proposal_id;
  `.execute(db);
}
