import { sql, type ExpressionBuilder, type RawBuilder, type SelectQueryBuilder } from 'kysely';
import type { Caller } from './caller.js';

// The rule names `workspace_id` and `visibility` on whichever record table (or alias) it is given: the
// place where a query is built on a table or alias the compiler cannot see (filters and links reuse it).
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type OpenQuery = SelectQueryBuilder<any, any, any>;

/**
 * Narrows a query on a record table to the rows the caller may read, keeping the query's own type.
 * Admins and the system read all.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function applyVisibility<Q extends SelectQueryBuilder<any, any, any>>(
  query: Q,
  caller: Caller,
  alias?: string,
): Q {
  if (caller.isAdmin) return query;
  const col = (c: string) => (alias ? `${alias}.${c}` : c);
  const own = [...caller.workspaces.keys()];
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return (query as OpenQuery).where((eb: ExpressionBuilder<any, any>) =>
    eb.or([
      eb(col('visibility'), '=', 'public'),
      ...(own.length ? [eb(col('workspaceId'), 'in', own)] : []),
      ...(caller.networkWorkspaceIds.length
        ? [
            eb.and([
              eb(col('visibility'), '=', 'network'),
              eb(col('workspaceId'), 'in', caller.networkWorkspaceIds),
            ]),
          ]
        : []),
    ]),
  ) as Q;
}

/** The same rule as a raw SQL condition on a table alias, for hand-written queries (graph loaders). */
export function visibleSql(caller: Caller, alias: string): RawBuilder<boolean> {
  if (caller.isAdmin) return sql<boolean>`true`;
  const a = sql.raw(alias);
  const own = [...caller.workspaces.keys()];
  return sql<boolean>`(${a}.visibility = 'public'
    or ${a}.workspace_id = any(${own}::uuid[])
    or (${a}.visibility = 'network' and ${a}.workspace_id = any(${caller.networkWorkspaceIds}::uuid[])))`;
}

export function canRead(caller: Caller, record: { workspaceId?: unknown; visibility?: unknown }): boolean {
  if (caller.isAdmin || record.visibility === 'public') return true;
  const ws = String(record.workspaceId);
  if (caller.workspaces.has(ws)) return true;
  return record.visibility === 'network' && caller.networkWorkspaceIds.includes(ws);
}

/**
 * Editors write their workspace's records; coordinators also the records of their networks, but only in
 * the workspaces of that network (its own and its members'), never in a workspace outside it.
 */
export function canWrite(caller: Caller, workspaceId: string, networkId?: string | null): boolean {
  if (!caller.canWrite) return false;
  if (caller.isAdmin) return true;
  if (caller.workspaces.get(workspaceId) === 'editor') return true;
  return writesAsCoordinator(caller, workspaceId, networkId);
}

/** True when only coordinating the record's network lets the caller write it in this workspace. */
export function writesAsCoordinator(caller: Caller, workspaceId: string, networkId?: string | null) {
  if (!caller.canWrite || caller.isAdmin || caller.workspaces.get(workspaceId) === 'editor') return false;
  return !!networkId && !!caller.coordinatorWorkspaces.get(networkId)?.includes(workspaceId);
}
