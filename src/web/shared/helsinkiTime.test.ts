import { describe, expect, it } from 'vitest';
import { fromDateText, toDateText, todayInFinland } from './helsinkiTime';

describe('a date typed in Finnish', () => {
  it('reads day.month.year and ISO dates', () => {
    expect(fromDateText('6.12.2026')).toBe('2026-12-06');
    expect(fromDateText(' 14.01.2027 ')).toBe('2027-01-14');
    expect(fromDateText('2026-12-06')).toBe('2026-12-06');
  });

  it('refuses days that do not exist and other text', () => {
    expect(fromDateText('31.2.2026')).toBeNull();
    expect(fromDateText('huomenna')).toBeNull();
    expect(fromDateText('')).toBeNull();
  });

  it('writes a stored day back as the form shows it', () => {
    expect(toDateText('2026-12-06')).toBe('6.12.2026');
    expect(toDateText(null)).toBe('');
  });
});

describe("today's date in Finland", () => {
  it('is the Finnish calendar day, not the UTC one', () => {
    expect(todayInFinland(new Date('2026-12-06T22:30:00Z'))).toBe('2026-12-07');
    expect(todayInFinland(new Date('2026-12-06T21:30:00Z'))).toBe('2026-12-06');
  });
});
