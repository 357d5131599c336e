/**
 * Escaping shared by the writers. Spreadsheet formula injection (CSV injection): a cell whose text begins
 * with =, +, -, @, a tab or a carriage return can run as a formula when the file is opened in Excel or
 * LibreOffice. OWASP's advice is followed: such text is prefixed with a single quote, which makes the
 * spreadsheet show it as text. Full-width forms of the four characters are treated the same, since some
 * spreadsheets normalise them.
 */

const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

export function escapeFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** Characters XML 1.0 cannot carry at all (most C0 controls, lone surrogates, U+FFFE/U+FFFF). */
const XML_INVALID =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text made safe for XML character data and attribute values. */
export function xmlEscape(text: string): string {
  return text
    .replace(XML_INVALID, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\r/g, '&#13;')
    .replace(/\n/g, '&#10;')
    .replace(/\t/g, '&#9;');
}

/** Drops the characters an .xlsx (XML) cannot hold. */
export function xmlSafe(text: string): string {
  return text.replace(XML_INVALID, '');
}
