import { expect, expectAccessible, settled, test } from './support/fixtures.js';
import { MENUS, walkMenu } from './support/menu.js';

test('the coordinator reaches every page of the cycle from the menu', async ({ page }) => {
  await walkMenu(page, MENUS.editor);
  await expect(page.getByRole('link', { name: 'Ylläpito' })).toHaveCount(0);
});

test('a signed-out visitor is offered only the public places', async ({ browser }) => {
  const context = await browser.newContext({
    baseURL: process.env.SOLMU_E2E_BASE,
    storageState: { cookies: [], origins: [] },
  });
  const page = await context.newPage();
  await walkMenu(page, MENUS.signedOut);
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
