/** The SQL of event series: the series row, its sessions, and its title carried to future sessions. */
import type { Caller } from '../../auth/caller.js';
import { applyVisibility } from '../../auth/visibility.js';
import type { Database } from '../../db/database.js';

type Titles = { titleFi: string; titleSv?: string | null; titleEn?: string | null };

export async function insertSeries(
  db: Database,
  row: Titles & {
    workspaceId: string;
    visibility: string;
    frequency: string;
    sessionCount: number | null;
    untilOn: string | null;
    createdBy: string;
  },
) {
  return db
    .insertInto('eventSeries')
    .values({ ...row, updatedBy: row.createdBy })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function findSeries(db: Database, id: string) {
  return db.selectFrom('eventSeries').selectAll().where('id', '=', id).executeTakeFirst();
}

export type SeriesRow = NonNullable<Awaited<ReturnType<typeof findSeries>>>;

export async function joinSessions(db: Database, seriesId: string, eventIds: string[]) {
  await db.updateTable('events').set({ seriesId }).where('id', 'in', eventIds).execute();
}

/** The series' sessions the caller may see, in the order they start. */
export async function visibleSessions(db: Database, caller: Caller, seriesId: string) {
  return applyVisibility(
    db.selectFrom('events').select(['id', 'titleFi', 'titleSv', 'titleEn', 'startsAt', 'endsAt', 'kind']),
    caller,
  )
    .where('seriesId', '=', seriesId)
    .orderBy('startsAt')
    .orderBy('id')
    .execute();
}

export async function updateTitles(db: Database, id: string, titles: Titles, actor: string) {
  return db
    .updateTable('eventSeries')
    .set({ ...titles, updatedBy: actor, updatedAt: new Date() })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** The new title goes to the sessions still ahead; past sessions keep the title they were held under. */
export async function retitleFutureSessions(
  db: Database,
  id: string,
  titles: Titles,
  now: Date,
  actor: string,
) {
  const result = await db
    .updateTable('events')
    .set({ ...titles, updatedBy: actor, updatedAt: now })
    .where('seriesId', '=', id)
    .where('startsAt', '>=', now)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/**
 * Every session of the series, whoever may read it (the series' editors decide on all of them), and
 * whether anyone has taken part in it or written about it.
 */
export async function sessionsInUse(db: Database, seriesId: string) {
  return db
    .selectFrom('events as e')
    .select((eb) => [
      'e.id',
      'e.startsAt',
      eb
        .or([
          eb.exists(
            eb.selectFrom('eventParticipants as p').select('p.id').whereRef('p.eventId', '=', 'e.id'),
          ),
          eb.exists(eb.selectFrom('notes as n').select('n.id').whereRef('n.eventId', '=', 'e.id')),
        ])
        .as('inUse'),
    ])
    .where('e.seriesId', '=', seriesId)
    .orderBy('e.startsAt')
    .execute();
}

/** The series' remaining sessions become events of their own. */
export async function detachSessions(db: Database, seriesId: string) {
  await db.updateTable('events').set({ seriesId: null }).where('seriesId', '=', seriesId).execute();
}

export async function deleteSeries(db: Database, id: string) {
  await db.deleteFrom('eventSeries').where('id', '=', id).execute();
}
