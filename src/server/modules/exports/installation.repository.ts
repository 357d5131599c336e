/**
 * The statements of the whole-installation export and restore. They work on every table the database's
 * own catalogue lists (so a table a later migration adds is included without a change here), which is
 * why their table and column names come at run time; each is quoted as an identifier (sql.id), never
 * pasted as text.
 */
import { sql } from 'kysely';
import type { Database } from '../../db/database.js';

const ident = (name: string) => sql.id(name);
const idents = (names: string[]) => sql.join(names.map(ident));
const FETCH = 2000;

export type ForeignKey = { child: string; parent: string; columns: string[]; nullable: boolean };

export async function foreignKeys(db: Database): Promise<ForeignKey[]> {
  const r = await sql<ForeignKey>`
    select c.conrelid::regclass::text as child, c.confrelid::regclass::text as parent,
      array(select a.attname::text from unnest(c.conkey) k
        join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k) as columns,
      (select bool_and(not a.attnotnull) from unnest(c.conkey) k
        join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k) as nullable
    from pg_constraint c
    where c.contype = 'f' and c.connamespace = current_schema()::regnamespace`.execute(db);
  return r.rows;
}

/** The stored (not generated) columns of every base table, in their order. */
export async function storedColumns(db: Database) {
  const r = await sql<{ tableName: string; columnName: string }>`
    select c.table_name, c.column_name from information_schema.columns c
    join information_schema.tables t on t.table_name = c.table_name and t.table_schema = c.table_schema
    where c.table_schema = current_schema() and t.table_type = 'BASE TABLE' and c.is_generated = 'NEVER'
    order by c.table_name, c.ordinal_position`.execute(db);
  return r.rows;
}

export async function primaryKeyColumns(db: Database) {
  const r = await sql<{ tableName: string; columnName: string }>`
    select i.indrelid::regclass::text as table_name, a.attname::text as column_name
    from pg_index i join pg_attribute a on a.attrelid = i.indrelid and a.attnum = any(i.indkey)
    join pg_class cl on cl.oid = i.indrelid
    where i.indisprimary and cl.relnamespace = current_schema()::regnamespace`.execute(db);
  return r.rows;
}

export async function appliedMigrations(db: Database): Promise<string[]> {
  // The migrator's own table is not in the generated schema; it is declared here for this read.
  const rows = await db
    .withTables<{ solmuMigrations: { name: string } }>()
    .selectFrom('solmuMigrations')
    .select('name')
    .orderBy('name')
    .execute();
  return rows.map((m) => m.name);
}

/**
 * A table's rows as JSON lines (row_to_json keeps every type's exact text), in batches through a cursor
 * of the caller's transaction. Given `orderBy` (a primary key; empty for a table without one), in the
 * byte order of the key's text (of the row's text without a key): the same order on a server with
 * another collation, which a backup's checksums need.
 */
export async function* tableLines(
  trx: Database,
  table: string,
  columns: string[],
  orderBy?: string[],
): AsyncGenerator<string[]> {
  const cursor = sql.id(`export_${table}`);
  const order = !orderBy
    ? sql``
    : orderBy.length
      ? sql`order by ${sql.join(orderBy.map((c) => sql`t.${ident(c)}::text collate "C"`))}`
      : sql`order by row_to_json(t)::text collate "C"`;
  await sql`declare ${cursor} no scroll cursor for
    select row_to_json(t)::text as line from (select ${idents(columns)} from ${ident(table)}) t ${order}`.execute(
    trx,
  );
  for (;;) {
    const batch = await sql<{ line: string }>`fetch ${sql.raw(String(FETCH))} from ${cursor}`.execute(trx);
    if (batch.rows.length === 0) break;
    yield batch.rows.map((r) => r.line);
  }
  await sql`close ${cursor}`.execute(trx);
}

export async function hasRows(trx: Database, table: string): Promise<boolean> {
  const any = await sql`select 1 from ${ident(table)} limit 1`.execute(trx);
  return any.rows.length > 0;
}

export async function deleteAllRows(trx: Database, table: string) {
  await sql`delete from ${ident(table)}`.execute(trx);
}

/** Inserts exported JSON lines with their own ids (identity columns included). */
export async function insertLines(trx: Database, table: string, columns: string[], lines: string[]) {
  await sql`insert into ${ident(table)} (${idents(columns)}) overriding system value
    select ${idents(columns)} from json_populate_recordset(null::${ident(table)}, ${`[${lines.join(',')}]`}::json)`.execute(
    trx,
  );
}

/** Sets some columns of the rows the JSON lines name by primary key. */
export async function updateFromLines(
  trx: Database,
  table: string,
  key: { columns: string[]; primaryKey: string[] },
  lines: string[],
) {
  const set = sql.join(key.columns.map((c) => sql`${ident(c)} = v.${ident(c)}`));
  const match = sql.join(
    key.primaryKey.map((c) => sql`t.${ident(c)} = v.${ident(c)}`),
    sql` and `,
  );
  await sql`update ${ident(table)} t set ${set}
    from json_populate_recordset(null::${ident(table)}, ${`[${lines.join(',')}]`}::json) v
    where ${match}`.execute(trx);
}

/** Sequences (audit_log ids) of the given tables continue after their rows. */
export async function resetSequences(trx: Database, tables: string[]) {
  const r = await sql<{ tableName: string; columnName: string; sequence: string }>`
    select c.table_name, c.column_name, pg_get_serial_sequence(c.table_name, c.column_name) as sequence
    from information_schema.columns c
    where c.table_schema = current_schema() and c.column_default like 'nextval(%'`.execute(trx);
  for (const s of r.rows) {
    if (!s.sequence || !tables.includes(s.tableName)) continue;
    await sql`select setval(${s.sequence}::regclass, coalesce(max(${ident(s.columnName)}), 0) + 1, false)
      from ${ident(s.tableName)}`.execute(trx);
  }
}
