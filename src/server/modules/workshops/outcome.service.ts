/**
 * The workshop's outcome (issue 16): the facilitator turns the winning ideas and groups into draft goals
 * (indicator, baseline, a target for 2027 unless said) and development actions (owner, schedule, linked
 * projects) of the workshop's strategy, all in one transaction. Each is created through the strategies'
 * resources (their checks and audit) and linked back to the ideas or group it came from with the dots
 * they had at that moment.
 */
import type { WorkshopOutcome } from '../../../domain/workshops.js';
import type { Database } from '../../db/database.js';
import type { Caller } from '../../auth/caller.js';
import { AppError } from '../../errors.js';
import * as resources from '../../resources/service.js';
import {
  actionProjectsResource,
  developmentActionsResource,
  strategyGoalsResource,
} from '../strategies/strategies.resources.js';
import { audit } from '../../audit/audit.js';
import { ENTITY, writable } from './workshops.access.js';
import * as repo from './workshops.repository.js';
import { streamedWrite } from './workshops.stream.js';

type Source = { ideaId: string } | { groupId: string };
type Tally = { ideas: Map<string, number>; groups: Map<string, number> };

async function tally(trx: Database, workshopId: string): Promise<Tally> {
  const ideas = await repo.ideasOf(trx, workshopId);
  return {
    ideas: new Map(ideas.map((i) => [i.id, i.dots])),
    groups: new Map([
      ...(await repo.groupsOf(trx, workshopId)).map((g) => [g.id, 0] as const),
      ...(await repo.groupDots(trx, workshopId)),
    ]),
  };
}

/** The source's link row with the dots it had; a source not of this workshop is refused. */
function linkOf(source: Source, counted: Tally, path: string) {
  const [kind, id] =
    'ideaId' in source ? (['ideas', source.ideaId] as const) : (['groups', source.groupId] as const);
  const dots = counted[kind].get(id);
  if (dots === undefined)
    throw new AppError(422, 'unknown_source', 'The idea or group is not of this workshop', [
      { path, message: 'Choose an idea or a group of this workshop' },
    ]);
  return kind === 'ideas' ? { ideaId: id, groupId: null, dots } : { ideaId: null, groupId: id, dots };
}

const orNull = <T>(v: T | undefined) => v ?? null;

type Goal = WorkshopOutcome['goals'][number];
type Action = WorkshopOutcome['actions'][number];

/** What the outcome's writes share: the transaction, whose they are, and the workshop they came from. */
type Making = {
  trx: Database;
  row: repo.WorkshopRow;
  ctx: { caller: Caller; workspace: string; now: Date };
  common: { strategyId: string; visibility: string };
  counted: Tally;
};

async function linkBack(
  m: Making,
  target: { goalId: string } | { actionId: string },
  source: Source,
  path: string,
) {
  const values = {
    workshopId: m.row.id,
    goalId: null,
    actionId: null,
    ...target,
    ...linkOf(source, m.counted, path),
  };
  await m.trx.insertInto('workshopOutcomeSources').values(values).execute();
}

async function makeGoal(m: Making, g: Goal, path: string) {
  const made = await resources.create(
    m.trx,
    strategyGoalsResource,
    {
      ...m.common,
      titleFi: g.titleFi,
      titleSv: orNull(g.titleSv),
      titleEn: orNull(g.titleEn),
      indicatorFi: g.indicator,
      unitFi: orNull(g.unit),
      baselineValue: orNull(g.baselineValue),
      baselineYear: orNull(g.baselineYear),
      targetValue: g.targetValue,
      targetYear: g.targetYear,
    },
    m.ctx,
  );
  const goalId = String(made.id);
  await m.trx.updateTable('strategyGoals').set({ workshopId: m.row.id }).where('id', '=', goalId).execute();
  await linkBack(m, { goalId }, g.source, `${path}.source`);
  return goalId;
}

async function makeAction(m: Making, a: Action, goalId: string | null, path: string) {
  const made = await resources.create(
    m.trx,
    developmentActionsResource,
    {
      ...m.common,
      goalId,
      titleFi: a.titleFi,
      titleSv: orNull(a.titleSv),
      titleEn: orNull(a.titleEn),
      ownerOrganisationId: orNull(a.ownerOrganisationId),
      startOn: orNull(a.startOn),
      endOn: orNull(a.endOn),
      status: 'planned',
    },
    m.ctx,
  );
  const actionId = String(made.id);
  await m.trx
    .updateTable('developmentActions')
    .set({ workshopId: m.row.id })
    .where('id', '=', actionId)
    .execute();
  for (const projectId of a.projectIds)
    await resources.create(
      m.trx,
      actionProjectsResource,
      { actionId, projectId, visibility: m.common.visibility },
      m.ctx,
    );
  await linkBack(m, { actionId }, a.source, `${path}.source`);
  return actionId;
}

const refusal = (code: string, message: string, path: string, hint: string) =>
  new AppError(422, code, message, [{ path, message: hint }]);

export async function makeOutcome(
  db: Database,
  caller: Caller,
  id: string,
  outcome: WorkshopOutcome,
  now: Date,
) {
  return streamedWrite(db, async (trx) => {
    const row = await writable(trx, caller, await repo.findWorkshop(trx, id, true), 'update');
    const strategy = (await repo.findPlaced(trx, 'strategies', row.strategyId))!;
    const m: Making = {
      trx,
      row,
      ctx: { caller, workspace: row.workspaceId, now },
      common: { strategyId: row.strategyId, visibility: strategy.visibility },
      counted: await tally(trx, row.id),
    };
    const goalIds = new Map<string, string>();
    for (const [i, g] of outcome.goals.entries()) {
      if (goalIds.has(g.key))
        throw refusal(
          'duplicate_key',
          'Two goals have the same key',
          `goals.${i}.key`,
          'Give each goal its own key',
        );
      goalIds.set(g.key, await makeGoal(m, g, `goals.${i}`));
    }
    const actionIds: string[] = [];
    for (const [i, a] of outcome.actions.entries()) {
      const goalId = a.goalKey ? goalIds.get(a.goalKey) : null;
      if (goalId === undefined)
        throw refusal(
          'unknown_goal',
          'The action names a goal not in this outcome',
          `actions.${i}.goalKey`,
          'Name the key of one of the goals above',
        );
      actionIds.push(await makeAction(m, a, goalId, `actions.${i}`));
    }
    const ids = { goalIds: [...goalIds.values()], actionIds };
    const entry = { action: 'outcome', entity: ENTITY, entityId: row.id, workspaceId: row.workspaceId };
    await audit(trx, caller, { ...entry, outcome: 'ok', detail: ids }, now);
    return ids;
  });
}
