import type { Selectable } from 'kysely';
import { z } from 'zod';
import type { AuditLog } from '../../db/schema.js';

export const auditEntrySchema = z.record(z.string(), z.unknown());

/** An entry with its id as text (a bigint) and its time in ISO form. */
export const presentAuditEntry = (row: Selectable<AuditLog>) => ({
  id: String(row.id),
  at: row.at.toISOString(),
  userId: row.userId,
  tokenId: row.tokenId,
  action: row.action,
  entity: row.entity,
  entityId: row.entityId,
  workspaceId: row.workspaceId,
  outcome: row.outcome,
  detail: row.detail,
});
