/**
 * Webhook deliveries through the job queue. The dispatcher looks for due delivery rows every few
 * seconds and, in one transaction with them, queues a job per row and marks it queued (so a row is
 * queued once, whichever instance looks, and never lost between the two). A worker of any instance
 * then makes the attempt (webhooks.delivery.ts); a retry is the row made due again, later.
 */
import { CompiledQuery } from 'kysely';
import type { Database } from '../../db/database.js';
import { inTransaction } from '../../db/database.js';
import type { Jobs, Queue, SqlRunner } from '../../jobs/jobs.js';
import {
  attemptDelivery,
  DEFAULT_DELIVERY,
  type DeliverySettings,
  type DisabledNotice,
} from './webhooks.delivery.js';
import * as repo from './webhooks.repository.js';

export const WEBHOOK_QUEUE = 'webhook-delivery';

type DeliveryJob = { deliveryId: string };

export function webhookQueue(
  db: Database,
  onDisabled: DisabledNotice,
  settings: Partial<DeliverySettings> = {},
): Queue<DeliveryJob> {
  const delivery = { ...DEFAULT_DELIVERY, ...settings };
  return {
    name: WEBHOOK_QUEUE,
    handle: ({ deliveryId }) => attemptDelivery(db, deliveryId, delivery, onDisabled),
    // The attempt records its own outcome; a retry here is only for a worker that died or a database
    // that was briefly away, and the receiver deduplicates by webhook-id.
    retryLimit: 2,
    retryDelaySeconds: 30,
    expireInSeconds: 5 * 60,
  };
}

/** A Kysely transaction as pg-boss's connection, so its insert joins the transaction. */
const runnerOf = (trx: Database): SqlRunner => ({
  executeSql: async (text, values) => ({
    rows: [...(await trx.executeQuery(CompiledQuery.raw(text, values))).rows],
  }),
});

/** Queues the due deliveries; returns how many. */
export async function dispatchDue(db: Database, jobs: Pick<Jobs, 'send'>, now = new Date(), limit = 50) {
  return inTransaction(db, async (trx) => {
    const due = await repo.claimDue(trx, now, limit);
    if (!due.length) return 0;
    const runner = runnerOf(trx);
    for (const { id } of due) await jobs.send(WEBHOOK_QUEUE, { deliveryId: id }, { db: runner });
    await repo.markQueued(
      trx,
      due.map((d) => d.id),
    );
    return due.length;
  });
}

/**
 * Runs the dispatcher every `everyMs` until the returned stop is called. The stop waits for a look under
 * way, so that the job queue it sends to is stopped only after it.
 */
export function startWebhookDispatch(
  db: Database,
  jobs: Pick<Jobs, 'send'>,
  onError: (e: unknown) => void,
  everyMs = 2000,
) {
  let running: Promise<unknown> | undefined;
  const timer = setInterval(() => {
    if (running) return;
    running = dispatchDue(db, jobs)
      .catch(onError)
      .finally(() => (running = undefined));
  }, everyMs);
  return async () => {
    clearInterval(timer);
    await running;
  };
}
