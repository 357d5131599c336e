/**
 * A network goal rolled up from the goals of the towns and ecosystems that contribute to it. Each
 * contributing goal counts with its latest actual as of a day; one that has none by then is missing,
 * and is named as such rather than counted as zero.
 */
import type { ROLLUP_RULES } from './enums.js';
import { goalStatus, type ActualLike, type GoalLike, type GoalState } from './goal-status.js';

export type RollupRule = (typeof ROLLUP_RULES)[number];

export type ContributingGoal = { id: string; goal: GoalLike; actuals: ActualLike[] };

export type ContributionState = {
  id: string;
  /** The latest actual measured by the day, or null when there is none yet. */
  latest: { measuredOn: string; value: number } | null;
  state: GoalState;
  /** Off track: behind the straight line from its baseline to its target, or overdue. */
  behind: boolean;
};

export type RollupFigure = {
  /** The summed or averaged value, the number on track, or null (a list, or nothing measured). */
  value: number | null;
  /** Contributions with an actual by the day: what the value is made of. */
  measured: number;
  /** Contributions without an actual by the day: left out of the value, not read as zero. */
  missing: number;
  onTrack: number;
  behind: number;
};

export type YearFigure = RollupFigure & { year: number };

export type Rollup = RollupFigure & {
  rule: RollupRule;
  contributions: ContributionState[];
  /** The figure at the end of each year from the first actual to today's year. */
  years: YearFigure[];
};

const ON_TRACK: ReadonlySet<GoalState> = new Set(['on-track', 'achieved']);

/** Each contributing goal's latest actual and state on a day. */
export function contributionStates(goals: ContributingGoal[], day: string): ContributionState[] {
  return goals.map(({ id, goal, actuals }) => {
    const status = goalStatus(goal, actuals, day);
    const latest = status.latest
      ? { measuredOn: status.latest.measuredOn, value: status.latest.value }
      : null;
    return { id, latest, state: status.state, behind: status.state === 'off-track' };
  });
}

/** The rule applied to the contributions' states. */
export function rollupFigure(rule: RollupRule, states: ContributionState[]): RollupFigure {
  const values = states.flatMap((s) => (s.latest ? [s.latest.value] : []));
  const onTrack = states.filter((s) => ON_TRACK.has(s.state)).length;
  const behind = states.filter((s) => s.behind).length;
  const base = { measured: values.length, missing: states.length - values.length, onTrack, behind };
  const sum = values.reduce((total, v) => total + v, 0);
  switch (rule) {
    case 'sum':
      return { ...base, value: values.length > 0 ? sum : null };
    case 'mean':
      return { ...base, value: values.length > 0 ? sum / values.length : null };
    case 'on_track_count':
      return { ...base, value: states.length > 0 ? onTrack : null };
    case 'list':
      return { ...base, value: null };
  }
}

const yearOf = (date: string) => Number(date.slice(0, 4));

/** The years from the earliest actual up to today's year, each judged at its last day (or today). */
function yearsToShow(goals: ContributingGoal[], today: string): number[] {
  const dates = goals.flatMap((g) => g.actuals.flatMap((a) => (a.measuredOn ? [a.measuredOn] : [])));
  const known = dates.filter((d) => d <= today);
  if (known.length === 0) return [];
  const first = Math.min(...known.map(yearOf));
  const last = yearOf(today);
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

/** The network goal's roll-up today, with each contribution's state and the figure year by year. */
export function rollUp(rule: RollupRule, goals: ContributingGoal[], today: string): Rollup {
  const contributions = contributionStates(goals, today);
  const years = yearsToShow(goals, today).map((year) => {
    const endOfYear = `${year}-12-31`;
    const day = endOfYear < today ? endOfYear : today;
    return { year, ...rollupFigure(rule, contributionStates(goals, day)) };
  });
  return { rule, ...rollupFigure(rule, contributions), contributions, years };
}
