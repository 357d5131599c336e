/**
 * Import runs: one row per import (or dry run) with its state, counts and every bad row. A run is written
 * outside the import's own transaction, so it survives the rollback of a failed import and shows
 * progress while a long one is running.
 */
import { sql } from 'kysely';
import { z } from 'zod';
import { ROW_ERROR_CODES, type RowErrorCode, type RowErrorParams } from '../../../formats/tabular/index.js';
import type { Caller } from '../../auth/caller.js';
import { editorWorkspaces } from '../../auth/caller.js';
import { applyVisibility, canRead, canWrite } from '../../auth/visibility.js';
import type { Database } from '../../db/database.js';
import { AppError, notFound } from '../../errors.js';
import { isUuid } from '../../resources/repository.js';
import { holding, ownerColumns, released } from './owner.js';

export const IMPORT_KINDS = ['ytj', 'csv', 'xlsx'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];
export type RunState = 'dry_run' | 'running' | 'done' | 'failed';

/** A bad row: its line (CSV line, Excel row, or position in a YTJ file), column and reason. */
export type ImportError = {
  line: number | null;
  column: string | null;
  field?: string | null;
  code: RowErrorCode;
  params: RowErrorParams;
  message: string;
};
export type ImportCounts = {
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  failed: number;
};
export const zeroCounts = (): ImportCounts => ({ rows: 0, created: 0, updated: 0, unchanged: 0, failed: 0 });

/** Stored errors per run; a YTJ dump of a million records lists at most this many (the count is exact). */
export const MAX_STORED_ERRORS = 100_000;

export const importRunSchema = z
  .object({
    id: z.string(),
    workspaceId: z.string(),
    visibility: z.enum(['private', 'network', 'public']),
    kind: z.enum(IMPORT_KINDS),
    entity: z.string(),
    fileName: z.string().nullable(),
    state: z.enum(['dry_run', 'running', 'done', 'failed']),
    counts: z.object({
      rows: z.number().int(),
      created: z.number().int(),
      updated: z.number().int(),
      unchanged: z.number().int(),
      failed: z.number().int(),
    }),
    errors: z.array(
      z.object({
        line: z.number().int().nullable(),
        column: z.string().nullable(),
        field: z.string().nullable().optional(),
        code: z.enum(ROW_ERROR_CODES).optional().meta({
          description:
            'What is wrong, as a stable code (see docs/formats.md); runs stored before codes existed have none',
        }),
        params: z
          .record(z.string(), z.union([z.string(), z.number()]))
          .optional()
          .meta({
            description: "Values the code's text names, e.g. { value: '1234567-2' } or { field, maximum }",
          }),
        message: z.string().meta({ description: 'The reason in English' }),
      }),
    ),
    mapping: z.unknown().nullable().meta({
      description: 'The column mapping used and the one suggested from the headers (spreadsheets only)',
    }),
    encoding: z
      .enum(['utf-8', 'windows-1252', 'utf-16le'])
      .nullable()
      .meta({
        description:
          'The character encoding a CSV file was read in: from its byte order mark, valid UTF-8 throughout, ' +
          '8-bit text without UTF-8 (Windows-1252), or the encoding parameter; null for other files',
      }),
    message: z.string().nullable(),
    createdBy: z.string(),
    createdAt: z.string(),
    updatedAt: z.string(),
    finishedAt: z.string().nullable(),
  })
  .meta({ id: 'ImportRun' });
export type ImportRun = z.infer<typeof importRunSchema>;

const COLUMNS = [
  'id',
  'workspaceId',
  'visibility',
  'kind',
  'entity',
  'fileName',
  'state',
  'rowCount',
  'createdCount',
  'updatedCount',
  'unchangedCount',
  'failedCount',
  'errors',
  'mapping',
  'encoding',
  'message',
  'createdBy',
  'createdAt',
  'updatedAt',
  'finishedAt',
] as const;

const iso = (v: unknown) => (v instanceof Date ? v.toISOString() : v == null ? null : String(v));

export function presentRun(r: Record<string, unknown>): ImportRun {
  return {
    id: String(r.id),
    workspaceId: String(r.workspaceId),
    visibility: r.visibility as ImportRun['visibility'],
    kind: r.kind as ImportKind,
    entity: String(r.entity),
    fileName: (r.fileName as string | null) ?? null,
    state: r.state as RunState,
    counts: {
      rows: Number(r.rowCount),
      created: Number(r.createdCount),
      updated: Number(r.updatedCount),
      unchanged: Number(r.unchangedCount),
      failed: Number(r.failedCount),
    },
    // An erasure (GDPR) empties a jsonb payload that mentions the person to {}: read that as no rows.
    errors: Array.isArray(r.errors) ? (r.errors as ImportError[]) : [],
    mapping: r.mapping ?? null,
    encoding: (r.encoding as ImportRun['encoding'] | null) ?? null,
    message: (r.message as string | null) ?? null,
    createdBy: String(r.createdBy),
    createdAt: iso(r.createdAt)!,
    updatedAt: iso(r.updatedAt)!,
    finishedAt: iso(r.finishedAt),
  };
}

/**
 * The workspace an import writes into: `?workspace=` (id or slug) or the caller's only editor
 * workspace; the caller must be its editor. The same rule as every other write.
 */
export async function importWorkspace(db: Database, caller: Caller, key?: string): Promise<string> {
  if (caller.kind === 'anonymous') throw new AppError(401, 'unauthenticated', 'Sign in first');
  if (!caller.canWrite) throw new AppError(403, 'forbidden', 'This API token may only read');
  let workspaceId: string;
  if (key) {
    const ws = await db
      .selectFrom('workspaces')
      .select('id')
      .where(isUuid(key) ? 'id' : 'slug', '=', key)
      .executeTakeFirst();
    if (!ws)
      throw new AppError(400, 'unknown_workspace', 'No such workspace', [
        { path: 'workspace', message: 'Unknown workspace' },
      ]);
    workspaceId = String(ws.id);
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
  const row = await db
    .insertInto('importRuns')
    .values({
      workspaceId: run.workspaceId,
      kind: run.kind,
      entity: run.entity,
      fileName: run.fileName === null ? null : storable(run.fileName).slice(0, 300),
      state: run.dryRun ? 'dry_run' : 'running',
      createdBy: run.caller.label,
      updatedBy: run.caller.label,
      ...ownerColumns(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  holding(db, String(row.id));
  return String(row.id);
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
  await db
    .updateTable('importRuns')
    .set({ ...countColumns(counts), updatedAt: sql`now()` })
    .where('id', '=', id)
    .execute();
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
    const row = await db
      .updateTable('importRuns')
      .set({
        ...countColumns(outcome.counts),
        state: outcome.state,
        errors: storableJson(outcome.errors.slice(0, MAX_STORED_ERRORS)),
        mapping: outcome.mapping === undefined ? null : storableJson(outcome.mapping),
        encoding: outcome.encoding ?? null,
        message: outcome.message == null ? null : storable(outcome.message),
        finishedAt: sql`clock_timestamp()`,
        updatedAt: sql`now()`,
      })
      .where('id', '=', id)
      .returning(COLUMNS)
      .executeTakeFirstOrThrow();
    return presentRun(row);
  } finally {
    released(db, id);
  }
}

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
  const columns = COLUMNS.filter((c) => c !== 'errors');
  const rows = await applyVisibility(db.selectFrom('importRuns').select(columns), caller)
    .orderBy('createdAt', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => presentRun(r as Record<string, unknown>));
}

export async function getRun(db: Database, caller: Caller, id: string): Promise<ImportRun> {
  if (!isUuid(id)) throw notFound('Import run');
  const row = await db.selectFrom('importRuns').select(COLUMNS).where('id', '=', id).executeTakeFirst();
  if (!row || !canRead(caller, row)) throw notFound('Import run');
  return presentRun(row as Record<string, unknown>);
}
