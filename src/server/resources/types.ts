import type { SelectQueryBuilder } from 'kysely';
import type { z } from 'zod';
import type { Caller } from '../auth/caller.js';
import type { Database } from '../db/database.js';

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
 * routes. Rules that span tables live in `check` (run inside the write's transaction) and
 * read models that join other tables in `decorate` (batched per page).
 */
export type ResourceDefinition = {
  /** URL segment and OpenAPI tag, e.g. 'organisations'. */
  path: string;
  /** Kysely table name in camelCase, e.g. 'organisationCompetences'. */
  table: string;
  /** Singular name for schema ids and messages, e.g. 'Organisation'. */
  entity: string;
  summary: string;
  /** `rules`: the cross-field rules, checked on the merged record of every write. */
  schemas: { shape: z.ZodRawShape; create: z.ZodType; update: z.ZodType; rules?: z.ZodType };
  /** Extra read-only fields the presenter adds, with their schemas for the OpenAPI document. */
  extraOutput?: z.ZodRawShape;
  /**
   * Columns of the table read with every record but never written through the API (e.g. what an import
   * keeps); their schemas belong in `extraOutput`.
   */
  readOnlyColumns?: readonly string[];
  filters?: Record<string, Filter>;
  /** Non-null columns a list may be sorted by; the first is the default. */
  sortable: [string, ...string[]];
  searchable?: boolean;
  /** Columns stored as jsonb: serialised on write. */
  jsonColumns?: string[];
  /** Cross-table rules on the merged record; throw AppError to refuse. */
  check?: (db: Database, record: Row, existing: Row | undefined, caller: Caller) => Promise<void>;
  /** Read models over other tables; whatever they count or name is narrowed to what the caller may read. */
  decorate?: (db: Database, items: Row[], caller: Caller) => Promise<Row[]>;
  /** The field naming the network a record belongs to: its coordinators may write it. */
  networkField?: string;
  /** Personal data: every read is written to the audit log. */
  personal?: boolean;
  /** Natural keys besides the id that a single read accepts, e.g. slug. */
  alternateKeys?: string[];
};
