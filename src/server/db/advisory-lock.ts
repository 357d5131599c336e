import { sql } from 'kysely';
import type { Database } from './database.js';

/**
 * Runs `fn` holding a session-level PostgreSQL advisory lock on one connection of `db`, which `fn` is
 * given: another instance asking for the same key waits until `fn` is done. A process that dies
 * releases the lock with its connection.
 */
export async function withAdvisoryLock<T>(
  db: Database,
  key: number,
  fn: (connection: Database) => Promise<T>,
): Promise<T> {
  return db.connection().execute(async (connection) => {
    await sql`select pg_advisory_lock(${sql.lit(key)})`.execute(connection);
    try {
      return await fn(connection);
    } finally {
      await sql`select pg_advisory_unlock(${sql.lit(key)})`.execute(connection);
    }
  });
}
