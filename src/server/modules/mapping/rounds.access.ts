/**
 * Who may read and write questionnaires, rounds and respondents: a record of a workspace, read as every
 * record (visibility) and written by the workspace's editors. What the caller may not read is "not
 * found", and the attempt is audited; what they may read but not write is forbidden.
 */
import type { Caller } from '../../auth/caller.js';
import { canRead, canWrite } from '../../auth/visibility.js';
import { audit } from '../../audit/audit.js';
import type { Database } from '../../db/database.js';
import { AppError, notFound } from '../../errors.js';

type WorkspaceRecord = { id: string; workspaceId: string; visibility: string };

/** The record when the caller may read it; otherwise 404 (audited when it exists). */
export async function readable<R extends WorkspaceRecord>(
  db: Database,
  caller: Caller,
  entity: string,
  row: R | undefined,
): Promise<R> {
  if (row && canRead(caller, row)) return row;
  if (row) await audit(db, caller, { action: 'read', entity, entityId: row.id, outcome: 'denied' });
  throw notFound(entity === 'questionnaires' ? 'Questionnaire' : 'Mapping round');
}

/** The record when the caller may change it: 404 when they may not read it, 403 when only read. */
export async function writable<R extends WorkspaceRecord>(
  db: Database,
  caller: Caller,
  entity: string,
  row: R | undefined,
  action: string,
): Promise<R> {
  const found = await readable(db, caller, entity, row);
  if (canWrite(caller, found.workspaceId)) return found;
  await audit(db, caller, {
    action,
    entity,
    entityId: found.id,
    workspaceId: found.workspaceId,
    outcome: 'denied',
  });
  throw caller.kind === 'anonymous'
    ? new AppError(401, 'unauthenticated', 'Sign in first')
    : new AppError(403, 'forbidden', 'Only the editors of its workspace may change this');
}

/** Whether the caller edits the record's workspace (editors see what readers do not: interview notes). */
export const edits = (caller: Caller, row: { workspaceId: string }) => canWrite(caller, row.workspaceId);
