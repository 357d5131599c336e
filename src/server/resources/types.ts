import type { SelectQueryBuilder } from 'kysely';
import type { z } from 'zod';
import type { Caller } from '../auth/caller.js';
import type { EntityEntry } from '../../domain/catalogue.js';
import type { Database } from '../db/database.js';
import type { RecordTable } from '../db/records.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyQuery = SelectQueryBuilder<any, any, any>;
export type Row = Record<string, unknown>;

/**
 * A list filter: how a query parameter is read and how it narrows the query. A filter that looks into
 * other tables gets the caller, so it can look only through rows the caller may read.
 */
export type Filter = {
  schema: z.ZodType;
  description: string;
  apply: (query: AnyQuery, value: never, caller: Caller) => AnyQuery;
};

/**
 * Everything the generic layer needs to give an entity its create, read, update, delete and list
 * routes: the entity's catalogue entry (src/domain/catalogue.ts) and what only the server knows. Rules
 * that span tables live in `check` (run inside the write's transaction) and read models that join other
 * tables in `decorate` (batched per page).
 */
export type ResourceDefinition = Omit<EntityEntry, 'filters' | 'table'> & {
  /** The entry's table, known to the compiler as one of the record tables. */
  table: RecordTable;
  /** What the records are, for the API document, e.g. 'competences offered or needed by organisations'. */
  summary: string;
  /** How each of the catalogue's filters narrows a list. */
  filters?: Record<string, Filter>;
  /** Extra read-only fields the presenter adds, with their schemas for the OpenAPI document. */
  extraOutput?: z.ZodRawShape;
  /**
   * Columns of the table read with every record but never written through the API (e.g. what an import
   * keeps); their schemas belong in `extraOutput`.
   */
  readOnlyColumns?: readonly string[];
  /** What a new record leaves out, filled in once its workspace is known (a contact's owner and due date). */
  prepare?: (record: Row, context: PrepareContext) => Row;
  /** Cross-table rules on the merged record; throw AppError to refuse. */
  check?: (db: Database, record: Row, existing: Row | undefined, caller: Caller) => Promise<void>;
  /**
   * What a write sets going in other tables, inside the write's transaction (an event's participant
   * writes its 'met at event' relations); `row` is the record as stored, or as it was before a delete;
   * an update also gives the record as it was (`before`).
   */
  afterWrite?: (db: Database, change: WriteChange, caller: Caller) => Promise<void>;
  /** Read models over other tables; whatever they count or name is narrowed to what the caller may read. */
  decorate?: (db: Database, items: Row[], caller: Caller) => Promise<Row[]>;
};

export type PrepareContext = { caller: Caller; workspaceId: string; now: Date };

export type WriteChange = { action: 'create' | 'update' | 'delete'; row: Row; before?: Row };

/** What the server adds to a catalogue entry: a filter for each of the entry's filter names, no more. */
export type ResourceExtras<E extends EntityEntry> = Omit<
  ResourceDefinition,
  keyof EntityEntry | 'filters'
> & {
  filters: Record<E['filters'][number], Filter>;
};

/** An entity's resource: its catalogue entry with the server's filters, rules and read models. */
export function defineResource<const E extends EntityEntry & { table: RecordTable }>(
  entry: E,
  extras: ResourceExtras<E>,
): ResourceDefinition {
  return { ...entry, ...extras };
}
