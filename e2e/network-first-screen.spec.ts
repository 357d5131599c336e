import type { Page } from '@playwright/test';
import { expect, expectAccessible, open, settled, test } from './support/fixtures.js';

/**
 * A network's page opens with the map in view: on a laptop (1280×800) and on a phone (360×740) the map's
 * drawing area starts on the first screen with a good part of it showing; the long lists (members,
 * relations, municipalities, the editors' members and roles) wait behind tabs that work by keyboard.
 */
const NETWORK = 'seutukaupunkien-innovaatioekosysteemiverkosto';
const PAGE = `/fi/networks/${NETWORK}`;
/** Less than this much of the map on the first screen is not a map one sees. */
const MIN_VISIBLE = 200;

const map = (page: Page) => page.locator('.map-canvas');
const tab = (page: Page, name: string) => page.getByRole('tab', { name, exact: true });

async function expectMapOnFirstScreen(page: Page, width: number, height: number) {
  await page.setViewportSize({ width, height });
  await page.goto(PAGE);
  await settled(page);
  await expect(map(page)).toHaveAttribute('data-map-state', 'drawn');
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  const box = (await map(page).boundingBox())!;
  const visible = Math.min(box.y + box.height, height) - Math.max(box.y, 0);
  expect(box.y, `the map starts at ${box.y} px`).toBeLessThan(height);
  expect(visible, `${visible} px of the map on the first screen`).toBeGreaterThanOrEqual(MIN_VISIBLE);
  // It fits the screen's width, and the page does not scroll sideways.
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(width);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
  // Nothing long stands between: the tables are behind their tabs, the map's tab is the one open.
  await expect(page.getByRole('table')).toHaveCount(0);
  await expect(tab(page, 'Kartta')).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('heading', { level: 1 })).toBeInViewport();
  await expect(page.getByTestId('member-count')).toBeInViewport();
}

test('the map is on the first screen at 1280×800', async ({ page }) => {
  await expectMapOnFirstScreen(page, 1280, 800);
});

test('the map is on the first screen at 360×740, and the header’s controls do not overlap', async ({
  page,
}) => {
  await expectMapOnFirstScreen(page, 360, 740);
  await expectHeaderApart(page);
});

test('signed out, the header of a phone keeps its controls apart', async ({ browser }) => {
  const context = await browser.newContext({
    baseURL: process.env.SOLMU_E2E_BASE,
    storageState: { cookies: [], origins: [] },
    viewport: { width: 360, height: 740 },
  });
  const page = await context.newPage();
  await open(page, '/fi/');
  await expect(page.getByRole('link', { name: 'Kirjaudu sisään' }).first()).toBeVisible();
  await expectHeaderApart(page);
  await context.close();
});

/** No two of the header's controls cover each other (the menu button stands on the brand's row). */
async function expectHeaderApart(page: Page) {
  const controls = page.locator('.site-header').locator('a:visible, button:visible');
  const boxes = await Promise.all((await controls.all()).map(async (c) => (await c.boundingBox())!));
  expect(boxes.length).toBeGreaterThanOrEqual(3);
  for (const [i, a] of boxes.entries())
    for (const b of boxes.slice(i + 1)) {
      const apart =
        a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
      expect(apart, `${JSON.stringify(a)} overlaps ${JSON.stringify(b)}`).toBe(true);
    }
  const toggle = (await page.getByRole('button', { name: 'Valikko' }).boundingBox())!;
  expect(toggle.x + toggle.width).toBeLessThanOrEqual(360);
  expect(toggle.y).toBeLessThan(60);
}

test('the lists are one tab away, by keyboard too; the address keeps the tab and the back button returns', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(`${PAGE}?measure=pagerank`);
  await settled(page);
  await expect(map(page)).toHaveAttribute('data-map-state', 'drawn');
  // Only the open tab is in the Tab order; the arrows move along the tabs without opening them.
  await expect(tab(page, 'Kartta')).toHaveAttribute('tabindex', '0');
  await expect(tab(page, 'Toimijat')).toHaveAttribute('tabindex', '-1');
  await tab(page, 'Kartta').focus();
  await page.keyboard.press('ArrowRight');
  await expect(tab(page, 'Toimijat')).toBeFocused();
  await expect(tab(page, 'Toimijat')).toHaveAttribute('aria-selected', 'false');
  await page.keyboard.press('End');
  await expect(tab(page, 'Tietoja')).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(tab(page, 'Kartta')).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(tab(page, 'Tietoja')).toBeFocused();
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');

  // The tables, with the map's choice of measure carried over.
  await expect(tab(page, 'Toimijat')).toHaveAttribute('aria-selected', 'true');
  await expect(tab(page, 'Toimijat')).toHaveAttribute('tabindex', '0');
  await expect(tab(page, 'Kartta')).toHaveAttribute('tabindex', '-1');
  const members = page.getByRole('table', { name: /^Jäsenet \(/ });
  await expect(members.locator('tbody tr')).toHaveCount(9);
  await expect(members.locator('thead th').last()).toHaveText('PageRank (keskeisyys)');
  await expect(page.getByRole('tabpanel', { name: 'Toimijat' })).toBeVisible();
  await expect(map(page)).toHaveCount(0);
  expect(new URL(page.url()).searchParams.get('tab')).toBe('actors');
  expect(new URL(page.url()).searchParams.get('measure')).toBe('pagerank');

  // Space opens a tab as well: the municipalities and regions.
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Space');
  await expect(tab(page, 'Kunnat')).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('tabpanel', { name: 'Kunnat' }).getByRole('listitem')).toHaveCount(18);

  // Back goes to the tab before, and back again to the map; forward and a reload keep the tab.
  await page.goBack();
  await expect(tab(page, 'Toimijat')).toHaveAttribute('aria-selected', 'true');
  await expect(members.locator('tbody tr')).toHaveCount(9);
  await page.goBack();
  await expect(tab(page, 'Kartta')).toHaveAttribute('aria-selected', 'true');
  await expect(map(page)).toHaveAttribute('data-map-state', 'drawn');
  await expect(map(page)).toHaveAttribute('data-measure', 'pagerank');
  await page.goForward();
  await expect(tab(page, 'Toimijat')).toHaveAttribute('aria-selected', 'true');
  await page.reload();
  await settled(page);
  await expect(tab(page, 'Toimijat')).toHaveAttribute('aria-selected', 'true');
  await expect(members.locator('tbody tr')).toHaveCount(9);
});

test('the editors’ tab: the network’s description, its editing and its members and roles', async ({
  page,
}) => {
  await open(page, `${PAGE}?tab=about`);
  const panel = page.getByRole('tabpanel', { name: 'Tietoja' });
  await expect(panel).toContainText('Kehittyvien seutukaupunkien verkosto');
  await expect(panel.getByRole('link', { name: 'Muokkaa verkostoa' })).toHaveAttribute(
    'href',
    /returnTo=.*tab%3Dabout/,
  );
  await expect(
    panel.getByRole('table', { name: 'Jäsenet ja roolit', exact: true }).locator('tbody tr'),
  ).toHaveCount(9);
  await expectAccessible(page);
});
