/**
 * The demo's example town strategies (data/demo/examples-strategies.ts): written through the resources
 * like every demo record, their goals linked to the network goals they contribute to, and marked as
 * examples so pages say so and removing the examples takes them away.
 */
import type { ExampleStrategies } from '../../../../data/demo/types.js';
import type { Database } from '../../db/database.js';
import type { ResourceDefinition, Row } from '../../resources/types.js';
import {
  goalActualsResource,
  goalContributionsResource,
  strategiesResource,
  strategyGoalsResource,
} from '../strategies/strategies.resources.js';
import { markExampleStrategies } from './demo.repository.js';
import type { DemoWorkspace } from './demo.workspaces.js';

type Put = (def: ResourceDefinition, input: Row, workspace?: DemoWorkspace) => Promise<string>;

export async function insertExampleStrategies(
  trx: Database,
  put: Put,
  networkStrategyId: string | undefined,
  examples: ExampleStrategies,
) {
  if (!networkStrategyId || examples.towns.length === 0) return;
  const networkGoals = new Map<string, string>();
  for (const { key, actuals: _none, ...goal } of examples.networkGoals) {
    networkGoals.set(key, await put(strategyGoalsResource, { ...goal, strategyId: networkStrategyId }));
  }
  const strategyIds: string[] = [];
  for (const { workspace, strategy } of examples.towns) {
    const { goals, actions: _noActions, ...input } = strategy;
    const strategyId = await put(strategiesResource, input, workspace);
    strategyIds.push(strategyId);
    for (const { key: _key, contributesTo, actuals, ...goal } of goals) {
      const goalId = await put(strategyGoalsResource, { ...goal, strategyId }, workspace);
      for (const actual of actuals ?? []) await put(goalActualsResource, { ...actual, goalId }, workspace);
      const networkGoalId = contributesTo === undefined ? undefined : networkGoals.get(contributesTo);
      if (networkGoalId) await put(goalContributionsResource, { networkGoalId, contributingGoalId: goalId });
    }
  }
  await markExampleStrategies(trx, strategyIds, [...networkGoals.values()]);
}
