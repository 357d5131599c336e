/**
 * CSV writer (RFC 4180): fields with the delimiter, a quote or a line break are quoted, quotes doubled,
 * lines end with CRLF. Comma or semicolon (what Finnish Excel expects, with a decimal comma); optionally
 * a UTF-8 byte-order mark so that Excel reads ä and ö right. Formula injection is escaped (escape.ts).
 */
import { escapeFormula } from './escape.js';
import type { ExportTable, ExportValue } from './values.js';

export interface CsvWriteOptions {
  delimiter?: ',' | ';';
  /** Write numbers with a decimal comma; default true with ';' and false with ','. */
  decimalComma?: boolean;
  /** Start with a UTF-8 BOM (for Excel); default false. */
  bom?: boolean;
  /** Escape text that a spreadsheet would run as a formula; default true. */
  escapeFormulas?: boolean;
}

export function formatCsvValue(value: ExportValue, options: CsvWriteOptions = {}): string {
  const delimiter = options.delimiter ?? ',';
  let text: string;
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return '';
    text = String(value);
    if (options.decimalComma ?? delimiter === ';') text = text.replace('.', ',');
  } else if (typeof value === 'boolean') {
    text = value ? 'true' : 'false';
  } else if (value instanceof Date) {
    text = Number.isNaN(value.getTime()) ? '' : value.toISOString();
  } else {
    text = options.escapeFormulas === false ? value : escapeFormula(value);
  }
  return text.includes(delimiter) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function formatCsvRow(values: readonly ExportValue[], options: CsvWriteOptions = {}): string {
  return values.map((v) => formatCsvValue(v, options)).join(options.delimiter ?? ',') + '\r\n';
}

/** The file as text chunks (the header first, then rows in batches), for streaming large exports. */
export async function* csvChunks(table: ExportTable, options: CsvWriteOptions = {}): AsyncGenerator<string> {
  yield (options.bom ? '\uFEFF' : '') + formatCsvRow(table.headers, { ...options, escapeFormulas: true });
  let batch = '';
  let n = 0;
  for await (const row of table.rows) {
    batch += formatCsvRow(row, options);
    if (++n % 1000 === 0) {
      yield batch;
      batch = '';
    }
  }
  if (batch) yield batch;
}

/** The whole file as one string (for small exports). */
export async function writeCsv(table: ExportTable, options: CsvWriteOptions = {}): Promise<string> {
  let text = '';
  for await (const chunk of csvChunks(table, options)) text += chunk;
  return text;
}
