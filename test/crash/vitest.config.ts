import { defineConfig } from 'vitest/config';

// The crash tests start Solmu as real processes on their own data folders, one file after another
// (they kill processes and would disturb each other's timing); `npx vitest run --config test/crash/vitest.config.ts`.
export default defineConfig({
  test: {
    include: ['test/crash/*.crash.ts'],
    testTimeout: 1_800_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    pool: 'forks',
  },
});
