import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchOptions } from '../../src/server/pdf/chromium.js';
import { publicSiteWorld } from '../support/public-site.js';

const world = await publicSiteWorld();
const ORIGIN = 'http://solmu.test';
let browser: Browser;

beforeAll(async () => {
  browser = await chromium.launch(await launchOptions());
}, 120_000);
afterAll(async () => browser?.close());

/** A page of the public site in Chromium, every request answered by the app itself. */
async function open(path: string, javaScriptEnabled = true, width?: number) {
  const viewport = width ? { width, height: 800 } : undefined;
  const context = await browser.newContext({ javaScriptEnabled, ...(viewport ? { viewport } : {}) });
  const page = await context.newPage();
  await page.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.origin !== ORIGIN) return route.abort();
    const res = await world.app.request(`${ORIGIN}${url.pathname}${url.search}`);
    await route.fulfill({
      status: res.status,
      headers: Object.fromEntries(res.headers),
      body: Buffer.from(await res.arrayBuffer()),
    });
  });
  const response = await page.goto(`${ORIGIN}${path}`);
  return { page, context, status: response?.status() };
}

/** The form fields whose label does not end above the field's top. */
const labelsBesideFields = (page: Page) =>
  page.locator('.form-field').evaluateAll((fields) =>
    fields.flatMap((f) => {
      const label = f.querySelector('label')!;
      const input = f.querySelector('input, textarea')!.getBoundingClientRect();
      return input.top >= label.getBoundingClientRect().bottom ? [] : [label.htmlFor];
    }),
  );

async function violations(path: string) {
  const { page, context, status } = await open(path);
  try {
    expect(status, path).toBe(200);
    const result = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze();
    return result.violations.map((v) => ({
      id: v.id,
      nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
    }));
  } finally {
    await context.close();
  }
}

describe('the public pages in Chromium', () => {
  const paths = [
    '/fi/invest',
    '/fi/invest/savonlinna',
    '/sv/invest/savonlinna',
    '/en/invest/savonlinna',
    '/en/invest/savonlinna/metsabiotalous',
    '/fi/invest/innokaupungit-verkosto',
    '/fi/invest/accessibility',
    '/embed/fi/savonlinna/figures',
    '/embed/en/savonlinna/events',
    '/embed/sv/innokaupungit-verkosto/map',
  ];
  for (const path of paths)
    it(`pass axe: ${path}`, async () => {
      expect(await violations(path)).toEqual([]);
    });

  const pages = ['/fi/invest/savonlinna', '/sv/invest/innokaupungit-verkosto', '/en/invest/accessibility'];
  for (const width of [360, 1280])
    it(`fit ${width} px without sideways scrolling, each form label above its field`, async () => {
      for (const path of pages) {
        const { page, context } = await open(path, true, width);
        try {
          const widths = await page.evaluate(() => [document.documentElement.scrollWidth, innerWidth]);
          expect(widths[0], path).toBeLessThanOrEqual(widths[1]!);
          expect(await labelsBesideFields(page), path).toEqual([]);
        } finally {
          await context.close();
        }
      }
    });

  it('show the page without JavaScript, with its style sheet under the page’s own security policy', async () => {
    const { page, context } = await open('/fi/invest/savonlinna', false);
    try {
      await expect.poll(() => page.locator('h1').textContent()).toContain('Savonlinna');
      const styled = await page.locator('.site-header').evaluate((e) => getComputedStyle(e).display);
      expect(styled).toBe('flex');
    } finally {
      await context.close();
    }
  });
});
