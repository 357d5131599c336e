import { sql, type InsertObject, type Selectable, type UpdateObject } from 'kysely';
import type { Caller } from '../../auth/caller.js';
import { applyVisibility } from '../../auth/visibility.js';
import type { Database } from '../../db/database.js';
import type { DB, JsonValue } from '../../db/schema.js';
import { isUuid } from '../../resources/repository.js';

const RUN_COLUMNS = [
  'id',
  'workspaceId',
  'visibility',
  'kind',
  'entity',
  'fileName',
  'state',
  'rowCount',
  'createdCount',
  'updatedCount',
  'unchangedCount',
  'failedCount',
  'errors',
  'mapping',
  'encoding',
  'message',
  'createdBy',
  'createdAt',
  'updatedAt',
  'finishedAt',
] as const;

type ImportRuns = DB['importRuns'];

/** A run as read; a list of runs leaves out their errors. */
export type RunRow = Omit<Pick<Selectable<ImportRuns>, (typeof RUN_COLUMNS)[number]>, 'errors'> & {
  errors?: JsonValue;
};

/** A workspace's id, by id or slug. */
export async function workspaceIdByKey(db: Database, key: string): Promise<string | undefined> {
  const ws = await db
    .selectFrom('workspaces')
    .select('id')
    .where(isUuid(key) ? 'id' : 'slug', '=', key)
    .executeTakeFirst();
  return ws?.id;
}

export async function insertRun(db: Database, values: InsertObject<DB, 'importRuns'>): Promise<string> {
  const row = await db.insertInto('importRuns').values(values).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

/** Sets a run's columns, its updated_at to now. */
export async function updateRun(db: Database, id: string, values: UpdateObject<DB, 'importRuns'>) {
  await db
    .updateTable('importRuns')
    .set({ ...values, updatedAt: sql<Date>`now()` })
    .where('id', '=', id)
    .execute();
}

/** Ends a run with these columns, finished now. */
export function finishRunRow(
  db: Database,
  id: string,
  values: UpdateObject<DB, 'importRuns'>,
): Promise<RunRow> {
  return db
    .updateTable('importRuns')
    .set({ ...values, finishedAt: sql<Date>`clock_timestamp()`, updatedAt: sql<Date>`now()` })
    .where('id', '=', id)
    .returning(RUN_COLUMNS)
    .executeTakeFirstOrThrow();
}

/** The newest runs the caller may see, without their error lists. */
export function listRunRows(db: Database, caller: Caller, limit: number): Promise<RunRow[]> {
  const columns = RUN_COLUMNS.filter((c) => c !== 'errors');
  return applyVisibility(db.selectFrom('importRuns').select(columns), caller)
    .orderBy('createdAt', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
}

export async function findRunRow(db: Database, id: string): Promise<RunRow | undefined> {
  if (!isUuid(id)) return undefined;
  return db.selectFrom('importRuns').select(RUN_COLUMNS).where('id', '=', id).executeTakeFirst();
}
