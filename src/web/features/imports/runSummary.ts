import type { ImportRun, RunError } from './api';

export type RunSummary = {
  /**
   * What the run says first: it is running; nothing was imported because of the file as a whole
   * (its reasons beside); or its state's own hint, which for a failed run points to the bad rows below.
   */
  says: 'running' | 'wholeFile' | 'state';
  /** Problems of the whole file (no line), said with the first words. */
  fileErrors: RunError[];
  /** Bad rows, listed in a table; only shown when the run has rows to tell about. */
  rowErrors: RunError[];
  showRows: boolean;
  /** The server's English reason, only when no coded reason says why the file failed. */
  englishReason: string | null;
};

/** What a run page or a check says about a run: one true account, never "see below" above nothing. */
export function runSummary(run: Pick<ImportRun, 'state' | 'errors' | 'message'>): RunSummary {
  const fileErrors = run.errors.filter((e) => e.line === null);
  const rowErrors = run.errors.filter((e) => e.line !== null);
  if (run.state === 'running')
    return { says: 'running', fileErrors, rowErrors, showRows: false, englishReason: null };
  if (run.state === 'failed' && rowErrors.length === 0)
    return {
      says: 'wholeFile',
      fileErrors,
      rowErrors,
      showRows: false,
      englishReason: fileErrors.length === 0 ? (run.message ?? null) : null,
    };
  return { says: 'state', fileErrors, rowErrors, showRows: true, englishReason: null };
}
