import { audit } from '../../audit/audit.js';
import type { Caller } from '../../auth/caller.js';
import { inTransaction, type Database } from '../../db/database.js';
import * as repo from './workspaces.repository.js';

export type NewWorkspace = {
  slug: string;
  nameFi: string;
  nameSv?: string;
  nameEn?: string;
  organisationId?: string;
};

export const listWorkspaces = (db: Database) => repo.listWorkspaces(db);

/** A workspace: a town, development company or consultancy keeping its data here. */
export function createWorkspace(db: Database, caller: Caller, input: NewWorkspace, now: Date) {
  return inTransaction(db, async (trx) => {
    const row = await repo.insertWorkspace(trx, {
      ...input,
      createdBy: caller.label,
      updatedBy: caller.label,
    });
    await audit(
      trx,
      caller,
      { action: 'create', entity: 'workspaces', entityId: row.id, outcome: 'ok' },
      now,
    );
    return row;
  });
}
