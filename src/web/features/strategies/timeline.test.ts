import { describe, expect, it } from 'vitest';
import { timeline } from './timeline';

describe('timeline', () => {
  const goals = [
    {
      goal: { id: 'visits', baselineYear: 2021, targetYear: 2027 },
      actuals: [{ id: 'a1', measuredOn: '2023-12-31' }],
    },
    { goal: { id: 'open', baselineYear: null, targetYear: null }, actuals: [] },
  ];
  const actions = [
    { id: 'late', startOn: '2025-03-01', endOn: '2026-06-30' },
    { id: 'undated', startOn: null, endOn: null },
    { id: 'deadline', startOn: null, endOn: '2024-05-31' },
  ];
  const t = timeline({ startYear: 2023, endYear: 2027 }, goals, actions);

  it('orders rows by start and keeps undated actions apart', () => {
    expect(t.rows.map((r) => r.id)).toEqual(['visits', 'open', 'deadline', 'late']);
    expect(t.undated).toEqual(['undated']);
    expect(t.rows.find((r) => r.id === 'deadline')).toMatchObject({ start: '2024-05-31', end: '2024-05-31' });
  });

  it('puts goals from the end of the baseline year to the end of the target year, else the strategy period', () => {
    expect(t.rows[0]).toMatchObject({
      start: '2021-12-31',
      end: '2027-12-31',
      points: [{ id: 'a1', date: '2023-12-31' }],
    });
    expect(t.rows[1]).toMatchObject({ start: '2023-01-01', end: '2027-12-31' });
  });

  it('spans whole years covering the strategy and every date', () => {
    expect(t.years).toEqual([2021, 2022, 2023, 2024, 2025, 2026, 2027]);
    expect(t.position('2021-01-01')).toBe(0);
    expect(t.position('2028-01-01')).toBe(1);
    expect(t.position('2024-07-02')).toBeCloseTo(0.5, 2);
  });
});
