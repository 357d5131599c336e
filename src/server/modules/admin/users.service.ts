import { audit, type Actor } from '../../audit/audit.js';
import { endAllSessions } from '../../auth/sessions.js';
import { inTransaction, type Database } from '../../db/database.js';
import { notFound } from '../../errors.js';
import { updateUser } from '../auth/users.repository.js';
import { createLoginLink, createUser, type NewUser } from '../auth/users.service.js';
import * as repo from './users.repository.js';

export const listUsers = (db: Database) => repo.listUsers(db);

/** A new account; one without a password gets a one-time sign-in link to hand over. */
export function createUserWithLink(db: Database, caller: Actor, input: NewUser, now: Date) {
  return inTransaction(db, async (trx) => {
    const user = await createUser(trx, input);
    const loginLink = input.password ? null : await createLoginLink(trx, user.id, now);
    await audit(trx, caller, { action: 'create', entity: 'users', entityId: user.id, outcome: 'ok' }, now);
    return { user: { ...user, disabledAt: null }, loginLink };
  });
}

export type UserChange = { displayName?: string | null; isAdmin?: boolean; disabled?: boolean };

/** Changes an account; disabling it ends its sessions at once. The audit names the fields, not their values. */
export function changeUser(db: Database, caller: Actor, id: string, change: UserChange, now: Date) {
  const { disabled, ...rest } = change;
  const values = {
    ...rest,
    ...(disabled === undefined ? {} : { disabledAt: disabled ? now : null }),
    updatedAt: now,
  };
  return inTransaction(db, async (trx) => {
    if (!(await updateUser(trx, id, values))) throw notFound('User');
    if (disabled) await endAllSessions(trx, id);
    await audit(
      trx,
      caller,
      {
        action: 'update',
        entity: 'users',
        entityId: id,
        outcome: 'ok',
        detail: { fields: Object.keys(change) },
      },
      now,
    );
  });
}

/** A new one-time sign-in link for an existing account. */
export async function newLoginLink(db: Database, id: string, now: Date) {
  if (!(await repo.userExists(db, id))) throw notFound('User');
  return createLoginLink(db, id, now);
}
