/**
 * The tables of an installation in the order their rows can be inserted (every foreign key points at a
 * table that comes earlier), read from the database's own catalogue, so a table added by a later
 * migration is included without a change here. Where foreign keys form a cycle (a workspace names its
 * organisation, an organisation belongs to a workspace) one nullable column of the cycle is "deferred":
 * inserted empty, and filled in once every table is loaded.
 */
import type { Database } from '../../db/database.js';
import { foreignKeys, primaryKeyColumns, storedColumns } from './installation.repository.js';

/**
 * Kept out of the export: the migration, data-version and change-feed bookkeeping is the target database's own, and
 * rate-limit windows are the running instances'. Every other table of the schema is exported, whatever
 * migration added it (installation.test.ts holds it so).
 */
export const BOOKKEEPING_TABLES = new Set([
  'rate_limits',
  'solmu_migrations',
  'solmu_migrations_lock',
  'kysely_migration_lock',
  'data_version',
  'data_changes',
  // The change feed's log: a restored database starts a log (and an epoch) of its own.
  'changes',
  'changes_horizon',
]);

/** Filled at every start (built-in reference data): replaced on restore, not refused as "not empty". */
export const REFERENCE_TABLES = new Set(['regions', 'municipalities', 'postal_codes', 'industries']);

export type TablePlan = {
  name: string;
  /** Stored columns (generated ones are computed again on insert). */
  columns: string[];
  /** Nullable foreign-key columns filled in after all tables are loaded. */
  deferred: string[];
  primaryKey: string[];
};

async function tableColumns(db: Database) {
  const columns = new Map<string, string[]>();
  for (const row of await storedColumns(db)) {
    if (BOOKKEEPING_TABLES.has(row.tableName)) continue;
    columns.set(row.tableName, [...(columns.get(row.tableName) ?? []), row.columnName]);
  }
  return columns;
}

async function primaryKeys(db: Database) {
  const keys = new Map<string, string[]>();
  for (const row of await primaryKeyColumns(db))
    keys.set(row.tableName, [...(keys.get(row.tableName) ?? []), row.columnName]);
  return keys;
}

/** Every table in insertion order (Kahn's algorithm, ties by name), cycles broken at a nullable key. */
export async function tablePlans(db: Database): Promise<TablePlan[]> {
  const columns = await tableColumns(db);
  const keys = await primaryKeys(db);
  const edges = (await foreignKeys(db)).filter(
    (fk) => fk.child !== fk.parent && columns.has(fk.child) && columns.has(fk.parent),
  );
  const deferred = new Map<string, string[]>();
  const remaining = new Set(columns.keys());
  const order: string[] = [];
  let live = edges;
  while (remaining.size > 0) {
    const ready = [...remaining]
      .filter((t) => !live.some((e) => e.child === t && remaining.has(e.parent)))
      .sort();
    if (ready.length > 0) {
      for (const t of ready) remaining.delete(t);
      order.push(...ready);
      continue;
    }
    // An edge of a cycle: its parent depends (through remaining tables) on its child.
    const reaches = (from: string, to: string, seen = new Set<string>()): boolean =>
      from === to ||
      live.some(
        (e) =>
          e.child === from &&
          remaining.has(e.parent) &&
          !seen.has(e.parent) &&
          (seen.add(e.parent), reaches(e.parent, to, seen)),
      );
    const breakable = live
      .filter((e) => e.nullable && remaining.has(e.child) && remaining.has(e.parent))
      .filter((e) => reaches(e.parent, e.child))
      .sort((a, b) => a.child.localeCompare(b.child) || a.parent.localeCompare(b.parent))[0];
    if (!breakable)
      throw new Error(`Foreign keys form a cycle without a nullable column: ${[...remaining].join(', ')}`);
    deferred.set(breakable.child, [...(deferred.get(breakable.child) ?? []), ...breakable.columns]);
    live = live.filter((e) => e !== breakable);
  }
  return order.map((name) => ({
    name,
    columns: columns.get(name) ?? [],
    deferred: deferred.get(name) ?? [],
    primaryKey: keys.get(name) ?? [],
  }));
}
