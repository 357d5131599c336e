import { describe, expect, it } from 'vitest';
import { blockingErrors } from './checks';

const error = (line: number | null) => ({ line, column: null, code: 'invalid_record', message: 'bad' });

describe('what keeps a checked file from being imported', () => {
  it('is every bad record of a YTJ file or row of a table until the user skips it', () => {
    for (const kind of ['ytj', 'csv'] as const) {
      const run = { kind, errors: [error(1), error(3)] };
      expect(blockingErrors(run, new Set())).toHaveLength(2);
      expect(blockingErrors(run, new Set([1]))).toEqual([error(3)]);
      expect(blockingErrors(run, new Set([1, 3]))).toEqual([]);
    }
  });

  it('is always a problem of the whole file', () => {
    expect(blockingErrors({ errors: [error(null)] }, new Set([1]))).toEqual([error(null)]);
  });
});
