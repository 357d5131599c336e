import { expect, expectAccessible, LANGS, open, settled, test } from './support/fixtures.js';

/**
 * Keeping the public pages (issue 17): Savonlinna's editor finds its published page under Show, opens it,
 * and finds the intro, the role address, the actors shown and the example story; the list and the page
 * pass axe in fi, sv and en. Nothing is changed: the demo's pages stay as they are for the public site.
 */
test.use({ storageState: process.env.SOLMU_E2E_SAVONLINNA_STORAGE });

test('the editor finds Savonlinna’s published page and what it shows', async ({ page }) => {
  await open(page, '/fi/public-pages');
  const row = page.getByRole('row').filter({ hasText: '/fi/invest/savonlinna/metsabiotalous' });
  await expect(row).toContainText('Julkaistu');
  await page.getByRole('link', { name: 'Savonlinna', exact: true }).click();
  await settled(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Savonlinna · /fi/invest/savonlinna');
  await expect(page.getByLabel('Esittely suomeksi')).toHaveValue(/Saimaan keskellä/);
  await expect(page.getByLabel('Sähköposti')).toHaveValue('kirjaamo@savonlinna.fi');
  await expect(page.getByRole('region', { name: 'Näytettävät toimijat' })).toContainText('suostui');
  await expect(page.getByRole('heading', { level: 3 })).toContainText(['Esimerkki: Puun uudet käyttötavat']);
  await expect(page.getByRole('link', { name: /Avaa julkinen sivu/ })).toHaveAttribute(
    'href',
    '/fi/invest/savonlinna',
  );
});

for (const lang of LANGS) {
  test(`the list and a page pass axe (${lang})`, async ({ page }) => {
    await open(page, `/${lang}/public-pages`);
    await expectAccessible(page);
    await page
      .getByRole('link', { name: /Savonlinna|Nyslott/ })
      .first()
      .click();
    await settled(page);
    await expectAccessible(page);
  });
}
