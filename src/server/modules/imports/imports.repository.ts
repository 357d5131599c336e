/**
 * The imports' reads and statements besides the bulk writes (ytj.upsert.ts, table.bulk.ts) and the runs
 * (runs.repository.ts).
 */
import { sql } from 'kysely';
import type { Caller } from '../../auth/caller.js';
import { applyVisibility } from '../../auth/visibility.js';
import type { Database } from '../../db/database.js';

/**
 * Runs `write` in a savepoint of the caller's transaction: when it throws, only its own writes roll back
 * (the transaction goes on) and the error is thrown on.
 */
export async function inSavepoint<T>(trx: Database, write: () => Promise<T>): Promise<T> {
  await sql`savepoint import_row`.execute(trx);
  try {
    const result = await write();
    await sql`release savepoint import_row`.execute(trx);
    return result;
  } catch (error) {
    await sql`rollback to savepoint import_row`.execute(trx);
    throw error;
  }
}

/** The transaction's time as PostgreSQL's text, as now() gives it to the rows it writes. */
export async function transactionTime(trx: Database): Promise<string> {
  const row = await trx
    .selectNoFrom((eb) => eb.cast<string>(eb.fn('now'), 'text').as('now'))
    .executeTakeFirstOrThrow();
  return row.now;
}

/** The workspace of each existing organisation among these business IDs. */
export async function organisationWorkspaces(db: Database, businessIds: string[]) {
  if (businessIds.length === 0) return [];
  return db
    .selectFrom('organisations')
    .select(['businessId', 'workspaceId'])
    .where('businessId', 'in', businessIds)
    .execute();
}

/** The organisation the caller can see for each of these business IDs that has one. */
export async function visibleOrganisationIds(
  db: Database,
  caller: Caller,
  businessIds: string[],
): Promise<Map<string, string>> {
  if (businessIds.length === 0) return new Map();
  const rows = await applyVisibility(db.selectFrom('organisations'), caller)
    .select(['id', 'businessId'])
    .where('businessId', 'in', businessIds)
    .execute();
  return new Map(rows.map((r) => [String(r.businessId), r.id]));
}
