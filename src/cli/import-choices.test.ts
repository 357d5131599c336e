import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { testDatabase } from '../../test/db.js';
import { skipOption } from './import.js';

const BIN = path.resolve(import.meta.dirname, '../../bin/solmu.js');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'solmu-cli-skip-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const { db, url } = await testDatabase();

function solmu(...args: string[]) {
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: url, LOG_LEVEL: 'warn' };
  const r = spawnSync(process.execPath, [BIN, ...args], { env, encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
const organisations = async () =>
  Number((await sql<{ n: number }>`select count(*)::int as n from organisations`.execute(db)).rows[0]!.n);

describe('solmu import: skipping bad records, choosing the encoding', () => {
  it('imports nothing, names the records, and imports the rest with --skip', async () => {
    const fixture = new URL('../formats/ytj/fixtures/v3-companies.json', import.meta.url);
    const { companies } = JSON.parse(fs.readFileSync(fixture, 'utf8')) as { companies: unknown[] };
    const file = path.join(dir, 'ytj.json');
    fs.writeFileSync(
      file,
      JSON.stringify([
        { businessId: { value: '1234567-2' }, names: [{ name: 'Väärä Oy', type: '1' }] },
        companies[0],
        { businessId: { value: '2532004-3' }, names: [] },
      ]),
    );
    const refused = solmu('import', file);
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/line 1: 1234567-2/);
    expect(refused.err).toMatch(/Nothing was imported: 2 bad records .*--skip 1,3/);
    expect(await organisations()).toBe(0);
    const done = solmu('import', file, '--skip', '1,3');
    expect(done.code, done.err).toBe(0);
    expect(done.out).toMatch(/1 rows: 1 created/);
    expect(await organisations()).toBe(1);
  }, 120_000);

  it('asks for the encoding of a CSV file that is unclear, and reads it as --encoding says', async () => {
    const file = path.join(dir, 'sekava.csv');
    fs.writeFileSync(
      file,
      Buffer.concat([
        Buffer.from('Nimi\nÄänekosken Saha Oy\nRikki '),
        Buffer.from([0xe4]),
        Buffer.from(' Oy\n'),
      ]),
    );
    const unclear = solmu('import', file, '--dry-run');
    expect(unclear.err).toMatch(/the encoding is unclear: .*line 3 \(byte \d+\)/);
    const chosen = solmu('import', file, '--dry-run', '--encoding', 'windows-1252');
    expect(chosen.code, chosen.err).toBe(0);
    expect(chosen.out).toMatch(/\(csv, organisations, windows-1252\): 2 rows: 2 created/);
    expect(solmu('import', file, '--encoding', 'latin-9').err).toMatch(
      /--encoding must be utf-8 or windows-1252/,
    );
  }, 120_000);

  it('reads --skip as a list of line numbers', () => {
    expect(skipOption('3, 7')).toEqual([3, 7]);
    expect(skipOption('[3,7]')).toEqual([3, 7]);
    expect(skipOption(undefined)).toBeUndefined();
    expect(() => skipOption('3;x')).toThrow(/--skip takes line numbers/);
  });
});
