import { createContext, useContext } from 'react';
import type { Schema } from '../api/client';

export type Me = Schema<'Me'>;
export type Workspace = Me['workspaces'][number];

export const ANONYMOUS_ME: Me = { user: null, workspaces: [], coordinatedNetworkIds: [], csrfToken: null };

export type Auth = {
  me: Me;
  /** False until the first GET /auth/me has answered. */
  ready: boolean;
  signedIn(me: Me): void;
  signOut(): Promise<void>;
};

export const AuthContext = createContext<Auth | null>(null);

export function useAuth(): Auth {
  const auth = useContext(AuthContext);
  if (!auth) throw new Error('useAuth outside AuthProvider');
  return auth;
}

/** Workspaces where the user may create records. */
export const editableWorkspaces = (me: Me) => me.workspaces.filter((w) => w.role === 'editor');

/** Whether the user may change a record of this workspace (the server decides; this only hides buttons). */
export function canEdit(me: Me, record: { workspaceId?: unknown }): boolean {
  if (!me.user) return false;
  if (me.user.isAdmin) return true;
  return me.workspaces.some((w) => w.role === 'editor' && w.id === record.workspaceId);
}
