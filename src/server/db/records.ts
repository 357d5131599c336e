import type { DB } from './schema.js';

/** The columns every record table has: what the access rule, the audit trail and the generic layer use. */
interface RecordColumns {
  id: unknown;
  workspaceId: string;
  visibility: unknown;
  createdAt: unknown;
  createdBy: unknown;
  updatedAt: unknown;
  updatedBy: unknown;
}

/**
 * The tables whose rows are records a workspace owns, worked out from the generated schema: a table that
 * loses one of the shared columns drops out, and every resource on it stops compiling.
 */
export type RecordTable = { [T in keyof DB]: DB[T] extends RecordColumns ? T : never }[keyof DB];
