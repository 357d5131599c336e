import type { Insertable } from 'kysely';
import type { Database } from '../../db/database.js';
import type { ApiTokens } from '../../db/schema.js';

const COLUMNS = [
  'id',
  'name',
  'scopes',
  'workspaceId',
  'createdAt',
  'lastUsedAt',
  'expiresAt',
  'revokedAt',
] as const;

/** A user's tokens, newest first. */
export const listTokens = (db: Database, userId: string) =>
  db
    .selectFrom('apiTokens')
    .select(COLUMNS)
    .where('userId', '=', userId)
    .orderBy('createdAt', 'desc')
    .execute();

export const insertToken = (db: Database, values: Insertable<ApiTokens>) =>
  db.insertInto('apiTokens').values(values).returning(COLUMNS).executeTakeFirstOrThrow();

/** Revokes one of a user's live tokens; false when they have no such token. */
export async function revokeToken(db: Database, id: string, userId: string, now: Date): Promise<boolean> {
  const result = await db
    .updateTable('apiTokens')
    .set({ revokedAt: now })
    .where('id', '=', id)
    .where('userId', '=', userId)
    .where('revokedAt', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}
