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
import { sql } from 'kysely';
import {
  rowChecker,
  rowFailure,
  suggestMapping,
  type ImportEntity,
  type ImportRow,
  type RowErrorCode,
  type RowFailure,
  type Table,
} from '../../../formats/tabular/index.js';
import type { Caller } from '../../auth/caller.js';
import { audit } from '../../audit/audit.js';
import type { Database } from '../../db/database.js';
import { AppError, fromDatabaseError } from '../../errors.js';
import { finishRun, reportProgress, zeroCounts, type ImportError, type ImportRun } from './runs.js';
import { RefResolver } from './table.refs.js';
import { writeOrganisationsInBulk } from './table.bulk.js';
import { RowProblem, writeRow, type WriteTarget } from './table.write.js';

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

/** The service's refusals of a row, by the API error code, as row codes. */
const SERVICE_CODES: Readonly<Record<string, RowErrorCode>> = {
  conflict: 'already_exists',
  unknown_reference: 'unknown_reference',
  forbidden: 'not_allowed',
};

function describe(error: unknown): { failure: RowFailure; field: string | null } {
  if (error instanceof RowProblem)
    return { failure: rowFailure(error.code, error.message, error.params), field: error.field };
  const mapped = fromDatabaseError(error);
  if (mapped instanceof AppError) {
    const detail = mapped.details.map((d) => (d.path ? `${d.path}: ${d.message}` : d.message)).join('; ');
    const field = mapped.details[0]?.path.split('.')[0] || null;
    const code = SERVICE_CODES[mapped.code] ?? 'record_rejected';
    const message = detail ? `${mapped.message} (${detail})` : mapped.message;
    return { failure: rowFailure(code, message, field ? { field } : {}), field };
  }
  throw error;
}

export async function importTable(db: Database, table: Table, o: TableImportOptions): Promise<ImportRun> {
  const suggestion = suggestMapping(table.headers, o.entity, o.defaults ?? {});
  const checker = rowChecker(table.headers, o.entity, { mapping: o.mapping, defaults: o.defaults });
  const counts = zeroCounts();
  if (!checker.ok) {
    return finishRun(db, o.runId, {
      state: o.dryRun ? 'dry_run' : 'failed',
      counts,
      errors: checker.mappingErrors.map(({ code, params, error }) => ({
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
  // Rows are checked as they are written (a large table streams through), bad ones listed as they come.
  const wanted = new Set(o.skipLines ?? []);
  const skipped = new Set<number>();
  const badLines = new Set<number>();
  const errors: ImportError[] = [];
  for (const issue of table.issues) {
    if (wanted.has(issue.line)) skipped.add(issue.line);
    else {
      errors.push({ ...issue, column: null, field: null });
      badLines.add(issue.line);
    }
  }
  let valid = 0;
  function* checkedRows(): Generator<ImportRow> {
    for (const tableRow of table.rows) {
      if (wanted.has(tableRow.line)) {
        skipped.add(tableRow.line);
        continue;
      }
      const checked = checker.ok ? checker.check(tableRow) : null;
      if (checked?.row) {
        valid++;
        yield checked.row;
      } else if (checked) {
        errors.push(...checked.errors);
        badLines.add(tableRow.line);
      }
    }
  }
  const columnOf = (field: string | null) => {
    const i = field ? checker.mapping.indexOf(field) : -1;
    return i >= 0 ? (table.headers[i] ?? null) : null;
  };
  const progress = async (done: number, written: { created: number; updated: number }) => {
    o.onProgress?.(done, table.rows.length);
    if (!o.dryRun) await reportProgress(db, o.runId, { ...counts, rows: done, ...written });
  };
  let written = { created: 0, updated: 0 };
  let failure: string | null = null;
  try {
    await db.transaction().execute(async (trx) => {
      const target = { ...o, refs: new RefResolver(trx, o.caller), columnOf };
      written =
        o.entity === 'organisations'
          ? await writeOrganisationsInBulk(trx, checkedRows(), target, errors, (n) => progress(n, written))
          : await writeRowByRow(trx, checkedRows(), target, errors, columnOf, progress);
      if (errors.length > 0 || o.dryRun) throw new Rollback();
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
    if (!(error instanceof Rollback)) failure = error instanceof Error ? error.message : String(error);
  }
  errors.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  counts.rows = valid + badLines.size;
  counts.failed = new Set(errors.map((e) => e.line)).size;
  const landed = !o.dryRun && errors.length === 0 && failure === null;
  const skippedText = skipped.size ? `${skipped.size} rows skipped` : null;
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

/**
 * The other entities row by row through the resource service, each row in a savepoint so that a row
 * the database refuses is listed and the others still checked.
 */
async function writeRowByRow(
  trx: Database,
  rows: Iterable<ImportRow>,
  o: TableImportOptions & { refs: RefResolver },
  errors: ImportError[],
  columnOf: (field: string | null) => string | null,
  progress: (done: number, written: { created: number; updated: number }) => Promise<void>,
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
    await sql`savepoint import_row`.execute(trx);
    try {
      written[await writeRow(trx, row, target)]++;
      await sql`release savepoint import_row`.execute(trx);
    } catch (error) {
      await sql`rollback to savepoint import_row`.execute(trx);
      const { failure, field } = describe(error);
      const { code, params, error: message } = failure;
      errors.push({ line: row.line, column: columnOf(field), field, code, params, message });
    }
    if (++done % 1000 === 0) await progress(done, written);
  }
  return written;
}
