import { WORKSPACE_ROLES } from '../../../domain/enums';
import { api, type BodyOf, type ResponseOf, type Schema } from '../../api/client';

export type User = Schema<'User'>;
export type AdminWorkspace = Schema<'Workspace'>;
export type Member = ResponseOf<'/admin/workspaces/{id}/members'>['items'][number];
export type WorkspaceRole = BodyOf<'/admin/workspaces/{a}/members/{b}', 'put'>['role'];
/**
 * An audit entry. The document types entries as open records (the route answers
 * `z.record(z.string(), z.unknown())`), so their shape is stated here; see `listAudit`.
 */
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

const ROLES: readonly string[] = WORKSPACE_ROLES satisfies readonly WorkspaceRole[];
export const isWorkspaceRole = (value: string): value is WorkspaceRole => ROLES.includes(value);

export const listUsers = async (signal?: AbortSignal) => (await api.get('/admin/users', { signal })).items;
export const createUser = (body: BodyOf<'/admin/users'>) => api.send('POST', '/admin/users', { body });
export const changeUser = (id: string, body: BodyOf<'/admin/users/{id}', 'patch'>) =>
  api.send('PATCH', '/admin/users/{id}', { path: { id }, body });
export const newLoginLink = (id: string) =>
  api.send('POST', '/admin/users/{id}/login-link', { path: { id } });

export const listWorkspaces = async (signal?: AbortSignal) =>
  (await api.get('/admin/workspaces', { signal })).items;
export const createWorkspace = (body: BodyOf<'/admin/workspaces'>) =>
  api.send('POST', '/admin/workspaces', { body });
export const listMembers = async (workspaceId: string, signal?: AbortSignal) =>
  (await api.get('/admin/workspaces/{id}/members', { path: { id: workspaceId }, signal })).items;
export const setMember = (workspaceId: string, userId: string, role: WorkspaceRole) =>
  api.send('PUT', '/admin/workspaces/{a}/members/{b}', {
    path: { a: workspaceId, b: userId },
    body: { role },
  });
export const removeMember = (workspaceId: string, userId: string) =>
  api.send('DELETE', '/admin/workspaces/{a}/members/{b}', { path: { a: workspaceId, b: userId } });

export type AuditFilter = { userId: string; from: string; to: string };
/** Dates (YYYY-MM-DD) mean whole days in UTC: from the start of `from` to the end of `to`. */
export const listAudit = async (filter: AuditFilter, signal?: AbortSignal) => {
  const query = {
    userId: filter.userId || undefined,
    from: filter.from ? `${filter.from}T00:00:00Z` : undefined,
    to: filter.to ? new Date(Date.parse(`${filter.to}T00:00:00Z`) + 86_400_000).toISOString() : undefined,
    limit: 200,
  };
  // Open records in the document (see AuditEntry): the one place their shape is assumed.
  return (await api.get('/admin/audit', { query, signal })).items as AuditEntry[];
};

export type NetworkRef = Pick<Schema<'Network'>, 'id' | 'slug' | 'nameFi'>;
export const listAllNetworks = (): Promise<NetworkRef[]> =>
  api.getAll('/networks', { query: { sort: 'nameFi' } });
export const listWorkspaceNetworks = async (workspaceId: string, signal?: AbortSignal) =>
  (await api.get('/admin/workspaces/{id}/networks', { path: { id: workspaceId }, signal })).items;
export const linkNetwork = (workspaceId: string, networkId: string) =>
  api.send('PUT', '/admin/workspaces/{a}/networks/{b}', { path: { a: workspaceId, b: networkId } });
export const unlinkNetwork = (workspaceId: string, networkId: string) =>
  api.send('DELETE', '/admin/workspaces/{a}/networks/{b}', { path: { a: workspaceId, b: networkId } });
export const listCoordinators = async (networkId: string, signal?: AbortSignal) =>
  (await api.get('/admin/networks/{id}/coordinators', { path: { id: networkId }, signal })).items;
export const addCoordinator = (networkId: string, userId: string) =>
  api.send('PUT', '/admin/networks/{a}/coordinators/{b}', { path: { a: networkId, b: userId } });
export const removeCoordinator = (networkId: string, userId: string) =>
  api.send('DELETE', '/admin/networks/{a}/coordinators/{b}', { path: { a: networkId, b: userId } });

export type NationalBaseline = Schema<'NationalBaseline'>;
export const nationalBaseline = (signal?: AbortSignal) => api.get('/national-baseline', { signal });
