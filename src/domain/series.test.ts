import { describe, expect, it } from 'vitest';
import { eventSeriesCreate, MAX_SESSIONS, sessionTimes } from './series.js';

describe('sessionTimes', () => {
  it('keeps the Finnish wall-clock time across the change from summer time', () => {
    const times = sessionTimes('2026-10-20T10:00:00+03:00', '2026-10-20T11:30:00+03:00', {
      frequency: 'weekly',
      count: 3,
    });
    expect(times).toEqual([
      { startsAt: '2026-10-20T07:00:00.000Z', endsAt: '2026-10-20T08:30:00.000Z' },
      { startsAt: '2026-10-27T08:00:00.000Z', endsAt: '2026-10-27T09:30:00.000Z' },
      { startsAt: '2026-11-03T08:00:00.000Z', endsAt: '2026-11-03T09:30:00.000Z' },
    ]);
  });

  it('falls back to the last day of a shorter month, and stops at the day given', () => {
    const times = sessionTimes('2027-01-31T14:00:00+02:00', null, {
      frequency: 'monthly',
      untilOn: '2027-04-30',
    });
    expect(times.map((t) => t.startsAt)).toEqual([
      '2027-01-31T12:00:00.000Z',
      '2027-02-28T12:00:00.000Z',
      '2027-03-31T11:00:00.000Z',
      '2027-04-30T11:00:00.000Z',
    ]);
    expect(times[0]!.endsAt).toBeNull();
  });

  it('never makes more than the most sessions a series may have', () => {
    expect(
      sessionTimes('2026-01-01T10:00:00Z', null, { frequency: 'weekly', untilOn: '2099-01-01' }),
    ).toHaveLength(MAX_SESSIONS);
  });
});

describe('eventSeriesCreate', () => {
  const session = { kind: 'webinar', startsAt: '2026-10-20T10:00:00+03:00' };
  it('wants either a count or a last day', () => {
    expect(eventSeriesCreate.safeParse({ titleFi: 'Sarja', frequency: 'weekly', session }).success).toBe(
      false,
    );
    expect(
      eventSeriesCreate.safeParse({
        titleFi: 'Sarja',
        frequency: 'weekly',
        count: 2,
        untilOn: '2026-12-01',
        session,
      }).success,
    ).toBe(false);
    expect(
      eventSeriesCreate.safeParse({ titleFi: 'Sarja', frequency: 'weekly', count: 2, session }).success,
    ).toBe(true);
    expect(
      eventSeriesCreate.safeParse({ titleFi: 'Sarja', frequency: 'weekly', untilOn: '2026-10-01', session })
        .success,
    ).toBe(false);
  });
});
