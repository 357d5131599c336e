import type { Database } from '../db/database.js';

export type WorkspaceRole = 'editor' | 'viewer';

/**
 * Who is asking, resolved once per request: the workspaces they belong to, the workspaces whose
 * network-shared records they may read, and what an API token narrows that to.
 */
export type Caller = {
  kind: 'anonymous' | 'user' | 'token' | 'system';
  userId: string | null;
  tokenId: string | null;
  /** Written to created_by / updated_by. */
  label: string;
  isAdmin: boolean;
  /** Workspace id → role. */
  workspaces: Map<string, WorkspaceRole>;
  /** Workspaces whose `network` records this caller may read (shared network or coordinated one). */
  networkWorkspaceIds: string[];
  coordinatedNetworkIds: string[];
  /**
   * Network id → the workspaces a coordinator of it may write that network's records in: the network's
   * own workspace and the workspaces that belong to it. Nowhere else.
   */
  coordinatorWorkspaces: ReadonlyMap<string, readonly string[]>;
  canWrite: boolean;
};

export const ANONYMOUS: Caller = Object.freeze({
  kind: 'anonymous',
  userId: null,
  tokenId: null,
  label: 'anonymous',
  isAdmin: false,
  workspaces: new Map(),
  networkWorkspaceIds: [],
  coordinatedNetworkIds: [],
  coordinatorWorkspaces: new Map(),
  canWrite: false,
}) as Caller;

/** The installation itself: demo loader, CLI, jobs. */
export function systemCaller(label = 'system'): Caller {
  return { ...ANONYMOUS, kind: 'system', label, isAdmin: true, canWrite: true, workspaces: new Map() };
}

export const editorWorkspaces = (caller: Caller) =>
  [...caller.workspaces].filter(([, role]) => role === 'editor').map(([id]) => id);

type Narrowing = { tokenId: string; scopes: string[]; workspaceId: string | null };

/** Loads a user's memberships and network reach; a token narrows scopes and workspaces. */
export async function loadCaller(db: Database, userId: string, token?: Narrowing): Promise<Caller | null> {
  const user = await db
    .selectFrom('users')
    .select(['id', 'email', 'isAdmin', 'disabledAt'])
    .where('id', '=', userId)
    .executeTakeFirst();
  if (!user || user.disabledAt) return null;
  let memberships = (await db
    .selectFrom('memberships')
    .select(['workspaceId', 'role'])
    .where('userId', '=', userId)
    .execute()) as { workspaceId: string; role: WorkspaceRole }[];
  if (token?.workspaceId) memberships = memberships.filter((m) => m.workspaceId === token.workspaceId);
  const coordinated = (
    await db.selectFrom('networkCoordinators').select('networkId').where('userId', '=', userId).execute()
  ).map((r) => r.networkId);
  // A token limited to one workspace acts only there; an unlimited one keeps its user's coordinator reach.
  const reach = token?.workspaceId ? [] : coordinated;
  const own = memberships.map((m) => m.workspaceId);
  const shared = await networkWorkspaces(db, own, reach);
  const canWrite = !token || token.scopes.includes('write');
  return {
    kind: token ? 'token' : 'user',
    userId,
    tokenId: token?.tokenId ?? null,
    label: `user:${userId}`,
    isAdmin: Boolean(user.isAdmin) && !token?.workspaceId,
    workspaces: new Map(memberships.map((m) => [m.workspaceId, canWrite ? m.role : 'viewer'])),
    networkWorkspaceIds: shared,
    coordinatedNetworkIds: reach,
    coordinatorWorkspaces: await workspacesOfNetworks(db, reach),
    canWrite,
  };
}

/** Each network's own workspace and the workspaces that belong to it. */
async function workspacesOfNetworks(db: Database, networkIds: string[]) {
  const reach = new Map<string, string[]>(networkIds.map((id) => [id, []]));
  if (networkIds.length === 0) return reach;
  const rows = await db
    .selectFrom('workspaceNetworks')
    .select(['networkId', 'workspaceId'])
    .where('networkId', 'in', networkIds)
    .union(db.selectFrom('networks').select(['id as networkId', 'workspaceId']).where('id', 'in', networkIds))
    .execute();
  for (const r of rows) reach.get(r.networkId)?.push(r.workspaceId);
  return reach;
}

/** Workspaces that share a network with the given ones, or belong to a coordinated network. */
export async function networkWorkspaces(db: Database, workspaceIds: string[], networkIds: string[]) {
  if (workspaceIds.length === 0 && networkIds.length === 0) return [];
  const rows = await db
    .selectFrom('workspaceNetworks as wn')
    .select('wn.workspaceId')
    .distinct()
    .where((eb) =>
      eb.or([
        ...(networkIds.length ? [eb('wn.networkId', 'in', networkIds)] : []),
        ...(workspaceIds.length
          ? [
              eb(
                'wn.networkId',
                'in',
                eb
                  .selectFrom('workspaceNetworks')
                  .select('networkId')
                  .where('workspaceId', 'in', workspaceIds),
              ),
            ]
          : []),
      ]),
    )
    .execute();
  return rows.map((r) => r.workspaceId);
}
