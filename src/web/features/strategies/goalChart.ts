/**
 * Where a goal's chart draws its baseline, target line and actuals: time runs left to right from the
 * end of the baseline year (or the first actual) to the end of the target year (or the last actual),
 * values bottom to top from zero (or the lowest value) to the highest with a little room above.
 */
import type { GoalLike } from '../../shared/goalStatus';

export type ChartPoint = { date: string; value: number };
export type GoalChartGeometry = {
  x: (date: string) => number;
  y: (value: number) => number;
  /** The straight line from baseline to target the on-track rule reads; null without both. */
  path: [ChartPoint, ChartPoint] | null;
  actuals: ChartPoint[];
  years: number[];
  ticks: number[];
};

export const CHART = { width: 480, height: 200, left: 48, right: 12, top: 12, bottom: 28 };

const endOfYear = (year: number) => `${year}-12-31`;
const ms = (date: string) => Date.parse(`${date.slice(0, 10)}T00:00:00Z`);

/** Three or four round values covering 0 (or the lowest) to the highest. */
export function valueTicks(low: number, high: number): number[] {
  const span = high - low || 1;
  const step = 10 ** Math.floor(Math.log10(span / 3));
  const nice = [1, 2, 5, 10].map((m) => m * step).find((s) => span / s <= 4) ?? step * 10;
  const first = Math.floor(low / nice) * nice;
  const ticks = [];
  for (let v = first; v <= high + nice / 2; v += nice) ticks.push(Number(v.toPrecision(12)));
  return ticks;
}

export function goalChart(goal: GoalLike, actuals: ChartPoint[]): GoalChartGeometry | null {
  const { baselineValue: bv, baselineYear: by, targetValue: tv, targetYear: ty } = goal;
  const path: [ChartPoint, ChartPoint] | null =
    bv != null && by != null && tv != null && ty != null
      ? [
          { date: endOfYear(by), value: bv },
          { date: endOfYear(ty), value: tv },
        ]
      : null;
  const points = [...(path ?? []), ...actuals];
  if (points.length === 0) return null;
  const dates = points.map((p) => ms(p.date));
  const start = Math.min(...dates);
  const end = Math.max(...dates, start + 365 * 86400000);
  const values = points.map((p) => p.value);
  const ticks = valueTicks(Math.min(0, ...values), Math.max(...values));
  const low = ticks[0]!;
  const high = ticks.at(-1)!;
  const { width, height, left, right, top, bottom } = CHART;
  const firstYear = new Date(start).getUTCFullYear();
  const lastYear = new Date(end).getUTCFullYear();
  return {
    x: (date) => left + ((ms(date) - start) / (end - start)) * (width - left - right),
    y: (value) => top + (1 - (value - low) / (high - low || 1)) * (height - top - bottom),
    path,
    actuals,
    years: Array.from({ length: lastYear - firstYear + 1 }, (_, i) => firstYear + i),
    ticks,
  };
}
