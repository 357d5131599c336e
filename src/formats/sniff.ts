/**
 * What a file holds, by its first bytes rather than its name: a ZIP (an .xlsx is one), an old Excel
 * (OLE compound file), JSON, text or other binary data. The name says what the user meant to send;
 * the content decides how it is read, and a clash between them is reported, not guessed around.
 */

export type ContentKind = 'empty' | 'zip' | 'xls' | 'json' | 'text' | 'binary';

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);

/** The first non-blank character of text that may start with a UTF-8 or UTF-16LE byte order mark. */
function firstCharacter(bytes: Uint8Array): string | null {
  const utf16 = startsWith(bytes, [0xff, 0xfe]);
  const step = utf16 ? 2 : 1;
  let i = utf16 ? 2 : startsWith(bytes, [0xef, 0xbb, 0xbf]) ? 3 : 0;
  for (; i < bytes.length && i < 4096; i += step) {
    const b = bytes[i]!;
    if (b !== 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d) return String.fromCharCode(b);
  }
  return null;
}

/** NUL bytes in the first 8 KiB (outside UTF-16 text) mean binary data, not text. */
function looksBinary(bytes: Uint8Array): boolean {
  if (startsWith(bytes, [0xff, 0xfe])) return false;
  const head = bytes.subarray(0, 8192);
  return head.includes(0);
}

export function sniffContent(bytes: Uint8Array): ContentKind {
  if (bytes.length === 0) return 'empty';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06]))
    return 'zip';
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) return 'xls';
  if (looksBinary(bytes)) return 'binary';
  const first = firstCharacter(bytes);
  if (first === null) return 'empty';
  // A YTJ response or array opens with an object or an array of objects; a CSV header does not.
  if (first === '{' || (first === '[' && /^\s*\[\s*[{\]]/.test(headText(bytes)))) return 'json';
  return 'text';
}

function headText(bytes: Uint8Array): string {
  const start = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? 3 : 0;
  return Buffer.from(bytes.buffer, bytes.byteOffset + start, Math.min(bytes.length - start, 256)).toString(
    startsWith(bytes, [0xff, 0xfe]) ? 'utf16le' : 'latin1',
  );
}
