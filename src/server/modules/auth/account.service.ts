import { audit } from '../../audit/audit.js';
import type { Caller } from '../../auth/caller.js';
import { endAllSessions } from '../../auth/sessions.js';
import type { Database } from '../../db/database.js';
import { AppError } from '../../errors.js';
import { listTokens } from '../tokens/tokens.repository.js';
import { participationsOfUser } from '../workshops/participations.service.js';
import type { Account, OwnData } from './account.presenter.js';
import * as repo from './account.repository.js';
import { userById } from './users.repository.js';

/** The user acting on their own account: a person signed in with a session, never an API token. */
export function ownUserId(
  caller: Caller,
  message = 'Only a signed-in user can do this for their own account',
): string {
  if (caller.kind !== 'user' || !caller.userId) throw new AppError(403, 'forbidden', message);
  return caller.userId;
}

/** The whole row of the signed-in user (for the password and the second factor). */
export const ownAccount = async (db: Database, caller: Caller, message?: string) =>
  userById(db, ownUserId(caller, message));

/** A user's account: details, workspaces and roles, coordinated networks. */
async function loadAccount(db: Database, userId: string): Promise<Account> {
  const [user, workspaces, coordinatedNetworkIds] = await Promise.all([
    repo.accountDetails(db, userId),
    repo.workspacesOf(db, userId),
    repo.coordinatedNetworkIds(db, userId),
  ]);
  return { user, workspaces, coordinatedNetworkIds };
}

/** The caller's account, or null for nobody signed in. */
export const accountOf = async (db: Database, userId: string | null) =>
  userId ? loadAccount(db, userId) : null;

/** Ends every session of one's account, this one too (API tokens stay). */
export async function signOutEverywhere(db: Database, caller: Caller, now: Date) {
  const userId = ownUserId(caller);
  await endAllSessions(db, userId);
  await audit(
    db,
    caller,
    { action: 'logout_everywhere', entity: 'users', entityId: userId, outcome: 'ok' },
    now,
  );
}

/** Everything Solmu keeps about one's own account (GDPR access); the export itself is audited. */
export async function ownData(db: Database, caller: Caller, now: Date): Promise<OwnData> {
  const userId = ownUserId(caller);
  const [account, apiTokens, entries, workshops] = await Promise.all([
    loadAccount(db, userId),
    listTokens(db, userId),
    repo.auditEntriesOf(db, userId),
    participationsOfUser(db, userId),
  ]);
  await audit(db, caller, { action: 'export', entity: 'users', entityId: userId, outcome: 'ok' }, now);
  return { ...account, apiTokens, audit: entries, workshops };
}
