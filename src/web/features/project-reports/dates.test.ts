import { describe, expect, it } from 'vitest';
import { lastYear } from './dates';

describe('a new report period', () => {
  it('starts a new report with last year', () => {
    expect(lastYear(new Date(2026, 11, 7))).toEqual({ start: '1.1.2025', end: '31.12.2025' });
  });
});
