/**
 * Import runs: one row per import (or dry run) with its state, counts and every bad row. A run is written
 * outside the import's own transaction, so it survives the rollback of a failed import and shows
 * progress while a long one is running. Rows are read and written in runs.repository.ts and shown by
 * runs.presenter.ts.
 */
import type { Caller } from '../../auth/caller.js';
import { editorWorkspaces } from '../../auth/caller.js';
import { canRead, canWrite } from '../../auth/visibility.js';
import { inTransaction, type Database } from '../../db/database.js';
import { emitWebhookEvent } from '../webhooks/webhooks.events.js';
import { AppError, notFound } from '../../errors.js';
import { holding, ownerColumns, released } from './owner.js';
import {
  presentRun,
  type ImportCounts,
  type ImportError,
  type ImportKind,
  type ImportRun,
  type RunState,
} from './runs.presenter.js';
import {
  findRunRow,
  finishRunRow,
  insertRun,
  listRunRows,
  updateRun,
  workspaceIdByKey,
} from './runs.repository.js';

export type { ImportCounts, ImportError, ImportKind, ImportRun } from './runs.presenter.js';

export const zeroCounts = (): ImportCounts => ({ rows: 0, created: 0, updated: 0, unchanged: 0, failed: 0 });

/** Stored errors per run; a YTJ dump of a million records lists at most this many (the count is exact). */
export const MAX_STORED_ERRORS = 100_000;

/**
 * The workspace an import writes into: `?workspace=` (id or slug) or the caller's only editor
 * workspace; the caller must be its editor. The same rule as every other write.
 */
export async function importWorkspace(db: Database, caller: Caller, key?: string): Promise<string> {
  if (caller.kind === 'anonymous') throw new AppError(401, 'unauthenticated', 'Sign in first');
  if (!caller.canWrite) throw new AppError(403, 'forbidden', 'This API token may only read');
  let workspaceId: string;
  if (key) {
    const id = await workspaceIdByKey(db, key);
    if (!id)
      throw new AppError(400, 'unknown_workspace', 'No such workspace', [
        { path: 'workspace', message: 'Unknown workspace' },
      ]);
    workspaceId = id;
  } else {
    const mine = editorWorkspaces(caller);
    if (mine.length !== 1)
      throw new AppError(400, 'workspace_required', 'Say which workspace the records belong to', [
        { path: 'workspace', message: 'Give ?workspace=<id or slug>' },
      ]);
    workspaceId = mine[0]!;
  }
  if (!canWrite(caller, workspaceId))
    throw new AppError(403, 'forbidden', 'You cannot add records to this workspace');
  return workspaceId;
}

export type NewRun = {
  workspaceId: string;
  kind: ImportKind;
  entity: string;
  fileName: string | null;
  dryRun: boolean;
  caller: Caller;
};

/** Text PostgreSQL can store: no NUL, no lone surrogate (a file's bytes may end up in a reason). */
export const storable = (text: string) =>
  text
    .replaceAll('\u0000', '')
    .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');

const storableJson = (value: unknown) =>
  JSON.stringify(value, (_, v: unknown) => (typeof v === 'string' ? storable(v) : v));

/** A new run, owned by this process until it is finished (see owner.ts). */
export async function createRun(db: Database, run: NewRun): Promise<string> {
  const id = await insertRun(db, {
    workspaceId: run.workspaceId,
    kind: run.kind,
    entity: run.entity,
    fileName: run.fileName === null ? null : storable(run.fileName).slice(0, 300),
    state: run.dryRun ? 'dry_run' : 'running',
    createdBy: run.caller.label,
    updatedBy: run.caller.label,
    ...ownerColumns(),
  });
  holding(db, id);
  return id;
}

const countColumns = (c: ImportCounts) => ({
  rowCount: c.rows,
  createdCount: c.created,
  updatedCount: c.updated,
  unchangedCount: c.unchanged,
  failedCount: c.failed,
});

/** Progress of a running import, committed at once so others see it. */
export async function reportProgress(db: Database, id: string, counts: ImportCounts) {
  await updateRun(db, id, countColumns(counts));
}

export type RunOutcome = {
  state: RunState;
  counts: ImportCounts;
  errors: ImportError[];
  mapping?: unknown;
  encoding?: ImportRun['encoding'];
  message?: string | null;
};

export async function finishRun(db: Database, id: string, outcome: RunOutcome): Promise<ImportRun> {
  try {
    const row = await inTransaction(db, async (trx) => {
      const finished = await finishRunRow(trx, id, {
        ...countColumns(outcome.counts),
        state: outcome.state,
        errors: storableJson(outcome.errors.slice(0, MAX_STORED_ERRORS)),
        mapping: outcome.mapping === undefined ? null : storableJson(outcome.mapping),
        encoding: outcome.encoding ?? null,
        message: outcome.message == null ? null : storable(outcome.message),
      });
      if (finished.state !== 'dry_run') await emitImportFinished(trx, finished);
      return finished;
    });
    return presentRun(row);
  } finally {
    released(db, id);
  }
}

/** The webhook event of a finished import: its state and counts, never its rows or errors. */
const emitImportFinished = (
  trx: Database,
  run: {
    id: string;
    workspaceId: string;
    kind: string;
    entity: string;
    state: string;
    rowCount: number;
    createdCount: number;
    updatedCount: number;
    failedCount: number;
  },
) =>
  emitWebhookEvent(trx, {
    type: 'import.finished',
    workspaceId: run.workspaceId,
    data: {
      id: run.id,
      resource: 'imports',
      url: `/api/v1/imports/${run.id}`,
      kind: run.kind,
      entity: run.entity,
      state: run.state,
      counts: {
        rows: run.rowCount,
        created: run.createdCount,
        updated: run.updatedCount,
        failed: run.failedCount,
      },
    },
  });

export const STOPPED_MESSAGE = 'Nothing was imported: an unexpected error stopped the import';

/**
 * Runs an import's work on a created run and makes sure the run ends: an error the work did not turn
 * into an outcome fails the run (nothing was written: the work's transaction rolled back) and is
 * thrown on, to be logged as the bug it is.
 */
export async function settleRun(
  db: Database,
  runId: string,
  work: () => Promise<ImportRun>,
): Promise<ImportRun> {
  try {
    return await work();
  } catch (error) {
    await finishRun(db, runId, {
      state: 'failed',
      counts: zeroCounts(),
      errors: [
        {
          line: null,
          column: null,
          field: null,
          code: 'import_stopped',
          params: {},
          message: 'an unexpected error stopped the import; nothing was imported',
        },
      ],
      message: STOPPED_MESSAGE,
    }).catch(() => undefined);
    throw error;
  }
}

/** The newest runs the caller may see, without their error lists (read one run for those). */
export async function listRuns(db: Database, caller: Caller, limit: number): Promise<ImportRun[]> {
  return (await listRunRows(db, caller, limit)).map(presentRun);
}

export async function getRun(db: Database, caller: Caller, id: string): Promise<ImportRun> {
  const row = await findRunRow(db, id);
  if (!row || !canRead(caller, row)) throw notFound('Import run');
  return presentRun(row);
}
