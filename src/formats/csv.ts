/**
 * A small RFC 4180 CSV reader, written here because no CSV library is installed and the inputs
 * (Statistics Finland exports, our shared reference tables) need only the core of the format:
 * quoted fields, doubled quotes, CR/LF/CRLF line ends, a BOM, and a comma, semicolon or tab delimiter.
 *
 * It never throws on bad input: broken records are reported with the line they start on, so an import
 * can list every problem in a file at once instead of stopping at the first.
 */

export type CsvDelimiter = ',' | ';' | '\t';

export interface CsvRecord {
  /** 1-based physical line on which the record starts (a quoted field may span several lines). */
  readonly line: number;
  readonly fields: string[];
}

export interface CsvIssue {
  readonly line: number;
  readonly message: string;
}

export interface CsvParseResult {
  readonly delimiter: CsvDelimiter;
  /** Well-formed records, the header included, in file order. Blank lines are skipped. */
  readonly records: CsvRecord[];
  /** Records that could not be read; they are left out of `records`. */
  readonly errors: CsvIssue[];
}

export interface CsvParseOptions {
  /** Delimiter to use; detected from the first line when omitted. */
  delimiter?: CsvDelimiter;
}

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'windows-1252';

export interface DecodedText {
  readonly text: string;
  readonly encoding: TextEncodingName;
}

/**
 * Decodes a file's bytes. Statistics Finland has published both UTF-8 (often with a BOM) and
 * Windows-1252 exports, and Excel saves "Unicode text" as UTF-16LE with a BOM. Bytes that are not valid
 * UTF-8 are taken as Windows-1252: in practice a Finnish file that fails UTF-8 validation is an ANSI file.
 */
export function decodeText(input: string | Uint8Array): DecodedText {
  if (typeof input === 'string') return { text: stripBom(input), encoding: 'utf-8' };
  if (input[0] === 0xff && input[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(input.subarray(2)), encoding: 'utf-16le' };
  }
  const hasBom = input[0] === 0xef && input[1] === 0xbb && input[2] === 0xbf;
  const body = hasBom ? input.subarray(3) : input;
  try {
    return {
      text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body),
      encoding: 'utf-8',
    };
  } catch {
    return { text: decodeWindows1252(body), encoding: 'windows-1252' };
  }
}

// Windows-1252 differs from Latin-1 only in 0x80–0x9F. Decoded by hand because Node 20's
// TextDecoder('windows-1252') treats the bytes as Latin-1 and turns '–' (0x96) into a control character.
// The five unassigned bytes map to the same code point, as in the WHATWG Encoding Standard.
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d,
  0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a,
  0x153, 0x9d, 0x17e, 0x178,
];

export function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  for (const b of bytes)
    text += String.fromCharCode(b >= 0x80 && b <= 0x9f ? (CP1252_HIGH[b - 0x80] ?? b) : b);
  return text;
}

export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * Picks the delimiter that occurs most often outside quotes on the first line. Semicolon files are
 * common in Finland because the comma is the decimal separator; ties fall back to the comma (RFC 4180).
 */
export function detectDelimiter(text: string): CsvDelimiter {
  const counts: Record<CsvDelimiter, number> = { ',': 0, ';': 0, '\t': 0 };
  let inQuotes = false;
  for (const ch of stripBom(text)) {
    if (ch === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (ch === '\n' || ch === '\r')) break;
    else if (!inQuotes && (ch === ',' || ch === ';' || ch === '\t')) counts[ch]++;
  }
  let best: CsvDelimiter = ',';
  for (const d of [';', '\t'] as const) if (counts[d] > counts[best]) best = d;
  return best;
}

export function parseCsv(input: string, options: CsvParseOptions = {}): CsvParseResult {
  const text = stripBom(input);
  const delimiter = options.delimiter ?? detectDelimiter(text);
  const records: CsvRecord[] = [];
  const errors: CsvIssue[] = [];
  const cursor = new CsvCursor(text, delimiter);
  while (!cursor.done()) {
    const line = cursor.line;
    if (cursor.eatNewline()) continue; // blank line
    const read = cursor.record();
    if (typeof read === 'string') {
      errors.push({ line, message: read });
      cursor.skipToLineEnd();
    } else records.push({ line, fields: read });
  }
  return { delimiter, records, errors };
}

/** A reading position in CSV text and its physical line; reads one record at a time. */
class CsvCursor {
  i = 0;
  line = 1;
  private readonly n: number;

  constructor(
    private readonly text: string,
    private readonly delimiter: CsvDelimiter,
  ) {
    this.n = text.length;
  }

  done = () => this.i >= this.n;

  private atEnd = () => this.i >= this.n || this.text[this.i] === '\n' || this.text[this.i] === '\r';

  /** Consumes one line ending (CRLF, LF or CR) at the position, if there is one. */
  eatNewline(): boolean {
    const { text } = this;
    if (text[this.i] === '\r') this.i += text[this.i + 1] === '\n' ? 2 : 1;
    else if (text[this.i] === '\n') this.i += 1;
    else return false;
    this.line++;
    return true;
  }

  /** After an error, drops the rest of the physical line so the next record starts cleanly. */
  skipToLineEnd() {
    while (!this.atEnd()) this.i++;
    this.eatNewline();
  }

  /** The fields of one record, or what is wrong with it. */
  record(): string[] | string {
    const fields: string[] = [];
    for (;;) {
      const value =
        this.text[this.i] === '"' ? this.quoted(fields.length + 1) : this.unquoted(fields.length + 1);
      if (value.error !== undefined) return value.error;
      fields.push(value.value);
      if (this.i < this.n && this.text[this.i] === this.delimiter) {
        this.i++;
        continue;
      }
      this.eatNewline();
      return fields;
    }
  }

  private quoted(field: number): { value: string; error?: string } {
    const { text } = this;
    let value = '';
    this.i++;
    while (this.i < this.n) {
      const ch = text[this.i];
      if (ch === '"' && text[this.i + 1] === '"') {
        value += '"';
        this.i += 2;
      } else if (ch === '"') {
        this.i++;
        if (this.atEnd() || text[this.i] === this.delimiter) return { value };
        return { value, error: `unexpected text after a closing quote in field ${field}` };
      } else if (ch === '\r' || ch === '\n') {
        // Keep embedded line breaks as LF whatever the file uses, but count them for line numbers.
        this.eatNewline();
        value += '\n';
      } else {
        value += ch;
        this.i++;
      }
    }
    return { value, error: 'unterminated quoted field (missing closing ")' };
  }

  private unquoted(field: number): { value: string; error?: string } {
    const start = this.i;
    while (!this.atEnd() && this.text[this.i] !== this.delimiter) {
      if (this.text[this.i] === '"')
        return { value: '', error: `stray quote inside unquoted field ${field}` };
      this.i++;
    }
    return { value: this.text.slice(start, this.i) };
  }
}
