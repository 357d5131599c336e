/**
 * Event series (issue 15): a series and all its sessions are made in one transaction, each session an
 * event written through the events resource (its checks, its audit); a new title of the series goes to
 * its sessions still ahead. Who reads a series: whoever may read its record (workspace and visibility,
 * as any record); who writes: the editors of its workspace.
 */
import type { z } from 'zod';
import { sessionTimes, type eventSeriesCreate, type eventSeriesUpdate } from '../../../domain/series.js';
import type { Caller } from '../../auth/caller.js';
import { canRead, canWrite } from '../../auth/visibility.js';
import { audit } from '../../audit/audit.js';
import { inTransaction, type Database } from '../../db/database.js';
import { AppError, notFound, refused } from '../../errors.js';
import * as resources from '../../resources/service.js';
import { eventsResource } from './events.resources.js';
import * as repo from './series.repository.js';

type CreateInput = z.infer<typeof eventSeriesCreate>;
type UpdateInput = z.infer<typeof eventSeriesUpdate>;

export async function createSeries(db: Database, ctx: resources.WriteContext, input: CreateInput) {
  const { session, frequency, count, untilOn, visibility, titleFi, titleSv, titleEn } = input;
  return inTransaction(db, async (trx) => {
    const workspaceId = await resources.chooseWorkspace(trx, ctx, 'event-series', session.networkId ?? null);
    const titles = { titleFi, titleSv, titleEn };
    const series = await repo.insertSeries(trx, {
      ...titles,
      workspaceId,
      visibility: visibility ?? 'private',
      frequency,
      sessionCount: count ?? null,
      untilOn: untilOn ?? null,
      createdBy: ctx.caller.label,
    });
    const ids: string[] = [];
    for (const times of sessionTimes(session.startsAt, session.endsAt, { frequency, count, untilOn })) {
      const body = { ...session, ...titles, ...times, visibility: series.visibility };
      const made = await resources.create(trx, eventsResource, body, { ...ctx, workspace: workspaceId });
      ids.push(String(made.id));
    }
    await repo.joinSessions(trx, series.id, ids);
    await audit(
      trx,
      ctx.caller,
      {
        action: 'create',
        entity: 'event-series',
        entityId: series.id,
        workspaceId,
        outcome: 'ok',
        detail: { sessions: ids.length },
      },
      ctx.now,
    );
    return readable(trx, series, ctx.caller);
  });
}

async function readable(db: Database, series: repo.SeriesRow, caller: Caller) {
  return { series, sessions: await repo.visibleSessions(db, caller, series.id) };
}

async function visibleSeries(db: Database, caller: Caller, id: string) {
  const series = await repo.findSeries(db, id);
  if (!series || !canRead(caller, series)) throw notFound('Event series');
  return series;
}

export async function getSeries(db: Database, caller: Caller, id: string) {
  return readable(db, await visibleSeries(db, caller, id), caller);
}

/** The series' editors only: anyone else is refused, the attempt audited (see `refused`). */
async function writableSeries(db: Database, caller: Caller, id: string, action: string) {
  const series = await visibleSeries(db, caller, id);
  if (canWrite(caller, series.workspaceId)) return series;
  throw refused(new AppError(403, 'forbidden', 'You cannot change this series'), caller, {
    action,
    entity: 'event-series',
    entityId: id,
  });
}

/**
 * A session the series' deletion takes along: one still ahead that nobody has taken part in or written
 * about. A session held, or one with participants or notes, is a record of something that happened or
 * was promised to someone: it stays, as an event of its own.
 */
const removable = (s: { startsAt: Date | string; inUse: unknown }, now: Date) =>
  new Date(s.startsAt) >= now && !s.inUse;

/**
 * Deletes a series in one transaction: its sessions still ahead without participants or notes are
 * deleted (each through the events resource, so audited as any event's deletion), the others kept as
 * events of their own, and the series itself.
 */
export async function deleteSeries(db: Database, ctx: resources.WriteContext, id: string) {
  const now = ctx.now ?? new Date();
  const series = await writableSeries(db, ctx.caller, id, 'delete');
  return inTransaction(db, async (trx) => {
    const sessions = await repo.sessionsInUse(trx, id);
    const doomed = sessions.filter((s) => removable(s, now)).map((s) => s.id);
    for (const eventId of doomed) await resources.remove(trx, eventsResource, eventId, ctx);
    const kept = sessions.filter((s) => !doomed.includes(s.id)).map((s) => s.id);
    await repo.detachSessions(trx, id);
    await repo.deleteSeries(trx, id);
    await audit(
      trx,
      ctx.caller,
      {
        action: 'delete',
        entity: 'event-series',
        entityId: id,
        workspaceId: series.workspaceId,
        outcome: 'ok',
        detail: { deletedSessions: doomed, keptSessions: kept },
      },
      now,
    );
    return { deleted: doomed, kept };
  });
}

export async function updateSeries(
  db: Database,
  ctx: resources.WriteContext,
  id: string,
  input: UpdateInput,
) {
  const series = await writableSeries(db, ctx.caller, id, 'update');
  return inTransaction(db, async (trx) => {
    const titles = {
      titleFi: input.titleFi ?? series.titleFi,
      titleSv: input.titleSv === undefined ? series.titleSv : input.titleSv,
      titleEn: input.titleEn === undefined ? series.titleEn : input.titleEn,
    };
    const updated = await repo.updateTitles(trx, id, titles, ctx.caller.label);
    const now = ctx.now ?? new Date();
    const sessions = await repo.retitleFutureSessions(trx, id, titles, now, ctx.caller.label);
    await audit(
      trx,
      ctx.caller,
      {
        action: 'update',
        entity: 'event-series',
        entityId: id,
        workspaceId: series.workspaceId,
        outcome: 'ok',
        detail: { fields: Object.keys(input), futureSessions: sessions },
      },
      now,
    );
    return readable(trx, updated, ctx.caller);
  });
}
