/**
 * A fast path for the bulk dump: splits a top-level JSON array into the text of its elements, so that each
 * element can go to the built-in JSON.parse (several times faster than a token-by-token parser on a
 * gigabyte-sized dump). It only tracks nesting, strings and escapes; JSON.parse checks each element, so
 * a malformed element is a per-record error, while a broken array (no closing bracket, text after it, an
 * element larger than the limit) ends the stream with an error.
 */

export class ArraySplitError extends Error {}

const OPEN_SQUARE = 0x5b;
const CLOSE_SQUARE = 0x5d;
const OPEN_CURLY = 0x7b;
const CLOSE_CURLY = 0x7d;
const COMMA = 0x2c;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const BOM = [0xef, 0xbb, 0xbf];

const isSpace = (b: number) => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09;

/**
 * Yields the text of each element of the top-level array in `source` (UTF-8 bytes). Throws
 * ArraySplitError when the input is not one array or an element passes `maxElementBytes`.
 */
export async function* splitJsonArray(
  source: AsyncIterable<Uint8Array>,
  maxElementBytes = 16 * 1024 * 1024,
): AsyncGenerator<string> {
  let state: 'before' | 'inside' | 'after' = 'before';
  let depth = 0; // nesting inside the current element
  let inString = false;
  let escaped = false;
  let pieces: Buffer[] = [];
  let size = 0;
  let count = 0;

  const take = (chunk: Buffer, from: number, to: number) => {
    if (to <= from) return;
    size += to - from;
    if (size > maxElementBytes)
      throw new ArraySplitError(`an element is larger than ${maxElementBytes} bytes`);
    pieces.push(chunk.subarray(from, to));
  };
  const element = (): string => {
    const text = Buffer.concat(pieces).toString('utf8').trim();
    pieces = [];
    size = 0;
    return text;
  };

  let offset = 0; // bytes seen, to recognise a byte-order mark split over chunks
  for await (const raw of source) {
    const chunk = Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength);
    let start = 0;
    for (let i = 0; i < chunk.length; i++) {
      const b = chunk[i] as number;
      if (state === 'before') {
        if (offset + i < 3 && b === BOM[offset + i]) continue;
        if (b === OPEN_SQUARE) {
          state = 'inside';
          start = i + 1;
        } else if (!isSpace(b)) throw new ArraySplitError('the input is not a JSON array');
        continue;
      }
      if (state === 'after') {
        if (!isSpace(b)) throw new ArraySplitError('there is text after the closing bracket');
        continue;
      }
      if (inString) {
        if (escaped) escaped = false;
        else if (b === BACKSLASH) escaped = true;
        else if (b === QUOTE) inString = false;
        continue;
      }
      if (b === QUOTE) inString = true;
      else if (b === OPEN_CURLY || b === OPEN_SQUARE) depth++;
      else if ((b === CLOSE_CURLY || b === CLOSE_SQUARE) && depth > 0) depth--;
      else if (depth === 0 && (b === COMMA || b === CLOSE_SQUARE)) {
        take(chunk, start, i);
        const text = element();
        start = i + 1;
        if (b === CLOSE_SQUARE) state = 'after';
        // '[]' has no element; an empty one anywhere else ('[1,]', '[,1]') is yielded for JSON.parse to refuse.
        if (text !== '' || b === COMMA || count > 0) {
          count++;
          yield text;
        }
      }
    }
    if (state === 'inside') take(chunk, start, chunk.length);
    offset += chunk.length;
  }
  if (state === 'before') throw new ArraySplitError('the input is empty');
  if (state === 'inside') throw new ArraySplitError('the array is not closed (the file is cut short?)');
}
