/** Property tests of the .xlsx path: damaged archives and damaged XML inside sound archives. */
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import yauzl from 'yauzl';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { edits, expectNoPollution, mutate } from '../../../test/support/properties.js';
import { writeZip, type ZipEntry } from '../zip-write.js';
import { dryRunImport } from './dry-run.js';
import { readTable } from './table.js';

afterEach(expectNoPollution);

/** The entries of a ZIP, to edit one and zip them again. */
function unzip(bytes: Uint8Array): Promise<ZipEntry[]> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(Buffer.from(bytes), { lazyEntries: true }, (err, zip) => {
      if (err || !zip) return reject(err ?? new Error('no zip'));
      const entries: ZipEntry[] = [];
      zip.on('entry', (entry: yauzl.Entry) => {
        zip.openReadStream(entry, async (e, stream) => {
          if (e || !stream) return reject(e ?? new Error('no stream'));
          const parts: Buffer[] = [];
          for await (const part of stream) parts.push(part as Buffer);
          entries.push({ name: entry.fileName, data: Buffer.concat(parts) });
          zip.readEntry();
        });
      });
      zip.on('end', () => resolve(entries));
      zip.readEntry();
    });
  });
}

describe('XLSX reader', () => {
  let workbook: Uint8Array;
  let entries: ZipEntry[];
  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Toimijat');
    ws.addRow(['Nimi', 'Y-tunnus', '__proto__', 'Perustettu']);
    ws.addRow(['Esimerkki Oy', '3412345-5', 'x', new Date(Date.UTC(2020, 0, 1))]);
    ws.addRow([{ richText: [{ text: 'Rich' }] }, { formula: '1+1', result: 2 }, null, 3]);
    workbook = new Uint8Array(await wb.xlsx.writeBuffer());
    entries = await unzip(workbook);
  });

  it('answers workbooks whose XML parts are damaged, inside a sound ZIP', async () => {
    const names = entries.map((e) => e.name).filter((n) => n.endsWith('.xml') || n.endsWith('.rels'));
    expect(names).toContain('xl/worksheets/sheet1.xml');
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...names), edits, async (name, ops) => {
        const edited = entries.map((e) =>
          e.name === name ? { name, data: mutate(Buffer.from(e.data), ops) } : e,
        );
        const result = await readTable(writeZip(edited));
        expect(result.ok).toBeTypeOf('boolean');
        if (result.ok) expect(dryRunImport(result.table, 'organisations').ok).toBeTypeOf('boolean');
      }),
      { numRuns: 150 },
    );
  });

  it('answers mutated workbooks and random bytes that look like a ZIP', async () => {
    await fc.assert(
      fc.asyncProperty(edits, fc.uint8Array({ maxLength: 300 }), async (ops, junk) => {
        const mutated = await readTable(mutate(workbook, ops), { fileName: 'toimijat.xlsx' });
        expect(mutated.ok).toBeTypeOf('boolean');
        if (mutated.ok) expect(dryRunImport(mutated.table, 'organisations').ok).toBeTypeOf('boolean');
        const zipLike = await readTable(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, ...junk]));
        expect(zipLike.ok).toBe(false);
      }),
      { numRuns: 150 },
    );
  });
});
