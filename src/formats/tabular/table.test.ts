import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { checkZip } from '../zip.js';
import { writeZip } from '../zip-write.js';
import { readTable } from './table.js';
import type { Table } from './types.js';

async function table(input: Uint8Array | string, fileName?: string): Promise<Table> {
  const result = await readTable(input, { fileName });
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('; '));
  return result.table;
}

function windows1252(text: string): Uint8Array {
  const map: Record<string, number> = { '€': 0x80, '–': 0x96 };
  return Uint8Array.from([...text].map((ch) => map[ch] ?? ch.charCodeAt(0)));
}

async function workbook(rows: unknown[][], name = 'Toimijat'): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(name);
  for (const row of rows) ws.addRow(row);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('readTable on CSV', () => {
  it('reads UTF-8 with a BOM and commas', async () => {
    const bom = new Uint8Array([
      0xef,
      0xbb,
      0xbf,
      ...new TextEncoder().encode('Nimi,Y-tunnus\r\nÄänekosken Öljy Oy,0112038-9\r\n'),
    ]);
    const t = await table(bom);
    expect(t).toMatchObject({
      format: 'csv',
      encoding: 'utf-8',
      delimiter: ',',
      headers: ['Nimi', 'Y-tunnus'],
    });
    expect(t.rows).toEqual([{ line: 2, cells: ['Äänekosken Öljy Oy', '0112038-9'] }]);
  });

  it('reads Windows-1252 with semicolons, as Finnish Excel saves it', async () => {
    const t = await table(windows1252('Nimi;Kunta;Kuvaus\nSäätiö Å;Närpiö;Hinta 5 € – alv\n'));
    expect(t).toMatchObject({ encoding: 'windows-1252', delimiter: ';' });
    expect(t.rows[0]?.cells).toEqual(['Säätiö Å', 'Närpiö', 'Hinta 5 € – alv']);
  });

  it('pads short rows, skips empty ones and reports rows wider than the header', async () => {
    const t = await table('a;b;c\n1;2\n;;\n1;2;3;4\n"x;y";2;3\n');
    expect(t.rows).toEqual([
      { line: 2, cells: ['1', '2'] },
      { line: 5, cells: ['x;y', '2', '3'] },
    ]);
    expect(t.issues).toEqual([
      {
        line: 4,
        code: 'row_too_wide',
        params: { fields: 4, columns: 3 },
        message: expect.stringMatching(/4 fields but the header has 3/),
      },
    ]);
  });

  it('refuses what it cannot read, with the reason', async () => {
    const fails = async (input: Uint8Array | string, fileName?: string) => {
      const r = await readTable(input, { fileName, limits: { maxBytes: 1000, maxRows: 2, maxColumns: 3 } });
      return r.ok ? 'ok' : r.errors[0]?.message;
    };
    expect(await fails('')).toBe('the file is empty');
    expect(await fails('x'.repeat(2000))).toMatch(/more than the limit of 1000/);
    expect(await fails('a\n1\n2\n3\n')).toMatch(/3 rows, more than the limit of 2/);
    expect(await fails('a,b,c,d\n')).toMatch(/4 columns/);
    expect(await fails(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 1, 2]))).toMatch(/old Excel .xls/);
    expect(await fails(new Uint8Array([1, 2, 3]), 'list.xlsx')).toMatch(/not an Excel workbook/);
    expect(await fails('a,b', 'sheet.ods')).toMatch(/.ods files are not supported/);
    expect(await fails(new Uint8Array([0x61, 0, 0x62]))).toMatch(/NUL bytes/);
    expect(await fails(',,\n1,2,3\n')).toMatch(/no column names/);
  });
});

describe('readTable on .xlsx', () => {
  it('reads the first sheet with data: text, numbers, dates, formulas, rich text and links', async () => {
    const bytes = await workbook([
      [],
      ['Nimi', 'Perustettu', 'Henkilöstö', 'Laskettu', 'Verkkosivu', 'Muistiinpano'],
      [
        'Xamk',
        new Date(Date.UTC(2017, 0, 1)),
        1200,
        { formula: '1+1', result: 2 },
        { text: 'xamk.fi', hyperlink: 'https://www.xamk.fi' },
        { richText: [{ text: 'Savon' }, { text: 'linna' }] },
      ],
      ['Noheva', null, null, { formula: 'NA()', result: { error: '#N/A' } }],
    ]);
    const t = await table(bytes);
    expect(t).toMatchObject({ format: 'xlsx', sheetName: 'Toimijat', headerLine: 2 });
    expect(t.headers).toEqual(['Nimi', 'Perustettu', 'Henkilöstö', 'Laskettu', 'Verkkosivu', 'Muistiinpano']);
    expect(t.rows).toEqual([
      { line: 3, cells: ['Xamk', new Date(Date.UTC(2017, 0, 1)), 1200, 2, 'xamk.fi', 'Savonlinna'] },
      { line: 4, cells: ['Noheva', null, null, null, null, null] },
    ]);
  });

  it('picks a sheet by name or position and names the sheets when it is missing', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Ohje').addRow(['Täytä toinen välilehti']);
    wb.addWorksheet('Tiedot').addRow(['Nimi']);
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    expect((await readTable(bytes, { sheet: 'Tiedot' })).ok).toBe(true);
    expect((await readTable(bytes, { sheet: 2 })).ok).toBe(true);
    expect(await readTable(bytes, { sheet: 'Muu' })).toMatchObject({
      ok: false,
      errors: [{ message: "no sheet 'Muu' (the sheets: Ohje, Tiedot)" }],
    });
  });

  it('refuses a damaged workbook', async () => {
    const bytes = await workbook([['Nimi'], ['A']]);
    const damaged = bytes.slice(0, Math.floor(bytes.length / 2));
    const r = await readTable(damaged);
    expect(r).toMatchObject({ ok: false, errors: [{ message: /not a readable .xlsx/ }] });
  });
});

describe('zip-bomb checks before exceljs sees the file', () => {
  it('refuses an entry that inflates too far', async () => {
    const bytes = writeZip([
      { name: '[Content_Types].xml', data: '<Types/>' },
      { name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(30 * 1024 * 1024, 0x20) },
    ]);
    expect(bytes.length).toBeLessThan(100_000);
    const r = await readTable(bytes);
    expect(r).toMatchObject({ ok: false, errors: [{ message: /refused: .*compressed \d+:1/ }] });
    const small = await checkZip(bytes, {
      maxEntries: 10,
      maxTotalUncompressedBytes: 1024 * 1024,
      maxCompressionRatio: 1e9,
      ratioCheckFromBytes: 0,
    });
    expect(small).toMatchObject({ ok: false, code: 'zip_bomb', error: /more than 1048576 bytes/ });
  });

  it('refuses too many entries', async () => {
    const entries = Array.from({ length: 2100 }, (_, i) => ({ name: `f${i}.xml`, data: 'x' }));
    const r = await readTable(writeZip(entries));
    expect(r).toMatchObject({
      ok: false,
      errors: [{ message: /2100 entries, more than the limit of 2000/ }],
    });
  });

  it('catches an entry that lies about its size', async () => {
    // Declares 100 bytes, inflates to 2 MB: headers alone would let it through.
    const bytes = writeZip([
      { name: 'big.xml', data: Buffer.alloc(2 * 1024 * 1024, 0x41), declaredSize: 100 },
    ]);
    const r = await checkZip(bytes);
    expect(r).toMatchObject({ ok: false, code: 'malformed', error: /too many bytes|size/ });
  });

  it('passes an ordinary workbook', async () => {
    const r = await checkZip(await workbook([['Nimi'], ['A']]));
    expect(r).toMatchObject({ ok: true });
  });
});

describe('chooseDelimiter', () => {
  it('looks past a first line that ties', async () => {
    const t = await table('Nimi;Kuvaus, lisätiedot\nA;b, c\nD;e\n');
    expect(t.delimiter).toBe(';');
    expect(t.rows[0]?.cells).toEqual(['A', 'b, c']);
    expect((await table('a,b\n1,2\n')).delimiter).toBe(',');
    expect((await table('a\tb\n1\t2\n')).delimiter).toBe('\t');
  });
});
