/** The SQL of the relations an event writes ('met at event') and of the removals editors made. */
import type { Database } from '../../db/database.js';

export type Participation = { organisationId: string; role: string; visibility: string };

export async function eventOf(db: Database, eventId: string) {
  return db
    .selectFrom('events')
    .select(['id', 'workspaceId', 'visibility', 'startsAt'])
    .where('id', '=', eventId)
    .executeTakeFirst();
}

/** Every organisation's participation in the event, whoever may read it: the event owns its relations. */
export async function participations(db: Database, eventId: string): Promise<Participation[]> {
  const rows = await db
    .selectFrom('eventParticipants')
    .select(['organisationId', 'role', 'visibility'])
    .where('eventId', '=', eventId)
    .where('organisationId', 'is not', null)
    .execute();
  return rows.map((r) => ({ organisationId: r.organisationId!, role: r.role, visibility: r.visibility }));
}

/** The event's own 'met at event' relations. */
export async function writtenRelations(db: Database, eventId: string) {
  return (
    db
      .selectFrom('relations')
      .select(['id', 'fromOrganisationId', 'toOrganisationId', 'visibility'])
      .where('eventId', '=', eventId)
      // One an editor made more of (another kind) is theirs now: the event no longer keeps it in step.
      .where('kind', '=', 'met_at_event')
      .execute()
  );
}

export async function removals(db: Database, eventId: string) {
  return db
    .selectFrom('eventRelationRemovals')
    .select(['fromOrganisationId', 'toOrganisationId'])
    .where('eventId', '=', eventId)
    .execute();
}

export async function rememberRemoval(
  db: Database,
  relation: { eventId: string; fromOrganisationId: string; toOrganisationId: string },
  removedBy: string,
) {
  await db
    .insertInto('eventRelationRemovals')
    .values({ ...relation, removedBy })
    .onConflict((oc) => oc.doNothing())
    .execute();
}

export type NewEventRelation = {
  eventId: string;
  workspaceId: string;
  visibility: string;
  fromOrganisationId: string;
  toOrganisationId: string;
  weight: number;
  startOn: string;
  createdBy: string;
};

export async function insertRelations(db: Database, rows: NewEventRelation[]) {
  if (rows.length === 0) return;
  await db
    .insertInto('relations')
    .values(
      rows.map(({ createdBy, ...r }) => ({
        ...r,
        createdBy,
        updatedBy: createdBy,
        kind: 'met_at_event',
        source: 'event',
      })),
    )
    .execute();
}

export async function deleteRelations(db: Database, ids: string[]) {
  if (ids.length === 0) return;
  await db.deleteFrom('relations').where('id', 'in', ids).execute();
}

export async function setVisibility(db: Database, ids: string[], visibility: string) {
  if (ids.length === 0) return;
  await db.updateTable('relations').set({ visibility }).where('id', 'in', ids).execute();
}

/** Moves the relations to the event's day, where they are not on it already. */
export async function setStartOn(db: Database, ids: string[], startOn: string) {
  if (ids.length === 0) return;
  await db
    .updateTable('relations')
    .set({ startOn })
    .where('id', 'in', ids)
    .where('startOn', 'is distinct from', startOn)
    .execute();
}
