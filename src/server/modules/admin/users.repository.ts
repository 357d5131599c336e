import type { Database } from '../../db/database.js';

/** Every account, as the admin's user list shows them. */
export const listUsers = (db: Database) =>
  db
    .selectFrom('users')
    .select(['id', 'email', 'displayName', 'isAdmin', 'disabledAt'])
    .orderBy('email')
    .execute();

export async function userExists(db: Database, id: string): Promise<boolean> {
  return (await db.selectFrom('users').select('id').where('id', '=', id).executeTakeFirst()) !== undefined;
}
