import { defineConfig } from '@playwright/test';
import { launchOptions } from './e2e/support/browser.js';

/**
 * Browser tests in real Chromium from npm (@sparticuz/chromium). The global setup starts Solmu on a free
 * port with a fresh demo database and signs in; the built web app (`npm run build:web`) is what it serves.
 */
export default defineConfig({
  testDir: 'e2e',
  testMatch: '*.spec.ts',
  globalSetup: './e2e/global-setup.ts',
  fullyParallel: true,
  workers: 2,
  // No retries: a test that fails once is a bug to find. When a page does not answer, the recorder
  // (support/recorder.ts) writes what stayed pending, the server's output and where the page's thread is.
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [['list']],
  // One Solmu serves every test. The journeys that change the seed network (a relation between two of its
  // towns, a new member) run after the pages that count its members and relations.
  projects: [
    { name: 'pages', testIgnore: 'entities.spec.ts' },
    { name: 'seed changes', testMatch: 'entities.spec.ts', dependencies: ['pages'] },
  ],
  use: {
    // Set by the global setup before the workers start (they read this file again).
    baseURL: process.env.SOLMU_E2E_BASE,
    storageState: process.env.SOLMU_E2E_STORAGE,
    launchOptions: await launchOptions(),
    viewport: { width: 1280, height: 900 },
    actionTimeout: 15_000,
    trace: 'off',
  },
});
