import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/client';
import { blockingErrors, refusedRun } from './checks';

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

describe('a refused import', () => {
  it('opens the run it left, which says the reasons in the page language, not the English details', () => {
    const refused = new ApiError(
      422,
      'import_failed',
      'Nothing was imported; the run 7 lists every problem',
      [{ path: 'line 2', message: 'not a YTJ v3 response' }],
      '/api/v1/imports/0b6c1f0e-8a0a-4a57-9d4e-0c2b5a3f6a11',
    );
    expect(refusedRun(refused)).toBe('0b6c1f0e-8a0a-4a57-9d4e-0c2b5a3f6a11');
    expect(refusedRun(new ApiError(422, 'import_failed', 'x'))).toBeNull();
    expect(refusedRun(new ApiError(413, 'too_large', 'x', [], '/api/v1/imports/1'))).toBeNull();
  });
});
