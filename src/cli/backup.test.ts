import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { testDatabase } from '../../test/db.js';
import { loadDemoWorld } from '../server/modules/demo/demo.service.js';
import { databaseDigest } from '../server/modules/backup/backup.service.js';

const BIN = path.resolve(import.meta.dirname, '../../bin/solmu.js');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'solmu-cli-backup-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const source = await testDatabase();
const target = await testDatabase();
const file = path.join(dir, 'solmu.backup.gz');

/** The real command against a test database (DATABASE_URL: no embedded server per call). */
function solmu(url: string, ...args: string[]) {
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: url, LOG_LEVEL: 'warn' };
  const r = spawnSync(process.execPath, [BIN, ...args], { env, encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('solmu backup and solmu restore', () => {
  it('back up the demo world and restore it into an empty database, every table the same', async () => {
    await loadDemoWorld(source.db);
    const backup = solmu(source.url, 'backup', file);
    expect(backup.err).toMatch(/organisations: \d+ rows/);
    expect(backup.out).toMatch(/^Backed up \d+ rows of \d+ tables \(migration \d{14}_\w+\) to /);
    expect(backup.code).toBe(0);
    expect(solmu(source.url, 'restore', '--check', file).out).toMatch(/ is whole: Solmu /);
    const restore = solmu(target.url, 'restore', file);
    expect(restore.out).toMatch(/every table matches its count and checksum/);
    expect(restore.code).toBe(0);
    expect(await databaseDigest(target.db)).toEqual(await databaseDigest(source.db));
  }, 120_000);

  it('say clearly why they refuse: an existing file, a database with data, a damaged file', () => {
    expect(solmu(source.url, 'backup', file)).toMatchObject({
      code: 1,
      err: `solmu: ${file} already exists\n`,
    });
    const full = solmu(target.url, 'restore', file);
    expect(full.code).toBe(1);
    expect(full.err).toMatch(
      /^solmu: the database is not empty \(\w+ has rows\): restore only into a new, empty database\n$/,
    );
    fs.writeFileSync(path.join(dir, 'cut.gz'), fs.readFileSync(file).subarray(0, 1000));
    const cut = solmu(target.url, 'restore', '--check', path.join(dir, 'cut.gz'));
    expect(cut.code).toBe(1);
    expect(cut.err).toMatch(/^solmu: .*cut\.gz is damaged or cut short \(unexpected end of file\)\n$/);
  });
});
