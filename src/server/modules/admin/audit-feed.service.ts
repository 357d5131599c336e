import type { Database } from '../../db/database.js';
import { listAuditEntries } from './audit-feed.repository.js';

export type AuditQuery = { entityId?: string; userId?: string; from?: string; to?: string; limit: number };

/** The audit log for admins; the period's ends are ISO date-times, `to` not included. */
export const auditFeed = (db: Database, q: AuditQuery) =>
  listAuditEntries(db, {
    ...q,
    from: q.from ? new Date(q.from) : undefined,
    to: q.to ? new Date(q.to) : undefined,
  });
