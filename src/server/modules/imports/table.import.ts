/**
 * A CSV or Excel table into the database, all or nothing. Each row is checked as it streams through
 * (src/formats/tabular: the column mapping and the domain schemas) and either kept or listed as a bad row
 * with its line and reason; the kept rows are written inside ONE transaction. Organisations, the bulk
 * case, are written set-based like a YTJ import (table.bulk.ts: COPY into a staging table, look-ups and
 * checks over the whole table, one UPDATE and one INSERT); the other entities row by row through the
 * resource service, each in a savepoint so that a row the database refuses (an unknown reference, a
 * duplicate, a record of another workspace) is listed and the others still checked. Any bad row rolls
 * the whole import back. A dry run does exactly the same and always rolls back, so it finds every
 * problem the real run would meet and says what it would create and update.
 */
import {
  rowChecker,
  rowFailure,
  suggestMapping,
  type ImportEntity,
  type ImportRow,
  type RowChecker,
  type RowErrorCode,
  type RowFailure,
  type Table,
} from '../../../formats/tabular/index.js';
import type { Caller } from '../../auth/caller.js';
import { audit } from '../../audit/audit.js';
import type { Database } from '../../db/database.js';
import { AppError, fromDatabaseError } from '../../errors.js';
import { inSavepoint } from './imports.repository.js';
import { finishRun, reportProgress, zeroCounts, type ImportError, type ImportRun } from './runs.js';
import { RefResolver } from './table.refs.js';
import { writeOrganisationsInBulk } from './table.bulk.js';
import { databaseProblems, RowProblem, RowProblems, writeRow, type WriteTarget } from './table.write.js';

export type TableImportOptions = {
  runId: string;
  workspaceId: string;
  caller: Caller;
  entity: ImportEntity;
  dryRun: boolean;
  mapping?: unknown;
  defaults?: Readonly<Record<string, string>>;
  /** Lines (as the dry run named them) the user chose to leave out: neither written nor an error. */
  skipLines?: readonly number[];
  visibility?: 'private' | 'network' | 'public';
  now?: Date;
  onProgress?: (done: number, total: number) => void;
};

class Rollback extends Error {}

type CheckedRowRead = Pick<ImportRow, 'line' | 'data' | 'refs'>;

/** The service's refusals of a row, by the API error code, as row codes. */
const SERVICE_CODES: Readonly<Record<string, RowErrorCode>> = {
  conflict: 'already_exists',
  unknown_reference: 'unknown_reference',
  forbidden: 'not_allowed',
};

type Described = { failure: RowFailure; field: string | null };

/** Why the database or the resource service refused a row: each of its problems. */
function describe(error: unknown): Described[] {
  if (error instanceof RowProblems) return error.problems.flatMap(describe);
  if (error instanceof RowProblem)
    return [{ failure: rowFailure(error.code, error.message, error.params), field: error.field }];
  const mapped = fromDatabaseError(error);
  if (mapped instanceof AppError) {
    const detail = mapped.details.map((d) => (d.path ? `${d.path}: ${d.message}` : d.message)).join('; ');
    const field = mapped.details[0]?.path.split('.')[0] || null;
    const code = SERVICE_CODES[mapped.code] ?? 'record_rejected';
    const message = detail ? `${mapped.message} (${detail})` : mapped.message;
    return [{ failure: rowFailure(code, message, field ? { field } : {}), field }];
  }
  throw error;
}

/** A row's problems as the run lists them. */
const listed = (line: number, problems: Described[], columnOf: ColumnOf): ImportError[] =>
  problems.map(({ failure: { code, params, error }, field }) => ({
    line,
    column: columnOf(field),
    field,
    code,
    params,
    message: error,
  }));

type Written = { created: number; updated: number };
type Progress = (done: number, written: Written) => Promise<void>;
type ColumnOf = (field: string | null) => string | null;

export async function importTable(db: Database, table: Table, o: TableImportOptions): Promise<ImportRun> {
  const suggestion = suggestMapping(table.headers, o.entity, o.defaults ?? {});
  const checker = rowChecker(table.headers, o.entity, { mapping: o.mapping, defaults: o.defaults });
  if (!checker.ok) return mappingFailed(db, table, o, checker.mappingErrors, suggestion);
  const rows = new CheckedRows(table, checker, o.skipLines);
  const columnOf: ColumnOf = (field) => {
    const i = field ? checker.mapping.indexOf(field) : -1;
    return i >= 0 ? (table.headers[i] ?? null) : null;
  };
  const { written, failure } = await writeAll(db, table, o, rows, columnOf);
  const errors = rows.errors.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  const counts = { ...zeroCounts(), rows: rows.valid + rows.badLines.size };
  counts.failed = new Set(errors.map((e) => e.line)).size;
  const landed = !o.dryRun && errors.length === 0 && failure === null;
  const skippedText = rows.skipped.size ? `${rows.skipped.size} rows skipped` : null;
  const message = o.dryRun
    ? `Dry run: nothing was written; ${errors.length ? `${counts.failed} rows need fixing` : 'every row can be imported'}${skippedText ? `; ${skippedText}` : ''}`
    : landed
      ? skippedText
      : `Nothing was imported: ${failure ? `database error: ${failure.slice(0, 300)}` : `${counts.failed} bad rows`}`;
  return finishRun(db, o.runId, {
    state: o.dryRun ? 'dry_run' : landed ? 'done' : 'failed',
    counts: { ...counts, ...(o.dryRun || landed ? written : {}) },
    errors,
    mapping: { used: checker.mapping, suggestion },
    encoding: table.encoding ?? null,
    message,
  });
}

/** The column mapping cannot be used: nothing is read, the run lists what to map. */
function mappingFailed(
  db: Database,
  table: Table,
  o: TableImportOptions,
  mappingErrors: RowFailure[],
  suggestion: ReturnType<typeof suggestMapping>,
) {
  return finishRun(db, o.runId, {
    state: o.dryRun ? 'dry_run' : 'failed',
    counts: zeroCounts(),
    errors: mappingErrors.map(({ code, params, error }) => ({
      line: null,
      column: null,
      field: null,
      code,
      params,
      message: error,
    })),
    mapping: { used: null, suggestion },
    encoding: table.encoding ?? null,
    message: 'The column mapping cannot be used: map the columns the errors name and try again',
  });
}

/**
 * The table's rows as they pass the checks: the good ones are yielded (a large table streams through),
 * the bad ones listed as they come, and the lines the user chose to skip left out.
 */
class CheckedRows {
  readonly errors: ImportError[] = [];
  readonly skipped = new Set<number>();
  readonly badLines = new Set<number>();
  /** What the good cells of bad rows said, for the database's checks (references, industry codes). */
  readonly bad: CheckedRowRead[] = [];
  valid = 0;
  readonly #wanted: Set<number>;

  constructor(
    private readonly table: Table,
    private readonly checker: Extract<RowChecker, { ok: true }>,
    skipLines: readonly number[] = [],
  ) {
    this.#wanted = new Set(skipLines);
    for (const issue of table.issues) {
      if (this.#wanted.has(issue.line)) this.skipped.add(issue.line);
      else {
        this.errors.push({ ...issue, column: null, field: null });
        this.badLines.add(issue.line);
      }
    }
  }

  *[Symbol.iterator](): Generator<ImportRow> {
    for (const tableRow of this.table.rows) {
      if (this.#wanted.has(tableRow.line)) {
        this.skipped.add(tableRow.line);
        continue;
      }
      const checked = this.checker.check(tableRow);
      if (checked.row) {
        this.valid++;
        yield checked.row;
      } else {
        this.errors.push(...checked.errors);
        this.badLines.add(tableRow.line);
        if (Object.keys(checked.read.refs).length > 0 || 'tolCode' in checked.read.data)
          this.bad.push(checked.read);
      }
    }
  }
}

/**
 * Writes the good rows in one transaction, rolled back when a row is bad or in a dry run; the audit
 * entry when it lands. A database error becomes the failure's text.
 */
async function writeAll(
  db: Database,
  table: Table,
  o: TableImportOptions,
  rows: CheckedRows,
  columnOf: ColumnOf,
): Promise<{ written: Written; failure: string | null }> {
  let written: Written = { created: 0, updated: 0 };
  const progress: Progress = async (done, now) => {
    o.onProgress?.(done, table.rows.length);
    if (!o.dryRun) await reportProgress(db, o.runId, { ...zeroCounts(), rows: done, ...now });
  };
  try {
    await db.transaction().execute(async (trx) => {
      const target = { ...o, refs: new RefResolver(trx, o.caller), columnOf };
      written =
        o.entity === 'organisations'
          ? await writeOrganisationsInBulk(trx, rows, target, rows.errors, (n) => progress(n, written))
          : await writeRowByRow(trx, rows, target, rows.errors, columnOf, progress);
      await checkBadRows(trx, rows, { ...target, entity: o.entity }, columnOf);
      if (rows.errors.length > 0 || o.dryRun) throw new Rollback();
      await audit(trx, o.caller, {
        action: 'import',
        entity: o.entity,
        entityId: o.runId,
        workspaceId: o.workspaceId,
        outcome: 'ok',
        detail: { kind: table.format, ...written },
      });
    });
  } catch (error) {
    if (!(error instanceof Rollback))
      return { written, failure: error instanceof Error ? error.message : String(error) };
  }
  return { written, failure: null };
}

/** The database's checks of the rows that failed the file's own, so each row lists every problem. */
async function checkBadRows(trx: Database, rows: CheckedRows, t: WriteTarget, columnOf: ColumnOf) {
  for (const read of rows.bad) {
    const problems = await databaseProblems(trx, read, t);
    rows.errors.push(...listed(read.line, problems.flatMap(describe), columnOf));
  }
  rows.errors.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}

/**
 * The other entities row by row through the resource service, each row in a savepoint so that a row
 * the database refuses is listed and the others still checked.
 */
async function writeRowByRow(
  trx: Database,
  rows: Iterable<ImportRow>,
  o: TableImportOptions & { refs: RefResolver },
  errors: ImportError[],
  columnOf: ColumnOf,
  progress: Progress,
) {
  const target: WriteTarget = {
    entity: o.entity,
    workspaceId: o.workspaceId,
    caller: o.caller,
    visibility: o.visibility,
    refs: o.refs,
    now: o.now,
  };
  const written = { created: 0, updated: 0 };
  let done = 0;
  for (const row of rows) {
    try {
      written[await inSavepoint(trx, () => writeRow(trx, row, target))]++;
    } catch (error) {
      errors.push(...listed(row.line, describe(error), columnOf));
    }
    if (++done % 1000 === 0) await progress(done, written);
  }
  return written;
}
