import type { Database } from '../../db/database.js';

export type AuditFilter = { entityId?: string; userId?: string; from?: Date; to?: Date; limit: number };

/** Audit entries, newest first, narrowed by record, actor and period. */
export function listAuditEntries(db: Database, filter: AuditFilter) {
  let query = db
    .selectFrom('auditLog')
    .select([
      'id',
      'at',
      'userId',
      'tokenId',
      'action',
      'entity',
      'entityId',
      'workspaceId',
      'outcome',
      'detail',
    ])
    .orderBy('id', 'desc')
    .limit(filter.limit);
  if (filter.entityId) query = query.where('entityId', '=', filter.entityId);
  if (filter.userId) query = query.where('userId', '=', filter.userId);
  if (filter.from) query = query.where('at', '>=', filter.from);
  if (filter.to) query = query.where('at', '<', filter.to);
  return query.execute();
}
