import type { Caller } from '../../auth/caller.js';
import type { Database } from '../../db/database.js';
import { presentChange, type Change } from './changes.presenter.js';
import { newestOf, SOURCES } from './changes.repository.js';

/** Each table's newest `limit` rows the caller may read; merged, the newest `limit` of all. */
export async function recentChanges(db: Database, caller: Caller, limit: number): Promise<Change[]> {
  const perTable = await Promise.all(
    SOURCES.map(async ([entity, table, naming]) => {
      const rows = await newestOf(db, caller, table, naming, limit).execute();
      return rows.map((r) => presentChange(entity, r));
    }),
  );
  return perTable
    .flat()
    .sort((a, b) => b.changedAt.localeCompare(a.changedAt))
    .slice(0, limit);
}
