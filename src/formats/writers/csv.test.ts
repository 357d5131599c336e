import { describe, expect, it } from 'vitest';
import { parseCsv } from '../csv.js';
import { csvChunks, formatCsvValue, writeCsv } from './csv.js';
import { escapeFormula } from './escape.js';
import { recordsToRows } from './values.js';

describe('escapeFormula', () => {
  it('prefixes text that a spreadsheet would run, as OWASP recommends', () => {
    for (const dangerous of ['=1+1', '+358 40 123', '-2', '@SUM(A1)', '\tx', '\rx', '＝HYPERLINK("x")']) {
      expect(escapeFormula(dangerous)).toBe(`'${dangerous}`);
    }
    for (const safe of ['Xamk', ' =1', 'a=b', '', "'quoted"]) expect(escapeFormula(safe)).toBe(safe);
  });
});

describe('writeCsv', () => {
  it('quotes by RFC 4180 and escapes formulas', async () => {
    const text = await writeCsv({
      headers: ['Nimi', 'Kuvaus', 'Luku', 'Päivä', 'Julkinen'],
      rows: [
        ['Savon "Sähkö" Oy', 'rivi 1\nrivi 2, jatkuu', 1.5, new Date(Date.UTC(2022, 11, 2)), true],
        ['=cmd|"/c calc"!A1', null, -3, undefined, false],
      ],
    });
    expect(text).toBe(
      'Nimi,Kuvaus,Luku,Päivä,Julkinen\r\n' +
        '"Savon ""Sähkö"" Oy","rivi 1\nrivi 2, jatkuu",1.5,2022-12-02T00:00:00.000Z,true\r\n' +
        `"'=cmd|""/c calc""!A1",,-3,,false\r\n`,
    );
  });

  it('writes semicolons with decimal commas and a BOM for Excel, and reads back with our parser', async () => {
    const rows = [
      ['Kristiinankaupunki; Kristinestad', 2.25, '@ilmoitus'],
      ['Åbo', 10, 'tavallinen'],
    ];
    const text = await writeCsv({ headers: ['Nimi', 'Osuus', 'Huom'], rows }, { delimiter: ';', bom: true });
    expect(text.startsWith('\uFEFFNimi;Osuus;Huom\r\n')).toBe(true);
    expect(text).toContain('"Kristiinankaupunki; Kristinestad";2,25;\'@ilmoitus\r\n');
    const parsed = parseCsv(text);
    expect(parsed.delimiter).toBe(';');
    expect(parsed.records.map((r) => r.fields)).toEqual([
      ['Nimi', 'Osuus', 'Huom'],
      ['Kristiinankaupunki; Kristinestad', '2,25', "'@ilmoitus"],
      ['Åbo', '10', 'tavallinen'],
    ]);
  });

  it('streams large tables in chunks and reads records through their own properties only', async () => {
    const records = Array.from({ length: 2500 }, (_, i) => ({ id: i, name: `N${i}` }));
    const table = recordsToRows(records, [
      { key: 'id', header: 'id' },
      { key: 'name', header: 'nimi' },
    ]);
    const chunks: string[] = [];
    for await (const chunk of csvChunks(table)) chunks.push(chunk);
    expect(chunks.length).toBe(4);
    expect(chunks.join('').split('\r\n')).toHaveLength(2502);
    const tricky = recordsToRows(
      [Object.create({ name: 'inherited' }) as { name: string }],
      [{ key: 'name', header: 'n' }],
    );
    expect(await writeCsv(tricky)).toBe('n\r\n\r\n');
  });

  it('writes nothing for values that are not numbers or dates', () => {
    expect(formatCsvValue(Number.NaN)).toBe('');
    expect(formatCsvValue(new Date('nope'))).toBe('');
    expect(formatCsvValue('a', { escapeFormulas: false })).toBe('a');
    expect(formatCsvValue('=1', { escapeFormulas: false })).toBe('=1');
  });
});
