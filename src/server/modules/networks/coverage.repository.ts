import { sql } from 'kysely';
import type { Caller } from '../../auth/caller.js';
import { visibleSql } from '../../auth/visibility.js';
import type { Database } from '../../db/database.js';

export type CoverageRow = {
  networkId: string;
  code: string;
  nameFi: string;
  nameSv: string | null;
  regionCode: string | null;
  regionNameFi: string | null;
  regionNameSv: string | null;
  regionNameEn: string | null;
};

/**
 * The municipalities each network's members stand for: what a member represents in the network
 * (Naturpolis for Kuusamo and Taivalkoski) or else the member's own municipality. Only memberships and
 * organisations the caller may read count: an aggregate never tells of a private member.
 */
export async function coverageRows(
  db: Database,
  networkIds: string[],
  caller: Caller,
): Promise<CoverageRow[]> {
  if (networkIds.length === 0) return [];
  const result = await sql<CoverageRow>`
    select distinct nm.network_id, m.code, m.name_fi, m.name_sv, m.region_code,
      r.name_fi as region_name_fi, r.name_sv as region_name_sv, r.name_en as region_name_en
    from network_members nm
    join organisations o on o.id = nm.organisation_id
    cross join lateral unnest(
      case when cardinality(nm.municipality_codes) > 0 then nm.municipality_codes
           else array[o.municipality_code::text] end) as mc(code)
    join municipalities m on m.code = mc.code
    left join regions r on r.code = m.region_code
    where nm.network_id in (${sql.join(networkIds)})
      and ${visibleSql(caller, 'nm')} and ${visibleSql(caller, 'o')}
    order by m.code`.execute(db);
  return result.rows;
}

/** Members per network, counting only memberships of organisations the caller may read. */
export async function memberCounts(db: Database, networkIds: string[], caller: Caller) {
  if (networkIds.length === 0) return new Map<string, number>();
  const result = await sql<{ networkId: string; count: number }>`
    select nm.network_id, count(*)::int as count
    from network_members nm
    join organisations o on o.id = nm.organisation_id
    where nm.network_id in (${sql.join(networkIds)})
      and ${visibleSql(caller, 'nm')} and ${visibleSql(caller, 'o')}
    group by nm.network_id`.execute(db);
  return new Map(result.rows.map((r) => [r.networkId, r.count]));
}
