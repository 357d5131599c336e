import type { Page } from '@playwright/test';
import { expect, expectAccessible, settled, test } from './support/fixtures.js';

/**
 * Every page a role may use is reached from the main menu, without typing an address: the journey opens
 * each step of the cycle and follows each of its places, and every place answers with its own page.
 */
async function walkMenu(page: Page, expected: Record<string, string[]>) {
  await page.goto('/fi/');
  await settled(page);
  const menu = page.getByRole('navigation', { name: 'Päävalikko' });
  for (const [group, places] of Object.entries(expected)) {
    const button = menu.getByRole('button', { name: group, exact: true });
    await button.click();
    const panel = menu.locator(`#${await button.getAttribute('aria-controls')}`);
    await expect(panel.getByRole('link')).toHaveText(places);
    for (const place of places) {
      if (!(await panel.isVisible())) await button.click();
      await panel.getByRole('link', { name: place, exact: true }).click();
      await settled(page);
      await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(/Sivua ei löytynyt/);
      await expect(button).toHaveAttribute('data-current', 'true');
      await expect(panel).toBeHidden();
    }
  }
}

test('the coordinator reaches every page of the cycle from the menu', async ({ page }) => {
  await walkMenu(page, {
    Kartoita: ['Toimijat', 'Henkilöt', 'Osaamiset', 'Suhteet', 'Tuonnit'],
    Ymmärrä: ['Tilannekuva', 'Verkostot', 'Ekosysteemit'],
    Suunnittele: ['Strategiat'],
    Yhdistä: ['Yhteydenotot', 'Tapahtumat'],
    'Rahoita ja seuraa': ['Hankkeet', 'Rahoitushaut', 'Ekosysteemisopimukset'],
    Esittele: ['Viennit ja avoin data'],
  });
  await expect(page.getByRole('link', { name: 'Ylläpito' })).toHaveCount(0);
});

test('a signed-out visitor is offered only the public places', async ({ browser }) => {
  const context = await browser.newContext({
    baseURL: process.env.SOLMU_E2E_BASE,
    storageState: { cookies: [], origins: [] },
  });
  const page = await context.newPage();
  await walkMenu(page, {
    Kartoita: ['Toimijat', 'Osaamiset', 'Suhteet'],
    Yhdistä: ['Tapahtumat'],
  });
  await context.close();
});

test('a group opens with the keyboard, closes with Escape and a click elsewhere, and passes axe', async ({
  page,
}) => {
  await page.goto('/fi/');
  await settled(page);
  const group = page.getByRole('button', { name: 'Ymmärrä', exact: true });
  await group.focus();
  await page.keyboard.press('Enter');
  await expect(group).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Tilannekuva' })).toBeFocused();
  await expectAccessible(page);
  await page.keyboard.press('Escape');
  await expect(group).toHaveAttribute('aria-expanded', 'false');
  await expect(group).toBeFocused();
  await group.click();
  await page.locator('main').click({ position: { x: 5, y: 5 } });
  await expect(group).toHaveAttribute('aria-expanded', 'false');
});

test('contact work is the workspace’s own unless its writer shares it', async ({ page }) => {
  for (const path of ['/fi/contacts/new', '/fi/notes/new']) {
    await page.goto(path);
    await settled(page);
    await expect(page.getByRole('button', { name: /Näkyvyys/ })).toContainText('Vain oma työtila');
  }
  await page.goto('/fi/projects/new');
  await settled(page);
  await expect(page.getByRole('button', { name: /Näkyvyys/ })).toContainText('Verkoston työtilat');
});
