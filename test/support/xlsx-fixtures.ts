/** Workbooks for tests: written by exceljs, then their sheet XML changed the way other writers do it. */
import ExcelJS from 'exceljs';
import { zipEntries } from '../../src/formats/zip.js';
import { writeZip } from '../../src/formats/zip-write.js';

/** A workbook written by exceljs, its first sheet's XML changed by `edit` and zipped again. */
export async function editedWorkbook(rows: unknown[][], edit: (sheetXml: string) => string) {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Toimijat');
  for (const row of rows) sheet.addRow(row);
  const entries = await zipEntries(new Uint8Array(await book.xlsx.writeBuffer()));
  return writeZip(
    entries.map((e) =>
      e.name === 'xl/worksheets/sheet1.xml' ? { name: e.name, data: edit(e.data.toString('utf8')) } : e,
    ),
  );
}

/**
 * OOXML allows rows and cells without `r`: each follows the one before it. A cell after a gap (no cell
 * is written for an empty one) keeps its reference, as a writer that leaves the others out must do.
 */
export const withoutReferences = (xml: string, keep: string[] = []) =>
  xml.replace(/ r="([A-Z]*[0-9]+)"/g, (attribute, reference: string) =>
    keep.includes(reference) ? attribute : '',
  );
