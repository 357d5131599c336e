/**
 * Any resource's records as CSV, Excel or JSON: the rows the caller may see, read in pages by id and
 * written as they come (CSV and JSON stream; Excel is built in memory, so it has a row limit). Columns are
 * the API's field names, so an exported file imports again (its `id` column matches the same records).
 * Cells are escaped against formula injection by the writers in src/formats/out.
 */
import { csvChunks, jsonArrayChunks, writeXlsx, type ExportValue } from '../../../formats/writers/index.js';
import type { Caller } from '../../auth/caller.js';
import { audit } from '../../audit/audit.js';
import type { Database } from '../../db/database.js';
import { AppError } from '../../errors.js';
import { RESOURCES } from '../index.js';
import { present } from '../../resources/presenter.js';
import * as repo from '../../resources/repository.js';
import { columnsOf } from '../../resources/repository.js';
import type { ResourceDefinition, Row } from '../../resources/types.js';

export const TABLE_FORMATS = ['csv', 'xlsx', 'json'] as const;
export type TableFormat = (typeof TABLE_FORMATS)[number];

export type ExportFile = {
  contentType: string;
  fileName: string;
  chunks: AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>;
};

/** Excel holds about a million rows, but a workbook is built in memory: larger exports go to CSV. */
export const MAX_XLSX_ROWS = 100_000;
const PAGE = 2000;

/** Columns of the business register that the organisations resource does not (yet) show. */
const EXTRA_COLUMNS: Record<string, string[]> = {
  organisations: [
    'tol2025Code',
    'companyForm',
    'registrationDate',
    'endDate',
    'status',
    'source',
    'lastImportedAt',
  ],
};

export const exportableEntities = () => RESOURCES.map((r) => r.path);

export function exportDefinition(entity: string): ResourceDefinition | undefined {
  return RESOURCES.find((r) => r.path === entity);
}

const columns = (def: ResourceDefinition) => [...columnsOf(def), ...(EXTRA_COLUMNS[def.path] ?? [])];

/** The visible records, a page at a time, as the API presents them (dates as ISO text). */
async function* visibleRows(db: Database, def: ResourceDefinition, caller: Caller): AsyncGenerator<Row> {
  let after: string | null = null;
  for (;;) {
    const page = await repo.visibleAfter(db, def, caller, columns(def), after, PAGE);
    for (const row of page) yield present(def, row, caller);
    if (page.length < PAGE) return;
    after = String(page[page.length - 1]!.id);
  }
}

/** Lists and objects (themes, rules) as JSON text in a cell. */
const cell = (value: unknown): ExportValue =>
  value === null || value === undefined || typeof value !== 'object' || value instanceof Date
    ? (value as ExportValue)
    : JSON.stringify(value);

async function* tableRows(rows: AsyncIterable<Row>, headers: string[]) {
  for await (const row of rows) yield headers.map((h) => cell(row[h]));
}

/** Personal data: the whole list is read first so the audit entry can name every person exported. */
async function auditedRows(db: Database, def: ResourceDefinition, caller: Caller, format: string) {
  const rows: Row[] = [];
  for await (const row of visibleRows(db, def, caller)) rows.push(row);
  await audit(db, caller, {
    action: 'export',
    entity: def.path,
    outcome: 'ok',
    detail: { format, ids: rows.map((r) => r.id) },
  });
  return (async function* () {
    yield* rows;
  })();
}

export async function tableExport(
  db: Database,
  caller: Caller,
  def: ResourceDefinition,
  format: TableFormat,
  options: { delimiter?: ',' | ';'; bom?: boolean } = {},
): Promise<ExportFile> {
  const headers = columns(def);
  const fileName = `${def.path}.${format}`;
  if (format === 'xlsx' && (await repo.countVisible(db, def, caller)) > MAX_XLSX_ROWS)
    throw new AppError(422, 'too_many_rows', `Excel exports hold at most ${MAX_XLSX_ROWS} rows; use CSV`);
  const rows = def.personal ? await auditedRows(db, def, caller, format) : visibleRows(db, def, caller);
  if (format === 'json')
    return { contentType: 'application/json; charset=utf-8', fileName, chunks: jsonArrayChunks(rows) };
  if (format === 'csv') {
    const delimiter = options.delimiter ?? ',';
    return {
      contentType: 'text/csv; charset=utf-8',
      fileName,
      chunks: csvChunks(
        { headers, rows: tableRows(rows, headers) },
        // Finnish Excel (semicolons) needs the BOM to read UTF-8; comma files are for programs.
        { delimiter, bom: options.bom ?? delimiter === ';' },
      ),
    };
  }
  const bytes = await writeXlsx([{ name: def.path, headers, rows: tableRows(rows, headers) }]);
  return {
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    fileName,
    chunks: [bytes],
  };
}
