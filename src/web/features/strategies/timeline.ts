/**
 * The strategy's timeline as plain data: one row per goal (baseline to target, its actuals as points)
 * and per dated development action, on an axis of whole years that covers them all. Dates are days
 * (YYYY-MM-DD); positions are shares of the axis (0–1).
 */

type GoalInput = { id: string; baselineYear?: number | null; targetYear?: number | null };
type ActualInput = { id: string; measuredOn: string | null };
type ActionInput = { id: string; startOn?: string | null; endOn?: string | null };

export type TimelineRow = {
  id: string;
  kind: 'goal' | 'action';
  start: string;
  end: string;
  /** Actuals of a goal: the days they were measured. */
  points: { id: string; date: string }[];
};

export type Timeline = {
  rows: TimelineRow[];
  /** Actions without any date: not on the axis, listed apart. */
  undated: string[];
  years: number[];
  position: (date: string) => number;
};

const ms = (date: string) => Date.parse(`${date}T00:00:00Z`);

/** A goal's baseline stands at the end of its year and its target is due at the end of its year. */
export function timeline(
  period: { startYear: number; endYear: number },
  goals: { goal: GoalInput; actuals: ActualInput[] }[],
  actions: ActionInput[],
): Timeline {
  const rows: TimelineRow[] = goals.map(({ goal, actuals }) => ({
    id: goal.id,
    kind: 'goal',
    start: goal.baselineYear ? `${goal.baselineYear}-12-31` : `${period.startYear}-01-01`,
    end: `${goal.targetYear ?? period.endYear}-12-31`,
    points: actuals.flatMap((a) => (a.measuredOn ? [{ id: a.id, date: a.measuredOn }] : [])),
  }));
  const undated: string[] = [];
  for (const a of actions) {
    const start = a.startOn ?? a.endOn;
    if (!start) undated.push(a.id);
    else rows.push({ id: a.id, kind: 'action', start, end: a.endOn ?? start, points: [] });
  }
  rows.sort((a, b) => a.start.localeCompare(b.start) || a.end.localeCompare(b.end));

  const dates = rows.flatMap((r) => [r.start, r.end, ...r.points.map((p) => p.date)]);
  const firstYear = Math.min(period.startYear, ...dates.map((d) => Number(d.slice(0, 4))));
  const lastYear = Math.max(period.endYear, ...dates.map((d) => Number(d.slice(0, 4))));
  const from = ms(`${firstYear}-01-01`);
  const to = ms(`${lastYear + 1}-01-01`);
  const years = Array.from({ length: lastYear - firstYear + 1 }, (_, i) => firstYear + i);
  return { rows, undated, years, position: (date) => (ms(date) - from) / (to - from) };
}
