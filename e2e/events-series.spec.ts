import { expect, expectAccessible, LANGS, open, settled, test } from './support/fixtures.js';
import { api } from './support/page-api.js';

/**
 * The Savonlinna editor makes a series of workshops from the events page and finds its sessions on the
 * first session's page, downloads the event and a participant's invitation as calendar files, and
 * deletes the series; the overview shows the open call that fits the forest bioeconomy ecosystem. What
 * is left of the series is removed at the end, so the other tests see the demo as it was.
 */
test.use({ storageState: process.env.SOLMU_E2E_SAVONLINNA_STORAGE });
test.describe.configure({ mode: 'serial' });

const RUN = Date.now().toString(36).slice(-5);
const SERIES = `Puurakentamisen työpajasarja ${RUN}`;
const made: { sessionIds: string[]; personId?: string } = { sessionIds: [] };

test('a series of workshops is made from the events page and its sessions are listed', async ({ page }) => {
  await page.goto('/fi/events');
  await settled(page);
  await page.getByRole('link', { name: 'Luo tapahtumasarja' }).click();
  await settled(page);
  await expectAccessible(page);
  await page.getByLabel('Sarjan nimi suomeksi').fill(SERIES);
  await page.getByRole('button', { name: /Istuntojen tyyppi/ }).click();
  await page.getByRole('option', { name: 'Työpaja', exact: true }).click();
  await expect(page.getByRole('button', { name: /Istuntojen tyyppi/ })).toContainText('Työpaja');
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
  await expect(page.getByRole('region', { name: 'Tiedot' })).toContainText('Työpaja');
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

test('the event and each invited participant download as calendar files', async ({ page }) => {
  const [first] = made.sessionIds;
  await page.goto('/fi/');
  const person = await api(page, 'POST', '/api/v1/people', {
    fullName: 'Liisa Laine',
    email: 'liisa.laine@example.fi',
    lawfulBasis: 'legitimate_interests',
    purpose: 'Tapahtumakutsut',
    source: 'Ilmoittautuminen',
    collectedOn: '2026-11-02',
    visibility: 'private',
  });
  expect(person.status, JSON.stringify(person.body)).toBe(201);
  made.personId = person.body.id as string;
  const joined = await api(page, 'POST', '/api/v1/event-participants', {
    eventId: first,
    personId: made.personId,
    role: 'participant',
  });
  expect(joined.status, JSON.stringify(joined.body)).toBe(201);

  await open(page, `/fi/events/${first}`);
  const eventFile = page.getByRole('link', { name: 'Lisää tapahtuma kalenteriin (.ics)' });
  const calendar = await (await page.request.get((await eventFile.getAttribute('href'))!)).text();
  expect(calendar.match(/BEGIN:VEVENT/g)).toHaveLength(1);
  expect(calendar).toContain(`UID:${first}@solmu`);
  const invitation = page.getByRole('link', { name: 'Lataa henkilön Liisa Laine kalenterikutsu (.ics)' });
  const file = await (await page.request.get((await invitation.getAttribute('href'))!)).text();
  expect(file).toContain('METHOD:REQUEST');
  expect(file.replace(/\r\n /g, '')).toMatch(/^ATTENDEE;.*:mailto:liisa\.laine@example\.fi\r?$/im);
  for (const lang of LANGS) {
    await open(page, `/${lang}/events/${first}`);
    await expectAccessible(page);
  }
  await open(page, `/en/events/${first}`);
  await expect(page.getByRole('link', { name: 'Add the event to your calendar (.ics)' })).toBeVisible();
  await expect(
    page.getByRole('link', { name: 'Download the calendar invitation for Liisa Laine (.ics)' }),
  ).toBeVisible();
});

test('deleting the series deletes its sessions ahead nobody takes part in and keeps the others', async ({
  page,
}) => {
  const [first, second] = made.sessionIds;
  await open(page, `/fi/events/${second}`);
  await page.getByRole('button', { name: 'Poista sarja' }).click();
  const dialog = page.getByRole('dialog', { name: 'Poistetaanko sarja?' });
  await expect(dialog).toContainText('jäävät yksittäisiksi tapahtumiksi');
  await expectAccessible(page);
  await dialog.getByRole('button', { name: 'Poista', exact: true }).click();
  await expect(page).toHaveURL(/\/fi\/events$/);
  await expect(page.getByRole('status').filter({ hasText: 'Sarja poistettiin' })).toHaveText(
    'Sarja poistettiin. Poistettuja istuntoja: 2. Yksittäisiksi tapahtumiksi jääneitä: 1.',
  );
  // The session with a participant stays, as an event of its own.
  await open(page, `/fi/events/${first}`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(SERIES);
  await expect(page.locator('#series-sessions-heading')).toHaveCount(0);
  expect((await api(page, 'GET', `/api/v1/events/${second}`)).status).toBe(404);
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
  const panel = page.getByRole('region', {
    name: 'Avoimet haut, jotka sopivat ekosysteemeillesi ja konsortioillesi',
  });
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
  // The series' deletion took some sessions along already.
  for (const id of made.sessionIds)
    expect([204, 404], `DELETE event ${id}`).toContain(
      (await api(page, 'DELETE', `/api/v1/events/${id}`)).status,
    );
  if (made.personId) expect((await api(page, 'DELETE', `/api/v1/people/${made.personId}`)).status).toBe(204);
  await context.close();
});
