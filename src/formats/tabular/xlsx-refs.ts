/**
 * OOXML lets a worksheet leave out the `r` attribute of its rows (`<row r="3">`) and cells
 * (`<c r="B3">`): a row without one follows the previous row, a cell without one the previous cell of
 * its row (ECMA-376 Part 1, 18.3.1.73 and 18.3.1.4; LibreOffice and Excel read them so). Some generators
 * write such sheets, and exceljs cannot read them ("Cannot read properties of undefined (reading
 * 'col')"), so the reader writes the missing references in before exceljs opens the workbook.
 */

/** A row or cell start tag, with an optional namespace prefix (`<x:c …>`); not `<col>` or `<cfRule>`. */
const TAG = /<(?:[A-Za-z_][\w.-]*:)?(row|c)(?=[\s/>])([^>]*)>/g;
const R_ATTRIBUTE = /\sr\s*=\s*["']([^"']*)["']/;

/** Whether a worksheet's XML has a row or a cell without its reference. */
export function lacksCellReferences(xml: string): boolean {
  for (const match of xml.matchAll(TAG)) if (!R_ATTRIBUTE.test(match[2]!)) return true;
  return false;
}

/** 1 → A, 27 → AA. */
export function columnName(n: number): string {
  let name = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) name = String.fromCharCode(65 + ((k - 1) % 26)) + name;
  return name;
}

/** A → 1, AA → 27; 0 when the reference has no column letters. */
function columnNumber(reference: string): number {
  const letters = /^\$?([A-Za-z]{1,3})/.exec(reference)?.[1]?.toUpperCase() ?? '';
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** The worksheet's XML with every row and cell given its reference. */
export function withCellReferences(xml: string): string {
  let row = 0;
  let column = 0;
  return xml.replace(TAG, (tag: string, name: string, attributes: string) => {
    const given = R_ATTRIBUTE.exec(attributes)?.[1];
    if (name === 'row') {
      const number = given === undefined ? NaN : Number.parseInt(given, 10);
      row = Number.isFinite(number) && number > 0 ? number : row + 1;
      column = 0;
      return given === undefined ? insert(tag, ` r="${row}"`) : tag;
    }
    const number = given === undefined ? 0 : columnNumber(given);
    column = number > 0 ? number : column + 1;
    return given === undefined ? insert(tag, ` r="${columnName(column)}${Math.max(row, 1)}"`) : tag;
  });
}

/** Puts an attribute right after the tag's name. */
function insert(tag: string, attribute: string): string {
  const end = /^<[^\s/>]+/.exec(tag)![0].length;
  return tag.slice(0, end) + attribute + tag.slice(end);
}
