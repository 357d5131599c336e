/** The SQL of event invitations: an event's participants, their people's addresses, its organiser. */
import type { Caller } from '../../auth/caller.js';
import { applyVisibility } from '../../auth/visibility.js';
import type { Database } from '../../db/database.js';

/** The event's participants the caller may see, organisers first; all of them or the ones named. */
export async function visibleParticipants(
  db: Database,
  caller: Caller,
  eventId: string,
  ids?: readonly string[],
) {
  let q = applyVisibility(
    db.selectFrom('eventParticipants').select(['id', 'organisationId', 'personId', 'role']),
    caller,
  ).where('eventId', '=', eventId);
  if (ids) q = q.where('id', 'in', ids.length ? ids : ['00000000-0000-0000-0000-000000000000']);
  return q.orderBy('role').orderBy('id').execute();
}

export type ParticipantRow = Awaited<ReturnType<typeof visibleParticipants>>[number];

/** The people the caller may see with their names and e-mail addresses (personal data: never logged). */
export async function visiblePeople(db: Database, caller: Caller, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return applyVisibility(db.selectFrom('people').select(['id', 'fullName', 'email']), caller)
    .where('id', 'in', ids)
    .execute();
}

/** The name of the event's first organiser or host organisation the caller may see. */
export async function organiserName(db: Database, caller: Caller, eventId: string) {
  const query = db
    .selectFrom('eventParticipants as p')
    .innerJoin('organisations as o', 'o.id', 'p.organisationId')
    .select(['o.nameFi', 'o.nameSv', 'o.nameEn']);
  const row = await applyVisibility(applyVisibility(query, caller, 'p'), caller, 'o')
    .where('p.eventId', '=', eventId)
    .where('p.role', 'in', ['organiser', 'host'])
    .orderBy('p.role', 'desc')
    .orderBy('p.createdAt')
    .executeTakeFirst();
  return row ?? null;
}
