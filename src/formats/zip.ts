/**
 * ZIP handling with yauzl: the zip-bomb check run before an .xlsx reaches exceljs, and opening the JSON
 * inside PRH's zipped bulk dump. exceljs (through JSZip) inflates whatever the archive holds and trusts its
 * headers, so the check inflates every entry itself, with yauzl verifying that each entry's real size
 * matches its declared size, and stops as soon as a limit is passed.
 */
import type { Readable } from 'node:stream';
import yauzl from 'yauzl';
import { errorMessage } from './format-error.js';

export interface ZipLimits {
  /** Most entries the archive may have (an .xlsx has a few dozen). */
  maxEntries: number;
  /** Most bytes all entries may inflate to together. */
  maxTotalUncompressedBytes: number;
  /** Largest inflated/compressed ratio for an entry that inflates past `ratioCheckFromBytes`. */
  maxCompressionRatio: number;
  /** Entries smaller than this are not ratio-checked (small XML compresses extremely well). */
  ratioCheckFromBytes: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxEntries: 2000,
  // exceljs holds the whole workbook in memory, several times its XML size: keep this modest.
  maxTotalUncompressedBytes: 100 * 1024 * 1024,
  maxCompressionRatio: 200,
  ratioCheckFromBytes: 1024 * 1024,
};

export type ZipCheckResult =
  | {
      ok: true;
      entries: number;
      uncompressedBytes: number;
      /** The inflated entries whose names matched `keep`. */
      kept: Map<string, Buffer>;
    }
  | { ok: false; code: 'zip_bomb' | 'malformed'; error: string };

function openBuffer(bytes: Uint8Array): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) => {
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    yauzl.fromBuffer(buffer, { lazyEntries: true, validateEntrySizes: true }, (err, zip) => {
      if (err || !zip) reject(err ?? new Error('cannot open the archive'));
      else resolve(zip);
    });
  });
}

function openEntry(zip: yauzl.ZipFile, entry: yauzl.Entry): Promise<Readable> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (err, stream) => {
      if (err || !stream) reject(err ?? new Error(`cannot read ${entry.fileName}`));
      else resolve(stream);
    });
  });
}

class LimitExceeded extends Error {}

/**
 * Inflates every entry once, counting bytes, and reports the first limit the archive passes; the
 * entries whose names match `keep` are kept (the worksheets of an .xlsx, to look at their XML).
 */
export async function checkZip(
  bytes: Uint8Array,
  limits: ZipLimits = DEFAULT_ZIP_LIMITS,
  keep?: RegExp,
): Promise<ZipCheckResult> {
  let zip: yauzl.ZipFile;
  try {
    zip = await openBuffer(bytes);
  } catch (error) {
    return { ok: false, code: 'malformed', error: `not a readable ZIP archive: ${errorMessage(error)}` };
  }
  if (zip.entryCount > limits.maxEntries) {
    zip.close();
    return {
      ok: false,
      code: 'zip_bomb',
      error: `the archive has ${zip.entryCount} entries, more than the limit of ${limits.maxEntries}`,
    };
  }
  let total = 0;
  const kept = new Map<string, Buffer>();
  try {
    for (const entry of await listEntries(zip)) {
      if (entry.fileName.endsWith('/')) continue;
      if (entry.isEncrypted()) throw new Error(`${entry.fileName} is encrypted`);
      const declared = entry.uncompressedSize;
      if (total + declared > limits.maxTotalUncompressedBytes) {
        throw new LimitExceeded(
          `the archive inflates to more than ${limits.maxTotalUncompressedBytes} bytes (at ${entry.fileName})`,
        );
      }
      const ratio = declared / Math.max(entry.compressedSize, 1);
      if (declared >= limits.ratioCheckFromBytes && ratio > limits.maxCompressionRatio) {
        throw new LimitExceeded(
          `${entry.fileName} is compressed ${Math.round(ratio)}:1, more than the limit of ${limits.maxCompressionRatio}:1`,
        );
      }
      const stream = await openEntry(zip, entry);
      if (keep?.test(entry.fileName)) {
        const data = await inflated(stream);
        kept.set(entry.fileName, data);
        total += data.length;
      } else total += await drain(stream);
    }
  } catch (error) {
    zip.close();
    const code = error instanceof LimitExceeded ? 'zip_bomb' : 'malformed';
    return { ok: false, code, error: errorMessage(error) };
  }
  zip.close();
  return { ok: true, entries: zip.entryCount, uncompressedBytes: total, kept };
}

/** Every file of an archive that passed `checkZip`, inflated, in archive order. */
export async function zipEntries(bytes: Uint8Array): Promise<{ name: string; data: Buffer }[]> {
  const zip = await openBuffer(bytes);
  try {
    const files: { name: string; data: Buffer }[] = [];
    for (const entry of await listEntries(zip)) {
      if (entry.fileName.endsWith('/')) continue;
      files.push({ name: entry.fileName, data: await inflated(await openEntry(zip, entry)) });
    }
    return files;
  } finally {
    zip.close();
  }
}

function listEntries(zip: yauzl.ZipFile): Promise<yauzl.Entry[]> {
  return new Promise((resolve, reject) => {
    const entries: yauzl.Entry[] = [];
    zip.on('entry', (entry: yauzl.Entry) => {
      entries.push(entry);
      zip.readEntry();
    });
    zip.on('end', () => resolve(entries));
    zip.on('error', reject);
    zip.readEntry();
  });
}

async function inflated(stream: Readable): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const chunk of stream) parts.push(chunk as Buffer);
  return Buffer.concat(parts);
}

/** Reads a stream to its end and returns its length; yauzl fails it if it passes the declared size. */
async function drain(stream: Readable): Promise<number> {
  let n = 0;
  for await (const chunk of stream) n += (chunk as Buffer).length;
  return n;
}

/**
 * Opens the first entry whose name matches `pattern` in a ZIP file on disk as a stream (PRH ships the
 * `all_companies` dump zipped). yauzl reads the central directory and streams the entry; the archive is
 * never loaded whole.
 */
export function openZipFileEntry(path: string, pattern: RegExp): Promise<Readable> {
  return new Promise((resolve, reject) => {
    yauzl.open(path, { lazyEntries: true, validateEntrySizes: true }, (err, zip) => {
      if (err || !zip) return reject(err ?? new Error(`cannot open ${path}`));
      zip.on('entry', (entry: yauzl.Entry) => {
        if (!pattern.test(entry.fileName)) return zip.readEntry();
        zip.openReadStream(entry, (streamErr, stream) => {
          if (streamErr || !stream) return reject(streamErr ?? new Error(`cannot read ${entry.fileName}`));
          stream.on('close', () => zip.close());
          resolve(stream);
        });
      });
      zip.on('end', () => reject(new Error(`no entry matching ${pattern} in ${path}`)));
      zip.on('error', reject);
      zip.readEntry();
    });
  });
}
