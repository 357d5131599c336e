/**
 * Strategies that roll up (issue 16): a network goal gathered from the town and ecosystem goals linked
 * to it, by the rule its coordinator chose; and every town's progress in a network side by side. The
 * arithmetic is the domain's (`goal-rollup.ts`); this reads what the caller may see and names places.
 */
import { rollUp, type RollupRule } from '../../../domain/goal-rollup.js';
import { goalStatus } from '../../../domain/goal-status.js';
import type { Caller } from '../../auth/caller.js';
import { readableRecord } from '../../auth/record-access.js';
import type { Database } from '../../db/database.js';
import { AppError } from '../../errors.js';
import * as repo from './rollup.repository.js';

const GOAL = { entity: 'strategy-goals', name: 'Strategy goal' };
const NETWORK = { entity: 'networks', name: 'Network' };

type Actual = Awaited<ReturnType<typeof repo.actualsOf>>[number];
type Goal = Awaited<ReturnType<typeof repo.goalsOfStrategies>>[number];

const byKey = <T, K>(items: T[], key: (item: T) => K) => {
  const map = new Map<K, T[]>();
  for (const item of items) map.set(key(item), [...(map.get(key(item)) ?? []), item]);
  return map;
};

/** The town and ecosystem strategies (visible to the caller) for towns of the network, with their goals. */
async function networkStrategies(db: Database, caller: Caller, networkId: string) {
  const codes = await repo.networkTownCodes(db, networkId, caller);
  const strategies = await repo.placedStrategies(db, caller, [...codes]);
  const goals = await repo.goalsOfStrategies(
    db,
    caller,
    strategies.map((s) => s.id),
  );
  return { codes, strategies, goals };
}

/** A network goal's roll-up today, each contribution's place, value and state, and goals one could link. */
export async function networkGoalRollup(db: Database, caller: Caller, goalId: string, today: string) {
  const goal = await readableRecord(db, caller, await repo.readGoal(db, goalId), GOAL);
  if (goal.scope !== 'network' || !goal.networkId)
    throw new AppError(422, 'not_a_network_goal', 'Only a network strategy’s goal rolls up');
  const [{ strategies, goals }, links] = await Promise.all([
    networkStrategies(db, caller, goal.networkId),
    repo.contributionsTo(db, caller, goalId),
  ]);
  const goalById = new Map(goals.map((g) => [g.id, g]));
  const strategyById = new Map(strategies.map((s) => [s.id, s]));
  const linked = links.flatMap((l) => {
    const g = goalById.get(l.contributingGoalId);
    return g
      ? [{ contributionId: l.contributionId, goal: g, strategy: strategyById.get(g.strategyId)! }]
      : [];
  });
  const actuals = byKey(
    await repo.actualsOf(
      db,
      caller,
      linked.map((l) => l.goal.id),
    ),
    (a) => a.goalId,
  );
  const rule: RollupRule = (goal.rollupRule as RollupRule | null) ?? 'list';
  const rollup = rollUp(
    rule,
    linked.map((l) => ({ id: l.goal.id, goal: l.goal, actuals: actuals.get(l.goal.id) ?? [] })),
    today,
  );
  const linkedIds = new Set(linked.map((l) => l.goal.id));
  return {
    goal,
    rollup,
    linked: linked.map((l, i) => ({
      ...l,
      state: rollup.contributions[i]!,
      latest: latestOf(l.goal, actuals, today),
    })),
    candidates: goals
      .filter((g) => !linkedIds.has(g.id))
      .map((g) => ({ goal: g, strategy: strategyById.get(g.strategyId)! })),
  };
}

/** The latest actual by today with its source. */
function latestOf(goal: Goal, actuals: Map<string, Actual[]>, today: string): Actual | null {
  return goalStatus(goal, actuals.get(goal.id) ?? [], today).latest;
}

export type NetworkGoalRollup = Awaited<ReturnType<typeof networkGoalRollup>>;

/**
 * One row for every town of a network: the goals of all its strategies (its own and those of the
 * ecosystems it belongs to) by state, their actions by status and the latest actual's day; a town
 * without any strategy still has its row, with no strategies.
 */
export async function networkProgress(db: Database, caller: Caller, networkId: string, today: string) {
  const network = await readableRecord(db, caller, await repo.readNetwork(db, networkId), NETWORK);
  const { codes, strategies, goals } = await networkStrategies(db, caller, networkId);
  const [actuals, actions, towns] = await Promise.all([
    repo.actualsOf(
      db,
      caller,
      goals.map((g) => g.id),
    ),
    repo.actionsOfStrategies(
      db,
      caller,
      strategies.map((s) => s.id),
    ),
    repo.townNames(db, [...codes]),
  ]);
  const actualsByGoal = byKey(actuals, (a) => a.goalId);
  const goalsByStrategy = byKey(goals, (g) => g.strategyId);
  const actionsByStrategy = byKey(actions, (a) => a.strategyId);
  const rows = towns.map((town) => {
    const own = strategies.filter((s) => s.townCodes.includes(town.code));
    const states = own
      .flatMap((s) => goalsByStrategy.get(s.id) ?? [])
      .map((g) => goalStatus(g, actualsByGoal.get(g.id) ?? [], today));
    const dates = states.flatMap((s) => (s.latest ? [s.latest.measuredOn] : []));
    return {
      town,
      strategies: own,
      goals: {
        onTrack: states.filter((s) => s.state === 'on-track' || s.state === 'achieved').length,
        offTrack: states.filter((s) => s.state === 'off-track').length,
        noData: states.filter((s) => s.state === 'no-data' || s.state === 'not-measurable').length,
      },
      actions: countBy(
        own.flatMap((s) => actionsByStrategy.get(s.id) ?? []),
        (a) => a.status,
      ),
      latestActualOn: dates.length > 0 ? dates.sort().at(-1)! : null,
    };
  });
  return { network, rows };
}

const countBy = <T>(items: T[], key: (item: T) => string) => {
  const counts: Record<string, number> = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return counts;
};

export type NetworkProgress = Awaited<ReturnType<typeof networkProgress>>;

/**
 * A contribution is linked only from a town's or ecosystem's goal to a goal of a network that town or
 * ecosystem belongs to; anything else is refused with the reason.
 */
export async function checkContribution(db: Database, networkGoalId: string, contributingGoalId: string) {
  const places = await repo.goalPlaces(db, [networkGoalId, contributingGoalId]);
  const network = places.find((p) => p.goalId === networkGoalId);
  const contributing = places.find((p) => p.goalId === contributingGoalId);
  if (!network || !contributing) return; // the foreign keys answer for a goal that does not exist
  if (network.scope !== 'network' || !network.networkId)
    throw refused(
      'networkGoalId',
      'not_a_network_goal',
      'The goal contributed to must be a network strategy’s goal',
    );
  if (contributing.scope === 'network')
    throw refused(
      'contributingGoalId',
      'not_a_town_goal',
      'A contributing goal must be a town’s or an ecosystem’s goal, not a network’s',
    );
  const towns = await repo.networkTownCodes(db, network.networkId);
  if (!contributing.townCodes.some((code) => towns.has(code)))
    throw refused(
      'contributingGoalId',
      'goal_outside_network',
      'The contributing goal’s town or ecosystem is not in the network of the goal it would contribute to',
    );
}

const refused = (path: string, code: string, message: string) =>
  new AppError(422, code, message, [{ path, message }]);
