/**
 * Who reads and writes a consortium: a record of its workspace (the shared record access). A consortium,
 * call, project, organisation or person the caller may not read is "not found", as if it did not exist.
 */
import type { Caller } from '../../auth/caller.js';
import { writableRecord, type RecordKind } from '../../auth/record-access.js';
import type { Database } from '../../db/database.js';

export const ENTITY = 'consortia';
export const CONSORTIUM: RecordKind = { entity: ENTITY, name: 'Consortium' };

/** The consortium when the caller may change it. */
export const writable = <R extends { id: string; workspaceId: string; visibility: string }>(
  db: Database,
  caller: Caller,
  row: R | undefined,
  action: string,
) => writableRecord(db, caller, row, CONSORTIUM, action);
