/**
 * Who reads and writes a consortium: a record of its workspace, read as every record (visibility) and
 * written by the workspace's editors. A consortium, call, project, organisation or person the caller may
 * not read is "not found", and the attempt is audited.
 */
import type { Caller } from '../../auth/caller.js';
import { canRead, canWrite } from '../../auth/visibility.js';
import { audit } from '../../audit/audit.js';
import type { Database } from '../../db/database.js';
import { AppError, notFound } from '../../errors.js';

export const ENTITY = 'consortia';
type Placed = { id: string; workspaceId: string; visibility: string };

/** The record when the caller may read it; otherwise "not found", as if it did not exist. */
export async function visible<R extends Placed>(
  db: Database,
  caller: Caller,
  row: R | undefined,
  what: { entity: string; name: string },
): Promise<R> {
  if (row && canRead(caller, row)) return row;
  if (row)
    await audit(db, caller, { action: 'read', entity: what.entity, entityId: row.id, outcome: 'denied' });
  throw notFound(what.name);
}

export const CONSORTIUM = { entity: ENTITY, name: 'Consortium' };

export async function writable<R extends Placed>(
  db: Database,
  caller: Caller,
  row: R | undefined,
  action: string,
) {
  const found = await visible(db, caller, row, CONSORTIUM);
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
    : new AppError(403, 'forbidden', 'Only the editors of its workspace may change this consortium');
}
