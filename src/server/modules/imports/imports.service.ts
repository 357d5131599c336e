/**
 * An import from a file: which kind it is (YTJ JSON, CSV, Excel), which workspace it writes into, the
 * run record, and the importer. Used by the API (uploads) and the CLI (files on disk).
 */
import path from 'node:path';
import {
  IMPORT_ENTITIES,
  mappableFields,
  readTable,
  type ImportEntity,
} from '../../../formats/tabular/index.js';
import { z } from 'zod';
import type { EncodingChoice } from '../../../formats/encoding.js';
import { sniffContent, type ContentKind } from '../../../formats/sniff.js';
import type { YtjDumpItem } from '../../../formats/ytj/index.js';
import type { Caller } from '../../auth/caller.js';
import type { Database } from '../../db/database.js';
import { AppError } from '../../errors.js';
import {
  createRun,
  finishRun,
  importWorkspace,
  settleRun,
  zeroCounts,
  type ImportCounts,
  type ImportError,
  type ImportKind,
  type ImportRun,
} from './runs.js';
import { importTable } from './table.import.js';
import { checkTarget } from './table.write.js';
import { importYtj } from './ytj.import.js';
import { ytjItemsFromBytes } from './ytj.source.js';

export type Visibility = 'private' | 'network' | 'public';

export type ImportRequest = {
  caller: Caller;
  workspaceId: string;
  entity: ImportEntity;
  dryRun: boolean;
  fileName: string;
  mapping?: unknown;
  defaults?: Readonly<Record<string, string>>;
  sheet?: string;
  /** CSV: the encoding the user chose (when the dry run could not decide); else decided from the bytes. */
  encoding?: EncodingChoice;
  /** Table lines to leave out (bad rows the user chose to skip after the dry run). */
  skipLines?: readonly number[];
  visibility?: Visibility;
  now?: Date;
  onProgress?: (counts: ImportCounts) => void;
  /** YTJ: report progress every so many records (default 10 000). */
  progressEvery?: number;
};

/** What the name says the file is: YTJ JSON or a table; null when it has no extension. */
function namedKind(fileName: string): ImportKind | null {
  const ext = path.extname(fileName).toLowerCase();
  if (ext === '.json') return 'ytj';
  if (ext === '.csv' || ext === '.txt') return 'csv';
  if (ext === '.xlsx') return 'xlsx';
  if (ext === '') return null;
  throw new AppError(400, 'unsupported_file', 'Send a .csv or .xlsx table, or a YTJ .json file', [
    { path: 'file', message: `${ext} is not supported` },
  ]);
}

/** The name of what a file holds, for a reason; a ZIP with a workbook inside is an .xlsx. */
function contentName(kind: ContentKind, bytes: Uint8Array): string {
  if (kind === 'zip') return Buffer.from(bytes).includes('xl/workbook.xml') ? 'xlsx' : 'zip';
  return kind === 'text' ? 'csv' : kind;
}

export type FileKind =
  { kind: ImportKind; mismatch?: undefined } | { kind: ImportKind; mismatch: ImportError };

/**
 * How a file is read: by its content, within what its name says the user sends (a YTJ file or a
 * table). A workbook named .json, or JSON named .csv, is refused with a reason rather than misread.
 */
export function importKindOf(fileName: string, bytes: Uint8Array): FileKind {
  const named = namedKind(fileName);
  const content = sniffContent(bytes);
  if (named === null) return { kind: content === 'json' ? 'ytj' : content === 'zip' ? 'xlsx' : 'csv' };
  const clash = named === 'ytj' ? content !== 'json' && content !== 'empty' : content === 'json';
  if (!clash) return { kind: named !== 'ytj' && content === 'zip' ? 'xlsx' : named };
  const ext = path.extname(fileName).toLowerCase();
  const found = contentName(content, bytes);
  return {
    kind: named,
    mismatch: {
      line: null,
      column: null,
      field: null,
      code: 'content_mismatch',
      params: { ext, found },
      message: `the file is named ${ext} but holds ${found === 'csv' ? 'text' : found} data: choose the right file or kind of import`,
    },
  };
}

/** Only known field names of the entity, in an object without a prototype: no key of a file pollutes. */
export function cleanDefaults(entity: ImportEntity, value: unknown): Record<string, string> | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'object' || Array.isArray(value))
    throw new AppError(400, 'validation_failed', 'defaults must be an object of field names and values', [
      { path: 'defaults', message: 'Expected {"field": "value"}' },
    ]);
  const out = Object.create(null) as Record<string, string>;
  for (const { name } of mappableFields(entity)) {
    if (!Object.prototype.hasOwnProperty.call(value, name)) continue;
    const v = (value as Record<string, unknown>)[name];
    if (typeof v === 'string') out[name] = v;
  }
  return out;
}

export function checkEntity(value: string): ImportEntity {
  if ((IMPORT_ENTITIES as readonly string[]).includes(value)) return value as ImportEntity;
  throw new AppError(400, 'validation_failed', `entity must be one of ${IMPORT_ENTITIES.join(', ')}`);
}

/** Imports a file held in memory (an upload of at most 20 MiB). */
export async function importBytes(db: Database, bytes: Uint8Array, r: ImportRequest): Promise<ImportRun> {
  const { kind, mismatch } = importKindOf(r.fileName, bytes);
  if (mismatch) {
    checkTarget({ ...r });
    const runId = await createRun(db, { ...r, kind });
    return finishRun(db, runId, {
      state: 'failed',
      counts: zeroCounts(),
      errors: [mismatch],
      message: `Nothing was imported: ${mismatch.message}`,
    });
  }
  if (kind === 'ytj') return importYtjItems(db, ytjItemsFromBytes(bytes), r);
  checkTarget({ ...r });
  const runId = await createRun(db, { ...r, kind });
  return settleRun(db, runId, async () => {
    const read = await readTable(bytes, { fileName: r.fileName, sheet: r.sheet, encoding: r.encoding });
    if (!read.ok) {
      // The file as a whole: no line of it to skip (the place of a problem is in its params).
      return finishRun(db, runId, {
        state: r.dryRun ? 'dry_run' : 'failed',
        counts: zeroCounts(),
        errors: read.errors.map((e) => ({ ...e, line: null, column: null, field: null })),
        message: 'The file could not be read',
      });
    }
    return importTable(db, read.table, {
      ...r,
      runId,
      onProgress: (done) => r.onProgress?.({ ...zeroCounts(), rows: done }),
    });
  });
}

/** Imports YTJ companies (from an upload or a streamed dump) as organisations. */
export async function importYtjItems(
  db: Database,
  items: AsyncIterable<YtjDumpItem> | Iterable<YtjDumpItem>,
  r: ImportRequest & { batchSize?: number },
): Promise<ImportRun> {
  if (r.entity !== 'organisations')
    throw new AppError(400, 'validation_failed', 'A YTJ file imports organisations', [
      { path: 'entity', message: 'Use entity=organisations' },
    ]);
  checkTarget({ ...r });
  const runId = await createRun(db, { ...r, kind: 'ytj' });
  return settleRun(db, runId, () => importYtj(db, items, { ...r, runId }));
}

/** The largest file an upload may carry; the form around it may add a little. */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

/** An upload as the route validated it: the query's choices and the form's file and JSON fields. */
export type Upload = {
  query: {
    entity: string;
    dryRun: 'true' | 'false';
    workspace?: string;
    visibility?: Visibility;
    sheet?: string;
    encoding?: EncodingChoice;
  };
  form: { file: File; mapping?: string; skip?: string; defaults?: string };
};

function parseJsonField(value: string | undefined, name: string): unknown {
  if (value === undefined || value.trim() === '') return undefined;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    throw new AppError(400, 'validation_failed', `${name} is not valid JSON`, [
      { path: name, message: 'Expected JSON' },
    ]);
  }
}

const lines = z.array(z.number().int().min(0).max(10_000_000)).max(100_000);

function skipLines(value: string | undefined): number[] | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const parsed = lines.safeParse(parseJsonField(value, 'skip'));
  if (!parsed.success)
    throw new AppError(400, 'validation_failed', 'skip must be a JSON array of line numbers', [
      { path: 'skip', message: 'Expected [3, 7, …]' },
    ]);
  return parsed.data;
}

/** Imports (or checks, in a dry run) an uploaded file into the workspace the caller names or edits. */
export async function importUpload(
  db: Database,
  caller: Caller,
  { query: q, form }: Upload,
  now: Date,
): Promise<ImportRun> {
  const file = form.file;
  if (file.size > MAX_UPLOAD_BYTES)
    throw new AppError(413, 'too_large', 'The file is too large (limit 20 MiB)');
  const entity = checkEntity(q.entity);
  const workspaceId = await importWorkspace(db, caller, q.workspace);
  return importBytes(db, new Uint8Array(await file.arrayBuffer()), {
    caller,
    workspaceId,
    entity,
    dryRun: q.dryRun === 'true',
    fileName: file.name || 'upload',
    mapping: parseJsonField(form.mapping, 'mapping'),
    defaults: cleanDefaults(entity, parseJsonField(form.defaults, 'defaults')),
    sheet: q.sheet,
    encoding: q.encoding,
    skipLines: skipLines(form.skip),
    visibility: q.visibility,
    now,
  });
}

/** A run that is not a dry run must have landed: otherwise 422, with the first hundred bad rows. */
export function landed(run: ImportRun): ImportRun {
  if (run.state === 'done') return run;
  throw new AppError(
    422,
    'import_failed',
    `${run.message ?? 'Nothing was imported'}; the run ${run.id} lists every problem`,
    run.errors.slice(0, 100).map((e) => ({
      path: [e.line === null ? null : `line ${e.line}`, e.column].filter(Boolean).join(', '),
      message: e.message,
    })),
  );
}
