import { sql } from 'kysely';
import type { RelationColumns } from '../../../analysis/picture.input.js';
import type { Caller } from '../../auth/caller.js';
import type { Database } from '../../db/database.js';

/** The visibility rule of src/server/auth/visibility.ts as a SQL condition on table alias r. */
function visibleRelations(caller: Caller) {
  if (caller.isAdmin) return sql`true`;
  const own = [...caller.workspaces.keys()];
  return sql`(r.visibility = 'public'
    or r.workspace_id = any(${own}::uuid[])
    or (r.visibility = 'network' and r.workspace_id = any(${caller.networkWorkspaceIds}::uuid[])))`;
}

const ints = (text: string | null) => (text ? Int32Array.from(text.split(','), Number) : new Int32Array(0));

/**
 * The relations among a scope's organisations as columns of positions, for large scopes: PostgreSQL
 * joins the relations to the members' positions and returns three comma-joined columns, which parse
 * into typed arrays far faster than a million row objects would.
 */
export async function relationColumns(
  db: Database,
  organisationIds: readonly string[],
  caller: Caller,
): Promise<RelationColumns> {
  const r = await sql<{ f: string | null; t: string | null; w: string | null }>`
    with o as (select id, (n - 1)::int as i from unnest(${organisationIds}::uuid[]) with ordinality as m(id, n))
    select string_agg(f.i::text, ',') as f, string_agg(t.i::text, ',') as t, string_agg(r.weight::text, ',') as w
    from relations r
    join o f on f.id = r.from_organisation_id
    join o t on t.id = r.to_organisation_id
    where ${visibleRelations(caller)}`.execute(db);
  const row = r.rows[0] ?? { f: null, t: null, w: null };
  return {
    from: ints(row.f),
    to: ints(row.t),
    weight: row.w ? Float64Array.from(row.w.split(','), Number) : new Float64Array(0),
  };
}
