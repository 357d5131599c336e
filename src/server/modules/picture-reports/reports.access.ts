/**
 * Who reads and writes a report document: a record of its workspace, read as every record (visibility)
 * and written by the workspace's editors. What the caller may not read is "not found", and the attempt
 * is audited; what they may read but not write is forbidden.
 */
import type { Caller } from '../../auth/caller.js';
import { readableRecord, writableRecord, type RecordKind } from '../../auth/record-access.js';
import type { Database } from '../../db/database.js';
import { AppError } from '../../errors.js';

export const ENTITY = 'picture-reports';
const REPORT: RecordKind = { entity: ENTITY, name: 'Report' };
type Owned = { id: string; workspaceId: string; visibility: string };

export const readable = <R extends Owned>(db: Database, caller: Caller, row: R | undefined) =>
  readableRecord(db, caller, row, REPORT);

export const writable = <R extends Owned>(db: Database, caller: Caller, row: R | undefined, action: string) =>
  writableRecord(db, caller, row, REPORT, action);

/** A save made against an older version would undo someone's change: the editor reloads first. */
export function sameVersion(current: number, seen: number) {
  if (current !== seen)
    throw new AppError(409, 'version_conflict', 'The report has changed since you opened it', [
      { path: 'version', message: `The report is at version ${current}` },
    ]);
}
