/**
 * Webhooks with two Solmu instances on one database (issues 18 and 19): each instance runs the
 * dispatcher and a worker of the queue, and a due delivery is still sent once. The dispatcher takes
 * due rows with FOR UPDATE SKIP LOCKED and marks them queued in the same transaction; a worker takes
 * the attempt by moving its count on from what it read.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/server/app.js';
import { createDatabase } from '../../src/server/db/database.js';
import { attemptDelivery, DEFAULT_DELIVERY } from '../../src/server/modules/webhooks/webhooks.delivery.js';
import { dispatchDue, WEBHOOK_QUEUE, webhookQueue } from '../../src/server/modules/webhooks/webhooks.job.js';
import { caller, testApp } from '../db.js';
import { instances, jobRows, until } from '../jobs/support.js';
import { startReceiver } from './receiver.js';

const { app, db, url, admin } = await testApp();
// The second instance: its own pool on the same database, its own app and queue worker.
const dbB = createDatabase(url, 4);
afterAll(() => dbB.destroy());
const appB = createApp({
  db: dbB,
  version: 'test',
  logError: () => {},
  security: { apiRequestsPerMinute: 1_000_000 },
});
const callA = caller(app, admin.token);
const callB = caller(appB, admin.token);

const receiver = await startReceiver();
const noNotice = async () => {};
const start = instances(url);
const workerA = await start([webhookQueue(db, noNotice, { timeoutMs: 2000 })]);
const workerB = await start([webhookQueue(dbB, noNotice, { timeoutMs: 2000 })]);

async function endpoint(path: string) {
  return db
    .insertInto('webhookEndpoints')
    .values({
      workspaceId: admin.workspaceId!,
      url: receiver.url(path),
      events: ['organisations.created'],
      secret: `whsec_${randomBytes(32).toString('base64')}`,
      allowPrivateNetwork: true,
      createdBy: 'test',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
}

const deliveriesOf = (endpointId: string) =>
  db
    .selectFrom('webhookDeliveries')
    .select(['id', 'eventId', 'status', 'attempts'])
    .where('endpointId', '=', endpointId)
    .execute();

describe('webhooks on two instances', () => {
  it('sends each due delivery once while both instances dispatch at the same moments', async () => {
    const { id } = await endpoint('/two');
    // Records created through both instances; their deliveries wait until the dispatchers run.
    for (let i = 0; i < 24; i++) {
      const res = await (i % 2 ? callB : callA)('POST', '/api/v1/organisations', {
        kind: 'company',
        nameFi: `Kahden instanssin yritys ${i}`,
      });
      expect(res.status).toBe(201);
    }
    const due = await deliveriesOf(id);
    expect(due).toHaveLength(24);
    // Both dispatchers look at once, again and again, as their timers would on two machines.
    for (let round = 0; round < 6; round++)
      await Promise.all([dispatchDue(db, workerA, new Date(), 5), dispatchDue(dbB, workerB, new Date(), 5)]);

    await until(async () => (await deliveriesOf(id)).every((d) => d.status === 'delivered'));
    const received = receiver.received('/two').map((r) => r.headers['webhook-id']);
    expect(received).toHaveLength(24);
    expect(new Set(received).size).toBe(24);
    expect(new Set(received)).toEqual(new Set(due.map((d) => d.eventId)));
    for (const d of await deliveriesOf(id)) expect(d.attempts).toBe(1);
    // One job per delivery: the dispatchers never queued a row twice (the worker's claim is a second guard).
    const jobs = (await jobRows(url, 'name', WEBHOOK_QUEUE)).map(
      (j) => (j.data as { deliveryId: string }).deliveryId,
    );
    expect(jobs.sort()).toEqual(due.map((d) => d.id).sort());
  }, 30_000);

  it('posts once when two workers are given the same delivery at once', async () => {
    const { id } = await endpoint('/same');
    const res = await callA('POST', '/api/v1/organisations', { kind: 'company', nameFi: 'Yksi kerta Oy' });
    expect(res.status).toBe(201);
    const [delivery] = await deliveriesOf(id);
    // As a job retried while its first run still goes on: both find the delivery queued.
    await db
      .updateTable('webhookDeliveries')
      .set({ status: 'queued' })
      .where('id', '=', delivery!.id)
      .execute();
    await Promise.all([
      attemptDelivery(db, delivery!.id, DEFAULT_DELIVERY, noNotice),
      attemptDelivery(dbB, delivery!.id, DEFAULT_DELIVERY, noNotice),
    ]);
    expect(receiver.received('/same')).toHaveLength(1);
    expect(await deliveriesOf(id)).toMatchObject([{ status: 'delivered', attempts: 1 }]);
  });
});
