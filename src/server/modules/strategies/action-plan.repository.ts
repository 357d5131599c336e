/** The SQL of a strategy's action plan: its actions with owners, and the projects and calls they link. */
import type { Caller } from '../../auth/caller.js';
import { applyVisibility } from '../../auth/visibility.js';
import type { Database } from '../../db/database.js';

export const strategy = (db: Database, id: string) =>
  db.selectFrom('strategies').selectAll().where('id', '=', id).executeTakeFirst();

/** The strategy's actions the caller may read, by start date, with their owners' names when readable. */
export function actions(db: Database, caller: Caller, strategyId: string) {
  const owners = applyVisibility(
    db.selectFrom('organisations as o').select(['o.id', 'o.nameFi', 'o.nameSv', 'o.nameEn']),
    caller,
    'o',
  );
  const query = db
    .selectFrom('developmentActions as a')
    .leftJoin(owners.as('o'), 'o.id', 'a.ownerOrganisationId')
    .selectAll('a')
    .select(['o.nameFi as ownerNameFi', 'o.nameSv as ownerNameSv', 'o.nameEn as ownerNameEn'])
    .where('a.strategyId', '=', strategyId)
    .orderBy('a.startOn', (ob) => ob.asc().nullsLast())
    .orderBy('a.titleFi');
  return applyVisibility(query, caller, 'a').execute();
}

/** The projects and funding calls linked to these actions, as far as the caller may read both ends. */
export async function actionLinks(db: Database, caller: Caller, actionIds: string[]) {
  if (actionIds.length === 0) return { projects: [], calls: [] };
  const projects = applyVisibility(
    applyVisibility(
      db
        .selectFrom('actionProjects as l')
        .innerJoin('projects as p', 'p.id', 'l.projectId')
        .select(['l.actionId', 'p.nameFi', 'p.nameSv', 'p.nameEn'])
        .where('l.actionId', 'in', actionIds),
      caller,
      'l',
    ),
    caller,
    'p',
  ).execute();
  const calls = applyVisibility(
    applyVisibility(
      db
        .selectFrom('actionCalls as l')
        .innerJoin('fundingCalls as c', 'c.id', 'l.fundingCallId')
        .select(['l.actionId', 'c.titleFi', 'c.titleSv', 'c.titleEn'])
        .where('l.actionId', 'in', actionIds),
      caller,
      'l',
    ),
    caller,
    'c',
  ).execute();
  return { projects: await projects, calls: await calls };
}
