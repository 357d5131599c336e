import type { Page } from '@playwright/test';
import { expect, expectAccessible, LANGS, settled, test } from './support/fixtures.js';

const NETWORK = 'seutukaupunkien-innovaatioekosysteemiverkosto';

async function organisationId(page: Page, name: string): Promise<string> {
  return page.evaluate(async (q) => {
    const res = await fetch(`/api/v1/organisations?q=${encodeURIComponent(q)}`);
    return (await res.json()).items[0].id as string;
  }, name);
}

/** Every page of the app, signed in as the network coordinator (who sees the edit controls too). */
async function pages(page: Page, lang: string) {
  await page.goto(`/${lang}/`);
  const id = await organisationId(page, 'Iisalmen kaupunki');
  return [
    `/${lang}/`,
    `/${lang}/organisations`,
    `/${lang}/organisations?kind=municipality&region=11`,
    `/${lang}/organisations/${id}`,
    `/${lang}/organisations/${id}/edit`,
    `/${lang}/organisations/new`,
    `/${lang}/networks`,
    `/${lang}/networks/${NETWORK}`,
    `/${lang}/no-such-page`,
  ];
}

for (const lang of LANGS) {
  test(`axe finds no WCAG 2.1 A/AA violations on any page in ${lang}`, async ({ page }) => {
    test.setTimeout(120_000);
    // The strict CSP holds without reports (zod's eval probe made one on every page).
    const cspReports: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) cspReports.push(`${page.url()}: ${m.text()}`);
    });
    for (const path of await pages(page, lang)) {
      await page.goto(path);
      await settled(page);
      if (path.includes('/networks/')) await expect(page.locator('[data-map-state="drawn"]')).toBeVisible();
      await expectAccessible(page);
    }
    // A form showing its errors, and a dialog open.
    await page.goto(`/${lang}/organisations/new`);
    await settled(page);
    await page.locator('#organisation-businessId').fill('1234567-8');
    await page.locator('form button[type="submit"]').click();
    await expect(page.locator('#organisation-businessId')).toHaveAttribute('aria-invalid', 'true');
    await expectAccessible(page);
    expect(cspReports).toEqual([]);
  });

  test(`axe finds no violations on the sign-in page in ${lang}, signed out`, async ({ browser }) => {
    const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    const page = await context.newPage();
    await page.goto(`/${lang}/sign-in`);
    await settled(page);
    await expectAccessible(page);
    await page.goto(`/${lang}/`);
    await settled(page);
    await expectAccessible(page);
    await context.close();
  });
}

test('the skip link is the first stop and moves to the main content', async ({ page }) => {
  await page.goto('/fi/organisations');
  await settled(page);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Siirry pääsisältöön' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.locator('#main')).toBeFocused();
});

test('the pages fit a 360 px wide screen without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  for (const path of [
    '/fi/',
    '/fi/organisations',
    '/fi/organisations/new',
    `/fi/networks/${NETWORK}`,
    '/fi/sign-in',
  ]) {
    await page.goto(path);
    await settled(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});
