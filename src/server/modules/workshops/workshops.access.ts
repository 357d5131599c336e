/**
 * Who runs and reads a workshop: it is a record of its strategy's workspace, private to it unless shared
 * with the network. The editors run it; the workspace's readers may watch. Anonymous participants' input
 * is never public: what the caller may not read is "not found", as if it did not exist.
 */
import type { Caller } from '../../auth/caller.js';
import { readableRecord, writableRecord, type RecordKind } from '../../auth/record-access.js';
import type { Database } from '../../db/database.js';
import type { WorkshopRow } from './workshops.repository.js';

export const ENTITY = 'workshops';
export const WORKSHOP: RecordKind = { entity: ENTITY, name: 'Workshop' };
export const STRATEGY: RecordKind = { entity: 'strategies', name: 'Strategy' };
export const EVENT: RecordKind = { entity: 'events', name: 'Event' };

export const readable = (db: Database, caller: Caller, row: WorkshopRow | undefined) =>
  readableRecord(db, caller, row, WORKSHOP);

export const writable = (db: Database, caller: Caller, row: WorkshopRow | undefined, action: string) =>
  writableRecord(db, caller, row, WORKSHOP, action);
