import type { Database } from '../../db/database.js';

/** The database server's version; throws when the database cannot be reached. */
export async function serverVersion(db: Database): Promise<string | null> {
  const row = await db
    .selectNoFrom((eb) => eb.fn<string>('current_setting', [eb.val('server_version')]).as('v'))
    .executeTakeFirst();
  return row?.v ?? null;
}
