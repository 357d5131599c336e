import { sql } from 'kysely';
import type { Caller } from '../../auth/caller.js';
import { applyVisibility } from '../../auth/visibility.js';
import type { Database } from '../../db/database.js';
import type { RecordTable } from '../../db/records.js';
import { applyLinkVisibility } from '../../resources/links.js';
import { readColumnsOf } from '../../resources/repository.js';
import type { ResourceDefinition, Row } from '../../resources/types.js';

/** Transactions below this one have all ended: their changes are in the log for good. */
const settled = sql<string>`pg_snapshot_xmin(pg_current_snapshot())`;

/** The log's epoch, the newest key pruned and where a reader starting now begins. */
export async function horizon(db: Database) {
  return db
    .selectFrom('changesHorizon')
    .select([
      'epoch',
      sql<string>`txid::text`.as('txid'),
      'position',
      sql<string>`${settled}::text`.as('start'),
    ])
    .executeTakeFirstOrThrow();
}

/**
 * The next `limit` changes of one resource after (txid, position), in that order, of transactions
 * that have all ended: a change whose transaction is still running (or started earlier and commits
 * later) cannot fall behind a cursor handed out now.
 */
export function changesAfter(db: Database, resource: string, txid: string, position: number, limit: number) {
  return (
    db
      .selectFrom('changes')
      .select([
        'position',
        sql<string>`txid::text`.as('txid'),
        'recordId',
        'operation',
        'occurredAt',
        'workspaceId',
        'visibility',
        'linkedIds',
      ])
      .where('resource', '=', resource)
      .where(sql`(txid, position)`, '>', sql`(${txid}::xid8, ${position}::bigint)`)
      .where('txid', '<', settled)
      // The table's xid8, not the text of it selected above (which would sort 999 after 1000).
      .orderBy('changes.txid')
      .orderBy('changes.position')
      .limit(limit)
      .execute()
  );
}

export type ChangeRow = Awaited<ReturnType<typeof changesAfter>>[number];

/** Of these records, the ones the caller may read now, as a read of each would answer. */
export async function readableNow(db: Database, def: ResourceDefinition, ids: string[], caller: Caller) {
  if (ids.length === 0) return [];
  const query = db.selectFrom(def.table).select(readColumnsOf(def)).where('id', 'in', ids);
  return (await applyLinkVisibility(applyVisibility(query, caller), def, caller).execute()) as Row[];
}

/** Of these records of a table, the ones that exist and that the caller may read now. */
export async function visibleIds(db: Database, table: RecordTable, ids: string[], caller: Caller) {
  if (ids.length === 0) return [];
  const rows = await applyVisibility(
    db.selectFrom(table).select('id').where('id', 'in', ids),
    caller,
  ).execute();
  return rows.map((r) => String(r.id));
}

/** Of these records of a table, the ones that still exist, whoever may read them. */
export async function existingIds(db: Database, table: RecordTable, ids: string[]) {
  if (ids.length === 0) return [];
  const rows = await db.selectFrom(table).select('id').where('id', 'in', ids).execute();
  return rows.map((r) => String(r.id));
}

/** The placement each of these records had when it was deleted, while the log keeps it. */
export function deletedPlacements(db: Database, resource: string, ids: string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('changes')
    .select(['recordId', 'workspaceId', 'visibility'])
    .where('resource', '=', resource)
    .where('operation', '=', 'deleted')
    .where('recordId', 'in', ids)
    .execute();
}

/**
 * Removes the changes up to the newest that happened before `cutoff` (a prefix of the log in its own
 * order) and moves the horizon there; cursors before it answer 410. Returns how many were removed.
 */
export async function pruneBefore(db: Database, cutoff: Date): Promise<number> {
  const newest = await db
    .selectFrom('changes')
    .select([sql<string>`txid::text`.as('txid'), 'position'])
    .where('occurredAt', '<', cutoff)
    .orderBy('changes.txid', 'desc')
    .orderBy('changes.position', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!newest) return 0;
  const key = sql`(${newest.txid}::xid8, ${newest.position}::bigint)`;
  const removed = await db
    .deleteFrom('changes')
    .where(sql`(txid, position)`, '<=', key)
    .executeTakeFirst();
  await db
    .updateTable('changesHorizon')
    .set({ txid: sql`${newest.txid}::xid8`, position: newest.position })
    .where(sql`(txid, position)`, '<', key)
    .execute();
  return Number(removed.numDeletedRows);
}
