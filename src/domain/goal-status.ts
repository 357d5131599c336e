/**
 * Whether a goal is on track: its latest actual against the straight line from the baseline to the
 * target. The baseline value describes the end of its year and the target is due by the end of its
 * year, so a goal from 0 (2021) to 10 (2027) expects 5 at the end of 2024.
 */

export type GoalLike = {
  baselineValue?: number | null;
  baselineYear?: number | null;
  targetValue?: number | null;
  targetYear?: number | null;
};

/** An actual as the API gives it; one without a date or a value is not counted. */
export type ActualLike = { measuredOn: string | null; value: number | null };
type Measured = { measuredOn: string; value: number };
const measured = <A extends ActualLike>(a: A): a is A & Measured => a.measuredOn !== null && a.value !== null;

export type GoalState = 'achieved' | 'on-track' | 'off-track' | 'no-data' | 'not-measurable';

export type GoalStatus<A extends ActualLike = ActualLike> = {
  state: GoalState;
  /** The latest actual measured by today, if any. */
  latest: (A & Measured) | null;
  /** Share of the way from baseline to target the latest actual has come (0–1, not clamped). */
  progress: number | null;
  /** Share of the way the straight line expects by the latest actual's date (0–1). */
  expected: number | null;
};

const endOfYear = (year: number) => Date.parse(`${year}-12-31T00:00:00Z`);
const dayMs = (date: string) => Date.parse(`${date.slice(0, 10)}T00:00:00Z`);

/** The latest actual measured on or before today (a value dated in the future is not yet known). */
export function latestActual<A extends ActualLike>(actuals: A[], today: string): (A & Measured) | null {
  let latest: (A & Measured) | null = null;
  for (const a of actuals) {
    if (!measured(a) || a.measuredOn > today) continue;
    if (!latest || a.measuredOn > latest.measuredOn) latest = a;
  }
  return latest;
}

/** Share of the time from baseline to target that has passed on a date, 0–1. */
export function expectedShare(baselineYear: number, targetYear: number, date: string): number {
  const start = endOfYear(baselineYear);
  const end = endOfYear(targetYear);
  if (end <= start) return 1;
  return Math.min(1, Math.max(0, (dayMs(date) - start) / (end - start)));
}

/** Share of the way from baseline to target a value has come; works for goals that aim down too. */
export function progressShare(baseline: number, target: number, value: number): number {
  if (target === baseline) return value === target ? 1 : 0;
  return (value - baseline) / (target - baseline);
}

/**
 * The goal's state on `today` (YYYY-MM-DD). Off track: the latest actual is behind the line on the day
 * it was measured, or the target year is over and the target was not reached.
 */
export function goalStatus<A extends ActualLike>(goal: GoalLike, actuals: A[], today: string): GoalStatus<A> {
  const latest = latestActual(actuals, today);
  const { baselineValue: base, targetValue: target, baselineYear, targetYear } = goal;
  if (base == null || target == null)
    return { state: 'not-measurable', latest, progress: null, expected: null };
  if (!latest) return { state: 'no-data', latest, progress: null, expected: null };
  const progress = progressShare(base, target, latest.value);
  if (progress >= 1) return { state: 'achieved', latest, progress, expected: null };
  if (baselineYear == null || targetYear == null)
    return { state: 'not-measurable', latest, progress, expected: null };
  const expected = expectedShare(baselineYear, targetYear, latest.measuredOn);
  const overdue = dayMs(today) > endOfYear(targetYear);
  // A small tolerance so rounding in a measured value does not flip a goal that is exactly on the line.
  const behind = progress < expected - 1e-9;
  return { state: behind || overdue ? 'off-track' : 'on-track', latest, progress, expected };
}

/** How many goals are in each state on `today`, for a strategy's summary or the overview. */
export function countGoalStates(goals: { goal: GoalLike; actuals: ActualLike[] }[], today: string) {
  const counts: Record<GoalState, number> = {
    achieved: 0,
    'on-track': 0,
    'off-track': 0,
    'no-data': 0,
    'not-measurable': 0,
  };
  for (const { goal, actuals } of goals) counts[goalStatus(goal, actuals, today).state]++;
  return counts;
}
