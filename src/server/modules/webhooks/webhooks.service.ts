/**
 * A workspace's webhook endpoints, managed by its editors (Solmu's workspace admins) signed in as
 * themselves, never with a token. Only an installation admin may let an endpoint reach private
 * networks. The secret is made here and shown once, at creation and at each rotation.
 */
import { WEBHOOK_TEST_EVENT } from '../../../domain/webhooks.js';
import { audit } from '../../audit/audit.js';
import { editorWorkspaces, type Caller } from '../../auth/caller.js';
import { inTransaction, type Database } from '../../db/database.js';
import { AppError, notFound } from '../../errors.js';
import { isUuid } from '../../resources/repository.js';
import { ownUserId } from '../auth/account.service.js';
import { resolveWebhookTarget } from './address-guard.js';
import { newWebhookSecret } from './signature.js';
import { eventPayload, newEventId } from './webhooks.events.js';
import * as repo from './webhooks.repository.js';

const manager = (caller: Caller) => ownUserId(caller, 'Sign in as a user to manage webhooks');

/** The workspaces whose endpoints the caller manages. */
function managedWorkspaces(caller: Caller): string[] {
  manager(caller);
  return editorWorkspaces(caller);
}

const mayManage = (caller: Caller, workspaceId: string) =>
  caller.isAdmin || caller.workspaces.get(workspaceId) === 'editor';

function checkPrivateFlag(caller: Caller, allow: boolean | undefined) {
  if (allow && !caller.isAdmin)
    throw new AppError(
      403,
      'webhook_private_admin_only',
      'Only an installation admin may allow private networks',
      [{ path: 'allowPrivateNetwork', message: 'Installation admins only' }],
    );
}

/** An installation admin may manage every workspace's endpoints (and allow private networks), so sees them all. */
export function listEndpoints(db: Database, caller: Caller) {
  const workspaces = managedWorkspaces(caller);
  return repo.listEndpoints(db, caller.isAdmin ? 'all' : workspaces);
}

/** The endpoint, if the caller manages its workspace; otherwise not found. */
async function managedEndpoint(db: Database, caller: Caller, id: string) {
  manager(caller);
  const endpoint = isUuid(id) ? await repo.findEndpoint(db, id) : undefined;
  if (!endpoint || !mayManage(caller, endpoint.workspaceId)) throw notFound('Webhook endpoint');
  return endpoint;
}

function chooseWorkspace(caller: Caller, requested: string | undefined): string {
  const own = managedWorkspaces(caller);
  const workspaceId = requested ?? (own.length === 1 ? own[0] : undefined);
  if (!workspaceId || !mayManage(caller, workspaceId))
    throw new AppError(400, 'unknown_workspace', 'Choose a workspace you are an editor of', [
      { path: 'workspaceId', message: 'Not a workspace you manage' },
    ]);
  return workspaceId;
}

export type NewEndpoint = {
  url: string;
  events: string[];
  workspaceId?: string;
  allowPrivateNetwork?: boolean;
};

export async function createEndpoint(db: Database, caller: Caller, input: NewEndpoint, now: Date) {
  const workspaceId = chooseWorkspace(caller, input.workspaceId);
  checkPrivateFlag(caller, input.allowPrivateNetwork);
  await resolveWebhookTarget(input.url, input.allowPrivateNetwork ?? false);
  const secret = newWebhookSecret();
  return inTransaction(db, async (trx) => {
    const row = await repo.insertEndpoint(trx, {
      workspaceId,
      url: input.url,
      events: [...new Set(input.events)],
      secret,
      allowPrivateNetwork: input.allowPrivateNetwork ?? false,
      createdBy: caller.label,
    });
    await logChange(trx, caller, 'create', row.id, workspaceId, now);
    return { row, secret };
  });
}

export type EndpointChange = {
  url?: string;
  events?: string[];
  allowPrivateNetwork?: boolean;
  enabled?: boolean;
};

export async function updateEndpoint(
  db: Database,
  caller: Caller,
  id: string,
  input: EndpointChange,
  now: Date,
) {
  const endpoint = await managedEndpoint(db, caller, id);
  // The demo's fictional endpoint stays off: its address exists nowhere and nothing may go out to it.
  if (endpoint.example && input.enabled)
    throw new AppError(409, 'webhook_example', 'The example endpoint cannot be turned on');
  if (input.allowPrivateNetwork !== undefined && input.allowPrivateNetwork !== endpoint.allowPrivateNetwork)
    checkPrivateFlag(caller, true);
  const allow = input.allowPrivateNetwork ?? endpoint.allowPrivateNetwork;
  if (input.url !== undefined || input.allowPrivateNetwork === false)
    await resolveWebhookTarget(input.url ?? endpoint.url, allow);
  const enabled =
    input.enabled === undefined
      ? {}
      : input.enabled
        ? { disabledAt: null, disabledReason: null }
        : { disabledAt: endpoint.disabledAt ?? now, disabledReason: endpoint.disabledReason ?? 'manual' };
  return inTransaction(db, async (trx) => {
    const row = await repo.updateEndpoint(trx, endpoint.id, {
      ...(input.url !== undefined ? { url: input.url } : {}),
      ...(input.events !== undefined ? { events: [...new Set(input.events)] } : {}),
      allowPrivateNetwork: allow,
      ...enabled,
    });
    if (input.enabled === false) await repo.dropWaiting(trx, endpoint.id);
    await logChange(trx, caller, 'update', endpoint.id, endpoint.workspaceId, now);
    return row;
  });
}

export async function removeEndpoint(db: Database, caller: Caller, id: string, now: Date) {
  const endpoint = await managedEndpoint(db, caller, id);
  await inTransaction(db, async (trx) => {
    await repo.deleteEndpoint(trx, endpoint.id);
    await logChange(trx, caller, 'delete', endpoint.id, endpoint.workspaceId, now);
  });
}

/** A new secret, shown this once; the old one stops signing at once. */
export async function rotateSecret(db: Database, caller: Caller, id: string, now: Date) {
  const endpoint = await managedEndpoint(db, caller, id);
  const secret = newWebhookSecret();
  return inTransaction(db, async (trx) => {
    const row = await repo.updateEndpoint(trx, endpoint.id, { secret });
    await logChange(trx, caller, 'rotate_secret', endpoint.id, endpoint.workspaceId, now);
    return { row, secret };
  });
}

/** Turns an endpoint that was off (failing or by hand) on again. */
export const reenableEndpoint = (db: Database, caller: Caller, id: string, now: Date) =>
  updateEndpoint(db, caller, id, { enabled: true }, now);

/** Queues a `webhook.test` event to this endpoint alone, whatever events it chose. */
export async function sendTest(db: Database, caller: Caller, id: string, now: Date) {
  const endpoint = await managedEndpoint(db, caller, id);
  if (endpoint.disabledAt)
    throw new AppError(409, 'webhook_disabled', 'The endpoint is disabled; re-enable it first');
  const eventId = newEventId();
  const data = { id: endpoint.id, resource: 'webhooks', url: `/api/v1/webhooks/${endpoint.id}` };
  const payload = eventPayload(
    { type: WEBHOOK_TEST_EVENT, workspaceId: endpoint.workspaceId, data },
    eventId,
    now,
  );
  await repo.insertDeliveries(db, [
    {
      endpointId: endpoint.id,
      eventId,
      eventType: WEBHOOK_TEST_EVENT,
      payload: JSON.stringify(payload),
      nextAttemptAt: now,
    },
  ]);
  return { eventId };
}

export async function listDeliveries(db: Database, caller: Caller, id: string, limit = 100) {
  const endpoint = await managedEndpoint(db, caller, id);
  return repo.listDeliveries(db, endpoint.id, limit);
}

const logChange = (
  trx: Database,
  caller: Caller,
  action: string,
  id: string,
  workspaceId: string,
  now: Date,
) =>
  audit(trx, caller, { action, entity: 'webhook_endpoints', entityId: id, workspaceId, outcome: 'ok' }, now);
