import type { Database } from '../db/database.js';

export type AuditEntry = {
  action: string;
  entity?: string | null;
  entityId?: string | null;
  workspaceId?: string | null;
  outcome: 'ok' | 'denied' | 'failed';
  /** Field names and ids only: values (which may be personal data) are never written here. */
  detail?: Record<string, unknown>;
};

/** Who acted, as the log records it: a caller (src/server/auth) has these and more. */
export type Actor = { userId: string | null; tokenId: string | null };

export async function audit(db: Database, caller: Actor | null, entry: AuditEntry, at: Date = new Date()) {
  await db
    .insertInto('auditLog')
    .values({
      at,
      userId: caller?.userId ?? null,
      tokenId: caller?.tokenId ?? null,
      action: entry.action,
      entity: entry.entity ?? null,
      entityId: entry.entityId ?? null,
      workspaceId: entry.workspaceId ?? null,
      outcome: entry.outcome,
      detail: JSON.stringify(entry.detail ?? {}),
    })
    .execute();
}
