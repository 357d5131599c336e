import { expect, expectAccessible, LANGS, settled, test } from './support/fixtures.js';
import { api } from './support/page-api.js';

/**
 * The Savonlinna editor makes a webinar series from the events page and finds its sessions on the first
 * session's page; the overview shows the open call that fits the forest bioeconomy ecosystem. The
 * series' sessions are removed at the end, so the other tests see the demo as it was.
 */
test.use({ storageState: process.env.SOLMU_E2E_SAVONLINNA_STORAGE });
test.describe.configure({ mode: 'serial' });

const RUN = Date.now().toString(36).slice(-5);
const SERIES = `Puurakentamisen webinaarisarja ${RUN}`;
const made: { sessionIds: string[] } = { sessionIds: [] };

test('a webinar series is made from the events page and its sessions are listed', async ({ page }) => {
  await page.goto('/fi/events');
  await settled(page);
  await page.getByRole('link', { name: 'Luo webinaarisarja' }).click();
  await settled(page);
  await expectAccessible(page);
  await page.getByLabel('Sarjan nimi suomeksi').fill(SERIES);
  await page.getByLabel(/Ensimmäinen istunto alkaa/).fill('3.3.2031 10.00');
  await page.getByLabel('Istunnon kesto minuutteina').fill('90');
  await page.getByRole('radio', { name: 'kuukausittain' }).check({ force: true });
  await page.getByLabel('Istuntojen määrä').fill('3');
  await page.getByRole('button', { name: 'Luo sarja' }).click();

  await expect(page.getByRole('heading', { level: 1, name: SERIES })).toBeVisible();
  const sessions = page.getByRole('region', { name: `Sarjan istunnot: ${SERIES}` });
  await expect(sessions.getByRole('listitem')).toHaveCount(3);
  await expect(sessions).toContainText('3.3.2031 klo 10.00 (tämä istunto)');
  await expect(sessions.getByRole('link', { name: '3.4.2031 klo 10.00' })).toBeVisible();
  made.sessionIds = await page.evaluate(async (title) => {
    const res = await fetch(`/api/v1/events?q=${encodeURIComponent(title)}&limit=10`);
    return ((await res.json()).items as { id: string }[]).map((e) => e.id);
  }, SERIES);
  expect(made.sessionIds).toHaveLength(3);

  await sessions.getByRole('link', { name: '3.5.2031 klo 10.00' }).click();
  await expect(page.getByRole('region', { name: `Sarjan istunnot: ${SERIES}` })).toContainText(
    '3.5.2031 klo 10.00 (tämä istunto)',
  );
  await expect(page.getByRole('button', { name: 'Lähetä kutsut' })).toBeVisible();
  // A new name goes to the sessions still ahead: all three are.
  await page.getByLabel('Sarjan nimi suomeksi').fill(`${SERIES} (uusi nimi)`);
  await page.getByRole('button', { name: 'Vaihda nimi' }).click();
  await expect(page.getByRole('heading', { name: `Sarjan istunnot: ${SERIES} (uusi nimi)` })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: `${SERIES} (uusi nimi)` })).toBeVisible();
  for (const lang of LANGS) {
    await page.goto(`/${lang}/events/${made.sessionIds[0]}`);
    await settled(page);
    await expect(page.locator('#series-sessions-heading')).toContainText('(uusi nimi)');
    await expectAccessible(page);
  }
});

test('the overview shows the open call that fits the ecosystem, with its deadline', async ({ page }) => {
  for (const lang of LANGS) {
    await page.goto(`/${lang}/`);
    await settled(page);
    const panel = page.locator('section[aria-labelledby="fitting-calls-heading"]');
    await expect(panel.getByRole('listitem')).toHaveCount(1);
    await expect(panel.locator('time')).toHaveText(/\b20\d\d\b/);
    await expectAccessible(page);
  }
  await page.goto('/fi/');
  const panel = page.getByRole('region', { name: 'Avoimet haut, jotka sopivat ekosysteemeillesi' });
  await expect(
    panel.getByRole('link', { name: /^Esimerkki: Metsäbiotalouden ja puunjalostuksen/ }),
  ).toBeVisible();
  await expect(panel).toContainText(/Haku päättyy \d{1,2}\.\d{1,2}\.\d{4}/);
  await expect(panel).toContainText('yhteiset teemat metsäbiotalous, puunjalostus');
  await expect(panel).toContainText('Esimerkkiaineisto');
});

test.afterAll(async ({ browser }) => {
  const context = await browser.newContext({ storageState: process.env.SOLMU_E2E_SAVONLINNA_STORAGE });
  const page = await context.newPage();
  await page.goto('/fi/');
  for (const id of made.sessionIds)
    expect((await api(page, 'DELETE', `/api/v1/events/${id}`)).status, `DELETE event ${id}`).toBe(204);
  await context.close();
});
