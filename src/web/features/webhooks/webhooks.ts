import { api, type BodyOf, type Schema } from '../../api/client';

export type WebhookEndpoint = Schema<'WebhookEndpoint'>;
export type WebhookDelivery = Schema<'WebhookDelivery'>;
export type NewEndpoint = BodyOf<'/webhooks'>;

export const listEndpoints = async (signal?: AbortSignal) => (await api.get('/webhooks', { signal })).items;

/** The new endpoint with its secret: the only time the secret is shown. */
export const createEndpoint = (body: NewEndpoint) => api.send('POST', '/webhooks', { body });

export const sendTest = (id: string) => api.send('POST', '/webhooks/{id}/test', { path: { id } });

export const reenable = (id: string) => api.send('POST', '/webhooks/{id}/enable', { path: { id } });

export const removeEndpoint = (id: string) => api.send('DELETE', '/webhooks/{id}', { path: { id } });

export const listDeliveries = async (id: string, signal?: AbortSignal) =>
  (await api.get('/webhooks/{id}/deliveries', { path: { id }, signal })).items;

/** Every workspace, for an installation admin registering an endpoint on a workspace's behalf. */
export const listAllWorkspaces = async (signal?: AbortSignal) =>
  (await api.get('/admin/workspaces', { signal })).items;
