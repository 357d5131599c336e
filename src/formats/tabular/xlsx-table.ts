/**
 * .xlsx into a Table with exceljs, after the archive has passed the zip-bomb check (zip.ts). Formula
 * cells give their cached result (nothing is calculated), rich text and hyperlinks give their text, and
 * error values (#N/A) read as empty.
 */
import ExcelJS from 'exceljs';
import { errorMessage } from '../format-error.js';
import { checkZip } from '../zip.js';
import {
  finish,
  tableFailure as fail,
  type CellValue,
  type TableLimits,
  type TableReadResult,
  type TableRow,
} from './types.js';

export async function readXlsxTable(
  bytes: Uint8Array,
  sheet: string | number | undefined,
  limits: TableLimits,
): Promise<TableReadResult> {
  const zip = await checkZip(bytes, limits.zip);
  if (!zip.ok) {
    return fail(
      'unreadable_workbook',
      zip.code === 'zip_bomb'
        ? `the workbook was refused: ${zip.error}`
        : `not a readable .xlsx: ${zip.error}`,
    );
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(
      Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer,
    );
  } catch (error) {
    return fail('unreadable_workbook', `not a readable .xlsx: ${errorMessage(error)}`);
  }
  const sheets = workbook.worksheets;
  const worksheet =
    typeof sheet === 'string'
      ? sheets.find((s) => s.name === sheet)
      : typeof sheet === 'number'
        ? sheets[sheet - 1]
        : (sheets.find((s) => s.actualRowCount > 0) ?? sheets[0]);
  if (!worksheet) {
    const names = sheets.map((s) => s.name).join(', ');
    return fail(
      'unreadable_workbook',
      sheet === undefined ? 'the workbook has no sheets' : `no sheet '${sheet}' (the sheets: ${names})`,
    );
  }
  if (worksheet.rowCount > limits.maxRows + 1000) {
    return fail(
      'too_many_rows',
      `the sheet has ${worksheet.rowCount} rows, more than the limit of ${limits.maxRows}`,
      { count: worksheet.rowCount, max: limits.maxRows },
    );
  }

  let headerLine = 0;
  let headers: string[] = [];
  const rows: TableRow[] = [];
  try {
    worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const values = Array.isArray(row.values) ? row.values.slice(1) : [];
      const cells = values.map(cellValue);
      if (cells.every((c) => c === null || (typeof c === 'string' && c.trim() === ''))) return;
      if (headerLine === 0) {
        headerLine = rowNumber;
        headers = trimTrailingEmpty(cells).map((c) => (c === null ? '' : cellText(c)));
        return;
      }
      rows.push({ line: rowNumber, cells });
    });
  } catch (error) {
    return fail(
      'unreadable_workbook',
      `the sheet '${worksheet.name}' cannot be read: ${errorMessage(error)}`,
    );
  }
  if (headerLine === 0) return fail('empty_file', `the sheet '${worksheet.name}' is empty`);
  const issues = rows
    .filter((r) => r.cells.slice(headers.length).some((c) => c !== null && cellText(c).trim() !== ''))
    .map((r) => ({
      line: r.line,
      code: 'row_too_wide' as const,
      params: { columns: headers.length },
      message: `the row has values to the right of the last named column`,
    }));
  const width = headers.length;
  const sized = rows.map((r) => ({
    line: r.line,
    cells: Array.from({ length: width }, (_, i) => r.cells[i] ?? null),
  }));
  return finish(
    { format: 'xlsx', headers, headerLine, rows: sized, issues, sheetName: worksheet.name },
    limits,
  );
}

function trimTrailingEmpty(cells: CellValue[]): CellValue[] {
  let end = cells.length;
  while (end > 0 && (cells[end - 1] === null || cells[end - 1] === '')) end--;
  return cells.slice(0, end);
}

export function cellText(value: CellValue): string {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString();
  return value === null ? '' : String(value);
}

/** One exceljs cell value as a plain value. */
export function cellValue(value: unknown): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value;
  if (typeof value !== 'object') return null;
  const v = value as Record<string, unknown>;
  const own = (key: string) => (Object.prototype.hasOwnProperty.call(v, key) ? v[key] : undefined);
  const richText = own('richText');
  if (Array.isArray(richText)) {
    return richText.map((part) => (typeof part?.text === 'string' ? part.text : '')).join('');
  }
  if (own('formula') !== undefined || own('sharedFormula') !== undefined) {
    const result = own('result');
    return typeof result === 'object' && result !== null && !(result instanceof Date)
      ? null
      : cellValue(result);
  }
  if (own('hyperlink') !== undefined) return cellValue(own('text'));
  return null;
}
