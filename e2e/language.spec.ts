import { expect, settled, test } from './support/fixtures.js';

test('switch to Swedish and back, staying on the same page', async ({ page }) => {
  await page.goto('/fi/organisations?kind=municipality');
  await settled(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'fi');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Toimijat');

  await page.getByRole('button', { name: /Vaihda kieltä/ }).click();
  await page.getByRole('menuitem', { name: /På svenska/ }).click();
  await expect(page).toHaveURL(/\/sv\/organisations\?kind=municipality$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Aktörer');
  await expect(page.getByRole('link', { name: 'Helsingin kaupunki' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Helsingfors stad' })).toBeVisible();
  await expect(page.getByRole('status')).toHaveText(/aktörer$/);

  await page.getByRole('button', { name: /Byt språk/ }).click();
  await page.getByRole('menuitem', { name: /Suomeksi/ }).click();
  await expect(page).toHaveURL(/\/fi\/organisations\?kind=municipality$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'fi');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Toimijat');
});

test('dates and numbers follow the language', async ({ page }) => {
  await page.goto('/en/networks/seutukaupunkien-innovaatioekosysteemiverkosto');
  await expect(page.getByText('1 Oct 2021–31 Dec 2023')).toBeVisible();
  await page.goto('/fi/networks/seutukaupunkien-innovaatioekosysteemiverkosto');
  await expect(page.getByText('1.10.2021–31.12.2023')).toBeVisible();
});

test('an address without a language gets one, and / opens the overview', async ({ page }) => {
  await page.goto('/organisations');
  await expect(page).toHaveURL(/\/fi\/organisations$/);
  await page.goto('/');
  await expect(page).toHaveURL(/\/fi\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Yleiskuva');
  await page.goto('/fi/no-such-page');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sivua ei löytynyt');
});
