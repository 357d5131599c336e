import { hashToken, newToken } from '../../src/server/auth/secrets.js';
import type { Database } from '../../src/server/db/database.js';

/**
 * A workspace with one questionnaire (no version yet), for the mapping rounds' tests. It collects answers
 * on legitimate interest, so a submit needs no consent; the consent tests make their own.
 */
export async function workspaceWithQuestionnaire(db: Database, slug: string) {
  const workspace = await db
    .insertInto('workspaces')
    .values({ slug, nameFi: slug })
    .returning('id')
    .executeTakeFirstOrThrow();
  const questionnaire = await db
    .insertInto('questionnaires')
    .values({ workspaceId: workspace.id, nameFi: 'Kartoitus', lawfulBasis: 'legitimate_interests' })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { workspaceId: workspace.id, questionnaireId: questionnaire.id };
}

/** A round of Savonlinna in May 2026 on a version of the questionnaire. */
export function mayRound(db: Database, q: { workspaceId: string; questionnaireId: string }, version = 1) {
  return db
    .insertInto('mappingRounds')
    .values({
      ...q,
      version,
      nameFi: 'Toukokuun haastattelut',
      scope: 'municipality',
      municipalityCode: '740',
      opensOn: '2026-05-01',
      closesOn: '2026-05-31',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
}

/** A respondent of a round with a personal link; the token is what their link carries. */
export async function respondentOf(
  db: Database,
  roundId: string,
  extra: { tokenExpiresAt?: Date; tokenRevokedAt?: Date } = {},
) {
  const token = newToken();
  const row = await db
    .insertInto('roundRespondents')
    .values({ roundId, displayName: 'Savonlinnan Testi Oy', tokenHash: hashToken(token), ...extra })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { token, id: row.id };
}

/** A questionnaire version with this content, and a May round on it. */
export async function roundWith(db: Database, slug: string, content: unknown) {
  const q = await workspaceWithQuestionnaire(db, slug);
  await db
    .insertInto('questionnaireVersions')
    .values({ questionnaireId: q.questionnaireId, version: 1, content: JSON.stringify(content) })
    .execute();
  return { ...q, roundId: (await mayRound(db, q)).id };
}
