import type { Database } from '../../db/database.js';

/** The links an admin grants and revokes: who edits where, which workspaces share a network, who coordinates it. */
export const LINK_TABLES = ['memberships', 'workspaceNetworks', 'networkCoordinators'] as const;
export type LinkTable = (typeof LINK_TABLES)[number];

/** Creates the link (a, b), or changes its role when it exists (memberships). */
export async function grantLink(db: Database, table: LinkTable, a: string, b: string, role?: string) {
  switch (table) {
    case 'memberships':
      await db
        .insertInto('memberships')
        .values({ workspaceId: a, userId: b, role: role ?? 'viewer' })
        .onConflict((oc) => oc.columns(['workspaceId', 'userId']).doUpdateSet({ role: role ?? 'viewer' }))
        .execute();
      return;
    case 'workspaceNetworks':
      await db
        .insertInto('workspaceNetworks')
        .values({ workspaceId: a, networkId: b })
        .onConflict((oc) => oc.doNothing())
        .execute();
      return;
    case 'networkCoordinators':
      await db
        .insertInto('networkCoordinators')
        .values({ networkId: a, userId: b })
        .onConflict((oc) => oc.doNothing())
        .execute();
  }
}

export async function revokeLink(db: Database, table: LinkTable, a: string, b: string) {
  switch (table) {
    case 'memberships':
      await db.deleteFrom('memberships').where('workspaceId', '=', a).where('userId', '=', b).execute();
      return;
    case 'workspaceNetworks':
      await db
        .deleteFrom('workspaceNetworks')
        .where('workspaceId', '=', a)
        .where('networkId', '=', b)
        .execute();
      return;
    case 'networkCoordinators':
      await db.deleteFrom('networkCoordinators').where('networkId', '=', a).where('userId', '=', b).execute();
  }
}

/** A workspace's members and their roles. */
export const listMembers = (db: Database, workspaceId: string) =>
  db
    .selectFrom('memberships as m')
    .innerJoin('users as u', 'u.id', 'm.userId')
    .select(['m.userId', 'u.email', 'm.role'])
    .where('m.workspaceId', '=', workspaceId)
    .orderBy('u.email')
    .execute();

/** The networks a workspace belongs to. */
export const listWorkspaceNetworks = (db: Database, workspaceId: string) =>
  db
    .selectFrom('workspaceNetworks as wn')
    .innerJoin('networks as n', 'n.id', 'wn.networkId')
    .select(['wn.networkId', 'n.slug', 'n.nameFi'])
    .where('wn.workspaceId', '=', workspaceId)
    .orderBy('n.nameFi')
    .execute();

/** A network's coordinators. */
export const listCoordinators = (db: Database, networkId: string) =>
  db
    .selectFrom('networkCoordinators as nc')
    .innerJoin('users as u', 'u.id', 'nc.userId')
    .select(['nc.userId', 'u.email'])
    .where('nc.networkId', '=', networkId)
    .orderBy('u.email')
    .execute();
