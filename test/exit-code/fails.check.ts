import { expect, it } from 'vitest';

it('fails on purpose, so the run must exit with 1', () => {
  expect(1).toBe(2);
});
