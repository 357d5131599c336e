/**
 * The workshop's live stream: every change is written to `workshop_stream` in the transaction that makes
 * it, so a screen that reconnects with Last-Event-ID replays exactly what it missed. After the commit the
 * subscribers of this process are woken, and a NOTIFY wakes those of other instances (workshops.listener.ts);
 * subscribers also look every few seconds, should a notice be missed.
 */
import { sql } from 'kysely';
import type { WorkshopEventType } from '../../../domain/workshops.js';
import { inTransaction, type Database } from '../../db/database.js';

/** Writes a stream row; `participantId` names whose input it carries (erased with them). */
export type Emit = (
  workshopId: string,
  type: WorkshopEventType,
  payload: Record<string, unknown>,
  participantId?: string | null,
) => Promise<void>;

const subscribers = new Map<string, Set<() => void>>();

/** Calls `wake` whenever a change to the workshop commits in this process; returns the unsubscribe. */
export function subscribe(workshopId: string, wake: () => void): () => void {
  let set = subscribers.get(workshopId);
  if (!set) subscribers.set(workshopId, (set = new Set()));
  set.add(wake);
  return () => {
    set.delete(wake);
    if (!set.size) subscribers.delete(workshopId);
  };
}

/** How many streams of the workshop this process is serving (a stream that ended unsubscribed). */
export const subscriberCount = (workshopId: string) => subscribers.get(workshopId)?.size ?? 0;

/** Wakes this process's streams of the workshop: after a commit here, or on another instance's notice. */
export const wakeAll = (workshopId: string) => {
  for (const wake of subscribers.get(workshopId) ?? []) wake();
};

/** Wakes every stream of this process (notices may have been missed). */
export const wakeEveryone = () => {
  for (const set of subscribers.values()) for (const wake of set) wake();
};

let ending = false;

/**
 * Ends every stream of this process (a stopping server): each one's loop returns and its response ends,
 * so a stream does not hold the shutdown up; the screens reconnect (to another instance) by themselves.
 */
export function endAllStreams() {
  ending = true;
  wakeEveryone();
}

/** Whether the process is ending its streams. */
export const streamsEnding = () => ending;

/** The PostgreSQL channel on which a committed change names its workshop to every instance. */
export const WORKSHOP_CHANNEL = 'workshop_stream';

/**
 * Stream rows of one workshop are written one transaction at a time, the lock held until the commit:
 * otherwise a row could commit after a newer id was already sent, and a screen that moved past it
 * would never see it.
 */
const inOrder = (trx: Database, workshopId: string) =>
  trx.selectNoFrom(sql<void>`pg_advisory_xact_lock(hashtext(${workshopId}))`.as('locked')).execute();

/**
 * Runs a write in one transaction with `emit` writing its stream rows alongside; the subscribers are
 * woken only after the commit, so they never read a change that could still roll back.
 */
export async function streamedWrite<T>(db: Database, write: (trx: Database, emit: Emit) => Promise<T>) {
  const touched = new Set<string>();
  const result = await inTransaction(db, (trx) =>
    write(trx, async (workshopId, type, payload, participantId = null) => {
      await inOrder(trx, workshopId);
      await trx
        .insertInto('workshopStream')
        .values({ workshopId, type, payload: JSON.stringify(payload), participantId })
        .execute();
      // Delivered to every listening instance when (and only if) the transaction commits.
      if (!touched.has(workshopId))
        await trx
          .selectNoFrom(sql<void>`pg_notify(${WORKSHOP_CHANNEL}, ${workshopId})`.as('notified'))
          .execute();
      touched.add(workshopId);
    }),
  );
  for (const id of touched) wakeAll(id);
  return result;
}

type StreamRow = { id: number; type: string; payload: unknown };

/** The stream's rows after `afterId`, oldest first, of the given types. */
export async function rowsAfter(
  db: Database,
  workshopId: string,
  afterId: number,
  types: readonly string[],
  limit = 500,
): Promise<StreamRow[]> {
  const rows = await db
    .selectFrom('workshopStream')
    .select(['id', 'type', 'payload'])
    .where('workshopId', '=', workshopId)
    .where('id', '>', afterId)
    .where('type', 'in', types)
    .orderBy('id')
    .limit(limit)
    .execute();
  return rows.map((r) => ({ id: Number(r.id), type: r.type, payload: r.payload }));
}

export async function lastEventId(db: Database, workshopId: string) {
  const row = await db
    .selectFrom('workshopStream')
    .select((eb) => eb.fn.max('id').as('last'))
    .where('workshopId', '=', workshopId)
    .executeTakeFirst();
  return Number(row?.last ?? 0);
}
