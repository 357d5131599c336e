import type { Page } from '@playwright/test';
import { expect, expectAccessible, LANGS, links, settled, test } from './support/fixtures.js';
import { api } from './support/page-api.js';

/**
 * Administration, as the installation's admin who signs in with the one-time link printed at start.
 * The tests share that page, in order; the shared coordinator session stays a non-admin.
 */
test.describe.configure({ mode: 'serial' });

let admin: Page;

test.beforeAll(async ({ browser }) => {
  const context = await browser.newContext({
    baseURL: process.env.SOLMU_E2E_BASE,
    storageState: { cookies: [], origins: [] },
  });
  admin = await context.newPage();
  await admin.goto(links().admin!);
  await expect(admin).toHaveURL(/\/fi\/$/);
});

test.afterAll(async () => {
  await admin.context().close();
});

test('the admin creates a user and sees the one-time link, which signs that user in', async ({ browser }) => {
  await admin.getByRole('link', { name: 'Ylläpito' }).click();
  await expect(admin.getByRole('heading', { level: 1, name: 'Ylläpito' })).toBeVisible();
  await settled(admin);
  const form = admin.getByRole('form', { name: 'Uusi käyttäjä' });
  await form.getByLabel('Sähköposti').fill('ei-osoite');
  await form.getByRole('button', { name: 'Luo käyttäjä' }).click();
  await expect(form.getByText('Anna sähköpostiosoite', { exact: false })).toBeVisible();
  await form.getByLabel('Sähköposti').fill('uusi.kayttaja@kunta.example');
  await form.getByLabel('Nimi').fill('Uusi Käyttäjä');
  await form.getByRole('button', { name: 'Luo käyttäjä' }).click();
  const link = admin.locator('#admin-login-link');
  await expect(link).toHaveValue(/\/auth\/link\?token=/);
  await expect(admin.getByRole('row', { name: /uusi\.kayttaja@kunta\.example/ })).toContainText('Käytössä');

  // The new user is no admin: no administration in the menu, and the page says so.
  const context = await browser.newContext({
    baseURL: process.env.SOLMU_E2E_BASE,
    storageState: { cookies: [], origins: [] },
  });
  const user = await context.newPage();
  await user.goto(await link.inputValue());
  await expect(user).toHaveURL(/\/fi\/$/);
  await expect(user.getByText('Uusi Käyttäjä')).toBeVisible();
  await expect(user.getByRole('link', { name: 'Ylläpito' })).toHaveCount(0);
  await user.goto('/fi/admin');
  await expect(user.getByText('Ylläpito on vain ylläpitäjille.')).toBeVisible();
  await context.close();
});

test('the admin creates a workspace and makes the new user its viewer', async () => {
  await admin.goto('/fi/admin');
  await settled(admin);
  const form = admin.getByRole('form', { name: 'Uusi työtila' });
  await form.getByLabel('Tunnus osoitteessa').fill('testikunta');
  await form.getByLabel('Nimi suomeksi').fill('Testikunta');
  await form.getByRole('button', { name: 'Luo työtila' }).click();
  await expect(admin.getByRole('table', { name: 'Työtilan Testikunta jäsenet' })).toBeVisible();
  await admin.getByRole('button', { name: /Lisää jäseneksi$/ }).click();
  await admin.getByRole('option', { name: 'uusi.kayttaja@kunta.example' }).click();
  await admin.getByRole('button', { name: 'Lisää jäsen', exact: true }).click();
  await expect(
    admin
      .getByRole('table', { name: 'Työtilan Testikunta jäsenet' })
      .getByRole('row', { name: /uusi\.kayttaja/ }),
  ).toBeVisible();
});

test('the admin joins the workspace to a network and makes the new user a network coordinator', async () => {
  await admin.goto('/fi/admin');
  await settled(admin);
  await admin.getByRole('button', { name: /Työtila$/ }).click();
  await admin.getByRole('option', { name: 'Testikunta (testikunta)' }).click();
  const networks = admin.getByRole('table', { name: 'Verkostot, joihin työtila Testikunta kuuluu' });
  await expect(networks).toContainText('Ei yhtään.');
  await admin.getByRole('button', { name: /Liitä verkostoon$/ }).click();
  await admin.getByRole('option', { name: 'Innokaupungit' }).click();
  await admin.getByRole('button', { name: 'Liitä', exact: true }).click();
  await expect(networks.getByRole('row', { name: /Innokaupungit/ })).toBeVisible();

  await admin.getByRole('button', { name: /Verkosto$/ }).click();
  await admin.getByRole('option', { name: 'Innokaupungit' }).click();
  await admin.getByRole('button', { name: /Lisää koordinaattoriksi$/ }).click();
  await admin.getByRole('option', { name: 'uusi.kayttaja@kunta.example' }).click();
  await admin.getByRole('button', { name: 'Lisää koordinaattori', exact: true }).click();
  const coordinators = admin.getByRole('table', { name: 'Verkoston Innokaupungit koordinaattorit' });
  await expect(coordinators.getByRole('row', { name: /uusi\.kayttaja/ })).toBeVisible();
  await coordinators.getByRole('button', { name: 'Poista: uusi.kayttaja@kunta.example' }).click();
  await expect(coordinators.getByRole('row', { name: /uusi\.kayttaja/ })).toHaveCount(0);
});

test("people's data: the admin finds a person, downloads the export and erases them after confirming", async () => {
  const made = await api(admin, 'POST', '/api/v1/people?workspace=testikunta', {
    fullName: 'Poistettava Henkilö',
    lawfulBasis: 'consent',
    purpose: 'Selaintesti',
    source: 'Selaintesti',
    collectedOn: '2026-01-01',
    visibility: 'private',
  });
  expect(made.status, JSON.stringify(made.body)).toBe(201);
  await admin.goto('/fi/admin');
  await settled(admin);
  await admin.getByRole('searchbox', { name: 'Hae henkilöä' }).fill('Poistettava');
  await admin.getByRole('searchbox', { name: 'Hae henkilöä' }).press('Enter');
  const row = admin.getByRole('row', { name: /Poistettava Henkilö/ });
  const download = admin.waitForEvent('download');
  await row.getByRole('button', { name: 'Lataa tiedot: Poistettava Henkilö' }).click();
  expect((await download).suggestedFilename()).toBe(`person-${made.body.id}.json`);
  await row.getByRole('button', { name: 'Poista: Poistettava Henkilö' }).click();
  await expect(admin.getByText('Tätä ei voi perua.', { exact: false })).toBeVisible();
  await admin.getByRole('button', { name: 'Poista pysyvästi' }).click();
  await expect(admin.getByText('Henkilö poistettu.')).toBeVisible();
  expect((await api(admin, 'GET', `/api/v1/people/${made.body.id}`)).status).toBe(404);
});

test('the audit log lists the admin’s own actions and filters by actor', async () => {
  await admin.goto('/fi/admin');
  await settled(admin);
  const audit = admin.getByRole('table', { name: /Tapahtumat uusimmasta alkaen/ });
  await expect(audit.getByRole('row', { name: /grant memberships/ }).first()).toBeVisible();
  await admin.getByRole('button', { name: /Tekijä$/ }).click();
  await admin.getByRole('option', { name: 'uusi.kayttaja@kunta.example' }).click();
  await expect(audit.getByRole('row', { name: /grant memberships/ })).toHaveCount(0);
});

test('the admin merges a duplicate competence into the one that stays; its offers move over', async () => {
  const stamp = Date.now();
  const make = async (slug: string, nameFi: string) =>
    (
      await api(admin, 'POST', '/api/v1/competences?workspace=testikunta', {
        slug: `${slug}-${stamp}`,
        nameFi,
        visibility: 'public',
      })
    ).body as { id: string };
  const kept = await make('vesihuolto', `vesihuolto ${stamp}`);
  const duplicate = await make('vesi-huolto', `vesi-huolto ${stamp}`);
  const organisations = await api(admin, 'GET', '/api/v1/organisations?q=Iisalmen%20kaupunki&limit=1');
  const organisationId = organisations.body.items[0].id;
  const offer = await api(admin, 'POST', '/api/v1/organisation-competences?workspace=testikunta', {
    organisationId,
    competenceId: duplicate.id,
    direction: 'offer',
  });
  expect(offer.status, JSON.stringify(offer.body)).toBe(201);

  await admin.goto(`/fi/competences/${duplicate.id}`);
  await settled(admin);
  await expect(admin.getByRole('heading', { level: 2, name: 'Yhdistä kaksoiskappale' })).toBeVisible();
  await expectAccessible(admin);
  const into = admin.getByLabel('Osaaminen, joka jää');
  await into.fill(`vesihuolto ${stamp}`);
  await expect(admin.locator('.reference-picker', { has: into })).toHaveAttribute('data-chosen', 'true');
  await admin.getByRole('button', { name: 'Yhdistä ja poista tämä' }).click();

  await expect(admin.getByRole('heading', { level: 1, name: `vesihuolto ${stamp}` })).toBeVisible();
  await expect(admin.getByRole('link', { name: 'Iisalmen kaupunki' })).toBeVisible();
  expect((await api(admin, 'GET', `/api/v1/competences/${duplicate.id}`)).status).toBe(404);
  expect(
    (await api(admin, 'GET', `/api/v1/organisation-competences/${offer.body.id}`)).body.competenceId,
  ).toBe(kept.id);
});

test('a non-admin (the shared coordinator) sees no administration', async ({ page }) => {
  await page.goto('/fi/');
  await settled(page);
  await expect(page.getByRole('link', { name: 'Oma tili' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Ylläpito' })).toHaveCount(0);
  await page.goto('/fi/admin');
  await expect(page.getByText('Ylläpito on vain ylläpitäjille.')).toBeVisible();
  await expectAccessible(page);
});

test('the admin page says what pictures compare with and how to add Statistics Finland’s table', async () => {
  await admin.goto('/fi/admin');
  await settled(admin);
  const section = admin.getByRole('region', { name: 'Kansallinen vertailukohta' });
  await expect(section).toContainText('Kansallista taulukkoa ei ole tuotu');
  await expect(section.getByRole('heading', { name: 'Näin tuot Tilastokeskuksen taulukon' })).toBeVisible();
  await expect(section.locator('pre')).toContainText('solmu reference import --national establishments');
  await admin.goto('/en/admin');
  await settled(admin);
  await expect(admin.getByRole('region', { name: 'National baseline' })).toContainText(
    'No national table has been imported',
  );
});

for (const lang of LANGS) {
  test(`the admin page has no axe violations (${lang})`, async () => {
    await admin.goto(`/${lang}/admin`);
    await settled(admin);
    await expect(admin.locator('table').first()).toBeVisible();
    await expectAccessible(admin);
  });
}

test('the admin page fits a 360 px wide screen', async () => {
  await admin.setViewportSize({ width: 360, height: 740 });
  await admin.goto('/fi/admin');
  await settled(admin);
  await expect(admin.locator('table').first()).toBeVisible();
  const overflow = await admin.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
