import type { Database } from '../../db/database.js';

/** A user's own details; never a secret (password hash, TOTP secret). */
export const accountDetails = (db: Database, userId: string) =>
  db
    .selectFrom('users')
    .select([
      'id',
      'email',
      'displayName',
      'isAdmin',
      'totpEnabledAt',
      'disabledAt',
      'lastLoginAt',
      'createdAt',
    ])
    .where('id', '=', userId)
    .executeTakeFirstOrThrow();

/** The workspaces a user belongs to, with their role in each. */
export const workspacesOf = (db: Database, userId: string) =>
  db
    .selectFrom('memberships as m')
    .innerJoin('workspaces as w', 'w.id', 'm.workspaceId')
    .select(['w.id', 'w.slug', 'w.nameFi', 'm.role'])
    .where('m.userId', '=', userId)
    .orderBy('w.nameFi')
    .execute();

export async function coordinatedNetworkIds(db: Database, userId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('networkCoordinators')
    .select('networkId')
    .where('userId', '=', userId)
    .execute();
  return rows.map((r) => r.networkId);
}

/** What the audit log holds of a user's own doings, newest first. */
export const auditEntriesOf = (db: Database, userId: string) =>
  db
    .selectFrom('auditLog')
    .select(['at', 'action', 'entity', 'entityId', 'outcome'])
    .where('userId', '=', userId)
    .orderBy('id', 'desc')
    .limit(10_000)
    .execute();
