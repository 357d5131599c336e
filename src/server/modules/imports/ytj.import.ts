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
import { sql } from 'kysely';
import type { YtjDumpItem } from '../../../formats/ytj/index.js';
import { rowFailure, type RowFailure } from '../../../formats/tabular/index.js';
import type { Caller } from '../../auth/caller.js';
import { editorWorkspaces } from '../../auth/caller.js';
import { audit } from '../../audit/audit.js';
import type { Database } from '../../db/database.js';
import {
  finishRun,
  MAX_STORED_ERRORS,
  reportProgress,
  zeroCounts,
  type ImportCounts,
  type ImportError,
  type ImportRun,
} from './runs.js';
import {
  createStaging,
  csvLine,
  writeBatch as writeRows,
  type PreparedRow,
  type UpsertTarget,
} from './ytj.upsert.js';
import { loadPlaces, organisationRow, type OrganisationRow } from './ytj.rows.js';

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

class ImportFailed extends Error {}
class Rollback extends Error {}

/** Runs the import and records the outcome in the run; never throws for bad input. */
export async function importYtj(
  db: Database,
  items: AsyncIterable<YtjDumpItem> | Iterable<YtjDumpItem>,
  options: YtjImportOptions,
): Promise<ImportRun> {
  const counts = zeroCounts();
  const errors: ImportError[] = [];
  const fail = (line: number | null, { error, code, params }: RowFailure) => {
    counts.failed++;
    if (errors.length < MAX_STORED_ERRORS) errors.push({ line, column: null, code, params, message: error });
  };
  const invalid = (line: number, businessId: string | null | undefined, message: string) =>
    fail(
      line,
      rowFailure('invalid_record', `${businessId ? `${businessId}: ` : ''}${message}`, {
        businessId: businessId || '–',
      }),
    );
  const every = options.progressEvery ?? 10_000;
  let lastReport = 0;
  const progress = async (final = false) => {
    if (!final && counts.rows - lastReport < every) return;
    lastReport = counts.rows;
    options.onProgress?.({ ...counts });
    if (!options.dryRun && !final) await reportProgress(db, options.runId, counts);
  };

  const skip = new Set(options.skipLines ?? []);
  let skipped = 0;
  try {
    await db.transaction().execute(async (trx) => {
      const places = await loadPlaces(trx);
      if (!options.dryRun) await createStaging(trx);
      const write = options.dryRun ? dryRunBatch(trx, options) : writeBatch(trx, options);
      // After the first bad record the import cannot land: the rest is only checked.
      const check = options.dryRun ? write : dryRunBatch(trx, options);
      const size = options.batchSize ?? 5000;
      let batch = new Map<string, PreparedRow>();
      let pending: Promise<void> = Promise.resolve();
      let flushed = false;
      let seen = 0;
      const flush = async () => {
        await pending;
        flushed = true;
        const rows = [...batch.values()];
        batch = new Map();
        pending = (counts.failed > 0 ? check : write)(rows).then((r) => {
          counts.created += r.created;
          counts.updated += r.updated;
          counts.unchanged += r.unchanged;
          const lines = r.refused.length ? new Map(rows.map((row) => [row.businessId, row.line])) : null;
          for (const id of r.refused)
            fail(
              lines?.get(id) ?? null,
              rowFailure(
                'business_id_elsewhere',
                `${id}: the organisation belongs to a workspace you cannot change`,
                { value: id },
              ),
            );
        });
        // Handled when awaited; this keeps an early failure from being reported as unhandled meanwhile.
        pending.catch(() => {});
      };
      for await (const item of items) {
        if (item.kind === 'fatal') throw new ImportFailed(item.message);
        // Let the database driver's replies in now and then: parsing a buffered chunk of the dump runs
        // in microtasks only, and the next statement of the batch in flight would wait for it.
        if (++seen % 50 === 0) await new Promise((resolve) => setImmediate(resolve));
        const line = item.index + 1;
        if (skip.has(line)) {
          skipped++;
          continue;
        }
        counts.rows++;
        if (item.kind === 'error') {
          invalid(line, item.businessId, item.message);
        } else {
          const mapped = organisationRow(item.company, places);
          if (!mapped.ok) invalid(line, item.company.businessId, mapped.message);
          else {
            // The same company twice in one batch would hit one row twice in a statement: keep the last.
            batch.delete(mapped.row.businessId);
            const row = { ...mapped.row, line };
            batch.set(mapped.row.businessId, options.dryRun ? row : { ...row, csv: csvLine(row) });
          }
        }
        // A small first batch starts the database early; then full batches.
        if (batch.size >= (flushed ? size : Math.min(size, 500))) await flush();
        await progress();
      }
      await flush();
      await pending;
      if (counts.failed > 0 && !options.dryRun) throw new Rollback();
      if (!options.dryRun)
        await audit(trx, options.caller, {
          action: 'import',
          entity: 'organisations',
          entityId: options.runId,
          workspaceId: options.workspaceId,
          outcome: 'ok',
          detail: { kind: 'ytj', created: counts.created, updated: counts.updated },
        });
    });
  } catch (error) {
    const skippedText = skipped ? `; ${skipped} rows skipped` : '';
    if (error instanceof Rollback) {
      await progress(true);
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
        ? rowFailureFields('unreadable_file', `the file cannot be read: ${message}`)
        : rowFailureFields('import_stopped', `the import stopped: ${message}`)),
    });
    await progress(true);
    return finishRun(db, options.runId, {
      state: 'failed',
      counts: { ...counts, created: 0, updated: 0, unchanged: 0 },
      errors,
      message: `Nothing was imported: ${message}`,
    });
  }
  await progress(true);
  const skippedText = skipped ? `${skipped} rows skipped` : null;
  const outcome = counts.failed
    ? `${counts.failed} records need fixing or skipping`
    : 'every record can be imported';
  return finishRun(db, options.runId, {
    state: options.dryRun ? 'dry_run' : 'done',
    counts,
    errors: sortByLine(errors),
    message: options.dryRun
      ? `Dry run: nothing was written; ${outcome}; created and updated are what an import would do${skippedText ? `; ${skippedText}` : ''}`
      : skippedText,
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
    importedAt ??= (await sql<{ now: string }>`select now()::text as now`.execute(trx)).rows[0]!.now;
    return writeRows(trx, rows, { ...t, importedAt }, mode);
  };
};

/** What the upsert would do: new business IDs are created, writable existing ones updated. */
const dryRunBatch = (trx: Database, options: YtjImportOptions) => {
  const t = target(options);
  return async (rows: OrganisationRow[]) => {
    const existing = rows.length
      ? await trx
          .selectFrom('organisations')
          .select(['businessId', 'workspaceId'])
          .where(
            'businessId',
            'in',
            rows.map((r) => r.businessId),
          )
          .execute()
      : [];
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
