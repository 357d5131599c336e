/**
 * Who may read and write questionnaires, rounds and respondents: a record of a workspace, read as every
 * record (visibility) and written by the workspace's editors. What the caller may not read is "not
 * found", and the attempt is audited; what they may read but not write is forbidden.
 */
import type { Caller } from '../../auth/caller.js';
import { readableRecord, writableRecord, type RecordKind } from '../../auth/record-access.js';
import { canWrite } from '../../auth/visibility.js';
import type { Database } from '../../db/database.js';

type WorkspaceRecord = { id: string; workspaceId: string; visibility: string };

const kindOf = (entity: string): RecordKind => ({
  entity,
  name: entity === 'questionnaires' ? 'Questionnaire' : 'Mapping round',
});

/** The record when the caller may read it; otherwise 404 (audited when it exists). */
export const readable = <R extends WorkspaceRecord>(
  db: Database,
  caller: Caller,
  entity: string,
  row: R | undefined,
) => readableRecord(db, caller, row, kindOf(entity));

/** The record when the caller may change it: 404 when they may not read it, 403 when only read. */
export const writable = <R extends WorkspaceRecord>(
  db: Database,
  caller: Caller,
  entity: string,
  row: R | undefined,
  action: string,
) => writableRecord(db, caller, row, kindOf(entity), action);

/** Whether the caller edits the record's workspace (editors see what readers do not: interview notes). */
export const edits = (caller: Caller, row: { workspaceId: string }) => canWrite(caller, row.workspaceId);
