import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { acquireDataDirLock, DataDirInUseError } from './lock.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'solmu-lock-'));
const lockPath = path.join(dir, 'solmu.lock');
const sleeper = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)']);
afterAll(() => {
  sleeper.kill('SIGKILL');
  fs.rmSync(dir, { recursive: true, force: true });
});

/** The start time as /proc says, which the lock keeps beside the pid. */
const startTime = (pid: number) => {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
};

describe('the data-folder lock', () => {
  it('is refused while its holder runs', () => {
    fs.writeFileSync(lockPath, `${sleeper.pid}\n${startTime(sleeper.pid!)}`);
    expect(() => acquireDataDirLock(dir)).toThrow(DataDirInUseError);
  });

  it('is taken over from a crashed holder whose pid another process has by now', () => {
    fs.writeFileSync(lockPath, `${sleeper.pid}\n1`); // same pid, started at another time
    const release = acquireDataDirLock(dir);
    expect(fs.readFileSync(lockPath, 'utf8').split('\n')[0]).toBe(String(process.pid));
    release();
    expect(fs.existsSync(lockPath)).toBe(false);
  });

  it('is taken over from a holder that is gone', () => {
    fs.writeFileSync(lockPath, '2147483646');
    acquireDataDirLock(dir)();
  });
});
