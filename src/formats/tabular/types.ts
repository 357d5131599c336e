/**
 * A spreadsheet or CSV file as a table: a header row and data rows, each cell a plain value and each row
 * with the line (CSV) or row number (Excel) the user sees. Cells are kept in arrays by column position,
 * never in objects keyed by header text, so a header such as `__proto__` is just text.
 */
import type { CsvDelimiter, TextEncodingName } from '../csv.js';
import { DEFAULT_ZIP_LIMITS, type ZipLimits } from '../zip.js';
import type { RowErrorCode, RowErrorParams } from './row-codes.js';

export type CellValue = string | number | boolean | Date | null;

export interface TableRow {
  /** CSV: the line the record starts on. Excel: the row number. */
  readonly line: number;
  readonly cells: CellValue[];
}

export interface TableIssue {
  readonly line: number;
  readonly code: RowErrorCode;
  readonly params: RowErrorParams;
  readonly message: string;
}

export interface Table {
  readonly format: 'csv' | 'xlsx';
  readonly headers: string[];
  readonly headerLine: number;
  readonly rows: TableRow[];
  /** Rows that could not be read (they are not in `rows`); a dry run lists them as bad rows. */
  readonly issues: TableIssue[];
  readonly encoding?: TextEncodingName;
  readonly delimiter?: CsvDelimiter;
  readonly sheetName?: string;
}

export type TableReadResult = { ok: true; table: Table } | { ok: false; errors: TableIssue[] };

export interface TableLimits {
  /** Largest file accepted, default 20 MB. */
  maxBytes: number;
  /** Most data rows, default 100 000. */
  maxRows: number;
  /** Most columns, default 200. */
  maxColumns: number;
  /** Longest cell text, default 20 000 characters (the longest text field the domain accepts). */
  maxCellLength: number;
  zip: ZipLimits;
}

export const DEFAULT_TABLE_LIMITS: TableLimits = {
  maxBytes: 20 * 1024 * 1024,
  maxRows: 100_000,
  maxColumns: 200,
  maxCellLength: 20_000,
  zip: DEFAULT_ZIP_LIMITS,
};

export const tableFailure = (
  code: RowErrorCode,
  message: string,
  params: RowErrorParams = {},
  line = 1,
): TableReadResult => ({ ok: false, errors: [{ line, code, params, message }] });

/** Applies the shared limits and tidies headers; used for both formats. */
export function finish(table: Table, limits: TableLimits): TableReadResult {
  if (table.headers.length > limits.maxColumns) {
    return tableFailure(
      'too_many_columns',
      `the header has ${table.headers.length} columns, more than the limit of ${limits.maxColumns}`,
      { count: table.headers.length, max: limits.maxColumns },
      table.headerLine,
    );
  }
  if (table.rows.length > limits.maxRows) {
    return tableFailure(
      'too_many_rows',
      `the file has ${table.rows.length} rows, more than the limit of ${limits.maxRows}`,
      { count: table.rows.length, max: limits.maxRows },
      table.headerLine,
    );
  }
  const headers = table.headers.map((h) => h.replace(/\s+/g, ' ').trim());
  if (headers.every((h) => h === ''))
    return tableFailure('no_headers', 'the first row has no column names', {}, table.headerLine);
  const issues = [...table.issues];
  const rows = table.rows.filter((row) => {
    const long = row.cells.findIndex((c) => typeof c === 'string' && c.length > limits.maxCellLength);
    if (long < 0) return true;
    const column = headers[long] ?? String(long + 1);
    issues.push({
      line: row.line,
      code: 'cell_too_long',
      params: { column, max: limits.maxCellLength },
      message: `column '${column}' has more than ${limits.maxCellLength} characters`,
    });
    return false;
  });
  issues.sort((a, b) => a.line - b.line);
  return { ok: true, table: { ...table, headers, rows, issues } };
}
