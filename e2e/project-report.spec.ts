import fs from 'node:fs';
import JSZip from 'jszip';
import { expect, expectAccessible, LANGS, open, settled, test } from './support/fixtures.js';
import { api } from './support/page-api.js';

/**
 * The project report (issue 16): the network coordinator opens the seed project (the regional towns'
 * network project), starts its ERDF progress report for 2022, writes a text, saves and downloads the
 * Word file, which holds the project's events of 2022 and the text. The report pages pass axe in fi, sv
 * and en. The report made is removed at the end.
 */

test.use({ storageState: process.env.SOLMU_E2E_STORAGE });
test.describe.configure({ mode: 'serial' });

const PROJECT = 'Seutukaupunkien innovaatioekosysteemiverkoston kehittäminen';
const WEBINAR = 'Seutukaupunkien innovaatioekosysteemit -webinaarisarja';
const WORKSHOP = 'Savonlinnan metsäbiotalouden innovaatioekosysteemin tulevaisuustyöpaja';
const OF_2023 = 'Ekosysteemit innovaatioiden ja kasvun vauhdittajana';
const DEVIATIONS = 'Webinaarisarjan viimeinen osa siirtyi keväälle; muuten kausi eteni suunnitellusti.';

const made: { reports?: string; report?: string } = {};

test('the coordinator makes the project’s 2022 ERDF report, writes a text and downloads it as Word', async ({
  page,
}) => {
  await open(page, '/fi/projects');
  await page.getByRole('link', { name: PROJECT }).click();
  await settled(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(PROJECT);
  await page.getByRole('link', { name: 'Hankkeen raportit' }).click();
  await settled(page);
  made.reports = new URL(page.url()).pathname;
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Raportit');

  await expect(page.getByRole('radio', { name: 'EAKR-hankkeen edistymisraportti' })).toBeChecked();
  await page.getByRole('textbox', { name: 'Kauden ensimmäinen päivä' }).fill('1.1.2022');
  await page.getByRole('textbox', { name: 'Kauden viimeinen päivä' }).fill('31.12.2022');
  await page.getByRole('button', { name: 'Luo raportti' }).click();
  await expect(page).toHaveURL(/\/fi\/project-reports\/[0-9a-f-]{36}$/);
  await settled(page);
  made.report = new URL(page.url()).pathname;
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('EAKR-hankkeen edistymisraportti');
  await expect(page.getByText('Raportointikausi 1.1.2022–31.12.2022')).toBeVisible();

  const events = page.getByRole('table', { name: 'Järjestetyt tilaisuudet' });
  await expect(events).toContainText(WEBINAR);
  await expect(events).toContainText(WORKSHOP);
  await expect(events).not.toContainText(OF_2023);
  await expect(page.getByRole('textbox', { name: 'Teksti: Toteutuneet toimenpiteet' })).toHaveValue(
    /^Tilaisuuksia järjestettiin [1-9]\d*, ja osallistujia oli yhteensä [1-9]/,
  );

  await page.getByRole('textbox', { name: 'Teksti: Poikkeamat ja riskit' }).fill(DEVIATIONS);
  await expect(page.getByText('Tallenna muutokset ennen latausta')).toBeVisible();
  await page.getByRole('button', { name: 'Tallenna muutokset' }).click();
  await expect(page.getByText('Raportti tallennettiin.')).toBeVisible();

  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Lataa Word-tiedosto' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('hankeraportti-2022-01-01_2022-12-31-fi.docx');
  const zip = await JSZip.loadAsync(fs.readFileSync((await file.path())!));
  const xml = await zip.file('word/document.xml')!.async('string');
  const text = xml.replace(/<[^>]+>/g, ' ');
  expect(text).toContain(WEBINAR);
  expect(text).toContain(WORKSHOP);
  // the 2023 event's title is also a development action's; its day is the event's alone
  expect(text).not.toContain('20.4.2023');
  expect(text).toContain(DEVIATIONS);
});

test('the report pages pass axe in Finnish, Swedish and English', async ({ page }) => {
  for (const lang of LANGS) {
    await open(page, made.reports!.replace(/^\/fi\//, `/${lang}/`));
    await expect(page.locator('table.data')).toBeVisible();
    await expectAccessible(page);
    await open(page, made.report!.replace(/^\/fi\//, `/${lang}/`));
    await expect(page.locator('.report-section').first()).toBeVisible();
    await expectAccessible(page);
  }
});

test('the project’s page lists its latest report, and an editor deletes the draft after confirming', async ({
  page,
}) => {
  await open(page, '/fi/projects');
  await page.getByRole('link', { name: PROJECT }).click();
  await settled(page);
  const reports = page.getByRole('region', { name: 'Raportit', exact: true });
  const report = reports.getByRole('link', { name: 'EAKR-hankkeen edistymisraportti, 1.1.2022–31.12.2022' });
  await expect(report).toBeVisible();
  await report.click();
  await settled(page);
  expect(new URL(page.url()).pathname).toBe(made.report);

  await page.getByRole('button', { name: 'Poista luonnos' }).click();
  const dialog = page.getByRole('dialog', { name: 'Poistetaanko raportin luonnos?' });
  await expect(dialog).toContainText('EAKR-hankkeen edistymisraportti, 1.1.2022–31.12.2022');
  await dialog.getByRole('button', { name: 'Peruuta' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('EAKR-hankkeen edistymisraportti');
  await page.getByRole('button', { name: 'Poista luonnos' }).click();
  await dialog.getByRole('button', { name: 'Poista', exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`${made.reports}$`));
  await settled(page);
  await expect(page.getByRole('link', { name: /1\.1\.2022–31\.12\.2022/ })).toHaveCount(0);
  made.report = undefined;
});

test.afterAll(async ({ browser }) => {
  if (!made.report) return;
  const page = await browser.newPage({ storageState: process.env.SOLMU_E2E_STORAGE });
  await open(page, '/fi/');
  const id = made.report.split('/').pop();
  expect((await api(page, 'DELETE', `/api/v1/project-reports/${id}`)).status).toBe(204);
  await page.close();
});
