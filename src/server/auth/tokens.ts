import type { Database } from '../db/database.js';
import { hashToken } from './secrets.js';

export const TOKEN_PREFIX = 'solmu_';

export async function findApiToken(db: Database, token: string, now: Date) {
  if (!token.startsWith(TOKEN_PREFIX)) return null;
  const row = await db
    .selectFrom('apiTokens')
    .select(['id', 'userId', 'scopes', 'workspaceId', 'expiresAt', 'revokedAt', 'lastUsedAt'])
    .where('tokenHash', '=', hashToken(token))
    .executeTakeFirst();
  if (!row || row.revokedAt || (row.expiresAt && (row.expiresAt as Date) <= now)) return null;
  if (!row.lastUsedAt || now.getTime() - (row.lastUsedAt as Date).getTime() > 60_000) {
    await db.updateTable('apiTokens').set({ lastUsedAt: now }).where('id', '=', row.id).execute();
  }
  return {
    tokenId: row.id,
    userId: row.userId,
    scopes: row.scopes as string[],
    workspaceId: row.workspaceId ?? null,
  };
}
