import type { Database } from '../../db/database.js';
import { serverVersion } from './health.repository.js';

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
