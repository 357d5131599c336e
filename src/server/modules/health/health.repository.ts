import { sql } from 'kysely';
import type { Database } from '../../db/database.js';

/** The database server's version; throws when the database cannot be reached. */
export async function serverVersion(db: Database): Promise<string | null> {
  const r = await sql<{ v: string }>`select current_setting('server_version') as v`.execute(db);
  return r.rows[0]?.v ?? null;
}
