import { api, type Schema } from '../../api/client';
import { goalStatus, type GoalStatus } from '../../shared/goalStatus';

export type Goal = Schema<'StrategyGoal'>;
type Actual = Schema<'GoalActual'>;

export type OffTrack = { goal: Goal; status: GoalStatus<Actual> };

/** Goals whose latest actual is behind the straight line from baseline to target (or overdue). */
export async function loadGoalsOffTrack(today = new Date().toISOString().slice(0, 10)): Promise<OffTrack[]> {
  const [goals, actuals] = await Promise.all([api.getAll('/strategy-goals'), api.getAll('/goal-actuals')]);
  const byGoal = new Map<string | null, Actual[]>();
  for (const a of actuals) byGoal.set(a.goalId, [...(byGoal.get(a.goalId) ?? []), a]);
  return goals
    .map((goal) => ({ goal, status: goalStatus(goal, byGoal.get(goal.id) ?? [], today) }))
    .filter((g) => g.status.state === 'off-track');
}
