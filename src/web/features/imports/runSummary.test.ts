import { describe, expect, it } from 'vitest';
import { runSummary } from './runSummary';

const fileError = {
  line: null,
  column: null,
  code: 'not_ytj_response',
  params: {},
  message: 'not a YTJ v3 response',
};
const rowError = {
  line: 4,
  column: 'Y-tunnus',
  code: 'invalid_business_id',
  params: { value: 'x' },
  message: 'bad',
};

describe('what a run says about itself', () => {
  it('a file that could not be read: nothing imported, because of the file, with its coded reason', () => {
    const summary = runSummary({
      state: 'failed',
      errors: [fileError],
      message: 'Nothing was imported: not a YTJ v3 response',
    });
    expect(summary).toEqual({
      says: 'wholeFile',
      fileErrors: [fileError],
      rowErrors: [],
      showRows: false,
      englishReason: null,
    });
  });

  it('bad rows: points to them below, and lists them', () => {
    const summary = runSummary({
      state: 'failed',
      errors: [rowError],
      message: 'Nothing was imported: 1 bad rows',
    });
    expect(summary).toMatchObject({ says: 'state', rowErrors: [rowError], showRows: true });
  });

  it('a failed run with no coded reason (stored before codes) says the English reason', () => {
    const summary = runSummary({ state: 'failed', errors: [], message: 'database error' });
    expect(summary).toMatchObject({ says: 'wholeFile', showRows: false, englishReason: 'database error' });
  });

  it('a check of an unreadable file keeps the file reason apart from its (empty) rows', () => {
    const summary = runSummary({ state: 'dry_run', errors: [fileError], message: null });
    expect(summary).toMatchObject({ says: 'state', fileErrors: [fileError], rowErrors: [] });
  });
});
