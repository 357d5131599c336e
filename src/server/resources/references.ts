import { isReferenceField, referenceTableOf } from '../../domain/references.js';
import type { RecordTable } from '../db/records.js';
import type { Database } from '../db/database.js';
import type { Caller } from '../auth/caller.js';
import { canRead } from '../auth/visibility.js';
import { AppError } from '../errors.js';
import { placementOf } from './repository.js';
import type { ResourceDefinition, Row } from './types.js';

/** The record table a reference field points to (every reference table is one: the compiler checks). */
export const recordTableOf = (field: string): RecordTable | undefined => referenceTableOf(field);

export const referenceFields = (def: ResourceDefinition) =>
  Object.keys(def.schemas.shape).filter(isReferenceField);

/**
 * A record may only point at records its writer can see; an invisible one is reported exactly like
 * a missing one, so ids of other workspaces cannot be probed.
 */
export async function checkReferencesVisible(
  db: Database,
  def: ResourceDefinition,
  input: Row,
  caller: Caller,
) {
  for (const field of referenceFields(def)) {
    const id = input[field];
    if (typeof id !== 'string') continue;
    const table = recordTableOf(field);
    if (!table) throw new Error(`No reference table for ${def.entity}.${field}`);
    const row = await placementOf(db, table, id);
    if (!row || !canRead(caller, row)) {
      throw new AppError(422, 'unknown_reference', 'The request refers to a record that does not exist', [
        { path: field, message: `No ${table} record with id ${id}` },
      ]);
    }
  }
}
