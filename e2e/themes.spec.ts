import { expect, expectAccessible, test } from './support/fixtures.js';

test('themes show in the reader’s language, and the form names a theme the vocabulary lacks', async ({
  page,
}) => {
  const ecosystem = '/ecosystems/savonlinnan-metsabiotalous';
  await page.goto(`/sv${ecosystem}`);
  await expect(page.locator('.details')).toContainText('skogsbioekonomi, träförädling, teknologiindustri');
  await expectAccessible(page);
  await page.goto(`/en${ecosystem}`);
  await expect(page.locator('.details')).toContainText(
    'forest bioeconomy, wood processing, technology industry',
  );

  await page.goto('/fi/ecosystems/new');
  await page.getByLabel('Teemat').fill('Metsäbiotalous, vetytalous');
  await expect(page.getByText('Ei sanastossa, näkyy vain suomeksi: vetytalous')).toBeVisible();
  await page.getByLabel('Teemat').fill('metsäbiotalous, skogsbioekonomi');
  await expect(page.getByText(/Ei sanastossa/)).toHaveCount(0);
  await expectAccessible(page);
});
