/**
 * One attempt of a delivery, as the job queue's worker runs it: the endpoint's address checked again
 * and pinned, the signed POST, and the outcome in the delivery log. A timeout, a network error, 5xx,
 * 408 or 429 is tried again later (the delay grows threefold each time); any other answer outside 2xx
 * fails the delivery at once. A delivery that used up its attempts turns its endpoint off and tells the
 * workspace's editors.
 */
import { WEBHOOK_ATTEMPT_ERRORS } from '../../../domain/webhooks.js';
import type { Database } from '../../db/database.js';
import { AppError } from '../../errors.js';
import { resolveWebhookTarget } from './address-guard.js';
import { postWebhook, type PostOutcome } from './webhooks.post.js';
import { webhookHeaders } from './signature.js';
import * as repo from './webhooks.repository.js';

export type DeliverySettings = {
  /** Attempts in all before the endpoint is turned off; default 8. */
  maxAttempts: number;
  /** The wait before the second attempt; each later wait is three times the one before. Default 30 s. */
  firstRetryMs: number;
  /** How long an answer may take; default 10 s. */
  timeoutMs: number;
};

/** 8 attempts over about nine hours: 30 s, 1.5 min, 4.5 min, 13.5 min, 40.5 min, 2 h, 6 h apart. */
export const DEFAULT_DELIVERY: DeliverySettings = { maxAttempts: 8, firstRetryMs: 30_000, timeoutMs: 10_000 };

/** Called when an endpoint was turned off because its deliveries kept failing. */
export type DisabledNotice = (db: Database, endpointId: string, workspaceId: string) => Promise<void>;

const retryable = (o: PostOutcome) =>
  o.kind !== 'answered' || o.status >= 500 || o.status === 408 || o.status === 429;

/** Solmu's own words for the log: never the receiver's body. */
function errorText(o: PostOutcome): string | null {
  if (o.kind !== 'answered')
    return o.kind === 'timeout' ? WEBHOOK_ATTEMPT_ERRORS.timeout : WEBHOOK_ATTEMPT_ERRORS.connection;
  return o.status >= 200 && o.status < 300 ? null : `The endpoint answered ${o.status}`;
}

export async function attemptDelivery(
  db: Database,
  deliveryId: string,
  settings: DeliverySettings,
  onDisabled: DisabledNotice,
  now: () => Date = () => new Date(),
) {
  const d = await repo.deliveryForAttempt(db, deliveryId);
  if (!d || d.status !== 'queued') return;
  if (d.disabledAt) {
    await repo.updateDelivery(db, d.id, { status: 'dropped', nextAttemptAt: null });
    return;
  }
  if (!(await repo.claimAttempt(db, d.id, d.attempts))) return;
  const attempts = d.attempts + 1;
  const body = JSON.stringify(d.payload);
  let outcome: PostOutcome;
  try {
    const target = await resolveWebhookTarget(d.url, d.allowPrivateNetwork);
    outcome = await postWebhook(
      target,
      webhookHeaders(d.secret, d.eventId, now(), body),
      body,
      settings.timeoutMs,
    );
  } catch (e) {
    if (!(e instanceof AppError)) throw e;
    // The address now resolves somewhere it may not go: not sent, and not tried again.
    await repo.updateDelivery(db, d.id, {
      status: 'failed',
      attempts,
      lastError: e.message,
      nextAttemptAt: null,
    });
    return;
  }
  const common = {
    attempts,
    statusCode: outcome.kind === 'answered' ? outcome.status : null,
    durationMs: outcome.durationMs,
    lastError: errorText(outcome),
  };
  if (common.lastError === null) {
    await repo.updateDelivery(db, d.id, { ...common, status: 'delivered', nextAttemptAt: null });
  } else if (retryable(outcome) && attempts < settings.maxAttempts) {
    const wait = settings.firstRetryMs * 3 ** (attempts - 1);
    await repo.updateDelivery(db, d.id, {
      ...common,
      status: 'pending',
      nextAttemptAt: new Date(now().getTime() + wait),
    });
  } else {
    await repo.updateDelivery(db, d.id, { ...common, status: 'failed', nextAttemptAt: null });
    if (retryable(outcome)) await disableFailing(db, d.endpointId, d.workspaceId, now(), onDisabled);
  }
}

async function disableFailing(
  db: Database,
  endpointId: string,
  workspaceId: string,
  now: Date,
  onDisabled: DisabledNotice,
) {
  await repo.updateEndpoint(db, endpointId, { disabledAt: now, disabledReason: 'failing' });
  await repo.dropWaiting(db, endpointId);
  await onDisabled(db, endpointId, workspaceId);
}
