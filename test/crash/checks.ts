import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { isAlive, listening, postmaster, waitFor, type Started } from './solmu-process.js';

/** CRASH_SEED replays a failed run's kill moments; otherwise a new seed, printed in the test's name. */
export function crashSeed(): number {
  const given = process.env.CRASH_SEED;
  return given ? Number(given) : Math.floor(Math.random() * 2 ** 31);
}

/** Log lines at error level or above, and anything that looks like a stack trace. */
function problems(output: string): string[] {
  return output
    .split('\n')
    .filter((line) => /"level":(50|60)/.test(line) || /^\s+at /.test(line) || /^solmu: /.test(line));
}

/** The lock is ours, one database server runs for the folder, and nothing went wrong on the way. */
export function expectCleanStart(solmu: Started, dataDir: string, where: string) {
  expect(fs.readFileSync(path.join(dataDir, 'solmu.lock'), 'utf8').split('\n')[0], `${where}: the lock`).toBe(
    String(solmu.child.pid),
  );
  const server = postmaster(dataDir);
  expect(server && isAlive(server.pid), `${where}: the database server`).toBe(true);
  expect(problems(solmu.output()), `${where}: errors in the output`).toEqual([]);
}

/** SIGTERM: exit code 0, the database server stopped, nothing left listening. */
export async function expectStoppedCleanly(solmu: Started, dataDir: string) {
  const server = postmaster(dataDir)!;
  solmu.child.kill('SIGTERM');
  const exit = await Promise.race([
    solmu.exited,
    new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), 30_000)),
  ]);
  expect(exit).toEqual({ code: 0, signal: null });
  await waitFor('the database server to stop', 10_000, () => !isAlive(server.pid));
  expect(await listening(solmu.port)).toBe(false);
  expect(await listening(server.port)).toBe(false);
}
