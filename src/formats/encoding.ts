/**
 * The character encoding of an uploaded table, decided on evidence rather than by falling back: a byte
 * order mark; UTF-8 that is valid throughout; 8-bit text with no UTF-8 sequence at all (an "ANSI" file,
 * read as Windows-1252); or the user's explicit choice. Mostly valid UTF-8 with a few bytes that are not
 * is ambiguous (a UTF-8 file with a damaged byte, or a Windows-1252 file that happens to hold a UTF-8
 * looking pair): it is refused with the place of the first bad byte, and the user chooses.
 */
import { decodeWindows1252, type TextEncodingName } from './csv.js';

export const ENCODING_CHOICES = ['utf-8', 'windows-1252'] as const;
export type EncodingChoice = (typeof ENCODING_CHOICES)[number];

/** Where the first byte that is not UTF-8 is: its 1-based line and its 0-based offset in the file. */
export type BadByte = { line: number; byte: number };

export type EncodingDecision =
  | { ok: true; text: string; encoding: TextEncodingName }
  | { ok: false; code: 'encoding_unclear' | 'invalid_utf8'; at: BadByte; message: string };

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * The length of the valid UTF-8 sequence starting at `i` (1 for ASCII), or 0 when the bytes there are
 * not UTF-8 (RFC 3629: no overlong forms, no surrogates, nothing past U+10FFFF).
 */
function sequenceLength(b: Uint8Array, i: number): number {
  const lead = b[i]!;
  if (lead < 0x80) return 1;
  const cont = (k: number, lo = 0x80, hi = 0xbf) => {
    const c = b[i + k];
    return c !== undefined && c >= lo && c <= hi;
  };
  if (lead >= 0xc2 && lead <= 0xdf) return cont(1) ? 2 : 0;
  if (lead >= 0xe0 && lead <= 0xef) {
    const [lo, hi] = lead === 0xe0 ? [0xa0, 0xbf] : lead === 0xed ? [0x80, 0x9f] : [0x80, 0xbf];
    return cont(1, lo, hi) && cont(2) ? 3 : 0;
  }
  if (lead >= 0xf0 && lead <= 0xf4) {
    const [lo, hi] = lead === 0xf0 ? [0x90, 0xbf] : lead === 0xf4 ? [0x80, 0x8f] : [0x80, 0xbf];
    return cont(1, lo, hi) && cont(2) && cont(3) ? 4 : 0;
  }
  return 0;
}

/** The first byte that is not UTF-8, and whether any multibyte UTF-8 sequence occurs at all. */
export function scanUtf8(bytes: Uint8Array, from = 0): { firstBad: number | null; multibyte: boolean } {
  let firstBad: number | null = null;
  let multibyte = false;
  for (let i = from; i < bytes.length;) {
    if (bytes[i]! < 0x80) {
      i++;
      continue;
    }
    const n = sequenceLength(bytes, i);
    if (n === 0) {
      firstBad ??= i;
      i++;
    } else {
      multibyte = true;
      i += n;
    }
    if (firstBad !== null && multibyte) break;
  }
  return { firstBad, multibyte };
}

/** The 1-based line of a byte offset (LF, CRLF or CR line ends). */
export function lineOfByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a || (bytes[i] === 0x0d && bytes[i + 1] !== 0x0a)) line++;
  }
  return line;
}

export function decideEncoding(input: string | Uint8Array, choice?: EncodingChoice): EncodingDecision {
  if (typeof input === 'string') return { ok: true, text: input.replace(/^\uFEFF/, ''), encoding: 'utf-8' };
  if (input[0] === 0xff && input[1] === 0xfe)
    return { ok: true, text: new TextDecoder('utf-16le').decode(input.subarray(2)), encoding: 'utf-16le' };
  const bom = input[0] === 0xef && input[1] === 0xbb && input[2] === 0xbf ? 3 : 0;
  const body = input.subarray(bom);
  if (choice === 'windows-1252') return { ok: true, text: decodeWindows1252(body), encoding: 'windows-1252' };
  try {
    return { ok: true, text: utf8.decode(body), encoding: 'utf-8' };
  } catch {
    // Not UTF-8 throughout: find out how, below.
  }
  const { firstBad, multibyte } = scanUtf8(input, bom);
  const at = { line: lineOfByte(input, firstBad ?? 0), byte: firstBad ?? 0 };
  const where = `line ${at.line} (byte ${at.byte})`;
  if (choice === 'utf-8')
    return {
      ok: false,
      code: 'invalid_utf8',
      at,
      message: `the file is not valid UTF-8: the byte at ${where} is not; choose windows-1252 or fix the file`,
    };
  // Pure 8-bit text: nothing in it is UTF-8 beyond ASCII, so it was written in an 8-bit code page.
  if (!multibyte && !bom) return { ok: true, text: decodeWindows1252(body), encoding: 'windows-1252' };
  return {
    ok: false,
    code: 'encoding_unclear',
    at,
    message: `the encoding is unclear: the file is ${bom ? 'marked as' : 'mostly'} UTF-8 but the byte at ${where} is not; choose the encoding (utf-8 or windows-1252)`,
  };
}
