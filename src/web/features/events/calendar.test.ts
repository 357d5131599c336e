import { describe, expect, it } from 'vitest';
import {
  addMonths,
  dayOf,
  eventsByDay,
  firstWeekdayOf,
  gridRange,
  isMonthKey,
  monthGrid,
  moveFocus,
  startOfDay,
} from './calendar';

describe('monthGrid', () => {
  it('starts September 2022 on Monday 29 August when weeks start on Monday', () => {
    const weeks = monthGrid('2022-09', 1);
    expect(weeks).toHaveLength(5);
    expect(weeks[0]![0]).toEqual({ date: '2022-08-29', inMonth: false });
    expect(weeks[0]![3]).toEqual({ date: '2022-09-01', inMonth: true });
    expect(weeks[4]![6]).toEqual({ date: '2022-10-02', inMonth: false });
    expect(weeks.flat().filter((d) => d.inMonth)).toHaveLength(30);
  });

  it('starts the same month on Sunday 28 August when weeks start on Sunday', () => {
    const weeks = monthGrid('2022-09', 7);
    expect(weeks[0]![0]!.date).toBe('2022-08-28');
    expect(weeks[weeks.length - 1]![6]!.date).toBe('2022-10-01');
  });

  it('gives February 2021 (Monday 1st, 28 days) exactly four weeks', () => {
    const weeks = monthGrid('2021-02', 1);
    expect(weeks).toHaveLength(4);
    expect(weeks.flat().every((d) => d.inMonth)).toBe(true);
  });

  it('counts a leap day and needs six weeks for a month that starts on Sunday', () => {
    const weeks = monthGrid('2026-02', 1);
    expect(
      weeks
        .flat()
        .filter((d) => d.inMonth)
        .map((d) => d.date),
    ).toContain('2026-02-28');
    expect(
      monthGrid('2024-02', 1)
        .flat()
        .filter((d) => d.inMonth),
    ).toHaveLength(29);
    expect(monthGrid('2023-10', 1)).toHaveLength(6);
  });
});

describe('months and days', () => {
  it('moves across years', () => {
    expect(addMonths('2022-12', 1)).toBe('2023-01');
    expect(addMonths('2022-01', -1)).toBe('2021-12');
    expect(addMonths('2022-05', -17)).toBe('2020-12');
  });

  it('accepts only YYYY-MM', () => {
    expect(isMonthKey('2022-09')).toBe(true);
    expect(isMonthKey('2022-13')).toBe(false);
    expect(isMonthKey('2022-9')).toBe(false);
  });

  it('puts an instant on its Finnish day, in summer and winter time', () => {
    expect(dayOf('2022-09-14T21:30:00Z')).toBe('2022-09-15');
    expect(dayOf('2022-09-14T20:30:00Z')).toBe('2022-09-14');
    expect(dayOf('2023-01-31T22:30:00Z')).toBe('2023-02-01');
    expect(startOfDay('2022-09-15')).toBe('2022-09-14T21:00:00.000Z');
    expect(startOfDay('2023-02-01')).toBe('2023-01-31T22:00:00.000Z');
  });

  it('asks for the whole grid and the 30 days before it, when a long event may have started', () => {
    // The grid starts on Monday 29 August 2022.
    expect(gridRange(monthGrid('2022-09', 1))).toEqual({
      from: '2022-07-29T21:00:00.000Z',
      to: '2022-10-02T21:00:00.000Z',
    });
  });

  it('knows the locales’ first weekdays', () => {
    expect(firstWeekdayOf('fi-FI')).toBe(1);
    expect(firstWeekdayOf('en-GB')).toBe(1);
    expect(firstWeekdayOf('en-US')).toBe(7);
  });
});

describe('eventsByDay', () => {
  it('sorts a day’s events by time and repeats a multi-day event on each of its days', () => {
    const late = { id: 'late', startsAt: '2022-09-15T15:00:00+03:00' };
    const early = { id: 'early', startsAt: '2022-09-15T09:00:00+03:00', endsAt: '2022-09-17T12:00:00+03:00' };
    const days = eventsByDay([late, early]);
    expect(days.get('2022-09-15')!.map((e) => e.id)).toEqual(['early', 'late']);
    expect(days.get('2022-09-17')!.map((e) => e.id)).toEqual(['early']);
    expect(days.has('2022-09-18')).toBe(false);
  });

  it('stops a very long event after 31 days', () => {
    const days = eventsByDay([
      { startsAt: '2022-01-01T10:00:00+02:00', endsAt: '2022-12-31T10:00:00+02:00' },
    ]);
    expect(days.size).toBe(31);
    expect(days.has('2022-01-31')).toBe(true);
  });
});

describe('moveFocus', () => {
  it('moves by day, week and month, and to the ends of the week', () => {
    expect(moveFocus('2022-09-01', 'ArrowLeft', 1)).toBe('2022-08-31');
    expect(moveFocus('2022-09-30', 'ArrowRight', 1)).toBe('2022-10-01');
    expect(moveFocus('2022-09-15', 'ArrowUp', 1)).toBe('2022-09-08');
    expect(moveFocus('2022-09-15', 'ArrowDown', 1)).toBe('2022-09-22');
    // Thursday 15 September 2022
    expect(moveFocus('2022-09-15', 'Home', 1)).toBe('2022-09-12');
    expect(moveFocus('2022-09-15', 'End', 1)).toBe('2022-09-18');
    expect(moveFocus('2022-09-15', 'Home', 7)).toBe('2022-09-11');
    expect(moveFocus('2023-01-31', 'PageDown', 1)).toBe('2023-02-28');
    expect(moveFocus('2022-09-15', 'PageUp', 1)).toBe('2022-08-15');
    expect(moveFocus('2022-09-15', 'Tab', 1)).toBeNull();
  });
});
