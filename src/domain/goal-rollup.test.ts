import { describe, expect, it } from 'vitest';
import { rollUp, rollupFigure, type ContributingGoal } from './goal-rollup.js';

// Each town aims from 0 new members (end of 2022) to 10 (end of 2027): 2 a year on the straight line.
const goal = { baselineValue: 0, baselineYear: 2022, targetValue: 10, targetYear: 2027 };
const town = (id: string, ...actuals: [string, number][]): ContributingGoal => ({
  id,
  goal,
  actuals: actuals.map(([measuredOn, value]) => ({ measuredOn, value })),
});

const ahead = town('ahead', ['2024-12-31', 3], ['2025-12-31', 7]);
const behind = town('behind', ['2024-12-31', 2], ['2025-12-31', 4]);
const unmeasured = town('unmeasured');
const TODAY = '2026-03-01';

describe('rollUp', () => {
  it('sums the latest actuals and names the missing ones instead of counting them as zero', () => {
    const r = rollUp('sum', [ahead, behind, unmeasured], TODAY);
    expect(r.value).toBe(11);
    expect(r.measured).toBe(2);
    expect(r.missing).toBe(1);
  });

  it('averages only the towns that have measured', () => {
    expect(rollUp('mean', [ahead, behind, unmeasured], TODAY).value).toBe(5.5);
  });

  it('counts the towns on track against each one’s line from baseline to target', () => {
    // End of 2025 expects 6: 7 is ahead, 4 behind; the unmeasured town is neither.
    const r = rollUp('on_track_count', [ahead, behind, unmeasured], TODAY);
    expect(r.value).toBe(1);
    expect(r.behind).toBe(1);
    const states = Object.fromEntries(r.contributions.map((c) => [c.id, [c.state, c.behind]]));
    expect(states).toEqual({
      ahead: ['on-track', false],
      behind: ['off-track', true],
      unmeasured: ['no-data', false],
    });
  });

  it('counts an achieved goal as on track', () => {
    const done = town('done', ['2025-06-30', 10]);
    expect(rollUp('on_track_count', [done], TODAY).value).toBe(1);
  });

  it('gives no figure for a list, only the contributions', () => {
    const r = rollUp('list', [ahead, behind], TODAY);
    expect(r.value).toBeNull();
    expect(r.contributions.map((c) => c.latest?.value)).toEqual([7, 4]);
  });

  it('gives no figure when nothing is measured, rather than zero', () => {
    expect(rollUp('sum', [unmeasured], TODAY).value).toBeNull();
    expect(rollUp('mean', [], TODAY).value).toBeNull();
    expect(rollUp('on_track_count', [], TODAY).value).toBeNull();
    expect(rollUp('sum', [unmeasured], TODAY).years).toEqual([]);
  });

  it('rolls up year by year from what was known at each year’s end', () => {
    const r = rollUp('sum', [ahead, behind, town('late', ['2025-12-31', 1])], TODAY);
    expect(r.years.map((y) => [y.year, y.value, y.missing])).toEqual([
      [2024, 5, 1],
      [2025, 12, 0],
      [2026, 12, 0],
    ]);
  });

  it('ignores actuals dated after today', () => {
    const future = town('future', ['2024-12-31', 2], ['2026-12-31', 9]);
    expect(rollUp('sum', [future], TODAY).value).toBe(2);
  });

  it('judges each year at its end: a town on the line then falls behind later', () => {
    const stalled = town('stalled', ['2023-12-31', 2]);
    const r = rollUp('on_track_count', [stalled], TODAY);
    expect(r.years.map((y) => [y.year, y.value])).toEqual([
      [2023, 1],
      [2024, 1],
      [2025, 1],
      [2026, 1],
    ]);
    // Measured once, its latest actual stays on the line of its own date: only overdue turns it.
    expect(rollUp('on_track_count', [stalled], '2028-01-02').behind).toBe(1);
  });
});

describe('rollupFigure', () => {
  it('keeps the counts whatever the rule', () => {
    const states = [
      { id: 'a', latest: null, state: 'no-data' as const, behind: false },
      { id: 'b', latest: { measuredOn: '2025-01-01', value: 2 }, state: 'off-track' as const, behind: true },
    ];
    expect(rollupFigure('list', states)).toEqual({
      value: null,
      measured: 1,
      missing: 1,
      onTrack: 0,
      behind: 1,
    });
  });
});
