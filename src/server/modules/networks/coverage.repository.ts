import type { Caller } from '../../auth/caller.js';
import { applyVisibility } from '../../auth/visibility.js';
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
  const members = await visibleMemberships(db, networkIds, caller)
    .select(['nm.networkId', 'nm.municipalityCodes', 'o.municipalityCode'])
    .execute();
  const stands = new Set(
    members.flatMap((m) =>
      (m.municipalityCodes.length > 0 ? m.municipalityCodes : [m.municipalityCode ?? []].flat()).map(
        (code) => `${m.networkId} ${code}`,
      ),
    ),
  );
  const codes = [...new Set([...stands].map((s) => s.split(' ')[1]!))];
  const places = await municipalitiesWithRegions(db, codes);
  return networkIds.flatMap((networkId) =>
    places.filter((p) => stands.has(`${networkId} ${p.code}`)).map((p) => ({ networkId, ...p })),
  );
}

/** The memberships of these networks whose membership and organisation the caller may both read. */
function visibleMemberships(db: Database, networkIds: string[], caller: Caller) {
  const query = db
    .selectFrom('networkMembers as nm')
    .innerJoin('organisations as o', 'o.id', 'nm.organisationId')
    .where('nm.networkId', 'in', networkIds);
  return applyVisibility(applyVisibility(query, caller, 'nm'), caller, 'o');
}

function municipalitiesWithRegions(db: Database, codes: string[]) {
  if (codes.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('municipalities as m')
    .leftJoin('regions as r', 'r.code', 'm.regionCode')
    .select([
      'm.code',
      'm.nameFi',
      'm.nameSv',
      'm.regionCode',
      'r.nameFi as regionNameFi',
      'r.nameSv as regionNameSv',
      'r.nameEn as regionNameEn',
    ])
    .where('m.code', 'in', codes)
    .orderBy('m.code')
    .execute();
}

/** Members per network, counting only memberships of organisations the caller may read. */
export async function memberCounts(db: Database, networkIds: string[], caller: Caller) {
  if (networkIds.length === 0) return new Map<string, number>();
  const rows = await visibleMemberships(db, networkIds, caller)
    .select((eb) => ['nm.networkId', eb.cast<number>(eb.fn.countAll(), 'integer').as('count')])
    .groupBy('nm.networkId')
    .execute();
  return new Map(rows.map((r) => [r.networkId, r.count]));
}
