import { comparePictures } from '../../../analysis/compare.js';
import { buildPicture } from '../../../analysis/picture.js';
import type { Picture, ScopeKind } from '../../../analysis/picture.schema.js';
import { audit } from '../../audit/audit.js';
import type { Caller } from '../../auth/caller.js';
import { leastReader, type Visibility } from '../../auth/readers.js';
import type { Database } from '../../db/database.js';
import { notFound } from '../../errors.js';
import { chooseWorkspace } from '../../resources/service.js';
import { loadPictureInput } from './picture.service.js';
import { findSnapshot, insertSnapshot } from './snapshots.repository.js';

type Scope = { scope: ScopeKind; id: string };
const day = (now: Date) => now.toISOString().slice(0, 10);

/**
 * Saves today's picture of a scope. It is computed as its least reader sees the scope (not as its
 * creator does), so no reader of the snapshot ever finds in it a record they could not read.
 */
export async function takeSnapshot(
  db: Database,
  caller: Caller,
  request: Scope & { workspace?: string; visibility: Visibility },
  now: Date,
) {
  const workspaceId = await chooseWorkspace(
    db,
    { caller, workspace: request.workspace },
    'picture_snapshots',
  );
  const readers = await leastReader(db, workspaceId, request.visibility);
  const takenOn = day(now);
  const picture = buildPicture(await loadPictureInput(db, request.scope, request.id, readers, takenOn));
  const row = await insertSnapshot(db, {
    scopeKind: request.scope,
    scopeId: picture.scope.id,
    takenOn,
    picture,
    workspaceId,
    visibility: request.visibility,
    createdBy: caller.label,
  });
  await audit(
    db,
    caller,
    { action: 'create', entity: 'picture_snapshots', entityId: row.id, workspaceId, outcome: 'ok' },
    now,
  );
  return row;
}

/**
 * What changed since a snapshot, like for like: today's picture is computed as the snapshot's own
 * readers see it (a reader of the snapshot sees at least that much), so a record the caller alone can
 * see does not show up as "added".
 */
export async function changesSince(
  db: Database,
  caller: Caller,
  request: Scope & { since: string },
  now: Date,
) {
  const old = await findSnapshot(db, caller, request.since);
  if (!old || old.scopeKind !== request.scope) throw notFound('Snapshot');
  const readers = old.takenForReaders ? await leastReader(db, old.workspaceId, old.visibility) : caller;
  const today = buildPicture(await loadPictureInput(db, request.scope, request.id, readers, day(now)));
  if (today.scope.id !== old.scopeId) throw notFound('Snapshot');
  return comparePictures(old.picture as Picture, today);
}
