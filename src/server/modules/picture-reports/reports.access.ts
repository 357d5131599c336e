/**
 * Who reads and writes a report document: a record of its workspace, read as every record (visibility)
 * and written by the workspace's editors. What the caller may not read is "not found", and the attempt
 * is audited; what they may read but not write is forbidden.
 */
import type { Caller } from '../../auth/caller.js';
import { canRead, canWrite } from '../../auth/visibility.js';
import { audit } from '../../audit/audit.js';
import type { Database } from '../../db/database.js';
import { AppError, notFound } from '../../errors.js';

export const ENTITY = 'picture-reports';
type Owned = { id: string; workspaceId: string; visibility: string };

export async function readable<R extends Owned>(
  db: Database,
  caller: Caller,
  row: R | undefined,
): Promise<R> {
  if (row && canRead(caller, row)) return row;
  if (row) await audit(db, caller, { action: 'read', entity: ENTITY, entityId: row.id, outcome: 'denied' });
  throw notFound('Report');
}

export async function writable<R extends Owned>(
  db: Database,
  caller: Caller,
  row: R | undefined,
  action: string,
): Promise<R> {
  const found = await readable(db, caller, row);
  if (canWrite(caller, found.workspaceId)) return found;
  await audit(db, caller, {
    action,
    entity: ENTITY,
    entityId: found.id,
    workspaceId: found.workspaceId,
    outcome: 'denied',
  });
  throw caller.kind === 'anonymous'
    ? new AppError(401, 'unauthenticated', 'Sign in first')
    : new AppError(403, 'forbidden', 'Only the editors of its workspace may change this report');
}

/** A save made against an older version would undo someone's change: the editor reloads first. */
export function sameVersion(current: number, seen: number) {
  if (current !== seen)
    throw new AppError(409, 'version_conflict', 'The report has changed since you opened it', [
      { path: 'version', message: `The report is at version ${current}` },
    ]);
}
