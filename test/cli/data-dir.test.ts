import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkDataDir, DataDirError, type DiskProbe } from '../../src/server/db/data-dir-check.js';

const BIN = path.resolve(import.meta.dirname, '../../bin/solmu.js');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'solmu-data-dir-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const MB = 1024 * 1024;
const probe = (freeBytes: number, writeError?: string): DiskProbe => ({
  statfs: async () => ({ bavail: freeBytes / 4096, bsize: 4096 }),
  writeFile: () => {
    if (writeError) throw Object.assign(new Error(writeError), { code: writeError });
  },
});

/**
 * `solmu serve` on `dataDir`, run in a mount namespace of its own after `setup` (a shell line that
 * may mount a read-only or a small file system on the folder; `unshare -rm` lets a user who is not
 * root do that too). Resolves with its exit code and everything it printed.
 */
function serve(dataDir: string, setup = 'true'): Promise<{ code: number | null; output: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, SOLMU_DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1' };
  delete env.DATABASE_URL;
  const script = `${setup} && exec "$0" "$1" serve`;
  const child = spawn('unshare', ['-rm', 'sh', '-c', script, process.execPath, BIN], { env });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
  return new Promise((resolve) =>
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    }),
  );
}

function expectClearRefusal(result: { code: number | null; output: string }, message: RegExp) {
  expect(result.output).toMatch(message);
  expect(result.output).not.toMatch(/^\s+at /m); // no stack trace
  expect(result.code).toBe(1);
}

describe('the data folder is checked before the database starts', () => {
  it('refuses too little free space, warns of little, passes plenty', async () => {
    const dir = path.join(tmp, 'space');
    await expect(checkDataDir(dir, probe(10 * MB))).rejects.toThrow(
      /Only 10 MB free on the disk of the data folder .*needs at least 64 MB/,
    );
    await expect(checkDataDir(dir, probe(500 * MB))).resolves.toEqual([
      `Only 500 MB free on the disk of the data folder ${dir}`,
    ]);
    await expect(checkDataDir(dir, probe(10_000 * MB))).resolves.toEqual([]);
  });

  it('says why a folder takes no write', async () => {
    const dir = path.join(tmp, 'writes');
    const refusal = (code: string) =>
      checkDataDir(dir, probe(10_000 * MB, code)).then(
        () => new Error('no refusal'),
        (e: Error) => e,
      );
    expect(await refusal('EROFS')).toBeInstanceOf(DataDirError);
    expect((await refusal('EROFS')).message).toMatch(/is on a read-only file system/);
    expect((await refusal('EACCES')).message).toMatch(/is not writable by this user/);
    expect((await refusal('ENOSPC')).message).toMatch(/disk of the data folder .* is full/);
  });

  it('solmu serve on a read-only data folder: a clear message and exit code 1', async () => {
    const dir = fs.mkdtempSync(path.join(tmp, 'ro-'));
    const result = await serve(dir, `mount --bind "${dir}" "${dir}" && mount -o remount,ro,bind "${dir}"`);
    expectClearRefusal(
      result,
      /^solmu: The data folder .* is on a read-only file system\. Set SOLMU_DATA_DIR/m,
    );
  }, 60_000);

  it('solmu serve on a full disk, and on a nearly full one: a clear message and exit code 1', async () => {
    const dir = fs.mkdtempSync(path.join(tmp, 'full-'));
    const full = await serve(
      dir,
      `mount -t tmpfs -o size=1m tmpfs "${dir}" && (head -c 2000000 /dev/zero > "${dir}/fill" || true)`,
    );
    expectClearRefusal(full, /^solmu: The disk of the data folder .* is full\./m);
    const small = await serve(dir, `mount -t tmpfs -o size=16m tmpfs "${dir}"`);
    expectClearRefusal(small, /^solmu: Only 16 MB free on the disk of the data folder/m);
  }, 60_000);

  it('solmu serve with a file where the data folder should be: a clear message and exit code 1', async () => {
    const file = path.join(tmp, 'a-file');
    fs.writeFileSync(file, '');
    expectClearRefusal(await serve(file), /^solmu: The data folder .* cannot be made: a file is in its way/m);
    expectClearRefusal(
      await serve(path.join(file, 'sub')),
      /^solmu: The data folder .* cannot be made: a file is in its way/m,
    );
  }, 60_000);
});
