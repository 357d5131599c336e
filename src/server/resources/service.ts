import type { Caller } from '../auth/caller.js';
import { editorWorkspaces } from '../auth/caller.js';
import { canRead, canWrite, writesAsCoordinator } from '../auth/visibility.js';
import { audit } from '../audit/audit.js';
import { inTransaction, type Database } from '../db/database.js';
import { AppError, notFound, refused, validationError } from '../errors.js';
import { present } from './presenter.js';
import { checkReferencesVisible } from './references.js';
import * as repo from './repository.js';
import type { Row, ResourceDefinition } from './types.js';

/** Who writes, and into which workspace (from the request's `workspace` parameter, never the body). */
export type WriteContext = { caller: Caller; workspace?: string; now?: Date };

/** The records as a read answers them, with their read models. */
export async function presentAll(db: Database, def: ResourceDefinition, rows: Row[], caller: Caller) {
  const decorated = def.decorate ? await def.decorate(db, rows, caller) : rows;
  return decorated.map((r) => present(def, r, caller));
}

async function presentOne(db: Database, def: ResourceDefinition, row: Row, caller: Caller) {
  return (await presentAll(db, def, [row], caller))[0] as Row;
}

/**
 * The entity's cross-field rules (period order, "a competence or a tag") on the record as it will be
 * stored: an update's body alone cannot tell that a new end falls before the stored start. Fields
 * absent from the record count as null.
 */
function checkRules(def: ResourceDefinition, record: Row) {
  if (!def.schemas.rules) return;
  const row = Object.fromEntries(
    Object.keys(def.schemas.shape).map((k) => {
      const value = record[k] ?? null;
      return [k, value instanceof Date ? value.toISOString() : value];
    }),
  );
  const result = def.schemas.rules.safeParse(row);
  if (!result.success) throw validationError(result.error.issues);
}

const networkOf = (def: ResourceDefinition, record: Row) =>
  def.networkField ? ((record[def.networkField] as string | null | undefined) ?? null) : null;

/** A record the caller may not see is "not found", and the attempt is audited. */
async function findVisible(db: Database, def: ResourceDefinition, key: string, caller: Caller, lock = false) {
  const row = lock ? await repo.findById(db, def, key, true) : await repo.findByKey(db, def, key);
  if (row && canRead(caller, row) && (await repo.linksReadable(db, def, String(row.id), caller))) return row;
  if (!row) throw notFound(def.entity);
  throw refused(notFound(def.entity), caller, { action: 'read', entity: def.path, entityId: String(row.id) });
}

export async function getOne(db: Database, def: ResourceDefinition, key: string, caller: Caller) {
  const row = await findVisible(db, def, key, caller);
  if (def.personal)
    await audit(db, caller, {
      action: 'view',
      entity: def.path,
      entityId: String(row.id),
      workspaceId: String(row.workspaceId),
      outcome: 'ok',
    });
  return presentOne(db, def, row, caller);
}

export async function listPage(
  db: Database,
  def: ResourceDefinition,
  params: repo.ListParams,
  caller: Caller,
) {
  const page = await repo.list(db, def, params, caller);
  if (def.personal && page.items.length > 0) {
    await audit(db, caller, {
      action: 'list',
      entity: def.path,
      outcome: 'ok',
      detail: { ids: page.items.map((i) => i.id) },
    });
  }
  return { ...page, items: await presentAll(db, def, page.items, caller) };
}

/**
 * The workspace a new record goes to: the one named in `?workspace=` (id or slug) or the caller's only
 * editor workspace; the caller must be able to write there. Any creating route uses this.
 */
export async function chooseWorkspace(
  db: Database,
  ctx: WriteContext,
  entity: string,
  networkId: string | null = null,
): Promise<string> {
  const { caller } = ctx;
  if (caller.kind === 'anonymous') throw new AppError(401, 'unauthenticated', 'Sign in first');
  if (!caller.canWrite) throw new AppError(403, 'forbidden', 'This API token may only read');
  let workspaceId: string | undefined;
  if (ctx.workspace) {
    const ws = await db
      .selectFrom('workspaces')
      .select('id')
      .where((eb) =>
        repo.isUuid(ctx.workspace!) ? eb('id', '=', ctx.workspace!) : eb('slug', '=', ctx.workspace!),
      )
      .executeTakeFirst();
    if (!ws)
      throw new AppError(400, 'unknown_workspace', 'No such workspace', [
        { path: 'workspace', message: 'Unknown workspace' },
      ]);
    workspaceId = ws.id;
  } else {
    const mine = editorWorkspaces(caller);
    if (mine.length !== 1) {
      throw new AppError(400, 'workspace_required', 'Say which workspace the record belongs to', [
        { path: 'workspace', message: 'Give ?workspace=<id or slug>' },
      ]);
    }
    workspaceId = mine[0]!;
  }
  if (!canWrite(caller, workspaceId, networkId))
    throw refused(new AppError(403, 'forbidden', 'You cannot add records to this workspace'), caller, {
      action: 'create',
      entity,
      workspaceId,
    });
  return workspaceId;
}

/**
 * A coordinator writing their network's record in a workspace of the network must be able to read what
 * they wrote: such a record is shared with the network unless they say public, never private.
 */
function keepReadableByCoordinator(
  caller: Caller,
  workspaceId: string,
  networkId: string | null,
  record: Row,
) {
  if (!writesAsCoordinator(caller, workspaceId, networkId)) return record;
  const visibility = record.visibility ?? 'network';
  if (!canRead(caller, { workspaceId, visibility })) {
    throw new AppError(
      422,
      'coordinator_private',
      "A network's record in another workspace cannot be private",
      [{ path: 'visibility', message: 'Choose network or public: you could not read a private record here' }],
    );
  }
  return { ...record, visibility };
}

export async function create(db: Database, def: ResourceDefinition, body: Row, ctx: WriteContext) {
  checkRules(def, body);
  return inTransaction(db, async (trx) => {
    const workspaceId = await chooseWorkspace(trx, ctx, def.path, networkOf(def, body));
    const now = ctx.now ?? new Date();
    const prepared = def.prepare ? def.prepare(body, { caller: ctx.caller, workspaceId, now }) : body;
    const input = keepReadableByCoordinator(ctx.caller, workspaceId, networkOf(def, prepared), prepared);
    await checkReferencesVisible(trx, def, input, ctx.caller);
    // The rules see the workspace the record goes to, as they see a stored record's on update.
    await def.check?.(trx, { ...input, workspaceId }, undefined, ctx.caller);
    const row = await repo.insert(trx, def, input, ctx.caller.label, workspaceId);
    await def.afterWrite?.(trx, { action: 'create', row }, ctx.caller);
    await audit(
      trx,
      ctx.caller,
      {
        action: 'create',
        entity: def.path,
        entityId: String(row.id),
        workspaceId,
        outcome: 'ok',
        detail: { fields: Object.keys(input) },
      },
      ctx.now,
    );
    return presentOne(trx, def, row, ctx.caller);
  });
}

async function writable(db: Database, def: ResourceDefinition, id: string, caller: Caller, action: string) {
  const existing = await findVisible(db, def, id, caller, true);
  if (!canWrite(caller, String(existing.workspaceId), networkOf(def, existing)))
    throw refused(
      caller.kind === 'anonymous'
        ? new AppError(401, 'unauthenticated', 'Sign in first')
        : new AppError(403, 'forbidden', 'You cannot change this record'),
      caller,
      { action, entity: def.path, entityId: id, workspaceId: String(existing.workspaceId) },
    );
  return existing;
}

export async function update(
  db: Database,
  def: ResourceDefinition,
  id: string,
  input: Row,
  ctx: WriteContext,
) {
  return inTransaction(db, async (trx) => {
    const existing = await writable(trx, def, id, ctx.caller, 'update');
    const merged = { ...existing, ...input };
    const workspaceId = String(existing.workspaceId);
    // The change itself must be one the caller may make: a coordinator cannot move a record out of
    // their network or make it private to a workspace they cannot read.
    if (!canWrite(ctx.caller, workspaceId, networkOf(def, merged))) {
      throw new AppError(403, 'forbidden', 'You cannot move this record to that network');
    }
    keepReadableByCoordinator(ctx.caller, workspaceId, networkOf(def, merged), merged);
    checkRules(def, merged);
    await checkReferencesVisible(trx, def, input, ctx.caller);
    await def.check?.(trx, { ...existing, ...input }, existing, ctx.caller);
    const row = await repo.update(trx, def, id, input, ctx.caller.label);
    if (!row) throw notFound(def.entity);
    await def.afterWrite?.(trx, { action: 'update', row, before: existing }, ctx.caller);
    await audit(
      trx,
      ctx.caller,
      {
        action: 'update',
        entity: def.path,
        entityId: id,
        workspaceId: String(row.workspaceId),
        outcome: 'ok',
        detail: { fields: Object.keys(input) },
      },
      ctx.now,
    );
    return presentOne(trx, def, row, ctx.caller);
  });
}

export async function remove(db: Database, def: ResourceDefinition, id: string, ctx: WriteContext) {
  await inTransaction(db, async (trx) => {
    const existing = await writable(trx, def, id, ctx.caller, 'delete');
    await repo.remove(trx, def, id);
    await def.afterWrite?.(trx, { action: 'delete', row: existing }, ctx.caller);
    await audit(
      trx,
      ctx.caller,
      {
        action: 'delete',
        entity: def.path,
        entityId: id,
        workspaceId: String(existing.workspaceId),
        outcome: 'ok',
      },
      ctx.now,
    );
  });
}
