import type { Database } from '../../db/database.js';
import { AppError } from '../../errors.js';
import type { PrepareContext, Row } from '../../resources/types.js';
import { dueWindow } from '../pipeline/due-window.js';

/** A contact's owner is a user of the contact's workspace; anyone else is refused as unknown. */
export async function checkOwner(db: Database, record: Row) {
  const ownerId = record.ownerId;
  if (typeof ownerId !== 'string') return;
  const member = await db
    .selectFrom('memberships')
    .select('userId')
    .where('userId', '=', ownerId)
    .where('workspaceId', '=', String(record.workspaceId))
    .executeTakeFirst();
  if (!member)
    throw new AppError(422, 'unknown_owner', 'The owner is not a user of this workspace', [
      { path: 'ownerId', message: 'Choose a user of the workspace' },
    ]);
}

/** A stage change is written by the move itself (with from and to), never as a plain note. */
export function checkActivityKind(record: Row, existing: Row | undefined) {
  const changed = existing === undefined || record.kind !== existing.kind;
  if (changed && record.kind === 'stage_change')
    throw new AppError(400, 'validation_failed', 'A stage change is logged by moving the contact', [
      { path: 'kind', message: 'Use call, email, meeting or note' },
    ]);
}

/** A new card waiting to be contacted is due within a week unless it says otherwise. */
export const FIRST_CONTACT_DAYS = 7;

/**
 * What a new contact leaves out: its owner is the user who adds it (when they belong to its workspace),
 * and a card still to be contacted falls due in a week, so it reaches its owner's "due this week".
 */
export function contactDefaults(record: Row, { caller, workspaceId, now }: PrepareContext): Row {
  const owner = caller.userId && caller.workspaces.has(workspaceId) ? caller.userId : undefined;
  const waiting = (record.stage ?? 'to_contact') === 'to_contact';
  return {
    ...record,
    ...(record.ownerId === undefined && owner ? { ownerId: owner } : {}),
    ...(record.nextStepOn === undefined && waiting
      ? { nextStepOn: dueWindow(now, FIRST_CONTACT_DAYS).until }
      : {}),
  };
}
