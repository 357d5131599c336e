import { expect, test } from './support/fixtures.js';

test('open the town network: 10 municipalities, 8 regions, the map draws, the table lists the members', async ({
  page,
}) => {
  await page.goto('/fi/');
  await page.getByRole('link', { name: 'Seutukaupunkien innovaatioekosysteemiverkosto' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Seutukaupunkien innovaatioekosysteemiverkosto',
  );
  await expect(page.getByTestId('municipality-count')).toHaveText('10 kuntaa');
  await expect(page.getByTestId('region-count')).toHaveText('8 maakuntaa');

  const map = page.locator('.map-canvas');
  await expect(map).toHaveAttribute('data-map-state', 'drawn');
  expect(await map.locator('canvas').count()).toBeGreaterThan(0);
  await expect(map).toHaveAttribute('aria-label', /9 toimijaa ja 8 suhdetta/);

  const members = page.getByRole('table', { name: /Jäsenet/ });
  await expect(members.locator('tbody tr')).toHaveCount(9);
  for (const town of ['Iisalmen kaupunki', 'Raahen kaupunki', 'Naturpolis Oy'])
    await expect(members.getByRole('link', { name: town })).toBeVisible();
  await expect(page.getByRole('table', { name: /Suhteet/ }).locator('tbody tr')).toHaveCount(8);
});

test('search on the map focuses an actor and opens its profile', async ({ page }) => {
  await page.goto('/fi/networks/seutukaupunkien-innovaatioekosysteemiverkosto');
  await expect(page.locator('.map-canvas')).toHaveAttribute('data-map-state', 'drawn');
  // Typing a name from the suggestion list (or picking it) chooses it.
  await page.getByLabel('Etsi toimija kartalta').fill('Raahen kaupunki');
  await page.getByRole('button', { name: 'Avaa toimijan Raahen kaupunki tiedot' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Raahen kaupunki');
});
