import type { Browser, Locator, Page } from '@playwright/test';
import { WEBHOOK_ADMIN } from './support/accounts.js';
import { expect, expectAccessible, links, settled, test } from './support/fixtures.js';
import { signedWith, startWebhookReceiver } from './support/webhook-receiver.js';

/**
 * The webhook journey (issue 19) through the Webhookit screen: the Iisalmi coordinator may not point an
 * endpoint at a private address, the installation admin registers it with that permission and is shown
 * its secret once, and the coordinator's "send test" reaches a receiver in this process whose
 * signature check uses that secret. A 500 is answered once: the log shows the failed attempt and the
 * retry the server makes after its first back-off (30 s, the schedule it runs in production).
 */
let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;

test.beforeAll(async () => {
  receiver = await startWebhookReceiver();
});

test.afterAll(async () => {
  await receiver.close();
});

/** "8.12.2026 klo 3.50": a date and time as Finnish writes them. */
const FINNISH_TIME = /^\d{1,2}\.\d{1,2}\.\d{4} klo \d{1,2}\.\d{2}$/;

async function openWebhooks(page: Page) {
  await page.goto('/fi/');
  await settled(page);
  const menu = page.getByRole('navigation', { name: 'Päävalikko' });
  await menu.getByRole('button', { name: 'Esittele', exact: true }).click();
  await menu.getByRole('link', { name: 'Webhookit', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Webhookit' })).toBeVisible();
  await settled(page);
}

async function fillEndpoint(page: Page) {
  const form = page.getByRole('region', { name: 'Uusi webhook-osoite' });
  await form.getByLabel('Osoite (https://…)').fill(receiver.url);
  await form.getByRole('checkbox', { name: 'Organisaatio lisätty' }).check();
  await form.getByRole('checkbox', { name: 'Hanke muutettu' }).check();
  return form;
}

/** The admin, signed in with a one-time link of their own, registers the endpoint for Iisalmi. */
async function adminRegisters(browser: Browser): Promise<string> {
  const context = await browser.newContext({
    baseURL: process.env.SOLMU_E2E_BASE,
    storageState: { cookies: [], origins: [] },
  });
  try {
    const admin = await context.newPage();
    await admin.goto(links()[WEBHOOK_ADMIN]!);
    await expect(admin).toHaveURL(/\/fi\/$/);
    await openWebhooks(admin);
    const form = await fillEndpoint(admin);
    await form.getByLabel('Työtila').selectOption({ label: 'Iisalmen kaupunki' });
    await form.getByRole('checkbox', { name: /^Salli yksityisen verkon osoite/ }).check();
    await form.getByRole('button', { name: 'Lisää', exact: true }).click();
    await expect(admin.getByText('Avain näytetään vain nyt.', { exact: false })).toBeVisible();
    const secret = await admin.getByLabel('Allekirjoitusavain').inputValue();
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]+=*$/);
    // Shown once: the screen read again has no secret.
    await admin.reload();
    await settled(admin);
    await expect(admin.getByRole('heading', { level: 2, name: receiver.url })).toBeVisible();
    await expect(admin.getByLabel('Allekirjoitusavain')).toHaveCount(0);
    expect(await admin.content()).not.toContain(secret);
    return secret;
  } finally {
    await context.close();
  }
}

/** The newest row of the delivery log, read again with the log's own button until it says `status`. */
async function newestDelivery(panel: Locator, status: string) {
  const row = panel.getByRole('table', { name: 'Viimeisimmät toimitukset' }).getByRole('row').nth(1);
  await expect(async () => {
    await panel.getByRole('button', { name: 'Päivitä' }).click();
    await expect(row.getByRole('cell').nth(2)).toHaveText(status, { timeout: 2_000 });
  }).toPass({ timeout: 60_000 });
  return row;
}

test('a webhook: registered with the admin’s permission, signed, retried after a 500 and logged', async ({
  page,
  browser,
}) => {
  // The first back-off is 30 s: the journey waits for it.
  test.setTimeout(180_000);
  await openWebhooks(page);
  // The demo's example: said to be fictional, off for good, with a log to read.
  const example = page.getByRole('region', {
    name: 'https://asiakasrekisteri.esimerkki.invalid/solmu/webhook',
  });
  await expect(example).toContainText('Kuvitteellinen esimerkki demoaineistosta');
  await expect(example).toContainText('Poissa käytöstä: poistettu käytöstä käsin');
  await expect(example.getByRole('button', { name: /käyttöön|testiviesti/ })).toHaveCount(0);
  await expect(example.getByRole('row', { name: /Vastaanottaja vastasi koodilla 410/ })).toBeVisible();
  const ownForm = await fillEndpoint(page);
  await ownForm.getByRole('button', { name: 'Lisää', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText(
    'Osoite on yksityisessä, paikallisessa tai metatietoverkossa. Vain asennuksen ylläpitäjä voi sallia sen.',
  );

  const secret = await adminRegisters(browser);

  await openWebhooks(page);
  const panel = page.getByRole('region', { name: receiver.url });
  await expect(panel).toContainText('Käytössä');
  await expect(panel).toContainText('Tapahtumat: Organisaatio lisätty, Hanke muutettu');
  expect(await page.content()).not.toContain(secret);

  // A test message, answered 200 at once.
  receiver.answerWith(200);
  await panel.getByRole('button', { name: 'Lähetä testiviesti' }).click();
  await expect.poll(() => receiver.deliveries().length, { timeout: 30_000 }).toBe(1);
  const first = receiver.deliveries()[0]!;
  expect(signedWith(secret, first)).toBe(true);
  expect(signedWith(`whsec_${Buffer.alloc(32, 7).toString('base64')}`, first)).toBe(false);
  expect(signedWith(secret, { ...first, body: first.body.replace('webhook.test', 'webhook.tset') })).toBe(
    false,
  );
  expect(JSON.parse(first.body)).toMatchObject({ type: 'webhook.test', data: { resource: 'webhooks' } });
  const delivered = await newestDelivery(panel, 'Toimitettu');
  await expect(delivered.getByRole('cell').nth(0)).toHaveText(FINNISH_TIME);
  await expect(delivered.getByRole('cell').nth(1)).toHaveText('Testiviesti');
  await expect(delivered.getByRole('cell').nth(4)).toHaveText('200');

  // The next one fails with 500 once: it waits in the log for its retry, which then goes through.
  receiver.answerWith(500, 200);
  await panel.getByRole('button', { name: 'Lähetä testiviesti' }).click();
  await expect.poll(() => receiver.deliveries().length, { timeout: 30_000 }).toBe(2);
  const waiting = await newestDelivery(panel, 'Odottaa');
  const cells = waiting.getByRole('cell');
  await expect(cells.nth(3)).toHaveText('1');
  await expect(cells.nth(4)).toHaveText('500');
  await expect(cells.nth(6)).toHaveText(FINNISH_TIME);
  await expect(cells.nth(7)).toHaveText('Vastaanottaja vastasi koodilla 500');
  await expectAccessible(page);

  await expect.poll(() => receiver.deliveries().length, { timeout: 60_000 }).toBe(3);
  const [, failed, retry] = receiver.deliveries();
  // The same message again (one webhook-id, for the receiver's de-duplication), after the back-off.
  expect(retry!.headers['webhook-id']).toBe(failed!.headers['webhook-id']);
  expect(retry!.body).toBe(failed!.body);
  expect(retry!.at - failed!.at).toBeGreaterThanOrEqual(30_000);
  expect(signedWith(secret, retry!)).toBe(true);
  const done = await newestDelivery(panel, 'Toimitettu');
  await expect(done.getByRole('cell').nth(3)).toHaveText('2');
  await expect(done.getByRole('cell').nth(4)).toHaveText('200');
  await expect(done.getByRole('cell').nth(6)).toHaveText('');
  await expect(done.getByRole('cell').nth(7)).toHaveText('');
  await expectAccessible(page);
});
