/**
 * YTJ (PRH business register) into the database: companies from a v3/v1 response or the streamed bulk
 * dump, mapped to organisation rows and upserted by business ID in batches, all inside ONE transaction:
 * the import lands whole or not at all. The next batch is read and mapped while the database writes the
 * previous one. A record that cannot be used (no valid business ID, no name, a company of a workspace
 * the caller cannot change) is listed with its position, and like a bad row of a table it stops the whole
 * import unless the user chose to skip it (`skipLines`, the positions the dry run named). Once a record
 * is bad nothing more is written: the rest is only checked, and everything rolls back. Broken JSON, a
 * failing source or a database error fails the run and rolls everything back too.
 */
import type { YtjDumpItem } from '../../../formats/ytj/index.js';
import { rowFailure, type RowErrorCode, type RowFailure } from '../../../formats/tabular/index.js';
import type { Caller } from '../../auth/caller.js';
import { editorWorkspaces } from '../../auth/caller.js';
import { audit } from '../../audit/audit.js';
import type { Database } from '../../db/database.js';
import { organisationWorkspaces, transactionTime } from './imports.repository.js';
import {
  finishRun,
  MAX_STORED_ERRORS,
  reportProgress,
  zeroCounts,
  type ImportError,
  type ImportRun,
  type ImportCounts,
} from './runs.js';
import {
  createStaging,
  csvLine,
  writeBatch as writeRows,
  type BatchResult,
  type PreparedRow,
  type UpsertTarget,
} from './ytj.upsert.js';
import { loadPlaces, organisationRow, type OrganisationRow, type PlaceLookup } from './ytj.rows.js';

export type YtjImportOptions = {
  runId: string;
  workspaceId: string;
  caller: Caller;
  visibility?: 'private' | 'network' | 'public';
  dryRun?: boolean;
  /** Rows per upsert statement; default 5000. */
  batchSize?: number;
  /** Called every `progressEvery` records (default 10 000) and at the end. */
  onProgress?: (counts: ImportCounts) => void;
  progressEvery?: number;
  /** Positions of records (as the dry run named them) to leave out: neither written nor an error. */
  skipLines?: readonly number[];
};

/** The file cannot be read as YTJ data: nothing of it is imported. */
class ImportFailed extends Error {
  constructor(
    message: string,
    readonly code: RowErrorCode = 'unreadable_file',
  ) {
    super(message);
  }
}
class Rollback extends Error {}

type Items = AsyncIterable<YtjDumpItem> | Iterable<YtjDumpItem>;

/** What the import has met so far: its counts, its bad records and the skipped ones; it reports progress. */
class Tally {
  readonly counts = zeroCounts();
  readonly errors: ImportError[] = [];
  skipped = 0;
  #lastReport = 0;

  constructor(
    private readonly db: Database,
    private readonly options: YtjImportOptions,
  ) {}

  fail(line: number | null, { error, code, params }: RowFailure) {
    this.counts.failed++;
    if (this.errors.length < MAX_STORED_ERRORS)
      this.errors.push({ line, column: null, code, params, message: error });
  }

  invalid(line: number, businessId: string | null | undefined, message: string) {
    this.fail(
      line,
      rowFailure('invalid_record', `${businessId ? `${businessId}: ` : ''}${message}`, {
        businessId: businessId || '–',
      }),
    );
  }

  /** Every `progressEvery` records, and once at the end (final); the run's counts only on the way. */
  async progress(final = false) {
    const every = this.options.progressEvery ?? 10_000;
    if (!final && this.counts.rows - this.#lastReport < every) return;
    this.#lastReport = this.counts.rows;
    this.options.onProgress?.({ ...this.counts });
    if (!this.options.dryRun && !final) await reportProgress(this.db, this.options.runId, this.counts);
  }
}

/** Runs the import and records the outcome in the run; never throws for bad input. */
export async function importYtj(db: Database, items: Items, options: YtjImportOptions): Promise<ImportRun> {
  const tally = new Tally(db, options);
  try {
    await db.transaction().execute((trx) => importInTransaction(trx, items, options, tally));
  } catch (error) {
    return failedRun(db, options, tally, error);
  }
  await tally.progress(true);
  const { counts, skipped } = tally;
  const skippedText = skipped ? `${skipped} rows skipped` : null;
  const outcome = counts.failed
    ? `${counts.failed} records need fixing or skipping`
    : 'every record can be imported';
  return finishRun(db, options.runId, {
    state: options.dryRun ? 'dry_run' : 'done',
    counts,
    errors: sortByLine(tally.errors),
    message: options.dryRun
      ? `Dry run: nothing was written; ${outcome}; created and updated are what an import would do${skippedText ? `; ${skippedText}` : ''}`
      : skippedText,
  });
}

async function importInTransaction(trx: Database, items: Items, options: YtjImportOptions, tally: Tally) {
  const places = await loadPlaces(trx);
  if (!options.dryRun) await createStaging(trx);
  const batches = new Batches(trx, options, tally);
  try {
    await readItems(items, places, options, tally, batches);
    await batches.flush();
  } catch (error) {
    // The batch still being written must end before the transaction does: its later statements would
    // otherwise run on the released connection, outside any transaction, and stay.
    await batches.settled().catch(() => undefined);
    throw error;
  }
  await batches.settled();
  if (tally.counts.failed > 0 && !options.dryRun) throw new Rollback();
  if (!options.dryRun)
    await audit(trx, options.caller, {
      action: 'import',
      entity: 'organisations',
      entityId: options.runId,
      workspaceId: options.workspaceId,
      outcome: 'ok',
      detail: { kind: 'ytj', created: tally.counts.created, updated: tally.counts.updated },
    });
}

/** Maps each record to an organisation row into the batches; bad records are tallied, skipped ones left out. */
async function readItems(
  items: Items,
  places: PlaceLookup,
  options: YtjImportOptions,
  tally: Tally,
  batches: Batches,
) {
  const skip = new Set(options.skipLines ?? []);
  let seen = 0;
  for await (const item of items) {
    if (item.kind === 'fatal') throw new ImportFailed(item.message, item.code);
    // Let the database driver's replies in now and then: parsing a buffered chunk of the dump runs
    // in microtasks only, and the next statement of the batch in flight would wait for it.
    if (++seen % 50 === 0) await new Promise((resolve) => setImmediate(resolve));
    const line = item.index + 1;
    if (skip.has(line)) {
      tally.skipped++;
      continue;
    }
    tally.counts.rows++;
    if (item.kind === 'error') {
      tally.invalid(line, item.businessId, item.message);
    } else {
      const mapped = organisationRow(item.company, places);
      if (!mapped.ok) tally.invalid(line, item.company.businessId, mapped.message);
      else {
        const row = { ...mapped.row, line };
        batches.add(options.dryRun ? row : { ...row, csv: csvLine(row) });
      }
    }
    if (batches.full()) await batches.flush();
    await tally.progress();
  }
}

/**
 * Rows gathered into batches, each written (or, once a record is bad or in a dry run, only checked)
 * while the next one is read.
 */
class Batches {
  readonly #write: (rows: OrganisationRow[]) => Promise<BatchResult>;
  readonly #check: (rows: OrganisationRow[]) => Promise<BatchResult>;
  readonly #size: number;
  #batch = new Map<string, PreparedRow>();
  #pending: Promise<void> = Promise.resolve();
  #flushed = false;

  constructor(
    trx: Database,
    options: YtjImportOptions,
    private readonly tally: Tally,
  ) {
    this.#write = options.dryRun ? dryRunBatch(trx, options) : writeBatch(trx, options);
    // After the first bad record the import cannot land: the rest is only checked.
    this.#check = options.dryRun ? this.#write : dryRunBatch(trx, options);
    this.#size = options.batchSize ?? 5000;
  }

  /** The same company twice in one batch would hit one row twice in a statement: the last one is kept. */
  add(row: PreparedRow) {
    this.#batch.delete(row.businessId);
    this.#batch.set(row.businessId, row);
  }

  /** A small first batch starts the database early; then full batches. */
  full() {
    return this.#batch.size >= (this.#flushed ? this.#size : Math.min(this.#size, 500));
  }

  async flush() {
    await this.#pending;
    this.#flushed = true;
    const rows = [...this.#batch.values()];
    this.#batch = new Map();
    this.#pending = (this.tally.counts.failed > 0 ? this.#check : this.#write)(rows).then((r) =>
      this.#record(rows, r),
    );
    // Handled when awaited; this keeps an early failure from being reported as unhandled meanwhile.
    this.#pending.catch(() => {});
  }

  settled() {
    return this.#pending;
  }

  #record(rows: PreparedRow[], r: BatchResult) {
    const counts = this.tally.counts;
    counts.created += r.created;
    counts.updated += r.updated;
    counts.unchanged += r.unchanged;
    const lines = r.refused.length ? new Map(rows.map((row) => [row.businessId, row.line])) : null;
    for (const id of r.refused)
      this.tally.fail(
        lines?.get(id) ?? null,
        rowFailure(
          'business_id_elsewhere',
          `${id}: the organisation belongs to a workspace you cannot change`,
          {
            value: id,
          },
        ),
      );
  }
}

/** Nothing was written: bad records (a rollback), an unreadable file or a database error. */
async function failedRun(
  db: Database,
  options: YtjImportOptions,
  tally: Tally,
  error: unknown,
): Promise<ImportRun> {
  const { counts, errors } = tally;
  const skippedText = tally.skipped ? `; ${tally.skipped} rows skipped` : '';
  if (error instanceof Rollback) {
    await tally.progress(true);
    return finishRun(db, options.runId, {
      state: 'failed',
      counts: { ...counts, created: 0, updated: 0, unchanged: 0 },
      errors: sortByLine(errors),
      message: `Nothing was imported: ${counts.failed} bad records${skippedText}`,
    });
  }
  const message = error instanceof ImportFailed ? error.message : `database error: ${errorText(error)}`;
  errors.unshift({
    line: null,
    column: null,
    ...(error instanceof ImportFailed
      ? rowFailureFields(error.code, `the file cannot be read: ${message}`)
      : rowFailureFields('import_stopped', `the import stopped: ${message}`)),
  });
  await tally.progress(true);
  return finishRun(db, options.runId, {
    // A check of a file that cannot be read is still a check: it answers with the reason.
    state: options.dryRun && error instanceof ImportFailed ? 'dry_run' : 'failed',
    counts: { ...counts, created: 0, updated: 0, unchanged: 0 },
    errors,
    message: `Nothing was imported: ${message}`,
  });
}

/** Records by position; a refusal found later in the database comes in its record's place. */
const sortByLine = (errors: ImportError[]) =>
  errors.sort((a, b) => (a.line ?? Infinity) - (b.line ?? Infinity));

const rowFailureFields = (...args: Parameters<typeof rowFailure>) => {
  const { code, params, error } = rowFailure(...args);
  return { code, params, message: error };
};

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error)).slice(0, 500);

function target(options: YtjImportOptions): UpsertTarget {
  return {
    runId: options.runId,
    workspaceId: options.workspaceId,
    visibility: options.visibility ?? 'public',
    actor: options.caller.label,
    anyWorkspace: options.caller.isAdmin,
    writableWorkspaces: editorWorkspaces(options.caller),
  };
}

const writeBatch = (trx: Database, options: YtjImportOptions) => {
  const t = target(options);
  let importedAt: string | null = null;
  const mode = { optimistic: true };
  return async (rows: OrganisationRow[]) => {
    // The transaction's time, as now() gives it to the rows that take the upsert path.
    importedAt ??= await transactionTime(trx);
    return writeRows(trx, rows, { ...t, importedAt }, mode);
  };
};

/** What the upsert would do: new business IDs are created, writable existing ones updated. */
const dryRunBatch = (trx: Database, options: YtjImportOptions) => {
  const t = target(options);
  return async (rows: OrganisationRow[]) => {
    const existing = await organisationWorkspaces(
      trx,
      rows.map((r) => r.businessId),
    );
    const refused = existing
      .filter((e) => !t.anyWorkspace && !t.writableWorkspaces.includes(String(e.workspaceId)))
      .map((e) => String(e.businessId));
    return {
      created: rows.length - existing.length,
      updated: existing.length - refused.length,
      unchanged: 0,
      refused,
    };
  };
};
