import type { Page } from '@playwright/test';
import { expect, expectAccessible, LANGS, settled, test } from './support/fixtures.js';

const NETWORK = 'seutukaupunkien-innovaatioekosysteemiverkosto';
const NETWORK_PICTURE = `/fi/pictures/network/${NETWORK}`;
/** The ten member towns of the seed network (002), by Statistics Finland code. */
const TOWNS = ['140', '740', '678', '287', '111', '232', '249', '684', '305', '832'];

async function openPicture(page: Page, url: string) {
  await page.goto(url);
  await settled(page);
  await expect(page.locator('#network-heading')).toBeVisible();
}

const peers = (page: Page) => page.getByRole('table', { name: 'Tunnusluvut rinnakkain' });

test('every town of the seed network has a picture page, reached from the network’s picture, and a Word report', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await openPicture(page, NETWORK_PICTURE);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Tilannekuva: Seutukaupunkien innovaatioekosysteemiverkosto',
  );
  // The network's own row, then one linked row per town
  const links = peers(page).locator('tbody a');
  await expect(links).toHaveCount(TOWNS.length);
  const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  expect(hrefs.map((h) => h.split('/').pop()).sort()).toEqual([...TOWNS].sort());
  // Town names come with the reference data; read them once they are there.
  await expect(peers(page).getByRole('link', { name: 'Iisalmi', exact: true })).toBeVisible();
  const names = await links.allTextContents();

  for (const [i, href] of hrefs.entries()) {
    await openPicture(page, href);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Tilannekuva: ${names[i]}`);
    await expect(
      page.getByRole('table', { name: 'Toimijat tyypeittäin' }).locator('tbody tr'),
    ).not.toHaveCount(0);
    const word = page.getByRole('link', { name: 'Lataa Word-raportti (docx)' });
    const report = await page.request.get((await word.getAttribute('href'))!);
    expect(report.status(), href).toBe(200);
    expect(report.headers()['content-type']).toContain('wordprocessingml');
    expect((await report.body()).subarray(0, 2).toString('latin1')).toBe('PK'); // a zip, as a docx is
  }
});

test('the Word report downloads in the page’s language from the link', async ({ page }) => {
  await openPicture(page, '/sv/pictures/municipality/740');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Ladda ner Word-rapporten (docx)' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('tilannekuva-municipality-740-sv.docx');
  expect(download.url()).toContain('lang=sv');
});

/** A call from inside the page with its session and CSRF token, as the app makes them. */
async function call(page: Page, method: string, path: string, body?: unknown) {
  return page.evaluate(
    async ({ method, path, body }) => {
      const me = await (await fetch('/api/v1/auth/me')).json();
      const res = await fetch(`/api/v1${path}`, {
        method,
        headers: { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken ?? '' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return { status: res.status, body: res.status === 204 ? null : await res.json(), me };
    },
    { method, path, body },
  );
}

/**
 * The demo towns are too small for a strength (a sector needs 5 organisations and a location quotient of
 * 1.25): five sawmills in Lieksa and three software houses in Joensuu make one, kept private to the
 * coordinator's workspace and removed afterwards.
 */
async function sawmills(page: Page): Promise<string[]> {
  const me = (await call(page, 'GET', '/auth/me')).body as { workspaces: { id: string; role: string }[] };
  const workspaceId = me.workspaces.find((w) => w.role === 'editor')!.id;
  const made = [
    ...[1, 2, 3, 4, 5].map((i) => [`Lieksan Saha ${i} Oy (testi)`, '16100', '422']),
    ...[1, 2, 3].map((i) => [`Joensuun Ohjelmisto ${i} Oy (testi)`, '62010', '167']),
  ];
  const ids: string[] = [];
  for (const [nameFi, tolCode, municipalityCode] of made) {
    const created = await call(page, 'POST', `/organisations?workspace=${workspaceId}`, {
      kind: 'company',
      nameFi,
      tolCode,
      municipalityCode,
      visibility: 'private',
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    ids.push(created.body.id as string);
  }
  return ids;
}

test('the evidence behind a strength opens with one click, and the open evidence passes axe', async ({
  page,
}) => {
  await page.goto('/fi/');
  const ids = await sawmills(page);
  try {
    for (const lang of LANGS) {
      await openPicture(page, `/${lang}/pictures/municipality/422`);
      const first = page.locator('#strengths details').first();
      await expect(first.locator('summary')).toContainText('16');
      await expect(first.locator('ul')).toBeHidden();
      await first.locator('summary').click();
      await expect(first.locator('ul li').first()).toBeVisible();
      if (lang === 'fi') await expect(first.locator('ul')).toContainText('Sijaintiosamäärä');
      await expectAccessible(page);
    }
  } finally {
    for (const id of ids) await call(page, 'DELETE', `/organisations/${id}`);
  }
});

test('choose a scope and find it by name', async ({ page }) => {
  await page.goto('/fi/pictures');
  await settled(page);
  await page.getByRole('searchbox', { name: 'Hae nimellä' }).fill('Savonlin');
  await page.getByRole('link', { name: 'Savonlinna', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tilannekuva: Savonlinna');

  await page.goto('/fi/pictures');
  await page.getByText('Kaupunkien verkosto', { exact: true }).click();
  await page.getByRole('link', { name: 'Seutukaupunkien innovaatioekosysteemiverkosto' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Tilannekuva: Seutukaupunkien innovaatioekosysteemiverkosto',
  );
});

test('the network page links to the network’s picture, an organisation to its municipality’s', async ({
  page,
}) => {
  await page.goto(`/fi/networks/${NETWORK}`);
  await settled(page);
  await page.getByRole('link', { name: 'Avaa verkoston tilannekuva' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Tilannekuva: Seutukaupunkien innovaatioekosysteemiverkosto',
  );

  await openPicture(page, '/fi/pictures/municipality/740');
  await page
    .getByRole('table', { name: 'Keskeisimmät toimijat (PageRank)' })
    .locator('tbody a')
    .first()
    .click();
  await settled(page);
  await page.getByRole('link', { name: 'kunnan tilannekuva' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tilannekuva: Savonlinna');
});

test('write, edit and delete a proposal; it goes into the report', async ({ page }) => {
  await openPicture(page, '/fi/pictures/municipality/287');
  const section = page.locator('#proposals');
  await section.getByLabel('Otsikko suomeksi').fill('Satamalogistiikan osaamiskeskus');
  await section.getByLabel('Teksti suomeksi (valinnainen)').fill('Yhteistyössä oppilaitosten kanssa.');
  await section.getByRole('button', { name: 'Tallenna ehdotus' }).click();
  await expect(section.getByRole('heading', { name: 'Satamalogistiikan osaamiskeskus' })).toBeVisible();

  await section.getByRole('button', { name: 'Muokkaa ehdotusta Satamalogistiikan osaamiskeskus' }).click();
  const editing = section.locator('form').first(); // the new-proposal form stays below
  await editing.getByLabel('Otsikko ruotsiksi (valinnainen)').fill('Kompetenscentrum för hamnlogistik');
  await editing.getByRole('button', { name: 'Tallenna ehdotus' }).click();
  await expect(section.locator('form')).toHaveCount(1);
  await page.goto('/sv/pictures/municipality/287');
  await expect(
    page.locator('#proposals').getByRole('heading', { name: 'Kompetenscentrum för hamnlogistik' }),
  ).toBeVisible();
  const html = await page.request.get(
    '/api/v1/pictures/report?scope=municipality&id=287&format=html&lang=sv',
  );
  expect(await html.text()).toContain('Kompetenscentrum för hamnlogistik');

  await page
    .locator('#proposals')
    .getByRole('button', { name: 'Ta bort förslaget Kompetenscentrum för hamnlogistik' })
    .click();
  await expect(page.locator('#proposals').getByText('Inga förslag har skrivits ännu.')).toBeVisible();
});

test('save a snapshot and compare today’s picture with it', async ({ page }) => {
  await openPicture(page, '/en/pictures/municipality/678');
  const section = page.locator('#change');
  await section.getByRole('button', { name: "Save today's picture" }).click();
  await expect(section.getByRole('status')).toContainText('Picture saved');
  await section.getByRole('button', { name: /Compare with a saved picture/ }).click();
  await page.getByRole('option').nth(1).click();
  await expect(page.getByTestId('picture-changes')).toBeVisible();
  await expect(page.getByRole('table', { name: 'Changes in the key figures' })).toContainText(
    'Organisations',
  );
});

for (const lang of LANGS) {
  test(`picture pages pass axe in ${lang}`, async ({ page }) => {
    await page.goto(`/${lang}/pictures`);
    await settled(page);
    await expectAccessible(page);
    await openPicture(page, `/${lang}/pictures/municipality/740`);
    await expect(page.locator('.map-canvas')).toHaveAttribute('data-map-state', 'drawn');
    await expectAccessible(page);
    await openPicture(page, `/${lang}/pictures/network/${NETWORK}`);
    await expectAccessible(page);
  });
}

test('the picture page fits a 360 px screen without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await openPicture(page, '/fi/pictures/municipality/740');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
