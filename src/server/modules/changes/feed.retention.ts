import type { Database } from '../../db/database.js';
import { pruneBefore } from './feed.repository.js';

/** How long the change feed keeps a change: an integration that polls less often reloads in full. */
export const CHANGE_RETENTION_DAYS = 30;

/** Removes the changes older than the retention; a cursor before them then answers 410. */
export function pruneChanges(db: Database, now: Date): Promise<number> {
  return pruneBefore(db, new Date(now.getTime() - CHANGE_RETENTION_DAYS * 24 * 3600 * 1000));
}
