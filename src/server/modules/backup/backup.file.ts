/**
 * Reading and writing the backup file (backup.format.ts): gzip'd lines streamed through, never held whole
 * in memory. A file is written under a temporary name and renamed when complete, so a backup that failed
 * half-way never looks like one; a file is read whole and checked (every table's rows against its count
 * and checksum, the tables against the manifest) while its rows are handed on.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { StringDecoder } from 'node:string_decoder';
import { createGunzip, createGzip } from 'node:zlib';
import {
  BackupRefused,
  parseLine,
  TableDigest,
  type BackupHeader,
  type BackupLine,
  type BackupManifest,
} from './backup.format.js';

const BATCH = 1000;

/** Writes the lines, gzip'd, to `file` (which must not exist yet). */
export async function writeBackupFile(file: string, lines: AsyncIterable<string>) {
  if (fs.existsSync(file)) throw new BackupRefused(`${file} already exists`);
  const partial = path.join(path.dirname(file), `.${path.basename(file)}.partial`);
  async function* text() {
    for await (const line of lines) yield `${line}\n`;
  }
  try {
    await pipeline(text(), createGzip(), fs.createWriteStream(partial));
    fs.renameSync(partial, file);
  } catch (error) {
    fs.rmSync(partial, { force: true });
    throw error;
  }
}

async function* textLines(file: string): AsyncGenerator<string> {
  if (!fs.existsSync(file)) throw new BackupRefused(`${file} does not exist`);
  const gunzip = createGunzip();
  const source = fs.createReadStream(file);
  source.on('error', (e) => gunzip.destroy(e));
  source.pipe(gunzip);
  const decoder = new StringDecoder('utf8');
  let rest = '';
  try {
    for await (const chunk of gunzip) {
      const lines = (rest + decoder.write(chunk as Buffer)).split('\n');
      rest = lines.pop()!;
      yield* lines;
    }
  } catch (error) {
    throw new BackupRefused(
      `${file} is damaged or cut short (${error instanceof Error ? error.message : String(error)})`,
    );
  }
  if (rest + decoder.end() !== '') throw new BackupRefused(`${file} is cut short`);
}

async function* parsedLines(file: string): AsyncGenerator<BackupLine> {
  let n = 0;
  for await (const text of textLines(file)) yield parseLine(text, ++n);
}

export type RowsHandler = (table: string, lines: string[]) => Promise<void>;

/**
 * Reads the whole file, handing each table's rows on in batches, and checks it as it goes; throws
 * BackupRefused when anything is out of place, miscounted or does not match its checksum.
 */
export async function readBackupFile(
  file: string,
  onRows: RowsHandler,
): Promise<{ header: BackupHeader; manifest: BackupManifest }> {
  const reader = new BackupReader(onRows);
  for await (const line of parsedLines(file)) await reader.take(line);
  return reader.finish();
}

class BackupReader {
  private header: BackupHeader | undefined;
  private manifest: BackupManifest | undefined;
  private table: TableDigest | undefined;
  private batch: string[] = [];
  private readonly done: ReturnType<TableDigest['sum']>[] = [];

  constructor(private readonly onRows: RowsHandler) {}

  async take(line: BackupLine) {
    if (this.manifest) throw new BackupRefused('the backup goes on after its manifest');
    if (line.kind === 'header') {
      if (this.header) throw new BackupRefused('the backup has two headers');
      this.header = line.header;
      return;
    }
    const header = this.header;
    if (!header) throw new BackupRefused('the file does not start as a Solmu backup');
    if (line.kind === 'table') return this.open(header, line.name);
    if (line.kind === 'row') return this.row(line.line);
    if (line.kind === 'end') return this.close(line.sum);
    this.manifest = line.manifest;
  }

  private open(header: BackupHeader, name: string) {
    if (this.table) throw new BackupRefused(`table ${this.table.name} has no end`);
    if (header.tables[this.done.length]?.name !== name)
      throw new BackupRefused(`table ${name} is not where the header puts it`);
    this.table = new TableDigest(name);
  }

  private async row(line: string) {
    if (!this.table) throw new BackupRefused('a row outside a table');
    this.batch.push(line);
    if (this.batch.length >= BATCH) await this.flush(this.table);
  }

  private async flush(table: TableDigest) {
    if (!this.batch.length) return;
    table.add(this.batch);
    const lines = this.batch;
    this.batch = [];
    await this.onRows(table.name, lines);
  }

  private async close(expected: ReturnType<TableDigest['sum']>) {
    const table = this.table;
    if (!table || table.name !== expected.name)
      throw new BackupRefused(`an end of ${expected.name} out of place`);
    await this.flush(table);
    const sum = table.sum();
    if (sum.rows !== expected.rows || sum.sha256 !== expected.sha256)
      throw new BackupRefused(`the rows of ${sum.name} do not match their checksum: the file is damaged`);
    this.done.push(sum);
    this.table = undefined;
  }

  finish() {
    const { header, manifest } = this;
    if (!header) throw new BackupRefused('the file is empty');
    if (!manifest) throw new BackupRefused('the backup is cut short: it has no manifest at its end');
    const sums = (list: { name: string; rows: number; sha256: string }[]) =>
      JSON.stringify(list.map((t) => [t.name, t.rows, t.sha256]));
    if (this.done.length !== header.tables.length || sums(this.done) !== sums(manifest.tables))
      throw new BackupRefused('the tables of the backup do not match its manifest');
    return { header, manifest };
  }
}
