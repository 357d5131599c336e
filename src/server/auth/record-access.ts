/**
 * Who reads and writes a record of a workspace: read as every record (visibility), written by the
 * workspace's editors. What the caller may not read is "not found", as if it did not exist, and the
 * attempt is audited; what they may read but not write is forbidden (401 before signing in).
 */
import { audit } from '../audit/audit.js';
import type { Database } from '../db/database.js';
import { AppError, notFound } from '../errors.js';
import type { Caller } from './caller.js';
import { canRead, canWrite } from './visibility.js';

type WorkspaceRecord = { id: string; workspaceId: string; visibility: string };
/** The audit entity of the record and the word for it in "not found" and "forbidden" answers. */
export type RecordKind = { entity: string; name: string };

/** The record when the caller may read it; otherwise 404 (audited when it exists). */
export async function readableRecord<R extends WorkspaceRecord>(
  db: Database,
  caller: Caller,
  row: R | undefined,
  kind: RecordKind,
): Promise<R> {
  if (row && canRead(caller, row)) return row;
  if (row)
    await audit(db, caller, { action: 'read', entity: kind.entity, entityId: row.id, outcome: 'denied' });
  throw notFound(kind.name);
}

/** The record when the caller may change it: 404 when they may not read it, 403 when only read. */
export async function writableRecord<R extends WorkspaceRecord>(
  db: Database,
  caller: Caller,
  row: R | undefined,
  kind: RecordKind,
  action: string,
): Promise<R> {
  const found = await readableRecord(db, caller, row, kind);
  if (canWrite(caller, found.workspaceId)) return found;
  await audit(db, caller, {
    action,
    entity: kind.entity,
    entityId: found.id,
    workspaceId: found.workspaceId,
    outcome: 'denied',
  });
  throw caller.kind === 'anonymous'
    ? new AppError(401, 'unauthenticated', 'Sign in first')
    : new AppError(
        403,
        'forbidden',
        `Only the editors of its workspace may change this ${kind.name.toLowerCase()}`,
      );
}
