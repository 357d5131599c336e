import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readTable } from '../tabular/table.js';
import { toJsonText, jsonArrayChunks } from './json.js';
import { sheetName, writeXlsx } from './xlsx.js';

describe('writeXlsx', () => {
  it('writes sheets that Excel readers open, with formulas escaped and dates as dates', async () => {
    const bytes = await writeXlsx([
      {
        name: 'Toimijat: Savonlinna/Nyslott',
        headers: ['Nimi', 'Y-tunnus', 'Perustettu', 'Henkilöstö', 'Huom'],
        rows: [
          ['Esimerkki Oy', '3412345-5', new Date(Date.UTC(2017, 0, 1)), 1200, '=HYPERLINK("http://evil")'],
          ['Noheva', null, null, 12.5, 'ohjaus\u0001merkki'],
          ['Pitkä', null, null, null, 'x'.repeat(40_000)],
        ],
      },
      { name: 'Toimijat: Savonlinna/Nyslott', headers: ['a'], rows: [] },
    ]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'Toimijat  Savonlinna Nyslott',
      'Toimijat  Savonlinna Nyslott 2',
    ]);
    const ws = wb.worksheets[0] as ExcelJS.Worksheet;
    expect(ws.getCell('A1').font?.bold).toBe(true);
    expect(ws.getCell('E2').value).toBe('\'=HYPERLINK("http://evil")');
    expect(ws.getCell('E2').formula).toBeUndefined();
    expect(ws.getCell('C2').value).toEqual(new Date(Date.UTC(2017, 0, 1)));
    expect(ws.getCell('D3').value).toBe(12.5);
    expect(ws.getCell('E3').value).toBe('ohjausmerkki');
    expect(String(ws.getCell('E4').value).length).toBe(32_767);

    const back = await readTable(bytes);
    expect(back.ok && back.table.rows[0]?.cells.slice(0, 2)).toEqual(['Esimerkki Oy', '3412345-5']);
  });

  it('makes sheet names Excel accepts', () => {
    const taken = new Set<string>();
    expect(sheetName('', taken)).toBe('Sheet');
    expect(sheetName('a'.repeat(40), taken)).toHaveLength(31);
    expect(sheetName("'quoted'", taken)).toBe('quoted');
    expect(sheetName('SHEET', taken)).toBe('SHEET 2');
  });
});

describe('JSON', () => {
  it('writes documents and streamed arrays', async () => {
    expect(toJsonText({ a: new Map([['b', 1]]), s: new Set([1]), n: 10n })).toBe(
      '{"a":{"b":1},"s":[1],"n":"10"}',
    );
    let text = '';
    for await (const chunk of jsonArrayChunks([{ x: 1 }, { y: '"' }])) text += chunk;
    expect(JSON.parse(text)).toEqual([{ x: 1 }, { y: '"' }]);
    let empty = '';
    for await (const chunk of jsonArrayChunks([])) empty += chunk;
    expect(JSON.parse(empty)).toEqual([]);
  });
});
