import { describe, expect, it } from 'vitest';
import { countGoalStates, expectedShare, goalStatus, latestActual, progressShare } from './goal-status.js';

const visits = { baselineValue: 0, baselineYear: 2021, targetValue: 8, targetYear: 2027 };
const at = (measuredOn: string, value: number) => ({ measuredOn, value });

describe('goalStatus', () => {
  it('is on track when the latest actual is ahead of the line on its date', () => {
    // End of 2023 is a third of the way from the end of 2021 to the end of 2027: 2.67 expected, 4 done.
    const s = goalStatus(visits, [at('2023-12-31', 4)], '2024-06-01');
    expect(s.state).toBe('on-track');
    expect(s.progress).toBe(0.5);
    expect(s.expected).toBeCloseTo(1 / 3, 2);
  });

  it('is off track when the latest actual is behind the line', () => {
    const s = goalStatus(visits, [at('2023-12-31', 4), at('2025-12-31', 4)], '2026-01-15');
    expect(s.latest).toEqual(at('2025-12-31', 4));
    expect(s.expected).toBeCloseTo(2 / 3, 2);
    expect(s.state).toBe('off-track');
  });

  it('is off track once the target year is over and the target was not reached', () => {
    expect(goalStatus(visits, [at('2023-12-31', 4)], '2027-12-31').state).toBe('on-track');
    expect(goalStatus(visits, [at('2023-12-31', 4)], '2028-01-01').state).toBe('off-track');
  });

  it('is achieved when the target is reached, even early', () => {
    const s = goalStatus(visits, [at('2023-12-31', 9)], '2024-01-01');
    expect(s.state).toBe('achieved');
    expect(s.progress).toBe(1.125);
  });

  it('works for a goal that aims down', () => {
    const emissions = { baselineValue: 100, baselineYear: 2020, targetValue: 50, targetYear: 2030 };
    expect(goalStatus(emissions, [at('2025-12-31', 70)], '2026-01-01').state).toBe('on-track');
    expect(goalStatus(emissions, [at('2025-12-31', 90)], '2026-01-01').state).toBe('off-track');
    expect(goalStatus(emissions, [at('2025-12-31', 40)], '2026-01-01').state).toBe('achieved');
  });

  it('ignores actuals dated after today, and says when nothing is measured yet', () => {
    expect(goalStatus(visits, [at('2030-01-01', 8)], '2024-01-01').state).toBe('no-data');
    expect(goalStatus(visits, [], '2024-01-01')).toEqual({
      state: 'no-data',
      latest: null,
      progress: null,
      expected: null,
    });
  });

  it('cannot judge a goal without a baseline, a target or their years', () => {
    expect(goalStatus({ targetValue: 8, targetYear: 2027 }, [at('2023-01-01', 4)], '2024-01-01').state).toBe(
      'not-measurable',
    );
    const noYears = goalStatus({ baselineValue: 0, targetValue: 8 }, [at('2023-01-01', 4)], '2024-01-01');
    expect(noYears.state).toBe('not-measurable');
    expect(noYears.progress).toBe(0.5);
  });

  it('keeps the Savonlinna networking goal (1 → 2 events a year, 2022–2027) off track with 1 at the end of 2023', () => {
    const goal = { baselineValue: 1, baselineYear: 2022, targetValue: 2, targetYear: 2027 };
    expect(goalStatus(goal, [at('2023-12-31', 1)], '2024-01-01').state).toBe('off-track');
  });
});

describe('helpers', () => {
  it('takes the latest actual by date', () => {
    expect(
      latestActual([at('2023-01-01', 1), at('2024-01-01', 2), at('2022-01-01', 3)], '2025-01-01'),
    ).toEqual(at('2024-01-01', 2));
  });

  it('keeps the expected share between 0 and 1', () => {
    expect(expectedShare(2021, 2027, '2020-01-01')).toBe(0);
    expect(expectedShare(2021, 2027, '2030-01-01')).toBe(1);
    expect(expectedShare(2027, 2027, '2027-06-01')).toBe(1);
  });

  it('counts progress from the baseline', () => {
    expect(progressShare(10, 20, 15)).toBe(0.5);
    expect(progressShare(5, 5, 5)).toBe(1);
    expect(progressShare(5, 5, 4)).toBe(0);
  });
});

describe('countGoalStates', () => {
  it('counts the goals of each state', () => {
    const goals = [
      { goal: visits, actuals: [at('2023-12-31', 4)] },
      { goal: visits, actuals: [at('2023-12-31', 1)] },
      { goal: visits, actuals: [at('2023-12-31', 8)] },
      { goal: visits, actuals: [] },
    ];
    expect(countGoalStates(goals, '2024-01-01')).toEqual({
      achieved: 1,
      'on-track': 1,
      'off-track': 1,
      'no-data': 1,
      'not-measurable': 0,
    });
  });
});
