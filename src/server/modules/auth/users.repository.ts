import type { Insertable, Updateable } from 'kysely';
import type { Database } from '../../db/database.js';
import type { LoginLinks, Users } from '../../db/schema.js';

export const insertUser = (db: Database, values: Insertable<Users>) =>
  db
    .insertInto('users')
    .values(values)
    .returning(['id', 'email', 'displayName', 'isAdmin'])
    .executeTakeFirstOrThrow();

/** The whole row of a user who exists (a signed-in caller). */
export const userById = (db: Database, id: string) =>
  db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

/** The account an e-mail names, whatever its case. */
export const findUserByEmail = (db: Database, email: string) =>
  db
    .selectFrom('users')
    .selectAll()
    .where((eb) => eb(eb.fn('lower', ['email']), '=', eb.fn('lower', [eb.val(email.trim())])))
    .executeTakeFirst();

/** The account linked to a single sign-on identity. */
export const findUserByIdentity = (db: Database, issuer: string, subject: string) =>
  db
    .selectFrom('users')
    .select(['id', 'disabledAt'])
    .where('oidcIssuer', '=', issuer)
    .where('oidcSubject', '=', subject)
    .executeTakeFirst();

/** Whether and when an account (its e-mail as written) last signed in. */
export const lastLogin = (db: Database, email: string) =>
  db.selectFrom('users').select(['id', 'lastLoginAt']).where('email', '=', email).executeTakeFirst();

/** The first admin account and whether it has ever signed in. */
export const firstAdmin = (db: Database) =>
  db
    .selectFrom('users')
    .select(['id', 'lastLoginAt'])
    .where('isAdmin', '=', true)
    .orderBy('createdAt')
    .executeTakeFirst();

/** Changes a user; false when there is no such user. */
export async function updateUser(db: Database, id: string, values: Updateable<Users>): Promise<boolean> {
  const result = await db.updateTable('users').set(values).where('id', '=', id).executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function insertLoginLink(db: Database, values: Insertable<LoginLinks>) {
  await db.insertInto('loginLinks').values(values).execute();
}

/** Marks an unused, unexpired link used, once; its user, or undefined. */
export async function takeLoginLink(db: Database, tokenHash: string, now: Date) {
  const row = await db
    .updateTable('loginLinks')
    .set({ usedAt: now })
    .where('tokenHash', '=', tokenHash)
    .where('usedAt', 'is', null)
    .where('expiresAt', '>', now)
    .returning('userId')
    .executeTakeFirst();
  return row?.userId;
}
