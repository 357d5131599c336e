/** An editor's codes (themes) and quote marks on open answers: one answer is a respondent and a question key. */
import type { Database } from '../../db/database.js';

export type AnswerKey = { respondentId: string; questionKey: string };

/** The respondent of a round, with whether they submitted; undefined when not of this round. */
export function roundRespondent(db: Database, roundId: string, respondentId: string) {
  return db
    .selectFrom('roundRespondents')
    .select(['id', 'submittedAt'])
    .where('id', '=', respondentId)
    .where('roundId', '=', roundId)
    .executeTakeFirst();
}

/** The stored answer, locked while its codes change. */
export function lockedAnswer(db: Database, key: AnswerKey) {
  return db
    .selectFrom('roundAnswers')
    .select('value')
    .where('respondentId', '=', key.respondentId)
    .where('questionKey', '=', key.questionKey)
    .forUpdate()
    .executeTakeFirst();
}

export async function replaceCodes(db: Database, key: AnswerKey, themes: string[], actor: string) {
  await db
    .deleteFrom('answerCodes')
    .where('respondentId', '=', key.respondentId)
    .where('questionKey', '=', key.questionKey)
    .execute();
  if (themes.length)
    await db
      .insertInto('answerCodes')
      .values(themes.map((theme) => ({ ...key, theme, createdBy: actor })))
      .execute();
}

export async function markQuote(db: Database, key: AnswerKey, usable: boolean, actor: string, now: Date) {
  if (!usable) {
    await db
      .deleteFrom('answerQuotes')
      .where('respondentId', '=', key.respondentId)
      .where('questionKey', '=', key.questionKey)
      .execute();
    return;
  }
  await db
    .insertInto('answerQuotes')
    .values({ ...key, markedAt: now, markedBy: actor })
    .onConflict((oc) => oc.columns(['respondentId', 'questionKey']).doNothing())
    .execute();
}

/** Codes and quote marks of a round's answers, by answer ("respondent|question"). */
export async function codesOfRound(db: Database, roundId: string) {
  const [codes, quotes] = await Promise.all([
    db
      .selectFrom('answerCodes as c')
      .innerJoin('roundRespondents as r', 'r.id', 'c.respondentId')
      .select(['c.respondentId', 'c.questionKey', 'c.theme'])
      .where('r.roundId', '=', roundId)
      .orderBy('c.theme')
      .execute(),
    db
      .selectFrom('answerQuotes as q')
      .innerJoin('roundRespondents as r', 'r.id', 'q.respondentId')
      .select(['q.respondentId', 'q.questionKey'])
      .where('r.roundId', '=', roundId)
      .execute(),
  ]);
  const themes = new Map<string, string[]>();
  for (const c of codes) {
    const k = `${c.respondentId}|${c.questionKey}`;
    themes.set(k, [...(themes.get(k) ?? []), c.theme]);
  }
  return { themes, quoted: new Set(quotes.map((q) => `${q.respondentId}|${q.questionKey}`)) };
}
