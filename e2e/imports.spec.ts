import fs from 'node:fs';
import ExcelJS from 'exceljs';
import { expect, expectAccessible, LANGS, settled, test } from './support/fixtures.js';

/** The real v3 records of the shared sample, as the `companies` response PRH's API gives (read at run time). */
function ytjSample(): Buffer {
  const sample = JSON.parse(
    fs.readFileSync(new URL('../../shared/data/ytj-sample-companies.json', import.meta.url), 'utf8'),
  ) as { v3_examples: { companies: unknown[] }[] };
  const companies = sample.v3_examples[0]!.companies;
  return Buffer.from(JSON.stringify({ totalResults: companies.length, companies }));
}

/** A sheet of three organisations; the second has a business ID whose check digit is wrong. */
async function organisationSheet(stamp: string): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Toimijat');
  sheet.addRow(['Nimi', 'Y-tunnus', 'Kunta', 'Osoite netissä']);
  sheet.addRow([`E2E Saha ${stamp} Oy`, '', 'Iisalmi', 'saha.example.fi']);
  sheet.addRow([`E2E Rikki ${stamp} Oy`, '1234567-2', 'Iisalmi', '']);
  sheet.addRow([`E2E Kone ${stamp} Oy`, '', '140', '']);
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** Opens the imports page in Finnish with this kind of file chosen. */
async function chooseFile(
  page: import('@playwright/test').Page,
  kind: string,
  file: { name: string; mimeType: string; buffer: Buffer },
) {
  await page.goto('/fi/imports');
  await settled(page);
  await page.getByText(kind).click();
  await page.locator('input[type="file"]').setInputFiles(file);
}

async function searchOrganisation(page: import('@playwright/test').Page, text: string) {
  await page.goto(`/fi/organisations?q=${encodeURIComponent(text)}`);
  await settled(page);
}

test('a real YTJ file: check, import, see the run, find the companies with their register data', async ({
  page,
}) => {
  await page.goto('/fi/imports');
  await settled(page);
  await page.locator('input[type="file"]').setInputFiles({
    name: 'ytj-v3-sample.json',
    mimeType: 'application/json',
    buffer: ytjSample(),
  });
  await page.getByRole('button', { name: 'Tarkista tiedosto' }).click();
  await expect(page.getByText('Kaikki rivit voidaan tuoda.', { exact: false })).toBeVisible();
  await page.getByRole('button', { name: 'Tuo', exact: true }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'ytj-v3-sample.json' })).toBeVisible();
  await expect(page.getByText('Tuonti on valmis ja tiedot on tallennettu.')).toBeVisible();
  await expect(page.getByRole('list', { name: 'Rivimäärät' })).toContainText('2 riviä');

  await page.getByRole('link', { name: '← Tuonnit' }).click();
  const run = page.getByRole('table', { name: 'Viimeisimmät tuontiajot' }).getByRole('row', {
    name: /ytj-v3-sample\.json/,
  });
  await expect(run.first()).toContainText('Valmis');
  await expect(run.first()).toContainText('sinä');

  await searchOrganisation(page, 'Liedon Graniitti');
  await page.getByRole('link', { name: 'Asunto Oy Liedon Graniitti' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Asunto Oy Liedon Graniitti' })).toBeVisible();
  await expect(page.getByText('2678126-3')).toBeVisible();
  await expect(page.getByText('YTJ (PRH:n avoin data)')).toBeVisible();
  await expect(page.getByText('Asunto-osakeyhtiö')).toBeVisible();
  await searchOrganisation(page, 'Turun Kesätuuli');
  await expect(page.getByRole('link', { name: 'Asunto Oy Turun Kesätuuli' })).toBeVisible();
});

test('an Excel sheet with a bad row: its reason, a corrected mapping, skip it, import the rest', async ({
  page,
}) => {
  const stamp = String(Date.now());
  await chooseFile(page, 'Taulukko: toimijat', {
    name: 'toimijat.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: await organisationSheet(stamp),
  });
  // The chosen file's size in Finnish (not suomifi's English "6.1 KB").
  await expect(page.getByText(/^Tiedoston koko: \d+,\d\skt$/)).toBeVisible();
  await expect(page.getByText(/\d KB$/)).toBeHidden();
  await page.getByRole('button', { name: 'Tarkista tiedosto' }).click();
  await expect(page.getByRole('status').filter({ hasText: '1 rivissä on virhe' })).toBeVisible();
  const errors = page.getByRole('table', { name: /1 virhe/ });
  await expect(errors.getByRole('row', { name: /Y-tunnus/ })).toContainText('3');
  // The reason in the page's language, from the server's code, not its English text.
  await expect(errors).toContainText('”1234567-2” ei ole kelvollinen Y-tunnus (esim. 0112038-9).');
  await expect(errors).not.toContainText('is not a valid business ID');
  await expectAccessible(page);

  // The unrecognised column is taken in as the website, and the file is checked again.
  const column = page.getByLabel('Osoite netissä');
  await expect(column).toHaveValue('');
  await column.selectOption({ label: 'Verkkosivu' });
  await expect(page.getByText('Muutit sarakkeiden kohdistusta.', { exact: false })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Tuo', exact: true })).toBeDisabled();
  await page.getByRole('button', { name: 'Tarkista uudelleen' }).click();
  await expect(page.getByText('Muutit sarakkeiden kohdistusta.', { exact: false })).toHaveCount(0);

  await page.getByLabel('Ohita rivi 3').check();
  await page.getByRole('button', { name: 'Tuo', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'toimijat.xlsx' })).toBeVisible();
  await expect(page.getByText('Tuonti on valmis ja tiedot on tallennettu.')).toBeVisible();
  await expect(page.getByRole('list', { name: 'Rivimäärät' })).toContainText('2 uutta');

  await searchOrganisation(page, `E2E Saha ${stamp}`);
  await page.getByRole('link', { name: `E2E Saha ${stamp} Oy` }).click();
  await expect(page.getByRole('link', { name: 'https://saha.example.fi' })).toBeVisible();
  await searchOrganisation(page, `E2E Rikki ${stamp}`);
  await expect(page.getByRole('status')).toHaveText('0 toimijaa');
});

test('a JSON file that is not YTJ data is explained in Finnish, with no English reason or run id', async ({
  page,
}) => {
  await chooseFile(page, 'YTJ:n JSON-tiedosto (toimijat)', {
    name: 'muu.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"results": [{"id": 1}]}'),
  });
  await page.getByRole('button', { name: 'Tarkista tiedosto' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Tiedostoa ei voitu lukea.' })).toBeVisible();
  await expect(page.getByText('Tiedosto on JSONia mutta ei YTJ:n vastausta', { exact: false })).toBeVisible();
  await expect(page.getByText('not a YTJ', { exact: false })).toHaveCount(0);
  // No list of bad rows that says there are none under a reason that points below.
  await expect(page.getByText('Ei virheellisiä rivejä.')).toHaveCount(0);
  // Nothing to import from a file that could not be read, so nothing is offered.
  await expect(page.getByRole('button', { name: 'Tuo', exact: true })).toHaveCount(0);
  await expectAccessible(page);
});

test('a bad row is explained in Swedish and English too, from the same check', async ({ page }) => {
  const sheet = await organisationSheet(String(Date.now()));
  for (const [lang, kind, check, reason, size] of [
    [
      'sv',
      'Kalkylblad: aktörer',
      'Kontrollera filen',
      '”1234567-2” är inte ett giltigt FO-nummer',
      /^Filens storlek: \d+,\d\skB$/,
    ],
    [
      'en',
      'Spreadsheet: organisations',
      'Check the file',
      '“1234567-2” is not a valid business ID (e.g. 0112038-9).',
      /^File size: \d+\.\d\skB$/,
    ],
  ] as const) {
    await page.goto(`/${lang}/imports`);
    await settled(page);
    await page.getByText(kind).click();
    await page.locator('input[type="file"]').setInputFiles({
      name: 'toimijat.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: sheet,
    });
    await expect(page.getByText(size)).toBeVisible();
    await page.getByRole('button', { name: check }).click();
    await expect(page.getByRole('table', { name: /1 (fel|problem)/ })).toContainText(reason);
  }
});

test('a long import shows its progress while it runs, then the finished run', async ({ page }) => {
  // Organisations are written set-based (thousands a second), so it takes tens of thousands of rows to see a
  // run in progress. They go to Utsjoki, a town no other journey looks at.
  test.setTimeout(180_000);
  const stamp = String(Date.now());
  const rows = Array.from({ length: 60_000 }, (_, i) => `Massa ${stamp} ${i} Oy;Utsjoki`);
  await page.goto('/fi/imports');
  await settled(page);
  await page.getByText('Taulukko: toimijat').click();
  await page.locator('input[type="file"]').setInputFiles({
    name: `massa-${stamp}.csv`,
    mimeType: 'text/csv',
    buffer: Buffer.from(['Nimi;Kunta', ...rows].join('\r\n')),
  });
  await page.getByRole('button', { name: 'Tarkista tiedosto' }).click();
  await expect(page.getByText('Kaikki rivit voidaan tuoda.', { exact: false })).toBeVisible({
    timeout: 60_000,
  });
  await page.getByRole('button', { name: 'Tuo', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Tuonti on käynnissä.' })).toBeVisible();
  await expect(page.getByRole('progressbar', { name: 'Tuonnin eteneminen' })).toBeVisible();

  // Meanwhile, in another tab: the running run's page follows it until it is done.
  const other = await page.context().newPage();
  await other.goto('/fi/imports');
  // Newest first: the import, then the check (a dry run is stored as a run too).
  const run = other.getByRole('row', { name: new RegExp(`massa-${stamp}\\.csv`) }).first();
  await run.getByRole('link').click();
  // On a quiet machine the run can be done before this tab opens it; while it runs, the page says so.
  await expect(
    other
      .getByText('Tuonti on käynnissä. Sivu päivittyy itsestään.')
      .or(other.getByText('Tuonti on valmis ja tiedot on tallennettu.')),
  ).toBeVisible();
  await expect(other.getByText('Tuonti on valmis ja tiedot on tallennettu.')).toBeVisible({
    timeout: 90_000,
  });
  await other.close();
  await expect(page.getByRole('heading', { level: 1, name: `massa-${stamp}.csv` })).toBeVisible({
    timeout: 60_000,
  });
  await expect(page.getByRole('list', { name: 'Rivimäärät' })).toContainText('60 000 uutta');
});

test('fetch a company from YTJ by business ID and add it as an organisation', async ({ page }) => {
  await page.goto('/fi/imports');
  await settled(page);
  const businessId = page.getByLabel('Y-tunnus', { exact: true });
  await businessId.fill('3123456-4');
  await page.getByRole('button', { name: 'Hae', exact: true }).click();
  await expect(page.getByText('Y-tunnus ei kelpaa.', { exact: false })).toBeVisible();
  await businessId.fill('3123456-3');
  await page.getByRole('button', { name: 'Hae', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Koivukosken Metsäkone Oy' })).toBeVisible();
  await expect(page.getByText(/rekisteröity .*2020/)).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Lisää toimijaksi' }).click();
  await expect(page.getByText('Tiedot tallennettu YTJ:stä.')).toBeVisible();
  await page.getByRole('link', { name: 'Avaa toimija Solmussa' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Koivukosken Metsäkone Oy' })).toBeVisible();
  await expect(page.getByText('Osakeyhtiö', { exact: true })).toBeVisible();
  await expect(page.getByText('Toiminnassa', { exact: true })).toBeVisible();
});

test('a file too large or not YTJ at all gets a clear message, and nothing is imported', async ({
  page,
}, testInfo) => {
  // 21 MB from a file on disk: the browser reads it there, while the same bytes as a buffer would travel
  // through the test protocol and into the page's script, which takes longer than an action may on a
  // loaded machine.
  const large = testInfo.outputPath('iso.json');
  fs.writeFileSync(large, Buffer.alloc(21 * 1024 * 1024, 32));
  await page.goto('/fi/imports');
  await settled(page);
  const input = page.locator('input[type="file"]');
  await input.setInputFiles(large);
  await page.getByRole('button', { name: 'Tarkista tiedosto' }).click();
  await expect(page.getByText('Tiedosto on liian suuri (21,0 Mt).', { exact: false })).toBeVisible();
  await input.setInputFiles({
    name: 'rikki.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"companies": ['),
  });
  await page.getByRole('button', { name: 'Tarkista tiedosto' }).click();
  // Said as a check's finding in Finnish, with its reason, not as the server's English error.
  await expect(page.getByRole('status').filter({ hasText: 'Tiedostoa ei voitu lukea.' })).toBeVisible();
  await expect(
    page.getByText('Tiedosto ei ole kelvollista JSONia: se on rikki tai katkeaa kesken.'),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: 'Tuo', exact: true })).toHaveCount(0);
});

test('download the network as GEXF and the events as iCalendar', async ({ page }) => {
  await page.goto('/fi/exports');
  await settled(page);
  await expect(page.getByRole('button', { name: /Kohde/ })).toBeVisible();
  const [gexf] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Lataa verkosto' }).click(),
  ]);
  expect(gexf.suggestedFilename()).toMatch(/^network-network-.*\.gexf$/);
  const network = fs.readFileSync(await gexf.path(), 'utf8');
  expect(network).toContain('<gexf');
  expect(network.match(/<node /g)?.length ?? 0).toBeGreaterThan(2);

  await page.getByText('englanti').click();
  const [ics] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Lataa kalenteri' }).click(),
  ]);
  expect(ics.suggestedFilename()).toBe('events.ics');
  const calendar = fs.readFileSync(await ics.path(), 'utf8');
  expect(calendar).toMatch(/^BEGIN:VCALENDAR/);
  expect(calendar).toContain('BEGIN:VEVENT');
});

for (const lang of LANGS) {
  test(`the import and export pages pass axe (${lang})`, async ({ page }) => {
    for (const path of ['imports', 'exports']) {
      await page.goto(`/${lang}/${path}`);
      await settled(page);
      await expectAccessible(page);
    }
  });
}

test('the import and export pages fit a 360 px wide screen', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  for (const path of ['imports', 'exports']) {
    await page.goto(`/fi/${path}`);
    await settled(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});
