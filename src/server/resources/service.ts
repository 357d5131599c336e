import { inTransaction, type Database } from '../db/database.js';
import { notFound, validationError } from '../errors.js';
import { present } from './presenter.js';
import * as repo from './repository.js';
import type { Row, ResourceDefinition } from './types.js';

async function presentAll(db: Database, def: ResourceDefinition, rows: Row[]) {
  const decorated = def.decorate ? await def.decorate(db, rows) : rows;
  return decorated.map((r) => present(def, r));
}

async function presentOne(db: Database, def: ResourceDefinition, row: Row) {
  return (await presentAll(db, def, [row]))[0] as Row;
}

/**
 * The entity's cross-field rules (period order, "a competence or a tag") on the record as it will be
 * stored: an update's body alone cannot tell that a new end falls before the stored start. Fields
 * absent from the record count as null.
 */
function checkRules(def: ResourceDefinition, record: Row) {
  if (!def.schemas.rules) return;
  const row = present(
    def,
    Object.fromEntries(Object.keys(def.schemas.shape).map((k) => [k, record[k] ?? null])),
  );
  const result = def.schemas.rules.safeParse(row);
  if (!result.success) throw validationError(result.error.issues);
}

export async function getOne(db: Database, def: ResourceDefinition, key: string) {
  const row = await repo.findByKey(db, def, key);
  if (!row) throw notFound(def.entity);
  return presentOne(db, def, row);
}

export async function listPage(db: Database, def: ResourceDefinition, params: repo.ListParams) {
  const page = await repo.list(db, def, params);
  return { ...page, items: await presentAll(db, def, page.items) };
}

export async function create(db: Database, def: ResourceDefinition, input: Row, actor: string) {
  checkRules(def, input);
  return inTransaction(db, async (trx) => {
    await def.check?.(trx, input, undefined);
    const row = await repo.insert(trx, def, input, actor);
    return presentOne(trx, def, row);
  });
}

export async function update(db: Database, def: ResourceDefinition, id: string, input: Row, actor: string) {
  return inTransaction(db, async (trx) => {
    const existing = await repo.findById(trx, def, id, true);
    if (!existing) throw notFound(def.entity);
    checkRules(def, { ...existing, ...input });
    await def.check?.(trx, { ...existing, ...input }, existing);
    const row = await repo.update(trx, def, id, input, actor);
    if (!row) throw notFound(def.entity);
    return presentOne(trx, def, row);
  });
}

export async function remove(db: Database, def: ResourceDefinition, id: string) {
  if (!(await repo.remove(db, def, id))) throw notFound(def.entity);
}
