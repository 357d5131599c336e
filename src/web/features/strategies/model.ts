import { api, type ResourceRecord, type Schema } from '../../api/client';
import { maybe } from '../../shared/records';

export type Strategy = Schema<'Strategy'>;
export type Goal = Schema<'StrategyGoal'>;
export type Actual = Schema<'GoalActual'>;
export type Action = Schema<'DevelopmentAction'>;

export type StrategyDetails = {
  strategy: Strategy;
  /** The network or ecosystem the strategy is for. */
  community: ResourceRecord<'networks' | 'ecosystems'> | null;
  goals: { goal: Goal; actuals: Actual[] }[];
  actions: { action: Action; owner: ResourceRecord<'organisations'> | null }[];
};

/** A strategy with its goals (each with its actuals, oldest first) and its development actions. */
export async function loadStrategyDetails(id: string, signal?: AbortSignal): Promise<StrategyDetails> {
  const strategy = await api.get('/strategies/{id}', { path: { id }, signal });
  const [community, goals, actions] = await Promise.all([
    strategy.networkId ? maybe('networks', strategy.networkId) : maybe('ecosystems', strategy.ecosystemId),
    api.getAll('/strategy-goals', { query: { strategyId: id, sort: 'createdAt' } }),
    api.getAll('/development-actions', { query: { strategyId: id, sort: 'createdAt' } }),
  ]);
  const [withActuals, withOwners] = await Promise.all([
    Promise.all(
      goals.map(async (goal) => ({
        goal,
        actuals: await api.getAll('/goal-actuals', { query: { goalId: goal.id, sort: 'measuredOn' } }),
      })),
    ),
    Promise.all(
      actions.map(async (action) => ({
        action,
        owner: await maybe('organisations', action.ownerOrganisationId),
      })),
    ),
  ]);
  return { strategy, community, goals: withActuals, actions: withOwners };
}
