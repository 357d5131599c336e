import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeZip } from '../zip-write.js';
import { openYtjDumpFile, readYtjDump, type DumpSource, type YtjDumpItem } from './dump.js';

const sample = fs.readFileSync(new URL('./fixtures/all-companies-sample.json', import.meta.url));

async function collect(
  source: DumpSource,
  format?: 'v1' | 'v3',
  engine?: 'stream-json' | 'split',
): Promise<YtjDumpItem[]> {
  const items: YtjDumpItem[] = [];
  for await (const item of readYtjDump(source, { format, engine })) items.push(item);
  return items;
}

function summary(items: YtjDumpItem[]) {
  return items.map((i) =>
    i.kind === 'company' ? `${i.index}:${i.company.businessId}` : `${i.index}:${i.kind}:${i.message}`,
  );
}

/** Splits bytes into chunks of `size`, as a file stream would deliver them. */
function* chunks(bytes: Uint8Array, size: number) {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

describe('readYtjDump', () => {
  it('maps each record and reports bad ones with their index, going on after them', async () => {
    expect(summary(await collect([sample]))).toEqual([
      '0:3412345-5',
      "1:error:business ID '1234567-2' is not a valid Finnish business ID",
      '2:error:company 1123581-7 has no name',
      '3:error:a company must be a JSON object',
      '4:0213457-1',
    ]);
  });

  it('gives the same result whatever the chunk boundaries, with a BOM, and from an async source', async () => {
    const expected = summary(await collect([sample]));
    expect(summary(await collect(chunks(sample, 1)))).toEqual(expected);
    expect(summary(await collect(chunks(sample, 7)))).toEqual(expected);
    const withBom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), sample]);
    async function* slowly() {
      for (const c of chunks(withBom, 100)) yield c;
    }
    expect(summary(await collect(slowly()))).toEqual(expected);
    expect(summary(await collect(chunks(withBom, 1)))).toEqual(expected);
  });

  it('gives the same companies with the split engine, at any chunk size', async () => {
    const expected = summary(await collect([sample]));
    const withBom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), sample]);
    for (const size of [1, 5, 1000, 100_000]) {
      expect(summary(await collect(chunks(withBom, size), 'v3', 'split'))).toEqual(expected);
    }
    const response = fs.readFileSync(new URL('./fixtures/v3-companies.json', import.meta.url));
    expect(await collect([response], 'v3', 'split')).toEqual(await collect([response]));
  });

  it('split engine: malformed elements are per-record errors, a broken array is fatal', async () => {
    const one = JSON.stringify({ businessId: { value: '3412345-5' }, names: [{ name: 'A Oy', type: '1' }] });
    const run = async (text: string) => summary(await collect([text], 'v3', 'split'));
    expect(await run(`[${one}, {"x": ], ${one}]`)).toEqual([
      '0:3412345-5',
      expect.stringMatching(/^1:error:not valid JSON/),
      '2:3412345-5',
    ]);
    expect(await run('[]')).toEqual([]);
    expect(await run(`[${one},]`)).toEqual(['0:3412345-5', expect.stringMatching(/^1:error:not valid JSON/)]);
    expect(await run(`[${one}`)).toEqual([
      '0:fatal:reading stopped after 0 records: the array is not closed (the file is cut short?)',
    ]);
    expect(await run(`[${one}] x`)).toEqual([
      '0:3412345-5',
      '1:fatal:reading stopped after 1 records: there is text after the closing bracket',
    ]);
    expect(await run('["a\\"b]", "]"]')).toEqual([
      '0:error:a company must be a JSON object',
      '1:error:a company must be a JSON object',
    ]);
  });

  it('reads a search response object through its companies array, and v1 results', async () => {
    const response = fs.readFileSync(new URL('./fixtures/v3-companies.json', import.meta.url));
    expect(summary(await collect([response]))).toEqual(['0:3123456-3', '1:0876543-8', '2:1934561-5']);
    const v1 = fs.readFileSync(new URL('./fixtures/v1-bis.json', import.meta.url));
    expect(summary(await collect([v1], 'v1'))).toEqual(['0:2456789-6']);
  });

  it('ends with one fatal item on broken JSON, after the records it could read', async () => {
    const broken = sample.subarray(0, Math.floor(sample.length * 0.7));
    const items = await collect([broken, Buffer.from('}}]')]);
    expect(items.at(-1)?.kind).toBe('fatal');
    expect(items.filter((i) => i.kind === 'fatal')).toHaveLength(1);
    expect(items[0]?.kind).toBe('company');
  });

  it('reports empty input and input that is not a dump', async () => {
    expect(summary(await collect([]))).toEqual(['0:fatal:the dump is empty']);
    expect(summary(await collect(['  \n']))).toEqual(['0:fatal:the dump is empty']);
    expect(summary(await collect(['"just a string"']))).toEqual([
      '0:fatal:the dump is not a JSON array or object',
    ]);
    expect(summary(await collect(['{"other": [1]}']))).toEqual([]);
  });

  it('turns a failing source into a fatal item', async () => {
    async function* failing() {
      yield Buffer.from('[{"businessId":');
      throw new Error('disk gone');
    }
    const items = await collect(failing());
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ kind: 'fatal', message: /disk gone/ });
  });

  it('stops reading when the consumer stops', async () => {
    let pulled = 0;
    const one = JSON.stringify({ businessId: { value: '3412345-5' }, names: [{ name: 'A Oy', type: '1' }] });
    function* endless() {
      yield '[';
      for (let i = 0; i < 1_000_000; i++) {
        pulled++;
        yield (i ? ',' : '') + one;
      }
      yield ']';
    }
    let seen = 0;
    for await (const item of readYtjDump(endless())) {
      expect(item.kind).toBe('company');
      if (++seen === 10) break;
    }
    // Backpressure: only a stream buffer's worth was read ahead, not the million records.
    expect(pulled).toBeLessThan(5000);
  });
});

describe('openYtjDumpFile', () => {
  it('streams plain JSON and the JSON inside a ZIP', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'solmu-ytj-'));
    try {
      const plain = path.join(dir, 'all_companies.json');
      fs.writeFileSync(plain, sample);
      expect(summary(await collect(await openYtjDumpFile(plain)))).toHaveLength(5);

      const zipped = path.join(dir, 'all_companies.zip');
      fs.writeFileSync(
        zipped,
        writeZip([
          { name: 'readme.txt', data: 'PRH' },
          { name: 'all_companies.json', data: sample },
        ]),
      );
      const items = await collect(await openYtjDumpFile(zipped));
      expect(summary(items)[0]).toBe('0:3412345-5');
      expect(items).toHaveLength(5);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
