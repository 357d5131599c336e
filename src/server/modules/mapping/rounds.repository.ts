import type { Caller } from '../../auth/caller.js';
import { applyVisibility } from '../../auth/visibility.js';
import type { Database } from '../../db/database.js';

/** What a round's editors write; the questionnaire and its version are set once, at creation. */
export type RoundFields = {
  visibility?: string;
  nameFi?: string;
  nameSv?: string | null;
  nameEn?: string | null;
  scope?: string;
  ecosystemId?: string | null;
  networkId?: string | null;
  municipalityCode?: string | null;
  opensOn?: string;
  closesOn?: string;
};

export function roundById(db: Database, id: string, lock = false) {
  let q = db.selectFrom('mappingRounds').selectAll().where('id', '=', id);
  if (lock) q = q.forUpdate();
  return q.executeTakeFirst();
}

export type RoundRow = NonNullable<Awaited<ReturnType<typeof roundById>>>;

export function visibleRounds(db: Database, caller: Caller, questionnaireId?: string) {
  let q = applyVisibility(db.selectFrom('mappingRounds').selectAll(), caller);
  if (questionnaireId) q = q.where('questionnaireId', '=', questionnaireId);
  return q.orderBy('opensOn', 'desc').orderBy('id').limit(1000).execute();
}

export function insertRound(
  db: Database,
  row: RoundFields & {
    nameFi: string;
    scope: string;
    opensOn: string;
    closesOn: string;
    workspaceId: string;
    questionnaireId: string;
    version: number;
    actor: string;
  },
) {
  const { actor, ...fields } = row;
  return db
    .insertInto('mappingRounds')
    .values({ ...fields, createdBy: actor, updatedBy: actor })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export function updateRound(
  db: Database,
  id: string,
  fields: RoundFields & { closedAt?: Date },
  actor: string,
) {
  return db
    .updateTable('mappingRounds')
    .set({ ...fields, updatedBy: actor, updatedAt: new Date() })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function deleteRound(db: Database, id: string) {
  await db.deleteFrom('mappingRounds').where('id', '=', id).execute();
}

/** Links that still work move with the round's last day. */
export async function moveLinkExpiry(db: Database, roundId: string, expiresAt: Date) {
  await db
    .updateTable('roundRespondents')
    .set({ tokenExpiresAt: expiresAt })
    .where('roundId', '=', roundId)
    .where('tokenHash', 'is not', null)
    .where('tokenRevokedAt', 'is', null)
    .execute();
}
