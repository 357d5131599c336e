import type { Caller } from '../../auth/caller.js';
import { applyVisibility } from '../../auth/visibility.js';
import type { Database } from '../../db/database.js';

/**
 * The records whose changes the overview shows: the path they are served at, their table and whether
 * they are named (nameFi…) or titled (titleFi…). People and their roles are left out on purpose: a
 * feed of who changed is not a place for personal data.
 */
export const SOURCES = [
  ['organisations', 'organisations', 'name'],
  ['ecosystems', 'ecosystems', 'name'],
  ['networks', 'networks', 'name'],
  ['projects', 'projects', 'name'],
  ['funding-calls', 'fundingCalls', 'title'],
  ['events', 'events', 'title'],
  ['strategies', 'strategies', 'title'],
  ['strategy-goals', 'strategyGoals', 'title'],
  ['development-actions', 'developmentActions', 'title'],
] as const;

export type Source = (typeof SOURCES)[number];

/** A table's newest `limit` rows the caller may read; an index on updated_at serves the order. */
export function newestOf(db: Database, caller: Caller, table: Source[1], naming: Source[2], limit: number) {
  return applyVisibility(
    db
      .selectFrom(table)
      .select([
        'id',
        'workspaceId',
        'createdAt',
        'updatedAt',
        `${naming}Fi as nameFi`,
        `${naming}Sv as nameSv`,
        `${naming}En as nameEn`,
      ])
      .orderBy('updatedAt', 'desc')
      .limit(limit),
    caller,
  );
}

export type ChangedRow = Awaited<ReturnType<ReturnType<typeof newestOf>['execute']>>[number];
