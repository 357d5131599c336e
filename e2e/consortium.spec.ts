import type { Locator, Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { expect, expectAccessible, LANGS, open, settled, test } from './support/fixtures.js';
import { api } from './support/page-api.js';

/**
 * The consortium builder (issue 15): the Innokaupungit coordinator opens the green electrification call,
 * opens its consortium and sees the rule "at least 3 Innokaupungit" met with six member towns (LUT and
 * Lappeenranta are one, Raahe is none), removes partners until it fails and reads why, and adds a
 * suggested partner back. A new consortium starts from the call's page. The pages pass axe in fi, sv and
 * en. The demo consortium is put back as it was at the end.
 */

test.use({ storageState: process.env.SOLMU_E2E_INNOKAUPUNGIT_STORAGE });
test.describe.configure({ mode: 'serial' });

const CALL = 'Innokaupunkien vetovastuuhankkeet: vihreä sähköistäminen';
const CONSORTIUM = 'Vihreän sähköistämisen vetovastuuhanke';
const RULE = 'Vähintään 3 jäsenkaupunkia verkostosta Innokaupungit';
const NOTE = 'Hankkeen teema perustuu valtion ja kaupunkiseutujen ekosysteemisopimuksiin.';
const CHANGE = 'Muuta kumppanin roolia, budjettia tai yhteyshenkilöä';
/** Today in Finland as the pages write a date (6.12.2026). */
const today = () =>
  new Intl.DateTimeFormat('fi-FI', { dateStyle: 'medium', timeZone: 'Europe/Helsinki' }).format(new Date());
const REMOVED = ['Oulun kaupunki', 'Vaasan kaupunki', 'Jyväskylän kaupunki', 'Joensuun kaupunki'];

const made: {
  url?: string;
  id?: string;
  added?: string;
  removed: { organisationId: string; role: string }[];
  /** The organisation the search added, taken out again at the end. */
  searched?: string;
  /** Records a test made, removed at the end: `/api/v1/...` addresses. */
  records: string[];
} = {
  removed: [],
  records: [],
};

const networkRule = (page: Page) => page.locator('.rule-checklist > li').filter({ hasText: RULE });

async function openCall(page: Page) {
  await open(page, '/fi/funding-calls');
  await page.getByRole('link', { name: CALL }).click();
  await settled(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(CALL);
}

test('the coordinator opens the call, its consortium, and sees six Innokaupungit', async ({ page }) => {
  await openCall(page);
  await page.getByRole('link', { name: 'Haun konsortiot' }).click();
  await settled(page);
  await page.getByRole('link', { name: CONSORTIUM }).click();
  await settled(page);
  made.url = new URL(page.url()).pathname;
  made.id = made.url.split('/').pop();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(CONSORTIUM);
  await expect(networkRule(page)).toContainText(`${RULE}: täyttyy (6)`);
  await expect(networkRule(page)).toContainText('Eivät ole verkoston jäsenkaupungeissa: Raahen kaupunki.');
  await expect(page.getByRole('table', { name: 'Kumppanit (8)' })).toBeVisible();
});

test('removing partners until the rule fails says why, and a suggested partner meets it again', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await open(page, made.url!);
  const before = (await api(page, 'GET', `/api/v1/consortia/${made.id}`)).body.partners as {
    organisationId: string;
    nameFi: string;
    role: string;
  }[];
  made.removed = before.filter((p) => REMOVED.includes(p.nameFi));
  for (const [i, name] of REMOVED.entries()) {
    await page.getByRole('button', { name: `Poista ${name}` }).click();
    await expect(
      page.getByRole('status').filter({ hasText: `${name} poistettiin konsortiosta.` }),
    ).toBeVisible();
    await expect(page.getByRole('table', { name: `Kumppanit (${7 - i})` })).toBeVisible();
  }
  const rule = networkRule(page);
  await expect(rule).toContainText(`${RULE}: ei täyty (2)`);
  await expect(rule).toContainText(
    /Laskettu mukaan: (Kokkolan kaupunki ja Lappeenrannan kaupunki|Lappeenrannan kaupunki ja Kokkolan kaupunki)\./,
  );
  await expect(rule).toContainText('Vielä puuttuu 1 jäsenkaupunki.');

  const suggestion = rule.getByRole('button', { name: /^Lisää / }).first();
  const label = (await suggestion.textContent())!;
  made.added = label.replace(/^Lisää /, '');
  await suggestion.click();
  await expect(
    page.getByRole('status').filter({ hasText: `${made.added} lisättiin konsortioon.` }),
  ).toBeVisible();
  await expect(rule).toContainText(`${RULE}: täyttyy (3)`);
  await expect(page.getByRole('table', { name: 'Kumppanit (5)' })).toContainText(made.added);
});

test('a new consortium starts from the call’s page', async ({ page }) => {
  await openCall(page);
  await page.getByRole('link', { name: 'Kokoa konsortio' }).click();
  await settled(page);
  const name = `Kokeilukonsortio ${Date.now().toString(36)}`;
  await page.getByLabel('Konsortion nimi').fill(name);
  await page.getByRole('button', { name: 'Kokoa konsortio' }).click();
  await expect(page).toHaveURL(/\/fi\/consortia\/[0-9a-f-]{36}$/);
  await settled(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
  await expect(networkRule(page)).toContainText(`${RULE}: ei täyty (0)`);
  const id = new URL(page.url()).pathname.split('/').pop();
  expect((await api(page, 'DELETE', `/api/v1/consortia/${id}`)).status).toBe(204);
});

test('a consortium starts from the project’s page with its implementers and partners', async ({ page }) => {
  await open(page, '/fi/projects/vetovastuuhanke-vihrea-sahkoistaminen');
  await page.getByRole('link', { name: 'Kokoa konsortio hankkeesta' }).click();
  await settled(page);
  const name = `Hankkeen konsortio ${Date.now().toString(36)}`;
  await page.getByLabel('Konsortion nimi').fill(name);
  await page.getByRole('button', { name: 'Kokoa konsortio' }).click();
  await expect(page).toHaveURL(/\/fi\/consortia\/[0-9a-f-]{36}$/);
  await settled(page);
  // The project's nine implementers and partners (its steering group stays out): Imatra is a seventh town.
  await expect(page.getByRole('table', { name: 'Kumppanit (9)' })).toBeVisible();
  await expect(networkRule(page)).toContainText(`${RULE}: täyttyy (7)`);
  const id = new URL(page.url()).pathname.split('/').pop();
  expect((await api(page, 'DELETE', `/api/v1/consortia/${id}`)).status).toBe(204);
});

test('the consortium pages pass axe in fi, sv and en', async ({ page }) => {
  test.setTimeout(120_000);
  for (const lang of LANGS) {
    await open(page, `/${lang}/consortia`);
    await expectAccessible(page);
    await open(page, made.url!.replace(/^\/fi\//, `/${lang}/`));
    await expect(page.locator('.rule-checklist')).toBeVisible();
    await expectAccessible(page);
  }
});

test('an organisation is added to a consortium from its own page', async ({ page }) => {
  await open(page, '/fi/organisations');
  const found = await api(page, 'GET', `/api/v1/organisations?q=${encodeURIComponent('Kajaanin kaupunki')}`);
  const kajaani = (found.body.items as { id: string; nameFi: string }[]).find(
    (o) => o.nameFi === 'Kajaanin kaupunki',
  )!;
  await open(page, `/fi/organisations/${kajaani.id}`);
  await page.getByRole('link', { name: 'Lisää konsortioon' }).click();
  await settled(page);
  await expect(page.getByRole('heading', { name: 'Lisää Kajaanin kaupunki konsortioon' })).toBeVisible();
  // suomifi's radio buttons are chosen through their labels, which cover the inputs.
  await page.locator('label', { hasText: CONSORTIUM }).click();
  await page.locator('label', { hasText: 'Osatoteuttaja' }).click();
  await expect(page.getByRole('radio', { name: 'Osatoteuttaja' })).toBeChecked();
  await page.getByRole('button', { name: 'Lisää konsortioon' }).click();
  await expect(page).toHaveURL(new RegExp(`${made.url}$`));
  await settled(page);
  const row = page.getByRole('row').filter({ hasText: 'Kajaanin kaupunki' });
  await expect(row).toContainText('Osatoteuttaja');
  await row.getByRole('button', { name: 'Poista Kajaanin kaupunki' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Kajaanin kaupunki poistettiin' })).toBeVisible();
});

test("a partner's role and budget change", async ({ page }) => {
  await open(page, made.url!);
  const form = page.getByRole('group', { name: CHANGE });
  await chooseIn(page, form.locator('#partner-change-partner_button'), 'Kokkolan kaupunki');
  await chooseIn(page, form.locator('#partner-change-role_button'), 'Osatoteuttaja');
  await form.getByLabel('Budjetti (€)').fill('25000');
  await form.getByRole('button', { name: 'Tallenna muutos' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Kumppanin Kokkolan kaupunki tiedot tallennettiin.' }),
  ).toBeVisible();
  const row = page.getByRole('row').filter({ hasText: 'Kokkolan kaupunki' });
  await expect(row).toContainText('Osatoteuttaja');
  await expect(row).toContainText(/25\s000 €/);
});

test("a free-text rule's tick is saved with its date and stays after a reload", async ({ page }) => {
  await open(page, made.url!);
  const rule = page.locator('.rule-checklist > li').filter({ hasText: NOTE });
  const box = rule.getByRole('checkbox', { name: NOTE });
  await expect(box).not.toBeChecked();
  // The box shows what is saved: it turns when the server has kept the tick.
  await box.click({ force: true });
  await expect(page.getByRole('status').filter({ hasText: 'Ehto merkittiin hoidetuksi.' })).toBeVisible();
  await expect(box).toBeChecked();
  await open(page, made.url!);
  await expect(box).toBeChecked();
  await expect(rule).toContainText(`hoidetuksi ${today()}`);
  await box.click({ force: true });
  await expect(page.getByRole('status').filter({ hasText: 'Ehdon merkintä poistettiin.' })).toBeVisible();
  await open(page, made.url!);
  await expect(box).not.toBeChecked();
});

test("a partner's contact person is picked among its people and reaches the Excel", async ({ page }) => {
  await open(page, made.url!);
  const partners = (await api(page, 'GET', `/api/v1/consortia/${made.id}`)).body.partners as {
    organisationId: string;
    nameFi: string;
  }[];
  const kokkola = partners.find((p) => p.nameFi === 'Kokkolan kaupunki')!;
  const person = await api(page, 'POST', '/api/v1/people', {
    fullName: 'Kerttu Kokeilija',
    title: 'hankepäällikkö',
    lawfulBasis: 'legitimate_interests',
    purpose: 'Hankehaku',
    source: 'Selaintesti',
    collectedOn: '2026-12-01',
    visibility: 'private',
  });
  expect(person.status, JSON.stringify(person.body)).toBe(201);
  made.records.push(`/api/v1/people/${person.body.id}`);
  const role = await api(page, 'POST', '/api/v1/person-roles', {
    personId: person.body.id,
    organisationId: kokkola.organisationId,
    title: 'hankepäällikkö',
  });
  expect(role.status, JSON.stringify(role.body)).toBe(201);
  made.records.push(`/api/v1/person-roles/${role.body.id}`);

  await open(page, made.url!);
  const form = page.getByRole('group', { name: CHANGE });
  await chooseIn(page, form.locator('#partner-change-partner_button'), 'Kokkolan kaupunki');
  await chooseIn(page, form.locator('#partner-change-contact_button'), 'Kerttu Kokeilija, hankepäällikkö');
  await form.getByRole('button', { name: 'Tallenna muutos' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Kumppanin Kokkolan kaupunki tiedot tallennettiin.' }),
  ).toBeVisible();
  await open(page, made.url!);
  const row = page.getByRole('row').filter({ hasText: 'Kokkolan kaupunki' });
  await expect(row).toContainText('Kerttu Kokeilija, hankepäällikkö');

  const href = await page.getByRole('link', { name: 'Lataa kumppanit (Excel)' }).getAttribute('href');
  const file = await page.request.get(href!);
  expect(file.status()).toBe(200);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await file.body()) as unknown as ArrayBuffer);
  const contacts = workbook.getWorksheet('Yhteyshenkilöt rooleittain')!.getSheetValues() as unknown[][];
  const line = contacts.find((r) => r?.[2] === 'Kokkolan kaupunki')!;
  expect(line.slice(3, 5)).toEqual(['Kerttu Kokeilija', 'hankepäällikkö']);
});

test('an organisation found by its business ID is added in a role, by keyboard', async ({ page }) => {
  await open(page, made.url!);
  // A demo fact with its business ID (a cooperative in Kuusamo), in no consortium.
  const found = { nameFi: 'Kuusamon energia- ja vesiosuuskunta', businessId: '0186403-8' };
  made.searched = found.nameFi;
  const search = page.getByRole('search', { name: 'Hae kumppani' });
  // The role first: typing in the search field then takes the focus from the role's list, which closes it
  // (an open list would take the Enter meant for the add button).
  const role = search.locator('#consortium-search-role_button');
  await chooseIn(page, role, 'Osatoteuttaja');
  await search.getByLabel('Toimijan nimi tai Y-tunnus').fill(found.businessId);
  await expect(role).toHaveAttribute('aria-expanded', 'false');
  await search.getByLabel('Toimijan nimi tai Y-tunnus').press('Enter');
  await expect(search.getByRole('status')).toHaveText('Löytyi 1 toimija.');
  await expectAccessible(page);
  await search.getByRole('button', { name: `Lisää ${found.nameFi}` }).focus();
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('status').filter({ hasText: `${found.nameFi} lisättiin konsortioon.` }),
  ).toBeVisible();
  const row = page.getByRole('row').filter({ hasText: found.nameFi });
  await expect(row).toContainText('Osatoteuttaja');
  await expect(search).toContainText('jo kumppanina');
  await row.getByRole('button', { name: `Poista ${found.nameFi}` }).click();
  await expect(page.getByRole('status').filter({ hasText: `${found.nameFi} poistettiin` })).toBeVisible();
});

/**
 * Chooses an option in a dropdown by its button (the dropdown's box holds its label and hint too, and a
 * click there may only focus it): the list is open before the option is clicked, and closed after.
 */
async function chooseIn(page: Page, button: Locator, option: string) {
  await button.click();
  await expect(button).toHaveAttribute('aria-expanded', 'true');
  await page.getByRole('option', { name: option, exact: true }).click();
  await expect(button).toHaveAttribute('aria-expanded', 'false');
  await expect(button).toContainText(option);
}

/** A partner made to offer a theme of the vocabulary (removed at the end): the theme's Finnish name. */
async function offeredTheme(page: Page, organisationId: string) {
  const theme = (await api(page, 'GET', '/api/v1/competences?isTheme=true&limit=1')).body.items[0];
  const offer = await api(page, 'POST', '/api/v1/organisation-competences', {
    organisationId,
    competenceId: theme.id,
    direction: 'offer',
  });
  expect(offer.status, JSON.stringify(offer.body)).toBe(201);
  made.records.push(`/api/v1/organisation-competences/${offer.body.id}`);
  return theme.nameFi as string;
}

test("the consortium's page lists other open calls that fit its mix", async ({ page }) => {
  await open(page, made.url!);
  const partners = (await api(page, 'GET', `/api/v1/consortia/${made.id}`)).body.partners as {
    organisationId: string;
  }[];
  const theme = await offeredTheme(page, partners[0]!.organisationId);
  const title = `Sopiva kokeiluhaku ${Date.now().toString(36)}`;
  const call = await api(page, 'POST', '/api/v1/funding-calls', {
    titleFi: title,
    deadlineAt: '2027-09-30T16:15:00+03:00',
    themes: [theme],
  });
  expect(call.status, JSON.stringify(call.body)).toBe(201);
  made.records.push(`/api/v1/funding-calls/${call.body.id}`);
  await open(page, made.url!);
  const fitting = page.getByRole('region', { name: 'Muut haut, joihin tämä kokoonpano sopii' });
  const item = fitting.getByRole('listitem').filter({ hasText: title });
  await expect(item).toContainText('hakuaika päättyy 30.9.2027');
  await expect(fitting).not.toContainText(CALL);
  await item.getByRole('link', { name: title }).click();
  await settled(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);

  // The overview shows it too, with the consortium it fits, linked.
  await open(page, '/fi/');
  const overview = page.getByRole('region', {
    name: 'Avoimet haut, jotka sopivat ekosysteemeillesi ja konsortioillesi',
  });
  const onOverview = overview.getByRole('listitem').filter({ hasText: title });
  await expect(onOverview).toContainText('Haku päättyy 30.9.2027');
  await expect(onOverview).toContainText(`Konsortio ${CONSORTIUM}: yhteiset teemat ${theme}`);
  await onOverview.getByRole('link', { name: CONSORTIUM }).click();
  await settled(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(CONSORTIUM);
});

test.afterAll(async ({ browser }) => {
  if (!made.id) return;
  const context = await browser.newContext({ storageState: process.env.SOLMU_E2E_INNOKAUPUNGIT_STORAGE });
  const page = await context.newPage();
  await page.goto('/fi/consortia');
  const partners = (await api(page, 'GET', `/api/v1/consortia/${made.id}`)).body.partners as {
    organisationId: string;
    nameFi: string;
  }[];
  const added = partners.find((p) => p.nameFi === made.added);
  const searched = partners.find((p) => p.nameFi === made.searched);
  if (searched) await api(page, 'DELETE', `/api/v1/consortia/${made.id}/partners/${searched.organisationId}`);
  if (added) await api(page, 'DELETE', `/api/v1/consortia/${made.id}/partners/${added.organisationId}`);
  const kokkola = partners.find((p) => p.nameFi === 'Kokkolan kaupunki');
  if (kokkola)
    await api(page, 'PATCH', `/api/v1/consortia/${made.id}/partners/${kokkola.organisationId}`, {
      role: 'partner',
      budgetEur: null,
      contactPersonId: null,
    });
  await api(page, 'PUT', `/api/v1/consortia/${made.id}/rules/2/tick`, { ticked: false });
  for (const address of made.records.reverse()) await api(page, 'DELETE', address);
  for (const p of made.removed)
    await api(page, 'POST', `/api/v1/consortia/${made.id}/partners`, {
      organisationId: p.organisationId,
      role: p.role,
    });
  await context.close();
});
