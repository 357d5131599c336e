import os from 'node:os';
import { sql } from 'kysely';
import type { RelationColumns } from '../../../analysis/picture.input.js';
import { WEAK_RELATION_KINDS } from '../../../domain/enums.js';
import type { Caller } from '../../auth/caller.js';
import { visibleSql } from '../../auth/visibility.js';
import type { Database } from '../../db/database.js';

/** Big-endian 4-byte integers (PostgreSQL's int4send) as an Int32Array of this machine's order. */
function int32s(bytes: Buffer | null): Int32Array {
  if (!bytes) return new Int32Array(0);
  const copy = new Uint8Array(bytes); // a fresh, aligned copy: a Buffer may sit at any offset of a pool
  if (os.endianness() === 'LE') Buffer.from(copy.buffer).swap32();
  return new Int32Array(copy.buffer);
}

/** Big-endian 8-byte doubles (float8send) as a Float64Array. */
function float64s(bytes: Buffer | null): Float64Array {
  if (!bytes) return new Float64Array(0);
  const copy = new Uint8Array(bytes);
  if (os.endianness() === 'LE') Buffer.from(copy.buffer).swap64();
  return new Float64Array(copy.buffer);
}

/**
 * The relations of a large scope as columns of positions: PostgreSQL maps both ends of every relation to
 * the members' positions and returns, for the ties inside the scope, three binary columns (the packed
 * int4/float8 values of all rows, one bytea each) that become typed arrays without parsing a number,
 * and the count of the ties that reach outside the scope.
 */
export async function relationColumns(
  db: Database,
  organisationIds: readonly string[],
  caller: Caller,
): Promise<RelationColumns> {
  return db.transaction().execute(async (trx) => {
    // Scanning the relations once against a hash of the scope's ids is the fast plan (1.4 s against 5 s
    // for 10^6 relations, bench/picture/db-load.ts). It needs the hash in memory (the default 4 MB
    // splits it into batches), and the planner must know the ids are distinct (the group by below):
    // otherwise it expects each relation to match many ids and picks a merge join that walks the
    // relations in index order, reading the table at random, or hashes the relations instead.
    await sql`set local work_mem = '64MB'`.execute(trx);
    await sql`set local enable_mergejoin = off`.execute(trx);
    const r = await sql<{ f: Buffer | null; t: Buffer | null; w: Buffer | null; external: number }>`
      with o as (select id, min(n - 1)::int as i
        from unnest(${organisationIds}::uuid[]) with ordinality as m(id, n) group by id),
      touching as (
        select f.i as f, t.i as t, r.weight as w
        from relations r
        left join o f on f.id = r.from_organisation_id
        left join o t on t.id = r.to_organisation_id
        where (f.i is not null or t.i is not null) and ${visibleSql(caller, 'r')}
          and r.kind <> all(${[...WEAK_RELATION_KINDS]}::text[]))
      select string_agg(int4send(f), ''::bytea) filter (where f is not null and t is not null) as f,
        string_agg(int4send(t), ''::bytea) filter (where f is not null and t is not null) as t,
        string_agg(float8send(w), ''::bytea) filter (where f is not null and t is not null) as w,
        (count(*) filter (where f is null or t is null))::int as external
      from touching`.execute(trx);
    const row = r.rows[0];
    return {
      from: int32s(row?.f ?? null),
      to: int32s(row?.t ?? null),
      weight: float64s(row?.w ?? null),
      external: row?.external ?? 0,
    };
  });
}
