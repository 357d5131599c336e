import type { Database } from '../../db/database.js';

/** A respondent with what saving their answers needs: the round's period and version, the lawful basis. */
function respondentQuery(db: Database, lock: boolean) {
  const q = db
    .selectFrom('roundRespondents as r')
    .innerJoin('mappingRounds as m', 'm.id', 'r.roundId')
    .innerJoin('questionnaires as q', 'q.id', 'm.questionnaireId')
    .innerJoin('questionnaireVersions as v', (join) =>
      join.onRef('v.questionnaireId', '=', 'm.questionnaireId').onRef('v.version', '=', 'm.version'),
    )
    .select([
      'r.id',
      'r.roundId',
      'r.displayName',
      'r.mode',
      'r.interviewer',
      'r.interviewedOn',
      'r.interviewNotes',
      'r.tokenExpiresAt',
      'r.tokenRevokedAt',
      'r.submittedAt',
      'r.openedAt',
      'r.consentedAt',
      'm.workspaceId',
      'm.visibility',
      'm.questionnaireId',
      'm.version',
      'v.createdAt as versionWrittenAt',
      'm.opensOn',
      'm.closesOn',
      'm.closedAt',
      'm.nameFi as roundNameFi',
      'm.nameSv as roundNameSv',
      'm.nameEn as roundNameEn',
      'q.lawfulBasis',
      'q.privacyNoticeFi',
      'q.privacyNoticeSv',
      'q.privacyNoticeEn',
    ]);
  return lock ? q.forUpdate('r') : q;
}

/** A respondent by the hash of their personal link. */
export function respondentByTokenHash(db: Database, tokenHash: string, lock: boolean) {
  return respondentQuery(db, lock).where('r.tokenHash', '=', tokenHash).executeTakeFirst();
}

/** A respondent by id (an interviewer's way in, with no link). */
export function respondentById(db: Database, id: string, lock: boolean) {
  return respondentQuery(db, lock).where('r.id', '=', id).executeTakeFirst();
}

export type AnsweringRespondent = NonNullable<Awaited<ReturnType<typeof respondentById>>>;

export async function answersOf(db: Database, respondentId: string): Promise<Record<string, unknown>> {
  const rows = await db
    .selectFrom('roundAnswers')
    .select(['questionKey', 'value'])
    .where('respondentId', '=', respondentId)
    .execute();
  return Object.fromEntries(rows.map((r) => [r.questionKey, r.value]));
}

/** Writes the given answers over the stored ones; a key given as null takes its answer back. */
export async function writeAnswers(
  db: Database,
  respondentId: string,
  answers: Record<string, unknown>,
  now = new Date(),
) {
  const given = Object.entries(answers);
  const withdrawn = given.filter(([, v]) => v === null).map(([k]) => k);
  const written = given.filter(([, v]) => v !== null);
  if (withdrawn.length)
    await db
      .deleteFrom('roundAnswers')
      .where('respondentId', '=', respondentId)
      .where('questionKey', 'in', withdrawn)
      .execute();
  if (written.length)
    await db
      .insertInto('roundAnswers')
      .values(
        written.map(([questionKey, v]) => ({
          respondentId,
          questionKey,
          value: JSON.stringify(v),
          updatedAt: now,
        })),
      )
      .onConflict((oc) =>
        oc
          .columns(['respondentId', 'questionKey'])
          .doUpdateSet((eb) => ({ value: eb.ref('excluded.value'), updatedAt: now })),
      )
      .execute();
}

export async function markRespondent(
  db: Database,
  respondentId: string,
  marks: {
    openedAt?: Date;
    submittedAt?: Date | null;
    consentedAt?: Date;
    mode?: 'survey' | 'interview';
    interviewer?: string;
    interviewedOn?: string;
    interviewNotes?: string | null;
  },
) {
  await db
    .updateTable('roundRespondents')
    .set({ ...marks, updatedAt: new Date() })
    .where('id', '=', respondentId)
    .execute();
}
