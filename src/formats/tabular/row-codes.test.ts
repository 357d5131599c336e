import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { dryRunImport } from './dry-run.js';
import { ROW_ERROR_CODES, zodIssueCode } from './row-codes.js';
import { readTable } from './table.js';
import type { TableLimits } from './types.js';

/** The code and parameters of the only problem of a file that cannot be read. */
async function fileProblem(input: Uint8Array | string, fileName?: string, limits?: Partial<TableLimits>) {
  const r = await readTable(input, { fileName, limits });
  if (r.ok) return r.table.issues.map(({ code, params }) => ({ code, params }));
  return r.errors.map(({ code, params }) => ({ code, params }));
}

/** Each bad row of a dry run as [line, code, params]. */
async function rowProblems(text: string, entity: 'organisations' | 'relations' | 'events') {
  const read = await readTable(text);
  if (!read.ok) throw new Error(read.errors[0]?.message);
  const r = dryRunImport(read.table, entity);
  if (!r.ok) throw new Error(r.mappingErrors.map((e) => e.error).join('; '));
  return r.errors.map((e) => [e.line, e.code, e.params]);
}

const xlsx = async (rows: unknown[][]) => {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Taulukko');
  for (const row of rows) sheet.addRow(row);
  return new Uint8Array(await book.xlsx.writeBuffer());
};

describe('codes of files that cannot be read', () => {
  it('names each kind of unreadable file', async () => {
    expect(await fileProblem('Nimi\nA\n', 'a.csv', { maxBytes: 3 })).toEqual([
      { code: 'file_too_large', params: { size: 7, max: 3 } },
    ]);
    const xls = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0, 0]);
    expect(await fileProblem(xls, 'vanha.xls')).toEqual([{ code: 'old_excel', params: {} }]);
    expect(await fileProblem(new Uint8Array([1, 2, 3]), 'a.xlsx')).toEqual([
      { code: 'not_xlsx', params: {} },
    ]);
    expect(await fileProblem('x', 'a.ods')).toEqual([{ code: 'unsupported_file', params: { ext: '.ods' } }]);
    expect(await fileProblem('Nimi\u0000', 'a.csv')).toEqual([{ code: 'not_text', params: {} }]);
    expect(await fileProblem(' ', 'a.csv')).toEqual([{ code: 'no_headers', params: {} }]);
    const half = await xlsx([['Nimi'], ['A']]);
    expect(await fileProblem(half.slice(0, half.length / 2))).toEqual([
      { code: 'unreadable_workbook', params: {} },
    ]);
  });

  it('names the limits a file is over', async () => {
    expect(await fileProblem('A;B;C\n1;2;3\n', 'a.csv', { maxColumns: 2 })).toEqual([
      { code: 'too_many_columns', params: { count: 3, max: 2 } },
    ]);
    expect(await fileProblem('A;B\n1;2\n3;4\n', 'a.csv', { maxRows: 1 })).toEqual([
      { code: 'too_many_rows', params: { count: 2, max: 1 } },
    ]);
    expect(await fileProblem('A;B\n1;pitkä\n', 'a.csv', { maxCellLength: 3 })).toEqual([
      { code: 'cell_too_long', params: { column: 'B', max: 3 } },
    ]);
    expect(await fileProblem(await xlsx([['Nimi'], ['A', 'ylimääräinen']]))).toEqual([
      { code: 'row_too_wide', params: { columns: 1 } },
    ]);
  });
});

describe('codes of bad rows', () => {
  it('names the cell that is not a date, a time or a number', async () => {
    expect(
      await rowProblems(
        'Organisaatio 1;Organisaatio 2;Suhde;Paino;Alkaa\nA;B;yhteistyö;paljon;eilen\n',
        'relations',
      ),
    ).toEqual([
      [2, 'invalid_number', { value: 'paljon' }],
      [2, 'invalid_date', { value: 'eilen' }],
    ]);
    expect(await rowProblems('Tapahtuma;Alkaa\nSeminaari;huomenna klo 10\n', 'events')).toEqual([
      [2, 'invalid_datetime', { value: 'huomenna klo 10' }],
    ]);
  });

  it('names a text over the schema limit with the field and the limit', async () => {
    expect(await rowProblems(`Nimi;Y-tunnus\n${'N'.repeat(301)};\n`, 'organisations')).toEqual([
      [2, 'too_long', { field: 'nameFi', maximum: expect.any(Number) }],
    ]);
  });

  it('folds every zod issue into one of the codes', () => {
    const schema = z.strictObject({ name: z.string(), email: z.email(), n: z.number().max(3) });
    const parsed = schema.safeParse({ email: 'x', n: 9, extra: 1 });
    const codes = parsed.error!.issues.map((i) => zodIssueCode(i, (i.path[0] as string) ?? null));
    expect(codes).toEqual([
      { code: 'missing_value', params: { field: 'name' } },
      { code: 'invalid_format', params: { field: 'email' } },
      { code: 'too_large', params: { field: 'n', maximum: '3' } },
      { code: 'unknown_field', params: { keys: 'extra' } },
    ]);
    for (const { code } of codes) expect(ROW_ERROR_CODES).toContain(code);
  });
});
