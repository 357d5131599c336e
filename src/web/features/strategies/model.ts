import { get, getAll } from '../../api/client';
import { maybe, type Named } from '../events/model';

type Rec = Record<string, unknown> & { id: string; workspaceId: string };

export type Strategy = Rec & {
  scope: string;
  titleFi: string;
  ecosystemId: string | null;
  networkId: string | null;
  startYear: number;
  endYear: number;
};

export type Goal = Rec & {
  strategyId: string;
  titleFi: string;
  indicator: string;
  unit: string | null;
  baselineValue: number | null;
  baselineYear: number | null;
  targetValue: number | null;
  targetYear: number | null;
};

export type Actual = Rec & { goalId: string; measuredOn: string; value: number; note: string | null };

export type Action = Rec & {
  strategyId: string;
  goalId: string | null;
  titleFi: string;
  ownerOrganisationId: string | null;
  startOn: string | null;
  endOn: string | null;
  status: string | null;
};

export type StrategyDetails = {
  strategy: Strategy;
  /** The network or ecosystem the strategy is for. */
  community: Named | null;
  goals: { goal: Goal; actuals: Actual[] }[];
  actions: { action: Action; owner: Named | null }[];
};

/** A strategy with its goals (each with its actuals, oldest first) and its development actions. */
export async function loadStrategyDetails(id: string, signal?: AbortSignal): Promise<StrategyDetails> {
  const strategy = await get<Strategy>(`/strategies/${id}`, undefined, signal);
  const [community, goals, actions] = await Promise.all([
    strategy.networkId ? maybe('networks', strategy.networkId) : maybe('ecosystems', strategy.ecosystemId),
    getAll<Goal>('/strategy-goals', { strategyId: id, sort: 'createdAt' }),
    getAll<Action>('/development-actions', { strategyId: id, sort: 'createdAt' }),
  ]);
  const [withActuals, withOwners] = await Promise.all([
    Promise.all(
      goals.map(async (goal) => ({
        goal,
        actuals: await getAll<Actual>('/goal-actuals', { goalId: goal.id, sort: 'measuredOn' }),
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
