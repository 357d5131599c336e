/** Reading an uploaded CSV or .xlsx file into a Table (see types.ts). */
import { detectDelimiter, parseCsv, type CsvDelimiter } from '../csv.js';
import { decideEncoding, type EncodingChoice } from '../encoding.js';
import {
  DEFAULT_TABLE_LIMITS,
  finish,
  tableFailure as fail,
  type TableLimits,
  type TableReadResult,
  type TableRow,
  type TableIssue,
} from './types.js';
import { readXlsxTable } from './xlsx-table.js';

export interface TableReadOptions {
  /** The uploaded file's name; `.xlsx` or `.csv` decides the format when the bytes do not. */
  fileName?: string;
  /** Worksheet name or 1-based position in an .xlsx; default the first sheet with data. */
  sheet?: string | number;
  /** CSV: the user's choice of encoding; decided from the bytes when omitted (see encoding.ts). */
  encoding?: EncodingChoice;
  limits?: Partial<TableLimits>;
}

/**
 * Reads CSV (UTF-8 with or without BOM, UTF-16 with BOM, or Windows-1252, decided on evidence or chosen;
 * comma, semicolon or tab) or .xlsx. Never throws: a file that cannot be read comes back with the reason.
 */
export async function readTable(
  input: Uint8Array | string,
  options: TableReadOptions = {},
): Promise<TableReadResult> {
  try {
    return await readAnyTable(input, options);
  } catch {
    // A reader's own failure says nothing to the user about the file: a coded reason, not its text.
    return fail('unreadable_file', 'the file cannot be read: it is damaged or not what its name says');
  }
}

async function readAnyTable(input: Uint8Array | string, options: TableReadOptions): Promise<TableReadResult> {
  const limits: TableLimits = { ...DEFAULT_TABLE_LIMITS, ...options.limits };
  const size = typeof input === 'string' ? input.length : input.byteLength;
  if (size > limits.maxBytes)
    return fail('file_too_large', `the file is ${size} bytes, more than the limit of ${limits.maxBytes}`, {
      size,
      max: limits.maxBytes,
    });
  const name = (options.fileName ?? '').toLowerCase();
  if (typeof input !== 'string') {
    if (input[0] === 0x50 && input[1] === 0x4b && input[2] === 0x03 && input[3] === 0x04) {
      return readXlsxTable(input, options.sheet, limits);
    }
    if (input[0] === 0xd0 && input[1] === 0xcf && input[2] === 0x11 && input[3] === 0xe0) {
      return fail('old_excel', 'this is an old Excel .xls file: save it as .xlsx or CSV and try again');
    }
    if (name.endsWith('.xlsx'))
      return fail('not_xlsx', 'the file is named .xlsx but is not an Excel workbook');
  }
  if (/\.(ods|numbers|xls|xlsm|xlsb)$/.test(name)) {
    const ext = name.slice(name.lastIndexOf('.'));
    return fail('unsupported_file', `${ext} files are not supported: save as .xlsx or CSV`, { ext });
  }
  return readCsvTable(input, limits, options.encoding);
}

/**
 * The delimiter that splits the first lines most consistently. The first line alone can tie
 * ('Nimi;Kuvaus, lisätiedot'), and a tie there would fall back to the comma in a semicolon file.
 */
export function chooseDelimiter(text: string): CsvDelimiter {
  const sample = text.slice(0, 64 * 1024);
  const fallback = detectDelimiter(sample);
  let best = { delimiter: fallback, score: -1 };
  for (const delimiter of [fallback, ',', ';', '\t'] as const) {
    const records = parseCsv(sample, { delimiter }).records.slice(0, 50);
    const width = records[0]?.fields.length ?? 0;
    if (width < 2) continue;
    const score = records.filter((r) => r.fields.length === width).length / records.length + width / 1000;
    if (score > best.score) best = { delimiter, score };
  }
  return best.delimiter;
}

function readCsvTable(
  input: Uint8Array | string,
  limits: TableLimits,
  choice?: EncodingChoice,
): TableReadResult {
  const decided = decideEncoding(input, choice);
  if (!decided.ok) return fail(decided.code, decided.message, decided.at, decided.at.line);
  const { text, encoding } = decided;
  if (text.includes('\u0000'))
    return fail('not_text', 'the file is not text (it contains NUL bytes): is it a spreadsheet?');
  const csv = parseCsv(text, { delimiter: chooseDelimiter(text) });
  const [header, ...records] = csv.records;
  if (!header) return fail('empty_file', 'the file is empty');
  const issues: TableIssue[] = csv.errors.map((e) => ({
    line: e.line,
    code: 'malformed_row',
    params: {},
    message: e.message,
  }));
  const rows: TableRow[] = [];
  for (const record of records) {
    if (record.fields.every((f) => f.trim() === '')) continue;
    if (
      record.fields.length > header.fields.length &&
      record.fields.slice(header.fields.length).some((f) => f.trim())
    ) {
      issues.push({
        line: record.line,
        code: 'row_too_wide',
        params: { fields: record.fields.length, columns: header.fields.length },
        message: `the row has ${record.fields.length} fields but the header has ${header.fields.length} (a ${describe(csv.delimiter)} inside an unquoted value?)`,
      });
      continue;
    }
    rows.push({ line: record.line, cells: record.fields.slice(0, header.fields.length) });
  }
  return finish(
    {
      format: 'csv',
      headers: header.fields,
      headerLine: header.line,
      rows,
      issues,
      encoding,
      delimiter: csv.delimiter,
    },
    limits,
  );
}

const describe = (d: CsvDelimiter) => (d === ',' ? 'comma' : d === ';' ? 'semicolon' : 'tab');

export type { CellValue, Table, TableIssue, TableLimits, TableReadResult, TableRow } from './types.js';
