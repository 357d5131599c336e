import type { Browser, Page } from '@playwright/test';
import { expect, expectAccessible, LANGS, settled, test } from './support/fixtures.js';
import { api } from './support/page-api.js';

/**
 * The public "Invest in" site as a visitor meets it (issue 17): every seed town's page in fi, sv and en
 * renders with JavaScript off, passes axe, carries JSON-LD of the schema.org types it claims and is in
 * the sitemap; an investor without an account sends an enquiry from Savonlinna's page with JavaScript
 * off, and Savonlinna's editor finds it as a lead in the contact pipeline. The lead is removed at the end.
 */

const TOWNS: [path: string, fi: string][] = [
  ['iisalmi', 'Iisalmi'],
  ['savonlinna', 'Savonlinna'],
  ['raahe', 'Raahe'],
  ['kristiinankaupunki', 'Kristiinankaupunki'],
  ['heinola', 'Heinola'],
  ['kauhajoki', 'Kauhajoki'],
  ['keuruu', 'Keuruu'],
  ['rauma', 'Rauma'],
  ['kuusamo', 'Kuusamo'],
  ['taivalkoski', 'Taivalkoski'],
];

/** What each schema.org type the pages use must say at least. */
const REQUIRED: Record<string, string[]> = {
  Place: ['name'],
  Organization: ['name'],
  Event: ['name', 'startDate', 'location'],
};

const RUN = Date.now().toString(36).slice(-5);
const INVESTOR = `Esimerkkisijoitus Oy ${RUN}`;

async function visitor(browser: Browser, javaScriptEnabled: boolean) {
  const context = await browser.newContext({
    baseURL: process.env.SOLMU_E2E_BASE,
    storageState: { cookies: [], origins: [] },
    javaScriptEnabled,
  });
  return { context, page: await context.newPage() };
}

/** Every JSON-LD block of the page, parsed, with each node's type and required properties checked. */
async function checkJsonLd(page: Page) {
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  expect(blocks.length).toBeGreaterThan(0);
  const nodes = blocks.flatMap((text) => {
    const doc = JSON.parse(text) as { '@context': string; '@graph'?: Record<string, unknown>[] };
    expect(doc['@context']).toBe('https://schema.org');
    return doc['@graph'] ?? [doc as unknown as Record<string, unknown>];
  });
  for (const node of nodes) {
    const type = String(node['@type']);
    expect(Object.keys(REQUIRED), `a schema.org type the site uses: ${type}`).toContain(type);
    for (const property of REQUIRED[type]!) expect(node[property], `${type}.${property}`).toBeTruthy();
  }
  expect(nodes[0]!['@type']).toBe('Place');
}

test.describe('every seed town has its public page', () => {
  let sitemap = '';
  test.beforeAll(async ({ request }) => {
    const res = await request.get('/sitemap.xml');
    expect(res.status()).toBe(200);
    sitemap = await res.text();
  });

  for (const [path, name] of TOWNS) {
    test(`${name}: fi, sv and en, without JavaScript, with axe, JSON-LD and the sitemap`, async ({
      browser,
    }) => {
      const plain = await visitor(browser, false);
      const scripted = await visitor(browser, true);
      for (const lang of LANGS) {
        const address = `/${lang}/invest/${path}`;
        expect(sitemap, address).toContain(`${address}</loc>`);
        const res = await plain.page.goto(address);
        expect(res?.status()).toBe(200);
        await expect(plain.page.locator('html')).toHaveAttribute('lang', lang);
        await expect(plain.page.getByRole('heading', { level: 1 })).toBeVisible();
        await expect(plain.page.locator('link[rel="alternate"][hreflang]')).toHaveCount(4);
        await expect(plain.page.locator('#enquiry form')).toBeVisible();
        await checkJsonLd(plain.page);
        await scripted.page.goto(address);
        await expectAccessible(scripted.page);
      }
      await plain.context.close();
      await scripted.context.close();
    });
  }
});

test('an investor’s enquiry from Savonlinna’s page, sent without JavaScript, is a lead in Savonlinna’s pipeline', async ({
  browser,
}) => {
  const { context, page } = await visitor(browser, false);
  await page.goto('/fi/invest/savonlinna');
  // The form refuses an answer sent within 3 s of being served (a bot's speed).
  const served = Date.now();
  const form = page.locator('#enquiry form');
  await form.getByLabel(/Mitä etsitte/).fill(`Tontti puutuotetehtaalle ${RUN}`);
  await form.getByRole('radio', { name: '1–10 miljoonaa euroa' }).check();
  await form.getByRole('radio', { name: 'vuoden sisällä', exact: true }).check();
  await form.getByLabel(/Organisaatio/).fill(INVESTOR);
  await form.getByLabel(/Yhteyshenkilön nimi/).fill('Esimerkki Sijoittaja');
  await form.getByLabel(/Sähköposti/).fill(`sijoittaja-${RUN}@example.com`);
  await form.getByLabel(/Hyväksyn/).check();
  await page.waitForTimeout(Math.max(0, served + 3500 - Date.now()));
  await form.getByRole('button', { name: /Lähetä/ }).click();
  await expect(page).toHaveURL(/\/fi\/invest\/savonlinna\?enquiry=received#enquiry$/);
  await expect(page.getByRole('status')).toContainText('Kiitos');
  await context.close();

  const editor = await browser.newContext({
    baseURL: process.env.SOLMU_E2E_BASE,
    storageState: process.env.SOLMU_E2E_SAVONLINNA_STORAGE,
  });
  const office = await editor.newPage();
  await office.goto('/fi/pipeline');
  await settled(office);
  await office.getByRole('link', { name: INVESTOR }).click();
  await settled(office);
  const id = office.url().split('/').pop()!;
  const contact = (await api(office, 'GET', `/api/v1/contacts/${id}`)).body as {
    id: string;
    organisationId: string;
    personId: string;
  };
  await expect(office.getByText(/Sijoittaja otti yhteyttä julkisen sivun lomakkeella/)).toBeVisible();
  await expect(office.getByRole('link', { name: /\/fi\/invest\/savonlinna/ })).toBeVisible();

  expect((await api(office, 'DELETE', `/api/v1/contacts/${contact.id}`)).status).toBe(204);
  expect((await api(office, 'DELETE', `/api/v1/people/${contact.personId}`)).status).toBe(204);
  expect((await api(office, 'DELETE', `/api/v1/organisations/${contact.organisationId}`)).status).toBe(204);
  await editor.close();
});
