import { audit, type Actor } from '../../audit/audit.js';
import { inTransaction, type Database } from '../../db/database.js';
import * as repo from './links.repository.js';

export const listMembers = (db: Database, workspaceId: string) => repo.listMembers(db, workspaceId);
export const listWorkspaceNetworks = (db: Database, workspaceId: string) =>
  repo.listWorkspaceNetworks(db, workspaceId);
export const listCoordinators = (db: Database, networkId: string) => repo.listCoordinators(db, networkId);

/** One link (a, b) of a link table; a membership carries a role. */
export type Link = { table: repo.LinkTable; a: string; b: string };

/** Grants the link (or changes a membership's role); the audit names the fields given, not their values. */
export function grantLink(db: Database, caller: Actor, link: Link, body: { role?: string }, now: Date) {
  return inTransaction(db, async (trx) => {
    await repo.grantLink(trx, link.table, link.a, link.b, body.role);
    await audit(
      trx,
      caller,
      {
        action: 'grant',
        entity: link.table,
        entityId: `${link.a}/${link.b}`,
        outcome: 'ok',
        detail: { fields: Object.keys(body) },
      },
      now,
    );
  });
}

export function revokeLink(db: Database, caller: Actor, link: Link, now: Date) {
  return inTransaction(db, async (trx) => {
    await repo.revokeLink(trx, link.table, link.a, link.b);
    await audit(
      trx,
      caller,
      { action: 'revoke', entity: link.table, entityId: `${link.a}/${link.b}`, outcome: 'ok' },
      now,
    );
  });
}
