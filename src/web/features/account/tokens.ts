import { api, type BodyOf, type Schema } from '../../api/client';

export type ApiToken = Schema<'ApiToken'>;
export type NewToken = BodyOf<'/tokens'>;

export const listTokens = async (signal?: AbortSignal) => (await api.get('/tokens', { signal })).items;

/** The created token with its secret: the only time the secret is shown. */
export const createToken = (body: NewToken) => api.send('POST', '/tokens', { body });

export const revokeToken = (id: string) => api.send('DELETE', '/tokens/{id}', { path: { id } });

/** A date (YYYY-MM-DD) as the end of that day in UTC, the moment the token stops working. */
export const endOfDay = (date: string) => `${date}T23:59:59Z`;
