/**
 * Which process runs an import, so that a run never stays "running" after its process died, while
 * several Solmu processes (on one host or on several) may share the database:
 *
 * - each run records its owner: a random id of this process, the host name and the process id;
 * - while a process has unfinished runs it refreshes their `heartbeat_at` every 30 s;
 * - `failAbandonedRuns` (at server start, then every few minutes; also before a CLI import) fails the
 *   unfinished runs whose owner is certainly gone: a process of this host that no longer exists (or
 *   whose pid this very process now has), or any owner whose heartbeat stopped five minutes ago.
 *
 * A run's transaction dies with its process's connection, so a run failed this way wrote nothing.
 */
import crypto from 'node:crypto';
import os from 'node:os';
import { sql } from 'kysely';
import type { Database } from '../../db/database.js';

export const HEARTBEAT_MS = 30_000;
/** A heartbeat older than this means the owner is gone (ten missed beats; a blocked event loop is not). */
export const STALE_AFTER_MS = 5 * 60_000;

export type RunOwner = { id: string; host: string; pid: number };

/** This process. */
export const THIS_PROCESS: RunOwner = {
  id: crypto.randomUUID(),
  host: os.hostname(),
  pid: process.pid,
};

/** Unfinished runs of this process, per database (tests open several). */
const active = new Map<Database, Set<string>>();
let timer: NodeJS.Timeout | null = null;

async function beat() {
  await Promise.all(
    [...active].map(([db, ids]) =>
      db
        .updateTable('importRuns')
        .set({ heartbeatAt: sql<Date>`now()` })
        .where('id', 'in', [...ids])
        .where('finishedAt', 'is', null)
        .execute()
        .catch(() => {}),
    ),
  );
}

/** The owner columns of a new run; its heartbeat goes on until `released`. */
export function ownerColumns() {
  return {
    ownerId: THIS_PROCESS.id,
    ownerHost: THIS_PROCESS.host,
    ownerPid: THIS_PROCESS.pid,
    heartbeatAt: sql<Date>`now()`,
  };
}

export function holding(db: Database, runId: string) {
  let ids = active.get(db);
  if (!ids) active.set(db, (ids = new Set()));
  ids.add(runId);
  timer ??= setInterval(() => void beat(), HEARTBEAT_MS).unref();
}

export function released(db: Database, runId: string) {
  const ids = active.get(db);
  ids?.delete(runId);
  if (ids?.size === 0) active.delete(db);
  if (active.size === 0 && timer) {
    clearInterval(timer);
    timer = null;
  }
}

/** Whether a process with this id runs on this host (EPERM: it does, as another user). */
export function processExists(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Whether the owner of an unfinished run is certainly gone. */
export function ownerGone(
  run: { ownerId: string | null; ownerHost: string | null; ownerPid: number | null; stale: boolean },
  me: RunOwner = THIS_PROCESS,
): boolean {
  if (run.ownerId === me.id) return false;
  if (run.stale) return true;
  if (run.ownerId === null || run.ownerHost !== me.host) return false;
  // The same pid as this process but another id: an earlier process (a container restarts with pid 1).
  return run.ownerPid === null || run.ownerPid === me.pid || !processExists(run.ownerPid);
}

export const INTERRUPTED_MESSAGE =
  'Nothing was imported: the process running the import stopped before it finished';

/** Fails the unfinished runs whose process is gone; returns how many. */
export async function failAbandonedRuns(db: Database, me: RunOwner = THIS_PROCESS): Promise<number> {
  const rows = await db
    .selectFrom('importRuns')
    .select([
      'id',
      'ownerId',
      'ownerHost',
      'ownerPid',
      sql<boolean>`coalesce(heartbeat_at, updated_at) < now() - make_interval(secs => ${STALE_AFTER_MS / 1000})`.as(
        'stale',
      ),
    ])
    .where('finishedAt', 'is', null)
    .execute();
  const gone = rows.filter((r) => ownerGone(r as Parameters<typeof ownerGone>[0], me)).map((r) => r.id);
  if (gone.length === 0) return 0;
  const error = {
    line: null,
    column: null,
    field: null,
    code: 'import_interrupted',
    params: {},
    message: 'the process running the import stopped before it finished; nothing was imported',
  };
  const failed = await db
    .updateTable('importRuns')
    .set({
      state: 'failed',
      createdCount: 0,
      updatedCount: 0,
      unchangedCount: 0,
      errors: JSON.stringify([error]),
      message: INTERRUPTED_MESSAGE,
      finishedAt: sql<Date>`clock_timestamp()`,
      updatedAt: sql<Date>`now()`,
    })
    .where('id', 'in', gone)
    .where('finishedAt', 'is', null)
    .executeTakeFirst();
  return Number(failed.numUpdatedRows);
}

/** Fails abandoned runs now and every five minutes (a server); `onFailed` hears how many, when any. */
export function sweepAbandonedRuns(db: Database, onFailed: (count: number) => void): NodeJS.Timeout {
  const sweep = () =>
    failAbandonedRuns(db).then(
      (n) => n > 0 && onFailed(n),
      () => undefined,
    );
  void sweep();
  return setInterval(() => void sweep(), STALE_AFTER_MS).unref();
}
