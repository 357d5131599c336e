/**
 * Streaming reader of PRH's `all_companies` bulk dump: a JSON array of v3 company objects (about a
 * million), or an object whose `companies` holds that array. stream-json assembles one element at a time
 * and the generator waits for its consumer, so memory holds one record (plus stream buffers), never the
 * file. Each element is mapped on its own: a bad record is reported with its index and the reading goes on;
 * only broken JSON ends the stream, with a final `fatal` item. The generator itself never throws.
 */
import fs from 'node:fs';
import { Readable, type Duplex } from 'node:stream';
import { parser } from 'stream-json';
import { pick } from 'stream-json/filters/pick.js';
import { streamArray } from 'stream-json/streamers/stream-array.js';
import { errorMessage } from '../format-error.js';
import { openZipFileEntry } from '../zip.js';
import { splitJsonArray } from './json-array-split.js';
import type { YtjCompany } from './types.js';
import { mapYtjV1Company } from './v1.js';
import { mapYtjV3Company } from './v3.js';
import type { RowErrorCode } from '../tabular/row-codes.js';

export type YtjDumpItem =
  | { kind: 'company'; index: number; company: YtjCompany; warnings: string[] }
  | { kind: 'error'; index: number; businessId: string | null; message: string }
  /** The JSON itself is broken or is not a dump; nothing follows this item. */
  | {
      kind: 'fatal';
      index: number;
      message: string;
      /** What is wrong with the file, as a stable code (tabular/row-codes.ts); 'unreadable_file' when absent. */
      code?: RowErrorCode;
    };

export type DumpSource = AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>;

export interface YtjDumpOptions {
  /** Record format; the bulk dump is v3. */
  format?: 'v3' | 'v1';
  /**
   * 'stream-json' (default) parses token by token. 'split' cuts a top-level array into elements and gives
   * each to JSON.parse: about twice as fast on the full dump (see docs/formats.md); a malformed element is
   * then a per-record error. A wrapper object (`{ companies: [...] }`) is always read with stream-json.
   */
  engine?: 'stream-json' | 'split';
}

export async function* readYtjDump(
  source: DumpSource,
  options: YtjDumpOptions = {},
): AsyncGenerator<YtjDumpItem> {
  const map = options.format === 'v1' ? mapYtjV1Company : mapYtjV3Company;
  let input: AsyncIterator<Uint8Array | string>;
  try {
    input = toAsyncIterator(source);
  } catch (error) {
    yield { kind: 'fatal', index: 0, message: `cannot read the dump: ${errorMessage(error)}` };
    return;
  }
  let head: { first: string; chunks: (Uint8Array | string)[] };
  try {
    head = await peekFirstCharacter(input);
  } catch (error) {
    yield { kind: 'fatal', index: 0, message: `cannot read the dump: ${errorMessage(error)}` };
    return;
  }
  if (head.first !== '[' && head.first !== '{') {
    const message = head.first === '' ? 'the dump is empty' : 'the dump is not a JSON array or object';
    yield { kind: 'fatal', index: 0, message };
    return;
  }

  if (options.engine === 'split' && head.first === '[') {
    yield* readSplit(replay(head.chunks, input), map);
    return;
  }

  // Packed values only (no streamed string chunks): half the tokens, twice the speed on the real dump.
  const stages: Duplex[] = [parser.asStream({ streamValues: false })];
  // A v3 search response or a wrapper object: take the array under `companies` (v1: `results`).
  if (head.first === '{')
    stages.push(pick.asStream({ filter: options.format === 'v1' ? 'results' : 'companies' }));
  stages.push(streamArray.asStream());
  const streams = [Readable.from(replay(head.chunks, input)), ...stages];
  // Not stream.pipeline: it destroys every stage on the first error and drops the records already
  // parsed. Here a failing stage ends the next one instead, so those records still come out, then `fatal`.
  let failure: unknown = null;
  for (let i = 0; i + 1 < streams.length; i++) {
    const from = streams[i] as Readable;
    const to = streams[i + 1] as Duplex;
    from.on('error', (error) => {
      failure ??= error;
      to.end();
    });
    from.pipe(to);
  }
  const last = stages[stages.length - 1] as Duplex;

  let next = 0;
  try {
    for await (const { key, value } of last as AsyncIterable<{ key: number; value: unknown }>) {
      next = key + 1;
      const result = map(value);
      if (result.ok)
        yield { kind: 'company', index: key, company: result.company, warnings: result.warnings };
      else yield { kind: 'error', index: key, businessId: result.businessId, message: result.error };
    }
  } catch (error) {
    failure ??= error;
  } finally {
    for (const stream of streams) stream.destroy();
  }
  if (failure !== null) {
    yield {
      kind: 'fatal',
      index: next,
      message: `reading stopped after ${next} records: ${errorMessage(failure)}`,
    };
  }
}

async function* readSplit(
  source: AsyncIterable<Uint8Array | string>,
  map: typeof mapYtjV3Company,
): AsyncGenerator<YtjDumpItem> {
  let index = 0;
  try {
    for await (const text of splitJsonArray(asBytes(source))) {
      let value: unknown;
      try {
        value = JSON.parse(text) as unknown;
      } catch (error) {
        yield {
          kind: 'error',
          index: index++,
          businessId: null,
          message: `not valid JSON: ${errorMessage(error)}`,
        };
        continue;
      }
      const result = map(value);
      if (result.ok) yield { kind: 'company', index, company: result.company, warnings: result.warnings };
      else yield { kind: 'error', index, businessId: result.businessId, message: result.error };
      index++;
    }
  } catch (error) {
    yield { kind: 'fatal', index, message: `reading stopped after ${index} records: ${errorMessage(error)}` };
  }
}

async function* asBytes(source: AsyncIterable<Uint8Array | string>): AsyncGenerator<Uint8Array> {
  for await (const chunk of source) yield typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
}

function toAsyncIterator(source: DumpSource): AsyncIterator<Uint8Array | string> {
  if (Symbol.asyncIterator in source) return source[Symbol.asyncIterator]();
  const it = source[Symbol.iterator]();
  return { next: async () => it.next() };
}

/** Reads chunks until the first character that is not white space or a BOM, keeping what it read. */
async function peekFirstCharacter(input: AsyncIterator<Uint8Array | string>) {
  const chunks: (Uint8Array | string)[] = [];
  const BOM = '\u00EF\u00BB\u00BF'; // as Latin-1, one character per byte: a BOM split over chunks still matches
  let head = '';
  for (;;) {
    const { value, done } = await input.next();
    if (done) return { first: '', chunks };
    chunks.push(value);
    head +=
      typeof value === 'string' ? value.slice(0, 64) : Buffer.from(value.subarray(0, 64)).toString('latin1');
    if (BOM.startsWith(head)) continue;
    const rest = head
      .replace(/^\uFEFF/, '')
      .replace(BOM, '')
      .trimStart();
    if (rest !== '') return { first: rest[0] ?? '', chunks };
  }
}

async function* replay(chunks: (Uint8Array | string)[], rest: AsyncIterator<Uint8Array | string>) {
  yield* chunks;
  for (;;) {
    const { value, done } = await rest.next();
    if (done) return;
    yield value;
  }
}

/**
 * Opens a dump file from disk as a stream for `readYtjDump`: plain JSON, or PRH's ZIP with the JSON inside
 * (read entry by entry with yauzl, never unpacked whole).
 */
export async function openYtjDumpFile(path: string): Promise<Readable> {
  const handle = await fs.promises.open(path, 'r');
  let magic: Buffer;
  try {
    magic = Buffer.alloc(4);
    await handle.read(magic, 0, 4, 0);
  } finally {
    await handle.close();
  }
  if (magic.readUInt32LE(0) === 0x04034b50) return openZipFileEntry(path, /\.json$/i);
  return fs.createReadStream(path, { highWaterMark: 1024 * 1024 });
}
