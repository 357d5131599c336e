import { sql } from 'kysely';
import { caller, grantToken, testApp, type Call } from '../db.js';
import { hashToken, newToken } from '../../src/server/auth/secrets.js';
import { TOKEN_PREFIX } from '../../src/server/auth/tokens.js';

export const ACTORS = ['anonymous', 'viewer', 'editor', 'coordinator', 'admin', 'token'] as const;
export const PLACEMENTS = ['own', 'other', 'network', 'public'] as const;
export type Actor = (typeof ACTORS)[number];
export type Placement = (typeof PLACEMENTS)[number];

/**
 * Workspace A is "own" for the viewer, the editor and the token; C shares network N with A; B is in a
 * network of its own. The coordinator coordinates N without belonging to any workspace.
 * Placements: own = A private, other = B network-shared (not our network), network = C network-shared,
 * public = B public.
 */
export async function securityWorld() {
  const t = await testApp();
  const { db, app } = t;
  const viewer = await grantToken(db, { email: 'viewer@a.example', workspace: 'ws-a', role: 'viewer' });
  const editor = await grantToken(db, { email: 'editor@a.example', workspace: 'ws-a', role: 'editor' });
  await grantToken(db, { email: 'editor@b.example', workspace: 'ws-b', role: 'editor' });
  await grantToken(db, { email: 'editor@c.example', workspace: 'ws-c', role: 'editor' });
  const coordinator = await grantToken(db, { email: 'coordinator@n.example' });
  const ws = Object.fromEntries(
    (await db.selectFrom('workspaces').select(['slug', 'id']).execute()).map((r) => [
      r.slug as string,
      r.id as string,
    ]),
  ) as Record<string, string>;

  const network = await t.call('POST', '/api/v1/networks?workspace=ws-a', {
    slug: 'network-n',
    kind: 'town_network',
    nameFi: 'N',
    visibility: 'public',
  });
  const other = await t.call('POST', '/api/v1/networks?workspace=ws-b', {
    slug: 'network-m',
    kind: 'town_network',
    nameFi: 'M',
    visibility: 'public',
  });
  await db
    .insertInto('workspaceNetworks')
    .values([
      { workspaceId: ws['ws-a']!, networkId: network.body.id },
      { workspaceId: ws['ws-c']!, networkId: network.body.id },
      { workspaceId: ws['ws-b']!, networkId: other.body.id },
    ])
    .execute();
  await db
    .insertInto('networkCoordinators')
    .values({ userId: coordinator.userId, networkId: network.body.id })
    .execute();

  // The editor's integration token, limited to workspace A.
  const tokenSecret = newToken(TOKEN_PREFIX);
  await db
    .insertInto('apiTokens')
    .values({
      userId: editor.userId,
      name: 'integration',
      tokenHash: hashToken(tokenSecret),
      scopes: ['read', 'write'],
      workspaceId: ws['ws-a'],
    })
    .execute();

  const actors: Record<Actor, Call> = {
    anonymous: caller(app, null),
    viewer: caller(app, viewer.token),
    editor: caller(app, editor.token),
    coordinator: caller(app, coordinator.token),
    admin: t.call,
    token: caller(app, tokenSecret),
  };
  const placementWorkspace: Record<Placement, [string, string]> = {
    own: ['ws-a', 'private'],
    other: ['ws-b', 'network'],
    network: ['ws-c', 'network'],
    public: ['ws-b', 'public'],
  };
  return { ...t, actors, ws, networkId: network.body.id as string, placementWorkspace, sql };
}

/** Who may read a record of a placement. */
export function canSee(actor: Actor, placement: Placement): boolean {
  if (actor === 'admin' || placement === 'public') return true;
  if (actor === 'anonymous') return false;
  if (actor === 'coordinator') return placement === 'network';
  return placement === 'own' || placement === 'network';
}

/** Who may change it (none of these records belongs to network N, so coordinators write none). */
export function canChange(actor: Actor, placement: Placement): boolean {
  if (actor === 'admin') return true;
  return (actor === 'editor' || actor === 'token') && placement === 'own';
}

export function expectedWrite(actor: Actor, placement: Placement): number {
  if (actor === 'anonymous') return 401;
  if (!canSee(actor, placement)) return 404;
  return canChange(actor, placement) ? 200 : 403;
}
