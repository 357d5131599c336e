import type { Caller } from '../../auth/caller.js';
import { applyVisibility } from '../../auth/visibility.js';
import type { Database } from '../../db/database.js';
import type { Named } from './partner-search.graph.repository.js';

/** Partner search's reads of where candidates may be: networks, ecosystems and their members, towns. */

/** A visible network or ecosystem by id or slug. */
export function findCommunity(
  db: Database,
  caller: Caller,
  table: 'networks' | 'ecosystems',
  key: { id: string } | { slug: string },
): Promise<Named | undefined> {
  const q = applyVisibility(db.selectFrom(table).select(['id', 'nameFi', 'nameSv', 'nameEn']), caller);
  return ('id' in key ? q.where('id', '=', key.id) : q.where('slug', '=', key.slug)).executeTakeFirst();
}

/** The visible members of a network or ecosystem (the membership and the organisation both visible). */
export async function memberIds(
  db: Database,
  caller: Caller,
  table: 'networkMembers' | 'ecosystemMembers',
  id: string,
): Promise<string[]> {
  const members =
    table === 'networkMembers'
      ? db
          .selectFrom('networkMembers')
          .select(['organisationId', 'visibility', 'workspaceId'])
          .where('networkId', '=', id)
      : db
          .selectFrom('ecosystemMembers')
          .select(['organisationId', 'visibility', 'workspaceId'])
          .where('ecosystemId', '=', id);
  const rows = await applyVisibility(
    db
      .selectFrom(applyVisibility(members, caller).as('m'))
      .innerJoin('organisations as o', 'o.id', 'm.organisationId')
      .select('m.organisationId'),
    caller,
    'o',
  ).execute();
  return rows.map((r) => r.organisationId);
}

/** The towns of a network: its visible members' own municipalities and the ones a membership names. */
export async function networkMunicipalities(db: Database, caller: Caller, networkId: string) {
  const rows = await applyVisibility(
    applyVisibility(
      db
        .selectFrom('networkMembers as m')
        .innerJoin('organisations as o', 'o.id', 'm.organisationId')
        .select(['o.municipalityCode', 'm.municipalityCodes']),
      caller,
      'm',
    ),
    caller,
    'o',
  )
    .where('m.networkId', '=', networkId)
    .execute();
  const codes = rows.flatMap((r) => [
    ...r.municipalityCodes,
    ...(r.municipalityCode ? [r.municipalityCode] : []),
  ]);
  return [...new Set(codes)].sort();
}

export type PlaceRow = {
  code: string;
  nameFi: string;
  nameSv: string | null;
  nameEn: string | null;
  regionCode: string | null;
  regionFi: string | null;
  regionSv: string | null;
  regionEn: string | null;
};

/** Municipalities with their regions' names. */
export function places(db: Database, codes: string[]): Promise<PlaceRow[]> {
  if (codes.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('municipalities as m')
    .leftJoin('regions as r', 'r.code', 'm.regionCode')
    .select(['m.code', 'm.nameFi', 'm.nameSv', 'm.nameEn', 'm.regionCode'])
    .select(['r.nameFi as regionFi', 'r.nameSv as regionSv', 'r.nameEn as regionEn'])
    .where('m.code', 'in', codes)
    .execute();
}
