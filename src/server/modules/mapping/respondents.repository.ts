import type { Database } from '../../db/database.js';

/** A respondent with the round they belong to: who may see and change them follows the round. */
export function respondentWithRound(db: Database, id: string, lock = false) {
  let q = db
    .selectFrom('roundRespondents as r')
    .innerJoin('mappingRounds as m', 'm.id', 'r.roundId')
    .select([
      'r.id',
      'r.roundId',
      'r.displayName',
      'r.email',
      'r.language',
      'r.submittedAt',
      'm.workspaceId',
      'm.visibility',
      'm.closedAt',
      'm.closesOn',
    ])
    .where('r.id', '=', id);
  if (lock) q = q.forUpdate('r');
  return q.executeTakeFirst();
}

/** The respondents of a round with their organisation, its town and whether they have answered. */
export function respondentsOfRound(db: Database, roundId: string) {
  return db
    .selectFrom('roundRespondents as r')
    .leftJoin('organisations as o', 'o.id', 'r.organisationId')
    .leftJoin('municipalities as mu', 'mu.code', 'o.municipalityCode')
    .select((eb) => [
      'r.id',
      'r.displayName',
      'r.organisationId',
      'r.personId',
      'r.language',
      'r.mode',
      'r.openedAt',
      'r.submittedAt',
      'r.remindedAt',
      'r.tokenHash',
      'r.tokenExpiresAt',
      'r.tokenRevokedAt',
      'r.interviewer',
      'r.interviewedOn',
      eb('r.email', 'is not', null).as('hasEmail'),
      eb
        .exists(
          eb.selectFrom('roundAnswers as a').select('a.questionKey').whereRef('a.respondentId', '=', 'r.id'),
        )
        .as('hasAnswers'),
      'o.nameFi as organisationName',
      'o.kind as organisationKind',
      'o.municipalityCode',
      'mu.nameFi as municipalityName',
      'o.workspaceId as organisationWorkspaceId',
      'o.visibility as organisationVisibility',
    ])
    .where('r.roundId', '=', roundId)
    .orderBy('r.displayName')
    .orderBy('r.id')
    .execute();
}

export type RespondentListRow = Awaited<ReturnType<typeof respondentsOfRound>>[number];

/** The e-mail addresses of some of a round's respondents, for sending and nothing else. */
export function addressesOf(db: Database, roundId: string, ids?: string[]) {
  let q = db
    .selectFrom('roundRespondents')
    .select(['id', 'email', 'language', 'submittedAt'])
    .where('roundId', '=', roundId);
  if (ids) q = q.where('id', 'in', ids.length ? ids : ['00000000-0000-0000-0000-000000000000']);
  return q.orderBy('displayName').orderBy('id').execute();
}

export type NewRespondent = {
  roundId: string;
  organisationId: string | null;
  personId: string | null;
  displayName: string;
  email: string | null;
  language: string;
  tokenHash: string;
  tokenExpiresAt: Date;
};

export function insertRespondents(db: Database, rows: NewRespondent[], actor: string) {
  return db
    .insertInto('roundRespondents')
    .values(rows.map((r) => ({ ...r, createdBy: actor, updatedBy: actor })))
    .returning(['id', 'displayName', 'language'])
    .execute();
}

/** A new link: the old one's hash is replaced, so it stops working. */
export async function setLink(db: Database, id: string, tokenHash: string, expiresAt: Date, actor: string) {
  await db
    .updateTable('roundRespondents')
    .set({
      tokenHash,
      tokenExpiresAt: expiresAt,
      tokenRevokedAt: null,
      updatedBy: actor,
      updatedAt: new Date(),
    })
    .where('id', '=', id)
    .execute();
}

export async function revokeLink(db: Database, id: string, now: Date, actor: string) {
  await db
    .updateTable('roundRespondents')
    .set({ tokenRevokedAt: now, updatedBy: actor, updatedAt: now })
    .where('id', '=', id)
    .execute();
}

export async function markReminded(db: Database, id: string, now: Date) {
  await db.updateTable('roundRespondents').set({ remindedAt: now }).where('id', '=', id).execute();
}

export async function deleteRespondent(db: Database, id: string) {
  await db.deleteFrom('roundRespondents').where('id', '=', id).execute();
}

/** Organisations and people of the roster by id, with what the visibility rule needs. */
export async function rosterOf(db: Database, organisationIds: string[], personIds: string[]) {
  const none = ['00000000-0000-0000-0000-000000000000'];
  const organisations = await db
    .selectFrom('organisations')
    .select(['id', 'nameFi', 'workspaceId', 'visibility'])
    .where('id', 'in', organisationIds.length ? organisationIds : none)
    .execute();
  const people = await db
    .selectFrom('people')
    .select(['id', 'fullName', 'email', 'workspaceId', 'visibility'])
    .where('id', 'in', personIds.length ? personIds : none)
    .execute();
  return { organisations, people };
}
