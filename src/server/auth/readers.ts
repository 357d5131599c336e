import type { Database } from '../db/database.js';
import { ANONYMOUS, networkWorkspaces, type Caller } from './caller.js';

export type Visibility = 'private' | 'network' | 'public';

/**
 * The caller who sees only what every reader of a record placed in `workspaceId` with `visibility` sees.
 * A stored derivative (a snapshot of a picture) computed as this caller never shows a reader a row they
 * could not read from its source:
 * - public: anyone, so public rows only;
 * - network: the workspace's members and everyone sharing a network with it, so public rows and the
 *   workspace's own network-shared rows;
 * - private: the workspace's members, so its rows, public rows and the network-shared rows of the
 *   workspaces it shares a network with.
 */
export async function leastReader(
  db: Database,
  workspaceId: string,
  visibility: Visibility,
): Promise<Caller> {
  if (visibility === 'public') return ANONYMOUS;
  const label = `readers:${workspaceId}:${visibility}`;
  if (visibility === 'network') {
    return { ...ANONYMOUS, kind: 'user', label, networkWorkspaceIds: [workspaceId] };
  }
  return {
    ...ANONYMOUS,
    kind: 'user',
    label,
    workspaces: new Map([[workspaceId, 'viewer']]),
    networkWorkspaceIds: await networkWorkspaces(db, [workspaceId], []),
  };
}
