import type { Database } from '../../db/database.js';

/** A respondent by the hash of their personal link, with the round's period and questionnaire version. */
export async function respondentByTokenHash(db: Database, tokenHash: string, lock: boolean) {
  let q = db
    .selectFrom('roundRespondents as r')
    .innerJoin('mappingRounds as m', 'm.id', 'r.roundId')
    .select([
      'r.id',
      'r.mode',
      'r.tokenExpiresAt',
      'r.tokenRevokedAt',
      'r.submittedAt',
      'r.openedAt',
      'm.questionnaireId',
      'm.version',
      'm.opensOn',
      'm.closesOn',
      'm.closedAt',
    ])
    .where('r.tokenHash', '=', tokenHash);
  if (lock) q = q.forUpdate('r');
  return q.executeTakeFirst();
}

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
  marks: { openedAt?: Date; submittedAt?: Date | null },
) {
  await db
    .updateTable('roundRespondents')
    .set({ ...marks, updatedAt: new Date() })
    .where('id', '=', respondentId)
    .execute();
}
