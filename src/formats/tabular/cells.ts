/**
 * Reading one cell as the value a domain field wants, the way Finnish, Swedish and English spreadsheets
 * write it: '2.12.2022' and Excel date cells, '1,5' with a decimal comma, 'kyllä'/'ja'/'yes', TOL codes
 * as '62.01' or '62010 Ohjelmistojen…'. Each reader returns the value, `undefined` for an empty cell, or
 * a failure with its code (row-codes.ts); none throws.
 */
import { helsinkiOffsetMinutes } from '../../domain/helsinki-time.js';
import { resolveTol2008 } from '../../domain/reference/tol2008.js';
import { normalizeBusinessId } from '../ytj/business-id.js';
import { websiteUrl } from '../ytj/organisation.js';
import { isRealDate } from '../ytj/values.js';
import { quoted, rowFailure, type RowFailure } from './row-codes.js';
import type { CellValue } from './types.js';

export type Parsed<T> = { value: T } | RowFailure | undefined;

/** Lower case, no accents on a/o (ä → a, ö → o, å → a), punctuation as spaces, single spaces. */
export function fold(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[äå]/g, 'a')
    .replace(/ö/g, 'o')
    .replace(/[_\-./:;,()[\]{}*#?!'"’+&|\\]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export function cellString(cell: CellValue): string | undefined {
  if (cell === null) return undefined;
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? undefined : cell.toISOString();
  const s = String(cell).trim();
  return s === '' ? undefined : s;
}

export function readText(cell: CellValue): Parsed<string> {
  const s = cellString(cell);
  return s === undefined ? undefined : { value: s };
}

/** Excel day serials count from 1899-12-30 (with Lotus's 1900 leap-year bug folded in). */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

function fromParts(y: number, m: number, d: number): string | null {
  if (!isRealDate(y, m, d)) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** A calendar date: an Excel date cell or serial, 'YYYY-MM-DD', 'D.M.YYYY' or 'D/M/YYYY'. */
export function readDate(cell: CellValue): Parsed<string> {
  if (cell instanceof Date) return { value: cell.toISOString().slice(0, 10) };
  if (typeof cell === 'number') {
    if (cell < 1 || cell > 2_958_465)
      return rowFailure('invalid_date', `${cell} is not a date`, { value: String(cell) });
    return { value: new Date(EXCEL_EPOCH + Math.floor(cell) * 86_400_000).toISOString().slice(0, 10) };
  }
  const s = cellString(cell);
  if (s === undefined) return undefined;
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  const iso = m && fromParts(Number(m[1]), Number(m[2]), Number(m[3]));
  if (iso) return { value: iso };
  m = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/.exec(s);
  const fi = m && fromParts(Number(m[3]), Number(m[2]), Number(m[1]));
  if (fi) return { value: fi };
  return rowFailure('invalid_date', `'${quoted(s)}' is not a date (write 2.12.2022 or 2022-12-02)`, {
    value: quoted(s),
  });
}

/** Offset of Finnish time at an instant, as '+02:00' or '+03:00'. */
export function helsinkiOffsetAt(ms: number): string {
  const minutes = helsinkiOffsetMinutes(new Date(ms));
  const abs = Math.abs(minutes);
  const hhmm = `${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
  return `${minutes < 0 ? '-' : '+'}${hhmm}`;
}

/** A wall-clock time in Finland as an ISO instant with its offset, e.g. '2022-12-02T10:00:00+02:00'. */
export function helsinkiDateTime(date: string, hour: number, minute: number): string | null {
  if (hour > 23 || minute > 59) return null;
  const wall = Date.parse(`${date}T00:00:00Z`) + (hour * 60 + minute) * 60_000;
  // The offset at the wall time read as UTC is right except within hours of a DST change; one refinement fixes that.
  let offset = helsinkiOffsetAt(wall);
  offset = helsinkiOffsetAt(wall - offsetMs(offset));
  return `${date}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00${offset}`;
}

function offsetMs(offset: string): number {
  const sign = offset.startsWith('-') ? -1 : 1;
  const [h, m] = offset.slice(1).split(':').map(Number);
  return sign * ((h ?? 0) * 60 + (m ?? 0)) * 60_000;
}

/**
 * A moment: ISO with an offset or Z; or Finnish local time as '2.12.2022 10:00', '2.12.2022 klo 10.00',
 * '2022-12-02 10:00' or a date alone (midnight). Excel date cells hold wall-clock time, read as Finnish.
 */
export function readDateTime(cell: CellValue): Parsed<string> {
  if (cell instanceof Date) {
    const date = cell.toISOString().slice(0, 10);
    const value = helsinkiDateTime(date, cell.getUTCHours(), cell.getUTCMinutes());
    return value
      ? { value }
      : rowFailure('invalid_datetime', 'not a date and time', { value: cell.toISOString() });
  }
  const s = cellString(cell);
  if (s === undefined) return undefined;
  if (
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(s) &&
    !Number.isNaN(Date.parse(s))
  ) {
    return { value: s };
  }
  const m = /^(.+?)(?:(?:\s+(?:klo\s+)?|T)(\d{1,2})[.:](\d{2})(?::\d{2})?)?$/.exec(s);
  const day = m?.[1] ? readDate(m[1]) : undefined;
  if (day && 'value' in day) {
    const value = helsinkiDateTime(day.value, Number(m?.[2] ?? 0), Number(m?.[3] ?? 0));
    if (value) return { value };
  }
  return rowFailure('invalid_datetime', `'${quoted(s)}' is not a date and time (write 2.12.2022 10:00)`, {
    value: quoted(s),
  });
}

const TRUE = new Set(['kylla', 'k', 'joo', 'ja', 'j', 'yes', 'y', 'true', '1', 'x', 'tosi']);
const FALSE = new Set(['ei', 'e', 'nej', 'n', 'no', 'false', '0', 'epatosi']);

export function readBoolean(cell: CellValue): Parsed<boolean> {
  if (typeof cell === 'boolean') return { value: cell };
  const s = cellString(cell);
  if (s === undefined) return undefined;
  const f = fold(s);
  if (TRUE.has(f)) return { value: true };
  if (FALSE.has(f)) return { value: false };
  return rowFailure('invalid_boolean', `'${quoted(s)}' is not yes or no (kyllä/ei, ja/nej, yes/no)`, {
    value: quoted(s),
  });
}

/** A number with a decimal comma or point and optional spaces between thousands. */
export function readNumber(cell: CellValue): Parsed<number> {
  if (typeof cell === 'number') return { value: cell };
  const s = cellString(cell);
  if (s === undefined) return undefined;
  const normalized = s.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
  if (/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(normalized)) return { value: Number(normalized) };
  return rowFailure('invalid_number', `'${quoted(s)}' is not a number`, { value: quoted(s) });
}

export function readBusinessId(cell: CellValue): Parsed<string> {
  const s = cellString(cell);
  if (s === undefined) return undefined;
  const id = normalizeBusinessId(s);
  return id
    ? { value: id }
    : rowFailure(
        'invalid_business_id',
        `'${quoted(s, 20)}' is not a valid business ID (Y-tunnus, e.g. 0112038-9)`,
        {
          value: quoted(s, 20),
        },
      );
}

/** A TOL 2008 code of 2–5 digits from '62010', '62.01', '62 010' or '62010 Ohjelmistojen suunnittelu'. */
export function readTolCode(cell: CellValue): Parsed<string> {
  const s = cellString(cell);
  if (s === undefined) return undefined;
  const m = /^(\d{2})(?:[.\s]?(\d{1,3}))?(?:\s|$)/.exec(s);
  const code = m ? `${m[1]}${m[2] ?? ''}` : '';
  if (code && resolveTol2008(code)) return { value: code };
  return rowFailure(
    'invalid_industry_code',
    `'${quoted(s)}' is not a TOL 2008 industry code (e.g. 62010 or 62.01)`,
    {
      value: quoted(s),
    },
  );
}

export function readUrl(cell: CellValue): Parsed<string> {
  const s = cellString(cell);
  if (s === undefined) return undefined;
  const url = websiteUrl(s);
  return url
    ? { value: url }
    : rowFailure('invalid_url', `'${quoted(s)}' is not a web address`, { value: quoted(s) });
}

/** One of a vocabulary, by its code or by a fi/sv/en word for it (folded: 'Yhteistyö' = 'yhteistyo'). */
export function readChoice(
  cell: CellValue,
  words: ReadonlyMap<string, string>,
  what: string,
): Parsed<string> {
  const s = cellString(cell);
  if (s === undefined) return undefined;
  const value = words.get(fold(s));
  return value !== undefined
    ? { value }
    : rowFailure('unknown_value', `'${quoted(s)}' is not a known ${what}`, { value: quoted(s) });
}
