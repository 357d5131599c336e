import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { expect, settled, test } from './support/fixtures.js';

const OUT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../docs/screenshots');
const NETWORK = '/fi/networks/seutukaupunkien-innovaatioekosysteemiverkosto';

/** The viewport, or just one part of the page (`part`, a CSS selector). */
async function shoot(page: Page, name: string, part?: string) {
  await settled(page);
  // Let the web fonts and the map's layout settle.
  await page.evaluate(() => document.fonts.ready);
  await page.waitForTimeout(name.includes('network') ? 2500 : 300);
  const file = path.join(OUT, `${name}.png`);
  if (part) await page.locator(part).screenshot({ path: file });
  else await page.screenshot({ path: file });
}

test('screenshots of the main pages', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/fi/');
  await shoot(page, 'overview');
  await page.goto('/fi/organisations');
  await shoot(page, 'organisations');
  await page.getByRole('link', { name: 'Iisalmen kaupunki' }).click();
  await shoot(page, 'organisation-profile');
  await page.goto('/fi/organisations/new');
  await settled(page);
  await page.getByLabel('Nimi suomeksi').fill('Esimerkki Oy');
  await page.getByLabel('Y-tunnus').fill('1234567-8');
  await page.getByRole('button', { name: 'Tallenna' }).click();
  await expect(page.getByText('Y-tunnus ei kelpaa.')).toBeVisible();
  await shoot(page, 'organisation-form-error');
  await page.goto(NETWORK);
  await expect(page.locator('[data-map-state="drawn"]')).toBeVisible();
  await shoot(page, 'network-map', 'section[aria-labelledby="map-heading"]');
  await page.goto(NETWORK.replace('/fi/', '/sv/'));
  await shoot(page, 'network-sv');
  await page.goto('/fi/events?view=calendar&month=2022-10');
  await shoot(page, 'events-calendar');
  await page.goto('/fi/strategies');
  await settled(page);
  await page.locator('main table a').first().click();
  await shoot(page, 'strategy');
  await page.goto('/fi/projects');
  await shoot(page, 'projects');
  await page.goto('/fi/pictures/network/seutukaupunkien-innovaatioekosysteemiverkosto');
  await shoot(page, 'picture');
  await page.goto('/fi/imports');
  await shoot(page, 'imports');
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/en/');
  await shoot(page, 'overview-en-360px');
});
