/**
 * The roster's facts that accepted answers write: relations, competence records, draft organisations and
 * new terms of the vocabulary. Each relation and competence record names the proposal that wrote it.
 */
import { sql, type Insertable } from 'kysely';
import type { Database } from '../../db/database.js';
import type { OrganisationCompetences } from '../../db/schema.js';
import { chunks } from './review.repository.js';

/** Where every fact of a round goes, and who wrote it. */
export type Placement = { workspaceId: string; visibility: string; createdBy: string; updatedBy: string };

export type NewRelation = {
  id: string;
  fromOrganisationId: string;
  toOrganisationId: string;
  kind: string;
  weight: number;
  startOn: string;
  source: string;
  answerProposalId: string;
};

/**
 * Relations in one statement, the columns as arrays: ten thousand rows of VALUES would be 130,000
 * parameters in parts, whose binding took longer than PostgreSQL's writing (bench/survey/accept.ts).
 */
export async function insertRelations(db: Database, rows: readonly NewRelation[], placement: Placement) {
  if (!rows.length) return;
  const column = <K extends keyof NewRelation>(k: K) => rows.map((r) => r[k]);
  await db
    .insertInto('relations')
    .columns([
      'id',
      'fromOrganisationId',
      'toOrganisationId',
      'kind',
      'weight',
      'startOn',
      'source',
      'answerProposalId',
      'workspaceId',
      'visibility',
      'createdBy',
      'updatedBy',
    ])
    .expression(
      sql`select r.*, ${placement.workspaceId}::uuid, ${placement.visibility}, ${placement.createdBy}, ${placement.updatedBy}
        from unnest(${column('id')}::uuid[], ${column('fromOrganisationId')}::uuid[],
          ${column('toOrganisationId')}::uuid[], ${column('kind')}::text[], ${column('weight')}::float8[],
          ${column('startOn')}::date[], ${column('source')}::text[], ${column('answerProposalId')}::uuid[]) as r`,
    )
    .execute();
}

export async function insertCompetenceRecords(
  db: Database,
  rows: readonly Insertable<OrganisationCompetences>[],
) {
  for (const part of chunks(rows, 2000))
    await db.insertInto('organisationCompetences').values(part).execute();
}

type Tie = { fromOrganisationId: string; toOrganisationId: string; kind: string };

/** Relations already in the roster between these pairs of organisations, of these kinds. */
export function relationsLike(db: Database, ties: readonly Tie[]) {
  if (!ties.length) return Promise.resolve([]);
  const column = <K extends keyof Tie>(k: K) => ties.map((t) => t[k]);
  return db
    .selectFrom('relations')
    .select(['id', 'fromOrganisationId', 'toOrganisationId', 'kind'])
    .where(
      sql<boolean>`(from_organisation_id, to_organisation_id, kind) in (select * from unnest(
        ${column('fromOrganisationId')}::uuid[], ${column('toOrganisationId')}::uuid[], ${column('kind')}::text[]))`,
    )
    .execute();
}

/** Offers and needs of the vocabulary these organisations have already. */
export function competenceRecordsOf(db: Database, organisationIds: readonly string[]) {
  if (!organisationIds.length) return Promise.resolve([]);
  return db
    .selectFrom('organisationCompetences')
    .select(['id', 'organisationId', 'direction', 'competenceId'])
    .where('organisationId', 'in', organisationIds)
    .where('competenceId', 'is not', null)
    .execute();
}

/** A draft organisation from an answer: its source says so, and no one has verified it yet. */
export async function insertDraftOrganisation(
  db: Database,
  o: { kind: string; nameFi: string; businessId?: string; municipalityCode?: string; source: string },
  placement: Placement,
) {
  const row = await db
    .insertInto('organisations')
    .values({ ...o, ...placement, lastVerifiedOn: null })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** A new term of the vocabulary, named by a respondent. */
export async function insertCompetence(
  db: Database,
  c: { slug: string; nameFi: string },
  placement: Placement,
) {
  const row = await db
    .insertInto('competences')
    .values({ ...c, ...placement })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** The slugs among these that the vocabulary already uses. */
export async function slugsTaken(db: Database, slugs: readonly string[]) {
  if (!slugs.length) return new Set<string>();
  const rows = await db.selectFrom('competences').select('slug').where('slug', 'in', slugs).execute();
  return new Set(rows.map((r) => r.slug));
}

/** A changed answer's new strength on the relation its proposal wrote. */
export function reweighRelation(db: Database, proposalId: string, weight: number, actor: string, now: Date) {
  return db
    .updateTable('relations')
    .set({ weight, updatedAt: now, updatedBy: actor })
    .where('answerProposalId', '=', proposalId)
    .where('weight', '!=', weight)
    .returning(['id', 'workspaceId', 'answerProposalId'])
    .execute();
}

/** Takes back the facts these proposals wrote; returns what went, for the audit. */
export function deleteFactsOf(
  db: Database,
  table: 'relations' | 'organisationCompetences',
  proposalIds: readonly string[],
) {
  if (!proposalIds.length) return Promise.resolve([]);
  return db
    .deleteFrom(table as 'relations')
    .where('answerProposalId', 'in', proposalIds)
    .returning(['id', 'workspaceId', 'answerProposalId'])
    .execute();
}
