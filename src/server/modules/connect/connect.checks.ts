import type { Database } from '../../db/database.js';
import { AppError } from '../../errors.js';
import type { Row } from '../../resources/types.js';

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
