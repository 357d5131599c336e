import { WEAK_RELATION_KINDS } from '../../../domain/enums.js';
import type { Caller } from '../../auth/caller.js';
import { applyVisibility } from '../../auth/visibility.js';
import type { Database } from '../../db/database.js';

/** The visible relations with both ends among the given organisations, by id. */
export async function relationsAmong(db: Database, caller: Caller, ids: string[]) {
  if (ids.length === 0) return [];
  return applyVisibility(
    db
      .selectFrom('relations')
      .select(['id', 'fromOrganisationId', 'toOrganisationId', 'kind', 'weight', 'source']),
    caller,
  )
    .where('fromOrganisationId', 'in', ids)
    .where('toOrganisationId', 'in', ids)
    .where('kind', 'not in', WEAK_RELATION_KINDS)
    .orderBy('id')
    .execute();
}

export type EventFilter = { networkId?: string; ecosystemId?: string; eventId?: string };

/** The visible events with their municipality's names, in the order they start. */
export function visibleEvents(db: Database, caller: Caller, filter: EventFilter) {
  let q = applyVisibility(db.selectFrom('events as e'), caller, 'e')
    .leftJoin('municipalities as m', 'm.code', 'e.municipalityCode')
    .select([
      'e.id',
      'e.kind',
      'e.titleFi',
      'e.titleSv',
      'e.titleEn',
      'e.descriptionFi',
      'e.descriptionSv',
      'e.descriptionEn',
      'e.startsAt',
      'e.endsAt',
      'e.location',
      'e.isOnline',
      'e.onlineUrl',
      'e.updatedAt',
      'e.createdAt',
      'm.nameFi as municipalityFi',
      'm.nameSv as municipalitySv',
    ]);
  if (filter.networkId) q = q.where('e.networkId', '=', filter.networkId);
  if (filter.ecosystemId) q = q.where('e.ecosystemId', '=', filter.ecosystemId);
  if (filter.eventId) q = q.where('e.id', '=', filter.eventId);
  return q.orderBy('e.startsAt').orderBy('e.id').execute();
}

export type EventRow = Awaited<ReturnType<typeof visibleEvents>>[number];
export type RelationRow = Awaited<ReturnType<typeof relationsAmong>>[number];
