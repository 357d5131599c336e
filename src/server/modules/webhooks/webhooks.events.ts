/**
 * Emitting a webhook event: inside the transaction of the change itself, a delivery row for each
 * enabled endpoint of the record's workspace that chose the event. The row is the outbox: it commits
 * or rolls back with the change, and the dispatcher (webhooks.job.ts) hands it to the job queue, so the
 * request never waits for a receiver.
 *
 * Only the record's own workspace hears of it, and the payload is minimal (decision 025): the event's
 * id and type, the record's id and its API address; the receiver reads the record with a token of its
 * own, which sees what that token may see.
 */
import { randomUUID } from 'node:crypto';
import { WEBHOOK_RECORD_RESOURCES, type WebhookRecordResource } from '../../../domain/webhooks.js';
import type { Database } from '../../db/database.js';
import type { WriteChange } from '../../resources/types.js';
import * as repo from './webhooks.repository.js';

export type WebhookEventData = { id: string; resource: string; url: string } & Record<string, unknown>;

export type EmittedEvent = { type: string; workspaceId: string; data: WebhookEventData };

export const newEventId = () => `msg_${randomUUID().replaceAll('-', '')}`;

/** The body every delivery of the event carries, the same for each attempt. */
export const eventPayload = (event: EmittedEvent, eventId: string, now: Date) => ({
  id: eventId,
  type: event.type,
  timestamp: now.toISOString(),
  data: event.data,
});

/** Queues the event for its workspace's endpoints that chose it; returns how many. */
export async function emitWebhookEvent(trx: Database, event: EmittedEvent, now = new Date()) {
  const endpoints = await repo.subscribers(trx, event.workspaceId, event.type);
  const eventId = newEventId();
  const payload = JSON.stringify(eventPayload(event, eventId, now));
  await repo.insertDeliveries(
    trx,
    endpoints.map((e) => ({
      endpointId: e.id,
      eventId,
      eventType: event.type,
      payload,
      nextAttemptAt: now,
    })),
  );
  return endpoints.length;
}

const ACTION_WORDS = { create: 'created', update: 'updated', delete: 'deleted' } as const;

const isWatched = (path: string): path is WebhookRecordResource =>
  (WEBHOOK_RECORD_RESOURCES as readonly string[]).includes(path);

/** The generic resources' write hook: a record created, updated or deleted. */
export async function emitRecordEvent(trx: Database, path: string, change: WriteChange) {
  if (!isWatched(path)) return;
  const id = String(change.row.id);
  await emitWebhookEvent(trx, {
    type: `${path}.${ACTION_WORDS[change.action]}`,
    workspaceId: String(change.row.workspaceId),
    data: { id, resource: path, url: `/api/v1/${path}/${id}` },
  });
}
