import fs from 'node:fs';
import JSZip from 'jszip';
import { expect, expectAccessible, LANGS, open, settled, test } from './support/fixtures.js';

/**
 * The ECCP profile (issue 17): Savonlinna's forest bioeconomy ecosystem's page checks it against ECCP's
 * registration criteria, lists what it still lacks and downloads the profile as Word in English. The
 * section passes axe in fi, sv and en.
 */

test.use({ storageState: process.env.SOLMU_E2E_STORAGE });

const ECOSYSTEM = 'Savonlinnan metsäbiotalouden innovaatioekosysteemi';

test('the ecosystem’s page lists what it lacks for ECCP and downloads the profile as Word', async ({
  page,
}) => {
  await open(page, '/fi/ecosystems');
  await page.getByRole('link', { name: ECOSYSTEM }).click();
  await settled(page);
  const section = page.getByRole('region', { name: 'ECCP-profiili' });
  await expect(section.getByRole('status')).toHaveText(/^Ei vielä valmis/);
  const missing = section.getByRole('list').first();
  await expect(missing).toContainText('Vähintään 15 sitoutunutta jäsentä: ei täyty (4 / 15)');
  await expect(missing).toContainText('Yrityksiä, erityisesti pk-yrityksiä, jäseninä: ei täyty');

  const download = page.waitForEvent('download');
  await section.getByRole('link', { name: 'Lataa ECCP-profiili (Word, englanniksi)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('eccp-profile-savonlinnan-metsabiotalous.docx');
  const zip = await JSZip.loadAsync(fs.readFileSync((await file.path())!));
  const text = (await zip.file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, ' ');
  expect(text).toContain('ECCP cluster profile: Savonlinna forest bioeconomy innovation ecosystem');
  expect(text).toContain('At least 15 clearly committed members');
});

test('the ECCP section passes axe in Finnish, Swedish and English', async ({ page }) => {
  const headings = { fi: 'ECCP-profiili', sv: 'ECCP-profil', en: 'ECCP profile' };
  await open(page, '/fi/ecosystems');
  await page.getByRole('link', { name: ECOSYSTEM }).click();
  await settled(page);
  const address = new URL(page.url()).pathname;
  for (const lang of LANGS) {
    await open(page, address.replace(/^\/fi\//, `/${lang}/`));
    await expect(page.getByRole('region', { name: headings[lang] }).getByRole('status')).toBeVisible();
    await expectAccessible(page);
  }
});
