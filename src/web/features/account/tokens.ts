import { get, send } from '../../api/client';

export type ApiToken = {
  id: string;
  name: string;
  scopes: string[];
  workspaceId: string | null;
  createdAt: string;
  lastUsedAt: string | null;
  expiresAt: string | null;
  revokedAt: string | null;
};

export type NewToken = { name: string; scopes: string[]; workspaceId?: string; expiresAt?: string };

export const listTokens = async (signal?: AbortSignal) =>
  (await get<{ items: ApiToken[] }>('/tokens', undefined, signal)).items;

/** The created token with its secret: the only time the secret is shown. */
export const createToken = (body: NewToken) => send<ApiToken & { token: string }>('POST', '/tokens', body);

export const revokeToken = (id: string) => send('DELETE', `/tokens/${id}`);

/** A date (YYYY-MM-DD) as the end of that day in UTC, the moment the token stops working. */
export const endOfDay = (date: string) => `${date}T23:59:59Z`;
