import { get, getAll, send, type Params } from '../../api/client';

export type User = {
  id: string;
  email: string;
  displayName: string | null;
  isAdmin: boolean;
  disabledAt: string | null;
};
export type AdminWorkspace = {
  id: string;
  slug: string;
  nameFi: string;
  nameSv: string | null;
  nameEn: string | null;
};
export type Member = { userId: string; email: string; role: string };
export type AuditEntry = {
  id: string;
  at: string;
  userId: string | null;
  tokenId: string | null;
  action: string;
  entity: string | null;
  entityId: string | null;
  outcome: string;
  detail: { fields?: string[] } & Record<string, unknown>;
};

const items = async <T>(path: string, params?: Params, signal?: AbortSignal) =>
  (await get<{ items: T[] }>(path, params, signal)).items;

export const listUsers = (signal?: AbortSignal) => items<User>('/admin/users', undefined, signal);
export const createUser = (body: { email: string; displayName?: string; isAdmin: boolean }) =>
  send<{ user: User; loginLink: string | null }>('POST', '/admin/users', body);
export const changeUser = (id: string, body: { isAdmin?: boolean; disabled?: boolean }) =>
  send('PATCH', `/admin/users/${id}`, body);
export const newLoginLink = (id: string) =>
  send<{ loginLink: string }>('POST', `/admin/users/${id}/login-link`);

export const listWorkspaces = (signal?: AbortSignal) =>
  items<AdminWorkspace>('/admin/workspaces', undefined, signal);
export const createWorkspace = (body: { slug: string; nameFi: string; nameSv?: string; nameEn?: string }) =>
  send<AdminWorkspace>('POST', '/admin/workspaces', body);
export const listMembers = (workspaceId: string, signal?: AbortSignal) =>
  items<Member>(`/admin/workspaces/${workspaceId}/members`, undefined, signal);
export const setMember = (workspaceId: string, userId: string, role: string) =>
  send('PUT', `/admin/workspaces/${workspaceId}/members/${userId}`, { role });
export const removeMember = (workspaceId: string, userId: string) =>
  send('DELETE', `/admin/workspaces/${workspaceId}/members/${userId}`);

export type AuditFilter = { userId: string; from: string; to: string };
/** Dates (YYYY-MM-DD) mean whole days in UTC: from the start of `from` to the end of `to`. */
export const listAudit = (filter: AuditFilter, signal?: AbortSignal) =>
  items<AuditEntry>(
    '/admin/audit',
    {
      userId: filter.userId || undefined,
      from: filter.from ? `${filter.from}T00:00:00Z` : undefined,
      to: filter.to ? new Date(Date.parse(`${filter.to}T00:00:00Z`) + 86_400_000).toISOString() : undefined,
      limit: 200,
    },
    signal,
  );

export type NetworkRef = { id: string; slug: string; nameFi: string };
export const listAllNetworks = () => getAll<NetworkRef>('/networks', { sort: 'nameFi' });
export const listWorkspaceNetworks = (workspaceId: string, signal?: AbortSignal) =>
  items<{ networkId: string; slug: string; nameFi: string }>(
    `/admin/workspaces/${workspaceId}/networks`,
    undefined,
    signal,
  );
export const linkNetwork = (workspaceId: string, networkId: string) =>
  send('PUT', `/admin/workspaces/${workspaceId}/networks/${networkId}`);
export const unlinkNetwork = (workspaceId: string, networkId: string) =>
  send('DELETE', `/admin/workspaces/${workspaceId}/networks/${networkId}`);
export const listCoordinators = (networkId: string, signal?: AbortSignal) =>
  items<{ userId: string; email: string }>(`/admin/networks/${networkId}/coordinators`, undefined, signal);
export const addCoordinator = (networkId: string, userId: string) =>
  send('PUT', `/admin/networks/${networkId}/coordinators/${userId}`);
export const removeCoordinator = (networkId: string, userId: string) =>
  send('DELETE', `/admin/networks/${networkId}/coordinators/${userId}`);
