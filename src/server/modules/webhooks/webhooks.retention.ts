import type { Database } from '../../db/database.js';
import { deleteDeliveriesBefore } from './webhooks.repository.js';

/** How long the delivery log keeps an attempt's row (no personal data in it, but no use for it later). */
export const DELIVERY_LOG_DAYS = 30;

export async function forgetOldDeliveries(db: Database, now: Date): Promise<number> {
  const before = new Date(now.getTime() - DELIVERY_LOG_DAYS * 24 * 60 * 60 * 1000);
  return Number((await deleteDeliveriesBefore(db, before)).numDeletedRows);
}
