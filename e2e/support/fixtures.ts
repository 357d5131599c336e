import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';
import { BrowserRecorder } from './recorder.js';

export { expect } from '@playwright/test';

/**
 * Playwright's test, with the browser's record of every test kept (requests, console, page errors) and
 * reported when the test fails: a page that hangs says which request or script it waits for.
 */
export const test = base.extend({
  context: async ({ context }, use, testInfo) => {
    const recorder = new BrowserRecorder(context);
    await use(context);
    if (testInfo.status !== testInfo.expectedStatus) await recorder.report(testInfo);
  },
});

export const LANGS = ['fi', 'sv', 'en'] as const;

/** The one-time sign-in links Solmu printed at start, by account name. */
export function links(): Record<string, string> {
  return JSON.parse(process.env.SOLMU_E2E_LINKS ?? '{}') as Record<string, string>;
}

/** WCAG 2.1 A and AA by axe: the page must have no violations at all. */
export async function expectAccessible(page: Page) {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const found = result.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
  }));
  expect(found, `axe on ${page.url()}`).toEqual([]);
}

/** Goes to an address and waits until its page has settled. */
export async function open(page: Page, url: string) {
  await page.goto(url);
  await settled(page);
}

/** Waits until the page has its heading and nothing is loading. */
export async function settled(page: Page) {
  // A page's first answer can queue behind the other worker's heavy requests (pictures, reports) on
  // a loaded two-core machine: it gets longer than the other waits.
  await expect(page.locator('h1')).toBeVisible({ timeout: 30_000 });
  await expect(page.locator('.loading')).toHaveCount(0);
  // A table still loading grows when its rows arrive and moves what lies below it between a click's
  // press and release, which then lands nowhere.
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
}
