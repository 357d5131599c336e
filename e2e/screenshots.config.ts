import { defineConfig } from '@playwright/test';
import base from '../playwright.config.js';

/** `npm run screenshots`: pictures of the main pages for the README, written to docs/screenshots/. */
export default defineConfig({
  ...base,
  testDir: '.',
  testMatch: 'screenshots.ts',
  globalSetup: './global-setup.ts',
  workers: 1,
  // The browser tests' projects would bring their specs along.
  projects: [{ name: 'screenshots' }],
});
