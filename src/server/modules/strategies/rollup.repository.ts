/**
 * The SQL behind strategies that roll up: which towns a network stands for, which town or ecosystem a
 * goal's strategy is for, and the goals, actuals and actions the roll-up and the progress view read.
 */
import { sql } from 'kysely';
import type { Caller } from '../../auth/caller.js';
import { applyVisibility } from '../../auth/visibility.js';
import type { Database } from '../../db/database.js';

/**
 * The towns a network's members stand for: what a membership names (Naturpolis for Kuusamo and
 * Taivalkoski) or else the member's own town. Without a caller every membership counts (checking a
 * link shows nothing of a member); with one, only memberships and organisations the caller may read,
 * since a list of towns would tell of a private member.
 */
export async function networkTownCodes(
  db: Database,
  networkId: string,
  caller?: Caller,
): Promise<Set<string>> {
  const query = db
    .selectFrom('networkMembers as nm')
    .innerJoin('organisations as o', 'o.id', 'nm.organisationId')
    .select(['nm.municipalityCodes', 'o.municipalityCode'])
    .where('nm.networkId', '=', networkId);
  const rows = await (
    caller ? applyVisibility(applyVisibility(query, caller, 'nm'), caller, 'o') : query
  ).execute();
  return new Set(
    rows.flatMap((r) =>
      r.municipalityCodes.length > 0 ? r.municipalityCodes : r.municipalityCode ? [r.municipalityCode] : [],
    ),
  );
}

export type GoalPlace = {
  goalId: string;
  strategyId: string;
  scope: string;
  networkId: string | null;
  ecosystemId: string | null;
  /** The town of a town strategy, or the towns of an ecosystem's. */
  townCodes: string[];
};

/** Each goal's strategy and the towns it is for. */
export async function goalPlaces(db: Database, goalIds: string[]): Promise<GoalPlace[]> {
  if (goalIds.length === 0) return [];
  const rows = await db
    .selectFrom('strategyGoals as g')
    .innerJoin('strategies as s', 's.id', 'g.strategyId')
    .leftJoin('ecosystems as e', 'e.id', 's.ecosystemId')
    .select([
      'g.id as goalId',
      's.id as strategyId',
      's.scope',
      's.networkId',
      's.ecosystemId',
      's.municipalityCode',
      'e.municipalityCodes',
    ])
    .where('g.id', 'in', goalIds)
    .execute();
  return rows.map(({ municipalityCode, municipalityCodes, ...r }) => ({
    ...r,
    townCodes: municipalityCode ? [municipalityCode] : (municipalityCodes ?? []),
  }));
}

/** A network by its id (the service decides whether the caller may read it). */
export const readNetwork = (db: Database, id: string) =>
  db.selectFrom('networks').selectAll().where('id', '=', id).executeTakeFirst();

/** A goal the caller may read, with its strategy's scope. */
export function readGoal(db: Database, id: string) {
  return db
    .selectFrom('strategyGoals as g')
    .innerJoin('strategies as s', 's.id', 'g.strategyId')
    .selectAll('g')
    .select(['s.scope', 's.networkId'])
    .where('g.id', '=', id)
    .executeTakeFirst();
}

/** The contributions to a network goal the caller may read, with the goals they link. */
export function contributionsTo(db: Database, caller: Caller, networkGoalId: string) {
  const query = db
    .selectFrom('goalContributions as c')
    .innerJoin('strategyGoals as g', 'g.id', 'c.contributingGoalId')
    .select(['c.id as contributionId', 'c.contributingGoalId'])
    .where('c.networkGoalId', '=', networkGoalId)
    .orderBy('c.createdAt');
  return applyVisibility(applyVisibility(query, caller, 'c'), caller, 'g').execute();
}

/** The actuals of these goals the caller may read, oldest first. */
export function actualsOf(db: Database, caller: Caller, goalIds: string[]) {
  if (goalIds.length === 0) return Promise.resolve([]);
  const query = db
    .selectFrom('goalActuals as a')
    .select(['a.goalId', 'a.measuredOn', 'a.value', 'a.source'])
    .where('a.goalId', 'in', goalIds)
    .orderBy('a.measuredOn');
  return applyVisibility(query, caller, 'a').execute();
}

/**
 * The town and ecosystem strategies the caller may read for any of these towns, with the towns each is
 * for and their names.
 */
export async function placedStrategies(db: Database, caller: Caller, townCodes: string[]) {
  if (townCodes.length === 0) return [];
  const query = db
    .selectFrom('strategies as s')
    .leftJoin('municipalities as m', 'm.code', 's.municipalityCode')
    .leftJoin('ecosystems as e', 'e.id', 's.ecosystemId')
    .select([
      's.id',
      's.scope',
      's.titleFi',
      's.titleSv',
      's.titleEn',
      's.municipalityCode',
      's.ecosystemId',
      's.example',
      'm.nameFi as townNameFi',
      'm.nameSv as townNameSv',
      'm.nameEn as townNameEn',
      'e.nameFi as ecosystemNameFi',
      'e.nameSv as ecosystemNameSv',
      'e.nameEn as ecosystemNameEn',
      'e.municipalityCodes',
    ])
    .where('s.scope', 'in', ['municipality', 'ecosystem'])
    .where((eb) =>
      eb.or([
        eb('s.municipalityCode', 'in', townCodes),
        sql<boolean>`e.municipality_codes && ${sql.val(townCodes)}::text[]`,
      ]),
    )
    .orderBy('s.titleFi');
  const rows = await applyVisibility(query, caller, 's').execute();
  return rows.map(({ municipalityCodes, ...r }) => ({
    ...r,
    townCodes: r.municipalityCode ? [r.municipalityCode] : (municipalityCodes ?? []),
  }));
}

export type PlacedStrategy = Awaited<ReturnType<typeof placedStrategies>>[number];

/** The goals of these strategies the caller may read. */
export function goalsOfStrategies(db: Database, caller: Caller, strategyIds: string[]) {
  if (strategyIds.length === 0) return Promise.resolve([]);
  const query = db
    .selectFrom('strategyGoals as g')
    .selectAll('g')
    .where('g.strategyId', 'in', strategyIds)
    .orderBy('g.createdAt');
  return applyVisibility(query, caller, 'g').execute();
}

/** The development actions of these strategies the caller may read: their status and strategy. */
export function actionsOfStrategies(db: Database, caller: Caller, strategyIds: string[]) {
  if (strategyIds.length === 0) return Promise.resolve([]);
  const query = db
    .selectFrom('developmentActions as a')
    .select(['a.strategyId', 'a.status'])
    .where('a.strategyId', 'in', strategyIds);
  return applyVisibility(query, caller, 'a').execute();
}

/** Towns' names in three languages, by name. */
export function townNames(db: Database, codes: string[]) {
  if (codes.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('municipalities')
    .select(['code', 'nameFi', 'nameSv', 'nameEn'])
    .where('code', 'in', codes)
    .orderBy('nameFi')
    .execute();
}
