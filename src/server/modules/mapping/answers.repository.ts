import { sql } from 'kysely';
import type { Database } from '../../db/database.js';

type StoredAnswers = Record<string, unknown>;

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
      // the answers so far come along: a save needs them, and one statement less is one round trip less
      (eb) =>
        eb
          .selectFrom('roundAnswers as a')
          .select(
            sql<StoredAnswers>`coalesce(jsonb_object_agg(a.question_key, a.value), '{}'::jsonb)`.as('v'),
          )
          .whereRef('a.respondentId', '=', 'r.id')
          .$asScalar()
          .as('answers'),
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

export type RespondentMarkings = {
  openedAt?: Date;
  submittedAt?: Date | null;
  consentedAt?: Date;
  mode?: 'survey' | 'interview';
  interviewer?: string;
  interviewedOn?: string;
  interviewNotes?: string | null;
};

const marked = (db: Database, respondentId: string, marks: RespondentMarkings, now: Date) =>
  db
    .updateTable('roundRespondents')
    .set({ ...marks, updatedAt: now })
    .where('id', '=', respondentId)
    .returning('id');

const withdrawn = (db: Database, respondentId: string, keys: readonly string[]) =>
  db.deleteFrom('roundAnswers').where('respondentId', '=', respondentId).where('questionKey', 'in', keys);

/**
 * Writes the given answers over the stored ones (a key given as null takes its answer back) and the
 * respondent's marks. The usual save, answers written and none taken back, is one statement.
 */
export async function saveAnswerRows(
  db: Database,
  respondentId: string,
  answers: StoredAnswers,
  marks: RespondentMarkings,
  now = new Date(),
) {
  const given = Object.entries(answers);
  const takenBack = given.filter(([, v]) => v === null).map(([k]) => k);
  const written = given.filter(([, v]) => v !== null);
  if (takenBack.length) await withdrawn(db, respondentId, takenBack).execute();
  if (!written.length) return void (await marked(db, respondentId, marks, now).execute());
  await db
    .with('marked', (qb) => marked(qb as unknown as Database, respondentId, marks, now))
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

export const markRespondent = (db: Database, respondentId: string, marks: RespondentMarkings) =>
  marked(db, respondentId, marks, new Date()).execute();
