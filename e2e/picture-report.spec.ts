import type { Page } from '@playwright/test';
import { expect, expectAccessible, LANGS, settled, test } from './support/fixtures.js';
import { api } from './support/page-api.js';

/**
 * Editors own the text (issue 14): Savonlinna's editor starts the report of their forest bioeconomy
 * ecosystem from its picture page, rewrites a section in their own words, proposes a development target
 * and takes it into the ecosystem's strategy in one step (and finds it on the strategy page, leading back
 * to the report), then recomputes the figures and sees their words survive. The report pages pass axe in
 * fi, sv and en.
 *
 * The proposal is the editor's own, added through the page, so the journey does not depend on which
 * development targets the generator proposes for Savonlinna. What the journey made (the report, the
 * development action) is removed at the end.
 */

test.use({ storageState: process.env.SOLMU_E2E_SAVONLINNA_STORAGE });
test.describe.configure({ mode: 'serial' });

const RUN = Date.now().toString(36).slice(-5);
const PICTURE = '/fi/pictures/ecosystem/savonlinnan-metsabiotalous';
const NAME = 'Savonlinnan metsäbiotalouden innovaatioekosysteemi';
const OWN_WORDS = `Savonlinnan metsäbiotalouden ekosysteemi on tiivis ja kasvava ${RUN}.`;
const TARGET = `Puurakentamisen osaamiskeskus ${RUN}`;

const made: { reportUrl?: string; reportId?: string; actionId?: string } = {};

async function open(page: Page, url: string) {
  await page.goto(url);
  await settled(page);
}

const firstSection = (page: Page) => page.locator('section.report-section').first();

test('the editor starts the report from the picture page and rewrites a section', async ({ page }) => {
  test.setTimeout(120_000);
  await open(page, PICTURE);
  await page.getByRole('link', { name: 'Muokattava raportti' }).click();
  await settled(page);
  await expect(page.getByRole('heading', { name: `Uusi raportti: ${NAME}` })).toBeVisible();
  await page.getByRole('button', { name: 'Luo raportti' }).click();
  await expect(page).toHaveURL(/\/fi\/picture-reports\/[0-9a-f-]{36}$/);
  await settled(page);
  made.reportUrl = new URL(page.url()).pathname;
  made.reportId = made.reportUrl.split('/').pop();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Tilannekuvaraportti: ${NAME}`);

  const section = firstSection(page);
  await section.getByRole('button', { name: 'Muokkaa' }).click();
  await section.getByLabel('Teksti').fill(OWN_WORDS);
  await section.getByRole('button', { name: 'Tallenna' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Tallennettu.' })).toBeVisible();
  await expect(section).toContainText(OWN_WORDS);
  await expect(section).toContainText(/Muokattu \d{1,2}\.\d{1,2}\.\d{4}/);
  await expect(page.getByRole('region', { name: 'Muutoshistoria' })).toContainText('Osiota muokattiin');
});

test('sections move with the keyboard, and hide and show again', async ({ page }) => {
  await open(page, made.reportUrl!);
  const sections = page.locator('section.report-section');
  const title = (await sections.first().locator('h2').textContent())!;
  await sections.first().getByRole('button', { name: 'Siirrä alemmas' }).focus();
  await page.keyboard.press('Enter');
  await expect(sections.nth(1).locator('h2')).toHaveText(title);
  await expect(sections.nth(1).getByRole('button', { name: 'Siirrä alemmas' })).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(sections.nth(1).getByRole('button', { name: 'Siirrä ylemmäs' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(sections.first().locator('h2')).toHaveText(title);
  // At the top, the focus moves to the button that can still move it.
  await expect(sections.first().getByRole('button', { name: 'Siirrä alemmas' })).toBeFocused();

  const second = sections.nth(1);
  await second.getByRole('button', { name: 'Piilota' }).click();
  await expect(second).toContainText('Piilotettu');
  await second.getByRole('button', { name: 'Näytä' }).click();
  await expect(second).not.toContainText('Piilotettu');
  await expect(page.getByRole('region', { name: 'Muutoshistoria' })).toContainText('Osio siirrettiin');
});

test('a proposed development target goes into the strategy in one step', async ({ page }) => {
  await open(page, made.reportUrl!);
  const add = page.getByRole('region', { name: 'Lisää ehdotus' });
  await add.getByLabel('Otsikko').fill(TARGET);
  await add
    .getByLabel('Perustelu')
    .fill('Kootaan oppilaitokset ja yritykset yhteen puurakentamisen ympärille.');
  await add.getByRole('button', { name: 'Lisää ehdotus' }).click();
  const proposal = page.getByRole('article', { name: TARGET });
  await expect(proposal).toContainText('Kehittämiskohde · Avoin');

  await proposal.getByRole('button', { name: 'Vie strategiaan' }).click();
  await expect(proposal).toContainText('Strategian kehittämistoimenpiteenä.');
  await expect(proposal).toContainText('Hyväksytty');
  made.actionId = (await proposal.getByRole('link', { name: 'Avaa toimenpide' }).getAttribute('href'))!
    .split('/')
    .pop();

  // Another proposal is rejected, with the reason kept.
  const other = `Hylättävä ehdotus ${RUN}`;
  await add.getByLabel('Otsikko').fill(other);
  await add.getByRole('button', { name: 'Lisää ehdotus' }).click();
  const rejected = page.getByRole('article', { name: other });
  await rejected.getByRole('button', { name: 'Hylkää' }).click();
  await rejected.getByLabel('Hylkäämisen syy').fill('Päällekkäinen edellisen kanssa.');
  await rejected.getByRole('button', { name: 'Hylkää' }).click();
  await expect(rejected).toContainText('Hylätty');
  await expect(rejected).toContainText('Syy: Päällekkäinen edellisen kanssa.');

  await proposal.getByRole('link', { name: 'Avaa strategia' }).click();
  await settled(page);
  const actions = page.getByRole('table', { name: /Kehittämistoimenpiteet/ });
  const row = actions.getByRole('row', { name: new RegExp(TARGET) });
  await expect(row).toBeVisible();
  await row.getByRole('link', { name: 'Raportin näyttö' }).click();
  await settled(page);
  await expect(page).toHaveURL(new RegExp(`${made.reportUrl}#proposal-editor-\\d+$`));
});

test('recomputing the figures keeps the editor’s words', async ({ page }) => {
  await open(page, made.reportUrl!);
  const version = Number(
    /Versio (\d+)/.exec((await page.getByRole('region', { name: 'Raportin tila' }).textContent())!)![1],
  );
  await page.getByRole('button', { name: 'Päivitä luvut' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Luvut päivitetty.' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Raportin tila' })).toContainText(`Versio ${version + 1}`);
  await expect(firstSection(page)).toContainText(OWN_WORDS);
  await page.reload();
  await settled(page);
  await expect(firstSection(page)).toContainText(OWN_WORDS);
  await expect(page.getByRole('region', { name: 'Muutoshistoria' })).toContainText('Luvut päivitettiin');
});

test('the report pages pass axe in fi, sv and en', async ({ page }) => {
  test.setTimeout(120_000);
  for (const lang of LANGS) {
    await open(page, made.reportUrl!.replace('/fi/', `/${lang}/`));
    // The evidence of a sentence opens in place; the page is checked with it open.
    const toggle = page.locator('.report-evidence-toggle').first();
    if (await toggle.count()) await toggle.click();
    await expectAccessible(page);
    await firstSection(page).getByRole('button').first().click();
    await expectAccessible(page);
    await open(page, `/${lang}/picture-reports`);
    await expect(page.getByRole('table')).toContainText(NAME);
    await expectAccessible(page);
  }
});

test.afterAll(async ({ browser }) => {
  const context = await browser.newContext({ storageState: process.env.SOLMU_E2E_SAVONLINNA_STORAGE });
  const page = await context.newPage();
  await page.goto('/fi/');
  if (made.actionId) await api(page, 'DELETE', `/api/v1/development-actions/${made.actionId}`);
  if (made.reportId) await api(page, 'DELETE', `/api/v1/picture-reports/${made.reportId}`);
  await context.close();
});
