import type { Database } from '../../db/database.js';

/** Rounds whose answers were kept until before `day` and that still have respondents to anonymise. */
export function roundsPastRetention(db: Database, day: string) {
  return db
    .selectFrom('mappingRounds as m')
    .select(['m.id', 'm.workspaceId', 'm.questionnaireId', 'm.version'])
    .where('m.answersKeptUntil', '<', day)
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('roundRespondents as r')
          .select('r.id')
          .whereRef('r.roundId', '=', 'm.id')
          .where('r.anonymisedAt', 'is', null),
      ),
    )
    .execute();
}

/**
 * Takes away what identifies the round's respondents: the name (an organisation's stays as its own
 * name), e-mail, person, link and interview notes. Returns how many there were.
 */
export async function anonymiseRespondents(db: Database, roundId: string, now: Date) {
  const rows = await db
    .updateTable('roundRespondents as r')
    .set((eb) => ({
      displayName: eb.fn.coalesce(
        eb.selectFrom('organisations as o').select('o.nameFi').whereRef('o.id', '=', 'r.organisationId'),
        eb.val('–'),
      ),
      email: null,
      personId: null,
      interviewer: null,
      interviewNotes: null,
      tokenHash: null,
      tokenRevokedAt: now,
      anonymisedAt: now,
      updatedAt: now,
    }))
    .where('r.roundId', '=', roundId)
    .where('r.anonymisedAt', 'is', null)
    .returning('r.id')
    .execute();
  return rows.length;
}

/** Deletes the round's answers to the given questions (the free-text ones, which may name a person). */
export async function deleteAnswersTo(db: Database, roundId: string, questionKeys: readonly string[]) {
  if (!questionKeys.length) return;
  await db
    .deleteFrom('roundAnswers')
    .where('questionKey', 'in', questionKeys)
    .where('respondentId', 'in', (eb) =>
      eb.selectFrom('roundRespondents').select('id').where('roundId', '=', roundId),
    )
    .execute();
}
