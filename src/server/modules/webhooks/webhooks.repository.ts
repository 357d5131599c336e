import type { Insertable, Updateable } from 'kysely';
import { sql } from 'kysely';
import type { Database } from '../../db/database.js';
import type { WebhookDeliveries, WebhookEndpoints } from '../../db/schema.js';

/** An endpoint as the API shows it: never its secret. */
const ENDPOINT_COLUMNS = [
  'id',
  'workspaceId',
  'url',
  'events',
  'allowPrivateNetwork',
  'disabledAt',
  'disabledReason',
  'example',
  'createdBy',
  'createdAt',
  'updatedAt',
] as const;

/** The endpoints of these workspaces, or of every workspace ('all', an installation admin's view). */
export function listEndpoints(db: Database, workspaceIds: string[] | 'all') {
  if (workspaceIds !== 'all' && !workspaceIds.length) return Promise.resolve([]);
  let query = db.selectFrom('webhookEndpoints').select(ENDPOINT_COLUMNS);
  if (workspaceIds !== 'all') query = query.where('workspaceId', 'in', workspaceIds);
  return query.orderBy('createdAt').execute();
}

export const findEndpoint = (db: Database, id: string) =>
  db.selectFrom('webhookEndpoints').selectAll().where('id', '=', id).executeTakeFirst();

export const insertEndpoint = (db: Database, values: Insertable<WebhookEndpoints>) =>
  db.insertInto('webhookEndpoints').values(values).returning(ENDPOINT_COLUMNS).executeTakeFirstOrThrow();

export const updateEndpoint = (db: Database, id: string, values: Updateable<WebhookEndpoints>) =>
  db
    .updateTable('webhookEndpoints')
    .set({ ...values, updatedAt: sql<Date>`now()` })
    .where('id', '=', id)
    .returning(ENDPOINT_COLUMNS)
    .executeTakeFirstOrThrow();

export const deleteEndpoint = (db: Database, id: string) =>
  db.deleteFrom('webhookEndpoints').where('id', '=', id).execute();

/** The enabled endpoints of a workspace that chose the event. */
export const subscribers = (db: Database, workspaceId: string, type: string) =>
  db
    .selectFrom('webhookEndpoints')
    .select('id')
    .where('workspaceId', '=', workspaceId)
    .where('disabledAt', 'is', null)
    .where(sql<boolean>`${type} = any(events)`)
    .execute();

export const insertDeliveries = (db: Database, rows: Insertable<WebhookDeliveries>[]) =>
  rows.length ? db.insertInto('webhookDeliveries').values(rows).execute() : Promise.resolve([]);

const DELIVERY_COLUMNS = [
  'id',
  'eventId',
  'eventType',
  'status',
  'attempts',
  'statusCode',
  'durationMs',
  'lastError',
  'nextAttemptAt',
  'createdAt',
  'updatedAt',
] as const;

export const listDeliveries = (db: Database, endpointId: string, limit: number) =>
  db
    .selectFrom('webhookDeliveries')
    .select(DELIVERY_COLUMNS)
    .where('endpointId', '=', endpointId)
    .orderBy('createdAt', 'desc')
    .orderBy('id')
    .limit(limit)
    .execute();

/** One delivery with what an attempt needs of its endpoint. */
export const deliveryForAttempt = (db: Database, id: string) =>
  db
    .selectFrom('webhookDeliveries as d')
    .innerJoin('webhookEndpoints as e', 'e.id', 'd.endpointId')
    .select([
      'd.id',
      'd.eventId',
      'd.eventType',
      'd.payload',
      'd.status',
      'd.attempts',
      'd.endpointId',
      'e.workspaceId',
      'e.url',
      'e.secret',
      'e.allowPrivateNetwork',
      'e.disabledAt',
    ])
    .where('d.id', '=', id)
    .executeTakeFirst();

/**
 * Takes a queued delivery's attempt: the count moves on only from what this worker read, so of two
 * workers given the same delivery (a job retried while its first run still went on) one sends.
 */
export const claimAttempt = async (db: Database, id: string, attemptsRead: number) =>
  (
    await db
      .updateTable('webhookDeliveries')
      .set({ attempts: attemptsRead + 1, updatedAt: sql<Date>`now()` })
      .where('id', '=', id)
      .where('status', '=', 'queued')
      .where('attempts', '=', attemptsRead)
      .executeTakeFirst()
  ).numUpdatedRows === 1n;

export const updateDelivery = (db: Database, id: string, values: Updateable<WebhookDeliveries>) =>
  db
    .updateTable('webhookDeliveries')
    .set({ ...values, updatedAt: sql<Date>`now()` })
    .where('id', '=', id)
    .execute();

/** Due deliveries, locked for this transaction; other instances skip them. */
export const claimDue = (db: Database, now: Date, limit: number) =>
  db
    .selectFrom('webhookDeliveries')
    .select('id')
    .where('status', '=', 'pending')
    .where('nextAttemptAt', '<=', now)
    .orderBy('nextAttemptAt')
    .limit(limit)
    .forUpdate()
    .skipLocked()
    .execute();

export const markQueued = (db: Database, ids: string[]) =>
  db
    .updateTable('webhookDeliveries')
    .set({ status: 'queued', updatedAt: sql<Date>`now()` })
    .where('id', 'in', ids)
    .execute();

/** A disabled endpoint's deliveries still waiting are dropped: it will not be called. */
export const dropWaiting = (db: Database, endpointId: string) =>
  db
    .updateTable('webhookDeliveries')
    .set({ status: 'dropped', nextAttemptAt: null, updatedAt: sql<Date>`now()` })
    .where('endpointId', '=', endpointId)
    .where('status', 'in', ['pending', 'queued'])
    .execute();

export const workspaceNames = (db: Database, id: string) =>
  db.selectFrom('workspaces').select(['nameFi', 'nameSv', 'nameEn']).where('id', '=', id).executeTakeFirst();

/** Delivery log rows older than the cut-off go (retention). */
export const deleteDeliveriesBefore = (db: Database, before: Date) =>
  db.deleteFrom('webhookDeliveries').where('createdAt', '<', before).executeTakeFirst();
