import type { ScopeKind } from '../../../analysis/picture.schema.js';
import type { Caller } from '../../auth/caller.js';
import { applyVisibility } from '../../auth/visibility.js';
import type { Database } from '../../db/database.js';
import { isUuid } from '../../resources/repository.js';

export const SNAPSHOT_COLUMNS = [
  'id',
  'scopeKind',
  'scopeId',
  'takenOn',
  'workspaceId',
  'visibility',
  'takenForReaders',
  'createdBy',
] as const;

export type SnapshotRow = {
  id: string;
  scopeKind: ScopeKind;
  scopeId: string;
  takenOn: string;
  workspaceId: string;
  visibility: 'private' | 'network' | 'public';
  takenForReaders: boolean;
  createdBy: string;
};

/**
 * Snapshots the caller may read: by their placement, and a snapshot saved before snapshots were taken
 * for their readers only by its creator (it may hold what only they could see).
 */
function readable(db: Database, caller: Caller) {
  const q = applyVisibility(db.selectFrom('pictureSnapshots'), caller);
  if (caller.isAdmin) return q;
  return q.where((eb) => eb.or([eb('takenForReaders', '=', true), eb('createdBy', '=', caller.label)]));
}

export async function insertSnapshot(
  db: Database,
  values: Omit<SnapshotRow, 'id' | 'takenForReaders'> & { picture: unknown },
): Promise<SnapshotRow> {
  return (await db
    .insertInto('pictureSnapshots')
    .values({
      ...values,
      picture: JSON.stringify(values.picture),
      takenForReaders: true,
      updatedBy: values.createdBy,
    })
    .returning([...SNAPSHOT_COLUMNS])
    .executeTakeFirstOrThrow()) as SnapshotRow;
}

export async function listSnapshots(db: Database, caller: Caller, kind: ScopeKind, scopeId: string) {
  return (await readable(db, caller)
    .select(SNAPSHOT_COLUMNS)
    .where('scopeKind', '=', kind)
    .where('scopeId', '=', scopeId)
    .orderBy('takenOn', 'desc')
    .orderBy('createdAt', 'desc')
    .execute()) as SnapshotRow[];
}

export async function findSnapshot(
  db: Database,
  caller: Caller,
  id: string,
): Promise<(SnapshotRow & { picture: unknown }) | undefined> {
  if (!isUuid(id)) return undefined;
  return (await readable(db, caller)
    .select([...SNAPSHOT_COLUMNS, 'picture'])
    .where('id', '=', id)
    .executeTakeFirst()) as (SnapshotRow & { picture: unknown }) | undefined;
}

/** The stored pictures of a scope the caller may read, oldest first. */
export async function snapshotPictures(db: Database, caller: Caller, kind: ScopeKind, scopeId: string) {
  const rows = await readable(db, caller)
    .select('picture')
    .where('scopeKind', '=', kind)
    .where('scopeId', '=', scopeId)
    .orderBy('takenOn')
    .execute();
  return rows.map((r) => r.picture as unknown);
}
