import { describe, expect, it } from 'vitest';
import { readTable } from './table.js';
import { editedWorkbook, withoutReferences } from '../../../test/support/xlsx-fixtures.js';
import { columnName, lacksCellReferences, withCellReferences } from './xlsx-refs.js';

describe('worksheets whose rows and cells leave out their references', () => {
  it('gives each row and cell the place after the previous one, or where a given reference puts it', () => {
    const xml =
      '<sheetData><row><c t="s"><v>0</v></c><c/><c r="D1"><v>4</v></c><c><v>5</v></c></row>' +
      '<row r="5"><c><v>1</v></c></row><x:row><x:c><x:v>2</x:v></x:c></x:row></sheetData><cols><col min="1"/></cols>';
    expect(lacksCellReferences(xml)).toBe(true);
    const fixed = withCellReferences(xml);
    expect(fixed).toBe(
      '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1"/><c r="D1"><v>4</v></c><c r="E1"><v>5</v></c></row>' +
        '<row r="5"><c r="A5"><v>1</v></c></row><x:row r="6"><x:c r="A6"><x:v>2</x:v></x:c></x:row></sheetData><cols><col min="1"/></cols>',
    );
    expect(lacksCellReferences(fixed)).toBe(false);
    expect([1, 26, 27, 52, 703].map(columnName)).toEqual(['A', 'Z', 'AA', 'AZ', 'AAA']);
  });

  it('reads a valid workbook without cell references like one with them', async () => {
    const rows = [
      ['Nimi', 'Y-tunnus', 'Kunta'],
      ['Savonlinnan Saha Oy', '2532004-3', 'Savonlinna'],
      ['Iisalmen Kone Oy', null, 140],
    ];
    const bytes = await editedWorkbook(rows, (xml) => withoutReferences(xml, ['C3']));
    const read = await readTable(bytes, { fileName: 'toimijat.xlsx' });
    expect(read).toMatchObject({
      ok: true,
      table: {
        headers: ['Nimi', 'Y-tunnus', 'Kunta'],
        rows: [
          { line: 2, cells: ['Savonlinnan Saha Oy', '2532004-3', 'Savonlinna'] },
          { line: 3, cells: ['Iisalmen Kone Oy', null, 140] },
        ],
      },
    });
  });

  it("says a workbook cannot be read without the reader's own error text", async () => {
    // A shared-string index past the list: exceljs fails inside itself.
    const bytes = await editedWorkbook([['Nimi'], ['A']], (xml) => xml.replace(/<v>1<\/v>/, '<v>999</v>'));
    const read = await readTable(bytes);
    expect(read).toEqual({
      ok: false,
      errors: [
        {
          line: 1,
          code: 'unreadable_workbook',
          params: {},
          message: 'not a readable .xlsx: the workbook is damaged or written in a way that cannot be read',
        },
      ],
    });
  });
});
