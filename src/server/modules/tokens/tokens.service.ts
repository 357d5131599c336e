import { audit } from '../../audit/audit.js';
import type { Caller } from '../../auth/caller.js';
import { hashToken, newToken } from '../../auth/secrets.js';
import { TOKEN_PREFIX } from '../../auth/tokens.js';
import { inTransaction, type Database } from '../../db/database.js';
import { AppError, notFound } from '../../errors.js';
import { isUuid } from '../../resources/repository.js';
import { ownUserId } from '../auth/account.service.js';
import * as repo from './tokens.repository.js';

/** Only people manage tokens, never a token. */
const tokenOwner = (caller: Caller) => ownUserId(caller, 'Sign in as a user to manage API tokens');

export const listOwnTokens = async (db: Database, caller: Caller) => repo.listTokens(db, tokenOwner(caller));

export type NewToken = { name: string; scopes: string[]; workspaceId?: string; expiresAt?: string };

/** A new token, limited at most to one of the caller's workspaces; its secret is returned this once. */
export async function createToken(db: Database, caller: Caller, input: NewToken, now: Date) {
  const userId = tokenOwner(caller);
  if (input.workspaceId && !caller.workspaces.has(input.workspaceId)) {
    throw new AppError(400, 'unknown_workspace', 'You are not a member of that workspace', [
      { path: 'workspaceId', message: 'Not your workspace' },
    ]);
  }
  const secret = newToken(TOKEN_PREFIX);
  return inTransaction(db, async (trx) => {
    const row = await repo.insertToken(trx, {
      userId,
      name: input.name,
      scopes: input.scopes,
      workspaceId: input.workspaceId ?? null,
      expiresAt: input.expiresAt ?? null,
      tokenHash: hashToken(secret),
    });
    const detail = { scopes: input.scopes };
    await audit(
      trx,
      caller,
      { action: 'create', entity: 'api_tokens', entityId: row.id, outcome: 'ok', detail },
      now,
    );
    return { row, secret };
  });
}

/** Revokes one of the caller's live tokens; any other id is not found. */
export async function revokeOwnToken(db: Database, caller: Caller, id: string, now: Date) {
  const userId = tokenOwner(caller);
  const revoked = isUuid(id) && (await repo.revokeToken(db, id, userId, now));
  if (!revoked) throw notFound('Token');
  await audit(db, caller, { action: 'revoke', entity: 'api_tokens', entityId: id, outcome: 'ok' }, now);
}
