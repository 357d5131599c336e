import { describe, expect, it } from 'vitest';
import { dayText, parseDay } from './finnishDay';

describe('a due date typed in Finnish', () => {
  it('reads day.month.year and ISO dates', () => {
    expect(parseDay('6.12.2026')).toBe('2026-12-06');
    expect(parseDay(' 14.01.2027 ')).toBe('2027-01-14');
    expect(parseDay('2026-12-06')).toBe('2026-12-06');
  });

  it('refuses days that do not exist and other text', () => {
    expect(parseDay('31.2.2026')).toBeNull();
    expect(parseDay('huomenna')).toBeNull();
    expect(parseDay('')).toBeNull();
  });

  it('writes a stored day back as the form shows it', () => {
    expect(dayText('2026-12-06')).toBe('6.12.2026');
    expect(dayText(null)).toBe('');
  });
});
