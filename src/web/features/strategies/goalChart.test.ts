import { describe, expect, it } from 'vitest';
import { CHART, goalChart, valueTicks } from './goalChart';

const goal = { baselineValue: 0, baselineYear: 2022, targetValue: 10, targetYear: 2027 };

describe('goalChart', () => {
  it('runs from the baseline at the left to the target at the right', () => {
    const c = goalChart(goal, [{ date: '2024-12-31', value: 4 }])!;
    expect(c.x('2022-12-31')).toBe(CHART.left);
    expect(c.x('2027-12-31')).toBe(CHART.width - CHART.right);
    expect(c.y(0)).toBe(CHART.height - CHART.bottom);
    expect(c.path?.map((p) => p.value)).toEqual([0, 10]);
    expect(c.years).toEqual([2022, 2023, 2024, 2025, 2026, 2027]);
  });

  it('draws actuals alone when the goal has no baseline or target', () => {
    const c = goalChart({ baselineValue: null, targetValue: null }, [{ date: '2025-06-30', value: 3 }])!;
    expect(c.path).toBeNull();
    expect(c.actuals).toHaveLength(1);
  });

  it('has nothing to draw without baseline, target or actuals', () => {
    expect(goalChart({}, [])).toBeNull();
  });
});

describe('valueTicks', () => {
  it('covers the range with round values', () => {
    expect(valueTicks(0, 10)).toEqual([0, 5, 10]);
    expect(valueTicks(0, 8)).toEqual([0, 2, 4, 6, 8]);
    expect(valueTicks(0, 1)).toEqual([0, 0.5, 1]);
  });
});
