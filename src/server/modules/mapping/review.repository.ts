import { sql } from 'kysely';
import type { Caller } from '../../auth/caller.js';
import { applyVisibility } from '../../auth/visibility.js';
import type { Database } from '../../db/database.js';

/** A list of ids as one array parameter: ten thousand of them would be ten thousand parameters. */
const anyOf = (ids: readonly string[]) => sql<string>`any(${[...ids]}::uuid[])`;

export type ProposalStatus = 'pending' | 'accepted' | 'merged' | 'rejected' | 'withdrawn';
export type ProposalKind = 'relation' | 'organisation' | 'competence';

/** A round as far as its review needs it: where it belongs, who may see it, what it asked. */
export const roundById = (db: Database, id: string) =>
  db
    .selectFrom('mappingRounds')
    .select(['id', 'workspaceId', 'visibility', 'questionnaireId', 'version'])
    .where('id', '=', id)
    .executeTakeFirst();

/** The proposals of a round with their respondent and the time of the answer that made them. */
function proposalsQuery(db: Database, roundId: string) {
  return db
    .selectFrom('answerProposals as p')
    .innerJoin('roundRespondents as r', 'r.id', 'p.respondentId')
    .leftJoin('roundAnswers as a', (j) =>
      j.onRef('a.respondentId', '=', 'p.respondentId').onRef('a.questionKey', '=', 'p.questionKey'),
    )
    .select([
      'p.id',
      'p.kind',
      'p.status',
      'p.questionKey',
      'p.target',
      'p.payload',
      'p.recordId',
      'p.respondentId',
      'r.displayName as respondentName',
      'r.organisationId',
      'r.mode',
      'r.interviewedOn',
    ])
    .select((eb) => eb.fn.coalesce('a.updatedAt', 'p.updatedAt').as('answeredAt'))
    .where('r.roundId', '=', roundId);
}

export type ProposalRow = Awaited<ReturnType<ReturnType<typeof proposalsQuery>['execute']>>[number];

export function roundProposals(
  db: Database,
  roundId: string,
  filter: { status?: ProposalStatus; kind?: ProposalKind },
) {
  let q = proposalsQuery(db, roundId);
  if (filter.status) q = q.where('p.status', '=', filter.status);
  if (filter.kind) q = q.where('p.kind', '=', filter.kind);
  return q.orderBy('r.displayName').orderBy('p.questionKey').orderBy('p.createdAt').orderBy('p.id').execute();
}

/** Proposals of the round by id, locked for a decision: two editors deciding at once take turns. */
export function proposalsForDecision(db: Database, roundId: string, ids: readonly string[]) {
  if (!ids.length) return Promise.resolve([]);
  return proposalsQuery(db, roundId).where('p.id', '=', anyOf(ids)).forUpdate('p').execute();
}

/** The organisation proposals of these respondents (new actors that their ties may point at). */
export function organisationProposalsOf(db: Database, respondentIds: readonly string[]) {
  if (!respondentIds.length) return Promise.resolve([]);
  return db
    .selectFrom('answerProposals')
    .select(['id', 'respondentId', 'questionKey', 'target', 'status', 'recordId'])
    .where('kind', '=', 'organisation')
    .where('respondentId', 'in', respondentIds)
    .execute();
}

const organisationColumns = ['id', 'nameFi', 'businessId', 'municipalityCode'] as const;

/** Readable organisations of the roster with one of these business IDs. */
export function organisationsByBusinessId(db: Database, caller: Caller, businessIds: readonly string[]) {
  if (!businessIds.length) return Promise.resolve([]);
  return applyVisibility(
    db.selectFrom('organisations').select(organisationColumns).where('businessId', 'in', businessIds),
    caller,
  ).execute();
}

/** The municipality codes among these that Statistics Finland's list has. */
export async function knownMunicipalities(db: Database, codes: readonly string[]) {
  if (!codes.length) return new Set<string>();
  const rows = await db.selectFrom('municipalities').select('code').where('code', 'in', codes).execute();
  return new Set(rows.map((r) => r.code.trim()));
}

/** Whether any organisation, readable or not, has this business ID (it is unique in the roster). */
export async function businessIdsTaken(db: Database, businessIds: readonly string[]) {
  if (!businessIds.length) return new Set<string>();
  const rows = await db
    .selectFrom('organisations')
    .select('businessId')
    .where('businessId', 'in', businessIds)
    .execute();
  return new Set(rows.map((r) => r.businessId));
}

/**
 * Readable organisations whose name has a word starting like one of these: the few whose names are then
 * compared in full (a roster may hold every company of a region).
 */
export function organisationsNamedLike(db: Database, caller: Caller, words: readonly string[], limit = 50) {
  if (!words.length) return Promise.resolve([]);
  const query = words.map((w) => `${w}:*`).join(' | ');
  return applyVisibility(
    db
      .selectFrom('organisations')
      .select(organisationColumns)
      .where(sql<boolean>`search_vector @@ to_tsquery('simple', ${query})`)
      .limit(limit),
    caller,
  ).execute();
}

/** The records among these ids, of organisations or of the vocabulary, that the caller may read. */
export async function readableIds(
  db: Database,
  caller: Caller,
  table: 'organisations' | 'competences',
  ids: readonly string[],
) {
  if (!ids.length) return new Set<string>();
  const rows = await applyVisibility(
    db.selectFrom(table).select(['id', 'workspaceId', 'visibility']).where('id', 'in', ids),
    caller,
  ).execute();
  return new Set(rows.map((r) => r.id));
}

export type Decided = { id: string; status: ProposalStatus; recordId: string | null };

const decision = (status: ProposalStatus, actor: string, now: Date) => ({
  status,
  decidedBy: actor,
  decidedAt: now,
  updatedAt: now,
});

/** Rejected proposals: nothing is written but the decision. */
export async function markRejected(db: Database, ids: readonly string[], actor: string, now: Date) {
  if (!ids.length) return;
  await db
    .updateTable('answerProposals')
    .set({ ...decision('rejected', actor, now), recordId: null })
    .where('id', '=', anyOf(ids))
    .execute();
}

/**
 * Accepted (or merged) proposals whose facts name them (relations or competence records written by them): marked in
 * one statement per part, each with the id of its fact.
 */
export async function markByLink(
  db: Database,
  table: 'relations' | 'organisationCompetences',
  status: 'accepted' | 'merged',
  ids: readonly string[],
  actor: string,
  now: Date,
) {
  // Both tables have the id and the link; the builder is typed on one of them.
  const facts = table as 'relations';
  if (!ids.length) return;
  await db
    .updateTable('answerProposals')
    .from(facts)
    .set((eb) => ({ ...decision(status, actor, now), recordId: eb.ref(`${facts}.id`) }))
    .whereRef(`${facts}.answerProposalId`, '=', 'answerProposals.id')
    .where('answerProposals.id', '=', anyOf(ids))
    .execute();
}

/** Proposals decided one by one: organisations, merges, and ties to a fact that was there already. */
export async function markDecided(db: Database, decided: readonly Decided[], actor: string, now: Date) {
  for (const d of decided)
    await db
      .updateTable('answerProposals')
      .set({ ...decision(d.status, actor, now), recordId: d.recordId })
      .where('id', '=', d.id)
      .execute();
}

/** A long list in parts, to stay under PostgreSQL's limit of parameters in one statement. */
export function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
