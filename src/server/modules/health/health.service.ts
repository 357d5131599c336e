import type { Database } from '../../db/database.js';
import { LATEST_MIGRATION } from '../../db/migrate.js';
import { isDatabaseUnreachable } from '../../errors.js';
import { latestAppliedMigration, serverVersion } from './health.repository.js';

export type Health = {
  status: 'ok' | 'degraded';
  database: { ok: boolean; version: string | null };
  version: string;
};

/** Solmu's version and whether its database answers. */
export async function checkHealth(db: Database, version: string): Promise<Health> {
  try {
    return { status: 'ok', database: { ok: true, version: await serverVersion(db) }, version };
  } catch {
    return { status: 'degraded', database: { ok: false, version: null }, version };
  }
}

export type Readiness = {
  status: 'ready' | 'not_ready';
  database: { ok: boolean };
  migrations: { expected: string; applied: string | null; current: boolean };
};

/** A readiness probe waits this long for the database, then says not ready. */
export const READY_TIMEOUT_MS = 2000;

class TimedOut extends Error {}

function within<T>(ms: number, work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TimedOut()), ms);
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

/**
 * Ready to take traffic: the database answers in time and has every migration this version knows (an
 * instance of a newer version may already have applied more; the schema stays compatible).
 */
export async function checkReadiness(db: Database, timeoutMs = READY_TIMEOUT_MS): Promise<Readiness> {
  let applied: string | null = null;
  let reachable = true;
  try {
    applied = await within(timeoutMs, latestAppliedMigration(db));
  } catch (error) {
    // No migration table yet is a reachable database that is not migrated.
    reachable = !(error instanceof TimedOut || isDatabaseUnreachable(error));
  }
  const current = applied !== null && applied >= LATEST_MIGRATION;
  return {
    status: reachable && current ? 'ready' : 'not_ready',
    database: { ok: reachable },
    migrations: { expected: LATEST_MIGRATION, applied, current },
  };
}
