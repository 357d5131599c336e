/**
 * Excel (.xlsx) writer with exceljs: one sheet per table, a bold frozen header row, dates as Excel dates.
 * Text that a spreadsheet could run as a formula is escaped as in CSV (escape.ts); text is cut at Excel's
 * limit of 32 767 characters per cell and cleaned of characters XML cannot hold.
 */
import ExcelJS from 'exceljs';
import { escapeFormula, xmlSafe } from './escape.js';
import type { ExportTable, ExportValue } from './values.js';

export interface XlsxSheet extends ExportTable {
  name: string;
}

const EXCEL_CELL_LIMIT = 32_767;

/** Excel sheet names: at most 31 characters, none of []:*?/\, unique in the workbook. */
export function sheetName(name: string, taken: Set<string>): string {
  const base =
    xmlSafe(name)
      .replace(/[[\]:*?/\\]/g, ' ')
      .replace(/^'+|'+$/g, '')
      .trim()
      .slice(0, 31) || 'Sheet';
  let candidate = base;
  for (let i = 2; taken.has(candidate.toLowerCase()); i++)
    candidate = `${base.slice(0, 31 - String(i).length - 1)} ${i}`;
  taken.add(candidate.toLowerCase());
  return candidate;
}

function cell(value: ExportValue): ExcelJS.CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'boolean') return value;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value;
  return escapeFormula(xmlSafe(value)).slice(0, EXCEL_CELL_LIMIT);
}

export async function writeXlsx(
  sheets: readonly XlsxSheet[],
  options: { creator?: string } = {},
): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = options.creator ?? 'Solmu';
  const taken = new Set<string>();
  for (const sheet of sheets.length > 0 ? sheets : [{ name: 'Sheet', headers: [], rows: [] }]) {
    const ws = workbook.addWorksheet(sheetName(sheet.name, taken), {
      views: [{ state: 'frozen', ySplit: 1 }],
    });
    const header = ws.addRow(sheet.headers.map((h) => cell(h)));
    header.font = { bold: true };
    const widths = sheet.headers.map((h) => Math.min(60, Math.max(8, h.length + 2)));
    for await (const values of sheet.rows) {
      const row = ws.addRow(values.map(cell));
      values.forEach((v, i) => {
        if (v instanceof Date) row.getCell(i + 1).numFmt = 'yyyy-mm-dd hh:mm';
        const length = typeof v === 'string' ? v.length : 10;
        widths[i] = Math.min(60, Math.max(widths[i] ?? 8, length + 2));
      });
    }
    widths.forEach((width, i) => (ws.getColumn(i + 1).width = width));
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
