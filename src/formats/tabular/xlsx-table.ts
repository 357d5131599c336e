/**
 * .xlsx into a Table with exceljs, after the archive has passed the zip-bomb check (zip.ts). Formula
 * cells give their cached result (nothing is calculated), rich text and hyperlinks give their text, and
 * error values (#N/A) read as empty.
 */
import ExcelJS from 'exceljs';
import { checkZip, zipEntries } from '../zip.js';
import { writeZip } from '../zip-write.js';
import { lacksCellReferences, withCellReferences } from './xlsx-refs.js';
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
  const workbook = await loadWorkbook(bytes, limits);
  if (!(workbook instanceof ExcelJS.Workbook)) return workbook;
  const worksheet = pickSheet(workbook.worksheets, sheet);
  if (!worksheet) {
    const names = workbook.worksheets.map((s) => s.name).join(', ');
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
  const read = readRows(worksheet);
  if (!read) return fail('unreadable_workbook', `the sheet '${worksheet.name}' cannot be read`);
  const { headerLine, headers, rows } = read;
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

/** The workbook, once the archive has passed the zip-bomb check, or why it cannot be read. */
async function loadWorkbook(bytes: Uint8Array, limits: TableLimits) {
  const zip = await checkZip(bytes, limits.zip, WORKSHEET);
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
    const complete = await withReferences(bytes, zip.kept);
    await workbook.xlsx.load(
      Buffer.from(complete.buffer, complete.byteOffset, complete.byteLength) as unknown as ArrayBuffer,
    );
    return workbook;
  } catch {
    // exceljs's own message is about its insides ("Cannot read properties of undefined"), not the file.
    return fail(
      'unreadable_workbook',
      'not a readable .xlsx: the workbook is damaged or written in a way that cannot be read',
    );
  }
}

/** The sheet asked for by name or number, or else the first one with rows. */
function pickSheet(sheets: ExcelJS.Worksheet[], sheet: string | number | undefined) {
  if (typeof sheet === 'string') return sheets.find((s) => s.name === sheet);
  if (typeof sheet === 'number') return sheets[sheet - 1];
  return sheets.find((s) => s.actualRowCount > 0) ?? sheets[0];
}

/** The first non-empty row as the headers and the rows below it; null when exceljs cannot walk the sheet. */
function readRows(worksheet: ExcelJS.Worksheet) {
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
  } catch {
    return null;
  }
  return { headerLine, headers, rows };
}

const WORKSHEET = /^xl\/worksheets\/[^/]+\.xml$/;

/** The workbook with the references its worksheets left out written in (xlsx-refs.ts), or as it is. */
async function withReferences(bytes: Uint8Array, sheets: Map<string, Buffer>): Promise<Uint8Array> {
  const lacking = [...sheets].filter(([, xml]) => lacksCellReferences(xml.toString('utf8')));
  if (lacking.length === 0) return bytes;
  const fixed = new Map(lacking.map(([name, xml]) => [name, withCellReferences(xml.toString('utf8'))]));
  const entries = await zipEntries(bytes);
  return writeZip(entries.map((e) => ({ name: e.name, data: fixed.get(e.name) ?? e.data })));
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
