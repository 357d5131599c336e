import { sql, type CompiledQuery } from 'kysely';
import type { Proposal } from '../../../domain/answer-proposals.js';
import type { Database } from '../../db/database.js';
import { proposalsInsert } from './proposals.repository.js';

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
      // The answers so far come along: a save needs them, and one statement less is one round trip less.
      // As text: the result's camelCase mapping would rename a question key such as has_partners.
      (eb) =>
        eb
          .selectFrom('roundAnswers as a')
          .select(sql<string>`coalesce(jsonb_object_agg(a.question_key, a.value), '{}'::jsonb)::text`.as('v'))
          .whereRef('a.respondentId', '=', 'r.id')
          .$asScalar()
          .as('answersJson'),
    ]);
  return lock ? q.forUpdate('r') : q;
}

/** A respondent's row with the answers so far read from their text, by question key. */
function withAnswers<T extends { answersJson: string }>(row: T) {
  const { answersJson, ...rest } = row;
  return { ...rest, answers: JSON.parse(answersJson) as StoredAnswers };
}

const byHash = (db: Database, lock: boolean, tokenHash: string) =>
  respondentQuery(db, lock).where('r.tokenHash', '=', tokenHash);
type ByHashRow = NonNullable<Awaited<ReturnType<ReturnType<typeof byHash>['executeTakeFirst']>>>;

/**
 * The query of every save, compiled once per lock mode: building and compiling its joins anew took a
 * tenth of a save's time. The hash is its only parameter; a marker stands for it in the compiled form.
 */
const HASH_MARKER = '\u0000token-hash';
const compiledByHash = new Map<boolean, CompiledQuery>();

/** A respondent by the hash of their personal link. */
export async function respondentByTokenHash(
  db: Database,
  tokenHash: string,
  lock: boolean,
): Promise<ReturnType<typeof withAnswers<ByHashRow>> | undefined> {
  let compiled = compiledByHash.get(lock);
  if (!compiled) {
    compiled = byHash(db, lock, HASH_MARKER).compile();
    compiledByHash.set(lock, compiled);
  }
  const parameters = compiled.parameters.map((p) => (p === HASH_MARKER ? tokenHash : p));
  const result = await db.executeQuery<ByHashRow>({ ...compiled, parameters });
  return result.rows[0] && withAnswers(result.rows[0]);
}

/** A respondent by id (an interviewer's way in, with no link). */
export async function respondentById(db: Database, id: string, lock: boolean) {
  const row = await respondentQuery(db, lock).where('r.id', '=', id).executeTakeFirst();
  return row && withAnswers(row);
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

/** What one save writes: answers (null takes one back), the respondent's marks, new proposals. */
export type AnswerRows = {
  answers: StoredAnswers;
  marks: RespondentMarkings;
  proposals: readonly Proposal[];
  now: Date;
};

/**
 * Writes the given answers over the stored ones (a key given as null takes its answer back), the
 * respondent's marks and the new proposals. The usual save, answers written and none taken back, is
 * one statement: each statement is a round trip, and a save is in a transaction with the respondent
 * locked.
 */
export async function saveAnswerRows(db: Database, respondentId: string, rows: AnswerRows) {
  const { marks, proposals, now } = rows;
  const given = Object.entries(rows.answers);
  const takenBack = given.filter(([, v]) => v === null).map(([k]) => k);
  const written = given.filter(([, v]) => v !== null);
  if (takenBack.length) await withdrawn(db, respondentId, takenBack).execute();
  if (!written.length) {
    await marked(db, respondentId, marks, now).execute();
    if (proposals.length) await proposalsInsert(db, respondentId, proposals, now).execute();
    return;
  }
  let statement = db.with('marked', (qb) => marked(qb as unknown as Database, respondentId, marks, now));
  if (proposals.length)
    statement = statement.with('proposed', (qb) =>
      proposalsInsert(qb as unknown as Database, respondentId, proposals, now).returning('id'),
    ) as unknown as typeof statement;
  await statement
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
