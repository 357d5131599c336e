/** Workshops, their phases, groups and ideas: the SQL only; the services decide who may read and write. */
import { sql } from 'kysely';
import type { Caller } from '../../auth/caller.js';
import { applyVisibility } from '../../auth/visibility.js';
import type { Database } from '../../db/database.js';
import { isUuid } from '../../resources/repository.js';

const WORKSHOP_COLUMNS = [
  'id',
  'strategyId',
  'eventId',
  'titleFi',
  'titleSv',
  'titleEn',
  'joinCode',
  'status',
  'voteBudget',
  'currentPhaseId',
  'workspaceId',
  'visibility',
  'example',
  'createdAt',
  'updatedAt',
] as const;

export type WorkshopRow = {
  id: string;
  strategyId: string;
  eventId: string | null;
  titleFi: string;
  titleSv: string | null;
  titleEn: string | null;
  joinCode: string;
  status: string;
  voteBudget: number;
  currentPhaseId: string | null;
  workspaceId: string;
  visibility: string;
  example: boolean;
  createdAt: Date;
  updatedAt: Date;
};

const PHASE_COLUMNS = [
  'id',
  'position',
  'kind',
  'titleFi',
  'titleSv',
  'titleEn',
  'promptFi',
  'promptSv',
  'promptEn',
  'status',
] as const;

export type PhaseRow = {
  id: string;
  position: number;
  kind: string;
  titleFi: string;
  titleSv: string | null;
  titleEn: string | null;
  promptFi: string | null;
  promptSv: string | null;
  promptEn: string | null;
  status: string;
};

export async function listWorkshops(
  db: Database,
  caller: Caller,
  filter: { strategyId?: string; eventId?: string },
) {
  let q = db.selectFrom('workshops').select(WORKSHOP_COLUMNS).orderBy('createdAt', 'desc');
  if (filter.strategyId) q = q.where('strategyId', '=', filter.strategyId);
  if (filter.eventId) q = q.where('eventId', '=', filter.eventId);
  return (await applyVisibility(q, caller).execute()) as WorkshopRow[];
}

export async function findWorkshop(db: Database, id: string, lock = false) {
  if (!isUuid(id)) return undefined;
  let q = db.selectFrom('workshops').select(WORKSHOP_COLUMNS).where('id', '=', id);
  if (lock) q = q.forUpdate();
  return (await q.executeTakeFirst()) as WorkshopRow | undefined;
}

export async function findByCode(db: Database, code: string) {
  return (await db
    .selectFrom('workshops')
    .select(WORKSHOP_COLUMNS)
    .where('joinCode', '=', code)
    .executeTakeFirst()) as WorkshopRow | undefined;
}

export const codeTaken = async (db: Database, code: string) =>
  !!(await db.selectFrom('workshops').select('id').where('joinCode', '=', code).executeTakeFirst());

/**
 * A strategy's or an event's workspace and visibility: a workshop is read and written as its strategy's
 * record, and names only an event its maker may read.
 */
export async function findPlaced(db: Database, table: 'strategies' | 'events', id: string) {
  if (!isUuid(id)) return undefined;
  return db
    .selectFrom(table)
    .select(['id', 'workspaceId', 'visibility'])
    .where('id', '=', id)
    .executeTakeFirst();
}

export type NewWorkshop = {
  strategyId: string;
  eventId: string | null;
  titleFi: string;
  titleSv: string | null;
  titleEn: string | null;
  joinCode: string;
  voteBudget: number;
  workspaceId: string;
};

export async function insertWorkshop(db: Database, values: NewWorkshop, by: string) {
  return (await db
    .insertInto('workshops')
    .values({ ...values, createdBy: by, updatedBy: by })
    .returning(WORKSHOP_COLUMNS)
    .executeTakeFirstOrThrow()) as WorkshopRow;
}

export type WorkshopChange = Partial<
  Pick<WorkshopRow, 'titleFi' | 'titleSv' | 'titleEn' | 'voteBudget' | 'status' | 'currentPhaseId'>
>;

export async function updateWorkshop(db: Database, id: string, change: WorkshopChange, by: string) {
  return (await db
    .updateTable('workshops')
    .set({ ...change, updatedBy: by, updatedAt: sql`now()` })
    .where('id', '=', id)
    .returning(WORKSHOP_COLUMNS)
    .executeTakeFirstOrThrow()) as WorkshopRow;
}

export async function removeWorkshop(db: Database, id: string) {
  await db.deleteFrom('workshops').where('id', '=', id).execute();
}

export async function insertPhases(
  db: Database,
  rows: (Omit<PhaseRow, 'id' | 'status'> & { workshopId: string })[],
) {
  if (rows.length) await db.insertInto('workshopPhases').values(rows).execute();
}

export async function phasesOf(db: Database, workshopId: string) {
  return (await db
    .selectFrom('workshopPhases')
    .select(PHASE_COLUMNS)
    .where('workshopId', '=', workshopId)
    .orderBy('position')
    .execute()) as PhaseRow[];
}

export async function findPhase(db: Database, workshopId: string, phaseId: string) {
  return (await db
    .selectFrom('workshopPhases')
    .select(PHASE_COLUMNS)
    .where('workshopId', '=', workshopId)
    .where('id', '=', phaseId)
    .executeTakeFirst()) as PhaseRow | undefined;
}

export async function setPhaseStatus(db: Database, workshopId: string, phaseIds: string[], status: string) {
  if (!phaseIds.length) return;
  await db
    .updateTable('workshopPhases')
    .set({ status })
    .where('workshopId', '=', workshopId)
    .where('id', 'in', phaseIds)
    .execute();
}

export async function participantsOf(db: Database, workshopId: string) {
  return db
    .selectFrom('workshopParticipants')
    .select(['id', 'displayName', 'organisationName', 'createdAt'])
    .where('workshopId', '=', workshopId)
    .orderBy('createdAt')
    .execute();
}

const IDEA_COLUMNS = [
  'i.id',
  'i.phaseId',
  'i.participantId',
  'i.text',
  'i.groupId',
  'i.position',
  'i.createdAt',
] as const;

/** The ideas with the dots given to each, in the order they came. */
export async function ideasOf(db: Database, workshopId: string, ideaId?: string) {
  let q = db
    .selectFrom('workshopIdeas as i')
    .select((eb) => [
      ...IDEA_COLUMNS,
      eb
        .selectFrom('workshopVotes as v')
        .select((x) => x.fn.coalesce(x.fn.sum<string>('v.dots'), sql<string>`0`).as('d'))
        .whereRef('v.ideaId', '=', 'i.id')
        .as('dots'),
    ])
    .where('i.workshopId', '=', workshopId)
    .orderBy('i.createdAt')
    .orderBy('i.id');
  if (ideaId) q = q.where('i.id', '=', ideaId);
  const rows = await q.execute();
  return rows.map((r) => ({ ...r, dots: Number(r.dots ?? 0) }));
}

export type IdeaRow = Awaited<ReturnType<typeof ideasOf>>[number];

export async function groupsOf(db: Database, workshopId: string) {
  return db
    .selectFrom('workshopGroups')
    .select(['id', 'title', 'position'])
    .where('workshopId', '=', workshopId)
    .orderBy('position')
    .orderBy('title')
    .execute();
}

export async function findGroup(db: Database, workshopId: string, groupId: string) {
  if (!isUuid(groupId)) return undefined;
  return db
    .selectFrom('workshopGroups')
    .select(['id', 'title', 'position'])
    .where('workshopId', '=', workshopId)
    .where('id', '=', groupId)
    .executeTakeFirst();
}

export async function insertGroup(db: Database, workshopId: string, title: string) {
  const last = await db
    .selectFrom('workshopGroups')
    .select((eb) => eb.fn.max('position').as('p'))
    .where('workshopId', '=', workshopId)
    .executeTakeFirst();
  return db
    .insertInto('workshopGroups')
    .values({ workshopId, title, position: (last?.p ?? -1) + 1 })
    .returning(['id', 'title', 'position'])
    .executeTakeFirstOrThrow();
}

export async function updateGroup(
  db: Database,
  workshopId: string,
  groupId: string,
  change: { title?: string; position?: number },
) {
  return db
    .updateTable('workshopGroups')
    .set(change)
    .where('workshopId', '=', workshopId)
    .where('id', '=', groupId)
    .returning(['id', 'title', 'position'])
    .executeTakeFirst();
}

export async function removeGroup(db: Database, workshopId: string, groupId: string) {
  const r = await db
    .deleteFrom('workshopGroups')
    .where('workshopId', '=', workshopId)
    .where('id', '=', groupId)
    .executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}

export async function insertIdea(
  db: Database,
  values: { workshopId: string; phaseId: string; participantId: string | null; text: string },
) {
  const row = await db.insertInto('workshopIdeas').values(values).returning('id').executeTakeFirstOrThrow();
  return (await ideasOf(db, values.workshopId, row.id))[0]!;
}

export async function findIdea(db: Database, workshopId: string, ideaId: string) {
  if (!isUuid(ideaId)) return undefined;
  return db
    .selectFrom('workshopIdeas')
    .select(['id', 'groupId', 'participantId', 'phaseId'])
    .where('workshopId', '=', workshopId)
    .where('id', '=', ideaId)
    .executeTakeFirst();
}

export async function moveIdea(
  db: Database,
  ideaId: string,
  place: { groupId: string | null; position?: number },
) {
  await db.updateTable('workshopIdeas').set(place).where('id', '=', ideaId).execute();
}

/** The vote totals per group (the sum of its ideas' dots). */
export async function groupDots(db: Database, workshopId: string) {
  const rows = await db
    .selectFrom('workshopVotes as v')
    .innerJoin('workshopIdeas as i', 'i.id', 'v.ideaId')
    .select((eb) => ['i.groupId', eb.fn.sum<string>('v.dots').as('dots')])
    .where('v.workshopId', '=', workshopId)
    .where('i.groupId', 'is not', null)
    .groupBy('i.groupId')
    .execute();
  return new Map(rows.map((r) => [r.groupId!, Number(r.dots)]));
}

/**
 * The goals and actions made from the workshop and the ideas or groups (with their dots) they came from.
 * One outcome's rows share their transaction's time: its goals come first, then its actions, by title.
 */
export async function outcomeOf(db: Database, workshopId: string) {
  return db
    .selectFrom('workshopOutcomeSources as o')
    .leftJoin('strategyGoals as g', 'g.id', 'o.goalId')
    .leftJoin('developmentActions as a', 'a.id', 'o.actionId')
    .select((eb) => [
      'o.goalId',
      'o.actionId',
      'o.ideaId',
      'o.groupId',
      'o.dots',
      eb.fn.coalesce('g.titleFi', 'a.titleFi').as('titleFi'),
      eb.fn.coalesce('g.titleSv', 'a.titleSv').as('titleSv'),
      eb.fn.coalesce('g.titleEn', 'a.titleEn').as('titleEn'),
    ])
    .where('o.workshopId', '=', workshopId)
    .orderBy('o.createdAt')
    .orderBy(sql`o.goal_id is null`)
    .orderBy(sql`coalesce(g.title_fi, a.title_fi)`)
    .execute();
}

/** What the strategy is of: the scope its picture is read from. */
export async function strategyScope(db: Database, id: string) {
  return db
    .selectFrom('strategies')
    .select(['scope', 'ecosystemId', 'networkId', 'municipalityCode'])
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
}

export async function strategyTitles(db: Database, id: string) {
  return db
    .selectFrom('strategies')
    .select(['titleFi', 'titleSv', 'titleEn'])
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
}

/** When the workshop was held: its event's start, or else when it was made. */
export async function heldAt(db: Database, row: WorkshopRow): Promise<Date> {
  if (!row.eventId) return new Date(row.createdAt);
  const event = await db
    .selectFrom('events')
    .select('startsAt')
    .where('id', '=', row.eventId)
    .executeTakeFirst();
  return new Date(event?.startsAt ?? row.createdAt);
}
