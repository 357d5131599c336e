import { defineConfig } from 'vitest/config';

// A run whose only test fails on purpose, with the real global setup (embedded PostgreSQL).
export default defineConfig({
  test: {
    include: ['test/exit-code/*.check.ts'],
    globalSetup: ['test/global-setup.ts'],
    hookTimeout: 60000,
  },
});
