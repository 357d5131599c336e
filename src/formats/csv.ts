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

  let i = 0;
  let line = 1;
  const n = text.length;

  // Consumes one line ending (CRLF, LF or CR) at i, if there is one.
  const eatNewline = (): boolean => {
    if (text[i] === '\r') {
      i += text[i + 1] === '\n' ? 2 : 1;
    } else if (text[i] === '\n') {
      i += 1;
    } else {
      return false;
    }
    line++;
    return true;
  };

  // After an error, drop the rest of the physical line so the next record starts cleanly.
  const skipToLineEnd = (): void => {
    while (i < n && text[i] !== '\n' && text[i] !== '\r') i++;
    eatNewline();
  };

  while (i < n) {
    const startLine = line;
    if (eatNewline()) continue; // blank line
    const fields: string[] = [];
    let error: string | null = null;

    for (;;) {
      let value = '';
      if (text[i] === '"') {
        i++;
        let closed = false;
        while (i < n) {
          const ch = text[i];
          if (ch === '"') {
            if (text[i + 1] === '"') {
              value += '"';
              i += 2;
              continue;
            }
            i++;
            closed = true;
            break;
          }
          if (ch === '\r' || ch === '\n') {
            // Keep embedded line breaks as LF whatever the file uses, but count them for line numbers.
            eatNewline();
            value += '\n';
            continue;
          }
          value += ch;
          i++;
        }
        if (!closed) {
          error = 'unterminated quoted field (missing closing ")';
          break;
        }
        if (i < n && text[i] !== delimiter && text[i] !== '\n' && text[i] !== '\r') {
          error = `unexpected text after a closing quote in field ${fields.length + 1}`;
          break;
        }
      } else {
        const start = i;
        while (i < n && text[i] !== delimiter && text[i] !== '\n' && text[i] !== '\r') {
          if (text[i] === '"') {
            error = `stray quote inside unquoted field ${fields.length + 1}`;
            break;
          }
          i++;
        }
        if (error) break;
        value = text.slice(start, i);
      }
      fields.push(value);
      if (i < n && text[i] === delimiter) {
        i++;
        continue;
      }
      eatNewline();
      break;
    }

    if (error) {
      errors.push({ line: startLine, message: error });
      skipToLineEnd();
      continue;
    }
    records.push({ line: startLine, fields });
  }

  return { delimiter, records, errors };
}
