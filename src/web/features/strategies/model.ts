import { api, type ResourceRecord, type Schema } from '../../api/client';
import { maybe } from '../../shared/records';

export type Strategy = Schema<'Strategy'>;
export type Goal = Schema<'StrategyGoal'>;
export type Actual = Schema<'GoalActual'>;
export type Action = Schema<'DevelopmentAction'>;
export type Rollup = Schema<'GoalRollup'>;
export type NetworkProgress = Schema<'NetworkProgress'>;

const present = <T>(items: (T | null)[]): T[] => items.filter((item): item is T => item !== null);

export type StrategyDetails = {
  strategy: Strategy;
  /** The network or ecosystem the strategy is for. */
  community: ResourceRecord<'networks' | 'ecosystems'> | null;
  /** Each goal with its actuals (oldest first) and the network goals it contributes to. */
  goals: { goal: Goal; actuals: Actual[]; contributesTo: Goal[] }[];
  /** Each action with its owner and the projects and funding calls it is linked to. */
  actions: {
    action: Action;
    owner: ResourceRecord<'organisations'> | null;
    projects: ResourceRecord<'projects'>[];
    calls: ResourceRecord<'funding-calls'>[];
  }[];
};

async function goalDetails(goal: Goal) {
  const [actuals, contributions] = await Promise.all([
    api.getAll('/goal-actuals', { query: { goalId: goal.id, sort: 'measuredOn' } }),
    api.getAll('/goal-contributions', { query: { contributingGoalId: goal.id } }),
  ]);
  const contributesTo = present<Goal>(
    await Promise.all(contributions.map((c) => maybe('strategy-goals', c.networkGoalId))),
  );
  return { goal, actuals, contributesTo };
}

async function actionDetails(action: Action): Promise<StrategyDetails['actions'][number]> {
  const [owner, projectLinks, callLinks] = await Promise.all([
    maybe('organisations', action.ownerOrganisationId),
    api.getAll('/action-projects', { query: { actionId: action.id } }),
    api.getAll('/action-calls', { query: { actionId: action.id } }),
  ]);
  const [projects, calls] = await Promise.all([
    Promise.all(projectLinks.map((l) => maybe('projects', l.projectId))),
    Promise.all(callLinks.map((l) => maybe('funding-calls', l.fundingCallId))),
  ]);
  return {
    action,
    owner,
    projects: present<ResourceRecord<'projects'>>(projects),
    calls: present<ResourceRecord<'funding-calls'>>(calls),
  };
}

/** A strategy with its goals (each with its actuals, oldest first) and its development actions. */
export async function loadStrategyDetails(id: string, signal?: AbortSignal): Promise<StrategyDetails> {
  const strategy = await api.get('/strategies/{id}', { path: { id }, signal });
  const [community, goals, actions] = await Promise.all([
    strategy.networkId ? maybe('networks', strategy.networkId) : maybe('ecosystems', strategy.ecosystemId),
    api.getAll('/strategy-goals', { query: { strategyId: id, sort: 'createdAt' } }),
    api.getAll('/development-actions', { query: { strategyId: id, sort: 'createdAt' } }),
  ]);
  const [withActuals, withLinks] = await Promise.all([
    Promise.all(goals.map(goalDetails)),
    Promise.all(actions.map(actionDetails)),
  ]);
  return { strategy, community, goals: withActuals, actions: withLinks };
}

/** A network goal's roll-up from the town and ecosystem goals linked to it. */
export const loadRollup = (id: string, signal?: AbortSignal) =>
  api.get('/strategy-goals/{id}/rollup', { path: { id }, signal });

/** Every town of a network side by side. */
export const loadNetworkProgress = (id: string, signal?: AbortSignal) =>
  api.get('/networks/{id}/progress', { path: { id }, signal });
