import { sql, type AliasedRawBuilder } from 'kysely';
import { columnList } from '../db/camel-case.js';
import type { Database } from '../db/database.js';
import type { RecordTable } from '../db/records.js';
import type { Caller } from '../auth/caller.js';
import { applyVisibility } from '../auth/visibility.js';
import { applyLinkVisibility } from './links.js';
import type { Row, ResourceDefinition } from './types.js';
import { applyPaging, applySearch, encodeCursor } from './query.js';

const AUDIT = ['workspaceId', 'createdAt', 'updatedAt', 'createdBy', 'updatedBy'];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const isUuid = (value: string) => UUID.test(value);
export const columnsOf = (def: ResourceDefinition) => ['id', ...Object.keys(def.schemas.shape), ...AUDIT];

/**
 * Kysely compiles any expression it is given as a selection; its types only know single aliased ones, so
 * a list of columns written once as SQL is passed as one.
 */
type ColumnList = AliasedRawBuilder<unknown, string>;
const readColumns = new WeakMap<ResourceDefinition, ColumnList>();
/** What a read returns: the columns above and the resource's read-only ones, in the same query. */
export function readColumnsOf(def: ResourceDefinition): ColumnList {
  let columns = readColumns.get(def);
  if (!columns) {
    columns = columnList([...columnsOf(def), ...(def.readOnlyColumns ?? [])]) as unknown as ColumnList;
    readColumns.set(def, columns);
  }
  return columns;
}

function toColumns(def: ResourceDefinition, input: Row): Row {
  const out: Row = {};
  for (const [key, value] of Object.entries(input)) {
    if (value === undefined) continue;
    out[key] = def.jsonColumns?.includes(key) ? JSON.stringify(value) : value;
  }
  return out;
}

export async function findById(db: Database, def: ResourceDefinition, id: string, lock = false) {
  if (!isUuid(id)) return undefined;
  let q = db.selectFrom(def.table).select(readColumnsOf(def)).where('id', '=', id);
  if (lock) q = q.forUpdate();
  return (await q.executeTakeFirst()) as Row | undefined;
}

/** Finds by id or by one of the resource's natural keys (slug). */
export async function findByKey(db: Database, def: ResourceDefinition, key: string) {
  if (isUuid(key)) return findById(db, def, key);
  if (key.length > 200) return undefined;
  for (const column of def.alternateKeys ?? []) {
    const row = await db
      .selectFrom(def.table)
      .select(readColumnsOf(def))
      .where(db.dynamic.ref(column), '=', key)
      .executeTakeFirst();
    if (row) return row as Row;
  }
  return undefined;
}

export async function insert(
  db: Database,
  def: ResourceDefinition,
  input: Row,
  actor: string,
  workspaceId: string,
) {
  const values = { ...toColumns(def, input), workspaceId, createdBy: actor, updatedBy: actor };
  return (await db
    .insertInto(def.table)
    .values(values)
    .returning(readColumnsOf(def))
    .executeTakeFirstOrThrow()) as Row;
}

export async function update(db: Database, def: ResourceDefinition, id: string, input: Row, actor: string) {
  const values = { ...toColumns(def, input), updatedBy: actor, updatedAt: sql<Date>`now()` };
  return (await db
    .updateTable(def.table)
    .set(values)
    .where('id', '=', id)
    .returning(readColumnsOf(def))
    .executeTakeFirst()) as Row | undefined;
}

export async function remove(db: Database, def: ResourceDefinition, id: string) {
  if (!isUuid(id)) return false;
  const result = await db.deleteFrom(def.table).where('id', '=', id).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** The readable records after `after` in id order, `limit` at a time: what an export walks through. */
export async function visibleAfter(
  db: Database,
  def: ResourceDefinition,
  caller: Caller,
  columns: string[],
  after: string | null,
  limit: number,
) {
  let q = applyLinkVisibility(
    applyVisibility(db.selectFrom(def.table).select(columns.map((c) => db.dynamic.ref(c))), caller),
    def,
    caller,
  );
  if (after) q = q.where('id', '>', after);
  return (await q.orderBy('id').limit(limit).execute()) as Row[];
}

export async function countVisible(db: Database, def: ResourceDefinition, caller: Caller) {
  const r = await applyLinkVisibility(applyVisibility(db.selectFrom(def.table), caller), def, caller)
    .select(sql<number>`count(*)::int`.as('n'))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

/** Where a record lives and who may read it: enough to check a reference to it. */
export async function placementOf(db: Database, table: RecordTable, id: string) {
  if (!isUuid(id)) return undefined;
  return (await db
    .selectFrom(table)
    .select(['workspaceId', 'visibility'])
    .where('id', '=', id)
    .executeTakeFirst()) as { workspaceId: string; visibility: string } | undefined;
}

/** The record an import key of a workspace stands for, if that record still exists. */
export async function idByImportKey(
  db: Database,
  def: ResourceDefinition,
  key: { workspaceId: string; entity: string; externalId: string },
) {
  const row = await db
    .selectFrom('importKeys')
    .select('recordId')
    .where('workspaceId', '=', key.workspaceId)
    .where('entity', '=', key.entity)
    .where('externalId', '=', key.externalId)
    .where('recordId', 'in', db.selectFrom(def.table).select('id'))
    .executeTakeFirst();
  return row ? String(row.recordId) : undefined;
}

/** A readable record of a workspace whose fields equal these values (null matches an empty field). */
export async function idByFields(
  db: Database,
  def: ResourceDefinition,
  caller: Caller,
  workspaceId: string,
  fields: Row,
) {
  let q = applyVisibility(db.selectFrom(def.table).select('id'), caller).where(
    'workspaceId',
    '=',
    workspaceId,
  );
  for (const [field, value] of Object.entries(fields))
    q =
      value === null
        ? q.where(db.dynamic.ref(field), 'is', null)
        : q.where(db.dynamic.ref(field), '=', value);
  const found = await q.limit(1).executeTakeFirst();
  return found ? String(found.id) : undefined;
}

export type ListParams = { limit: number; cursor?: string; sort: string; q?: string } & Record<
  string,
  unknown
>;

export async function list(db: Database, def: ResourceDefinition, params: ListParams, caller: Caller) {
  let q = applyLinkVisibility(applyVisibility(db.selectFrom(def.table), caller), def, caller);
  for (const [name, filter] of Object.entries(def.filters ?? {})) {
    const value = params[name];
    if (value !== undefined) q = filter.apply(q, value as never, caller);
  }
  if (params.q && def.searchable) q = applySearch(q, params.q);
  const descending = params.sort.startsWith('-');
  const field = descending ? params.sort.slice(1) : params.sort;
  // The cursor carries the sort value as PostgreSQL prints it: a JS Date would drop the microseconds
  // of a timestamptz, and the next page would then repeat (or skip) rows.
  const withCursor = q
    .select(readColumnsOf(def))
    .select(sql<string>`(${sql.ref(field)})::text`.as('cursorValue'));
  const rows = (await applyPaging(withCursor, field, descending, params.cursor)
    .limit(params.limit + 1)
    .execute()) as Row[];
  const page = rows.slice(0, params.limit);
  const last = page.at(-1);
  const more = rows.length > params.limit;
  const nextCursor = more && last ? encodeCursor(last.cursorValue, String(last.id)) : null;
  // A first page that holds every match is its own count: no second query.
  const total =
    !params.cursor && !more
      ? page.length
      : Number(
          ((await q.select((eb) => eb.fn.countAll().as('count')).executeTakeFirst()) as { count: unknown })
            .count,
        );
  // The rows keep their cursorValue: the presenter leaves out what the output does not declare.
  return { items: page, nextCursor, total };
}

/** Whether the caller may read every record a link row joins (see links.ts). */
export async function linksReadable(db: Database, def: ResourceDefinition, id: string, caller: Caller) {
  if (caller.isAdmin || !def.links?.length) return true;
  const q = applyLinkVisibility(db.selectFrom(def.table).select('id').where('id', '=', id), def, caller);
  return (await q.executeTakeFirst()) !== undefined;
}
