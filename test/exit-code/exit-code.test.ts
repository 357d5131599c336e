import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');

// The embedded database's exit handlers once turned a failing run's exit code into 0: CI would have
// passed failing tests. A run with one failing test must exit non-zero.
it('a test run with a failing test exits with a non-zero code', () => {
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.VITEST;
  delete env.VITEST_WORKER_ID;
  const run = spawnSync(
    process.execPath,
    [path.join(root, 'node_modules/vitest/vitest.mjs'), 'run', '--config', 'test/exit-code/vitest.config.ts'],
    {
      cwd: root,
      env,
      encoding: 'utf8',
      timeout: 120_000,
    },
  );
  expect(run.stdout + run.stderr).toMatch(/1 failed/);
  expect(run.status).toBe(1);
}, 150_000);
