import { getAll } from '../../api/client';
import { goalStatus, type GoalLike, type GoalStatus } from '../strategies/goalStatus';

export type Goal = GoalLike & {
  id: string;
  strategyId: string;
  titleFi: string;
  titleSv?: string | null;
  titleEn?: string | null;
  indicator: string;
  unit?: string | null;
};
type Actual = { goalId: string; measuredOn: string; value: number };

export type OffTrack = { goal: Goal; status: GoalStatus<Actual> };

/** Goals whose latest actual is behind the straight line from baseline to target (or overdue). */
export async function loadGoalsOffTrack(today = new Date().toISOString().slice(0, 10)): Promise<OffTrack[]> {
  const [goals, actuals] = await Promise.all([
    getAll<Goal>('/strategy-goals'),
    getAll<Actual>('/goal-actuals'),
  ]);
  const byGoal = new Map<string, Actual[]>();
  for (const a of actuals) byGoal.set(a.goalId, [...(byGoal.get(a.goalId) ?? []), a]);
  return goals
    .map((goal) => ({ goal, status: goalStatus(goal, byGoal.get(goal.id) ?? [], today) }))
    .filter((g) => g.status.state === 'off-track');
}
