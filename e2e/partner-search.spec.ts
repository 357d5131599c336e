import type { Page } from '@playwright/test';
import { expect, expectAccessible, LANGS, open, settled, test } from './support/fixtures.js';
import { api } from './support/page-api.js';

/**
 * Partner search (issue 15): the Iisalmi editor looks for wood-processing competence across Finland, reads
 * why each candidate was found and adds two of them to the workspace's contact pipeline from the results,
 * moves one to a meeting with a note and finds it due on the overview (issue 15's journey). The page
 * passes axe in fi, sv and en. The contacts the journey made are removed at the end.
 */

test.use({ storageState: process.env.SOLMU_E2E_STORAGE });
test.describe.configure({ mode: 'serial' });

const NEED = 'puunjalostus';
const added: string[] = [];

const candidates = (page: Page) => page.locator('article.partner-candidate');

test('the Iisalmi editor searches a need and adds two candidates to the contacts', async ({ page }) => {
  test.setTimeout(120_000);
  await open(page, '/fi/');
  const menu = page.getByRole('navigation', { name: 'Päävalikko' });
  await menu.getByRole('button', { name: 'Yhdistä', exact: true }).click();
  await menu.getByRole('link', { name: 'Kumppanihaku', exact: true }).click();
  await settled(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kumppanihaku');

  await page.getByRole('searchbox', { name: 'Tai kuvaile tarve omin sanoin' }).fill(NEED);
  await page.getByRole('button', { name: 'Hae' }).click();
  await expect(page).toHaveURL(/q=puunjalostus/);
  await expect(page.getByRole('heading', { name: `Osaamistarve: ${NEED}` })).toBeVisible();
  await expect(candidates(page).nth(1)).toBeVisible();
  // Each result says in words why it was found and what that rests on.
  const first = candidates(page).first();
  await expect(first).toContainText('Tarjoaa juuri tätä osaamista: puunjalostus');
  await expect(first.getByRole('heading', { name: 'Mihin tieto perustuu' })).toBeVisible();
  await expect(first.getByRole('link', { name: 'Lisää konsortioon' })).toHaveAttribute(
    'href',
    /\/fi\/consortia\?addOrganisation=[0-9a-f-]{36}$/,
  );

  for (const card of [first, candidates(page).nth(1)]) {
    const profile = await card.getByRole('link', { name: 'Avaa profiili' }).getAttribute('href');
    added.push(profile!.split('/').pop()!);
    await card.getByRole('button', { name: 'Lisää yhteydenottoihin' }).click();
    await expect(card.getByRole('status')).toHaveText('Lisätty yhteydenottoihin');
  }

  for (const organisationId of added) {
    const res = await api(page, 'GET', `/api/v1/contacts?organisationId=${organisationId}`);
    const contact = (res.body.items as { stage: string; reason: string }[]).find((c) =>
      c.reason.includes(NEED),
    );
    expect(contact).toMatchObject({ stage: 'to_contact', reason: `Osaamistarve: ${NEED} (kumppanihaku)` });
  }

  // One of them moves to a meeting with a note on the pipeline board, and the overview lists it as due.
  const name = (await first.getByRole('heading', { level: 3 }).textContent())!;
  await menu.getByRole('button', { name: 'Yhdistä', exact: true }).click();
  await menu.getByRole('link', { name: 'Yhteydenotot', exact: true }).click();
  await settled(page);
  const waiting = page.getByRole('region', { name: /^Otetaan yhteyttä \(/ });
  await waiting.getByRole('button', { name: `Siirrä ${name} toiseen vaiheeseen` }).click();
  const move = page.getByRole('form', { name: `Siirrä ${name} toiseen vaiheeseen` });
  await move.getByRole('button', { name: /Uusi vaihe/ }).click();
  await page.getByRole('option', { name: 'Tapaaminen', exact: true }).click();
  await move.getByLabel(/Muistiinpano lokiin/).fill('Sovittu tapaaminen puunjalostuksen yhteistyöstä');
  await move.getByRole('button', { name: 'Siirrä', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'siirrettiin' })).toHaveText(
    `${name} siirrettiin vaiheeseen Tapaaminen.`,
  );

  await menu.getByRole('link', { name: 'Yleiskuva', exact: true }).click();
  await settled(page);
  const due = page.getByRole('region', { name: 'Tällä viikolla erääntyvät' });
  await due.getByRole('link', { name }).first().click();
  await settled(page);
  const log = page.getByRole('region', { name: 'Loki' });
  await expect(log).toContainText('Vaihe vaihtui: Otetaan yhteyttä → Tapaaminen');
  await expect(log).toContainText('Sovittu tapaaminen puunjalostuksen yhteistyöstä');
});

test('the Innokaupungit scope is the demo network of the 16 city regions', async ({ page }) => {
  await open(page, '/fi/');
  const res = await api(page, 'GET', `/api/v1/partner-search?q=${NEED}&scope=innokaupungit`);
  expect(res.status).toBe(200);
  expect(res.body.scope).toMatchObject({ kind: 'innokaupungit', name: { nameFi: 'Innokaupungit' } });
});

test('a linked search opens ready, and the page passes axe in every language', async ({ page }) => {
  test.setTimeout(120_000);
  for (const lang of LANGS) {
    await open(page, `/${lang}/partner-search?q=${NEED}&scope=finland`);
    await expect(candidates(page).first()).toBeVisible();
    await expectAccessible(page);
  }
});

test.afterAll(async ({ browser }) => {
  const context = await browser.newContext({ storageState: process.env.SOLMU_E2E_STORAGE });
  const page = await context.newPage();
  await page.goto('/fi/');
  for (const organisationId of added) {
    const res = await api(page, 'GET', `/api/v1/contacts?organisationId=${organisationId}`);
    for (const c of res.body.items as { id: string; reason: string | null }[])
      if (c.reason?.includes(NEED)) await api(page, 'DELETE', `/api/v1/contacts/${c.id}`);
  }
  await context.close();
});
