import { describe, expect, it } from 'vitest';
import { isoDayOf, lastYear } from './dates';

describe('a typed Finnish day', () => {
  it('reads d.m.yyyy and refuses what names no day', () => {
    expect(isoDayOf('1.1.2022')).toBe('2022-01-01');
    expect(isoDayOf(' 31.12.2022 ')).toBe('2022-12-31');
    expect(isoDayOf('31.2.2022')).toBeNull();
    expect(isoDayOf('2022-01-01')).toBeNull();
  });
  it('starts a new report with last year', () => {
    expect(lastYear(new Date(2026, 11, 7))).toEqual({ start: '1.1.2025', end: '31.12.2025' });
  });
});
