import { Secret, TOTP } from 'otpauth';
import type { Browser, Page } from '@playwright/test';
import { expect, expectAccessible, LANGS, links, settled, test } from './support/fixtures.js';
import { MENUS, walkMenu } from './support/menu.js';

/**
 * One's own account, as the Rauma viewer who arrives with a one-time link (not the shared coordinator,
 * whose password must stay as it is). The tests share that one signed-in page, in order.
 */
test.describe.configure({ mode: 'serial' });

let page: Page;

async function signedInPage(browser: Browser, link: string) {
  const context = await browser.newContext({
    baseURL: process.env.SOLMU_E2E_BASE,
    storageState: { cookies: [], origins: [] },
  });
  const p = await context.newPage();
  await p.goto(link);
  await expect(p).toHaveURL(/\/fi\/$/);
  return p;
}

test.beforeAll(async ({ browser }) => {
  page = await signedInPage(browser, links()['Katselija (Rauma)']!);
});

test.afterAll(async () => {
  await page.context().close();
});

test('the account is reachable from the header and shows who is signed in', async () => {
  await page.getByRole('link', { name: 'Oma tili' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Oma tili' })).toBeVisible();
  await expect(page.getByText('katselija@rauma.solmu-demo.example')).toBeVisible();
  await expect(page.getByText('Katselija', { exact: false }).first()).toBeVisible();
});

test('password: set one, then a wrong current password is refused beside its field', async () => {
  await page.goto('/fi/account');
  await settled(page);
  const first = 'Rauman-Kartoitus-2027!';
  await page.getByLabel('Uusi salasana', { exact: true }).fill('lyhyt');
  await page.getByLabel('Uusi salasana uudelleen').fill('lyhyt');
  await page.getByRole('button', { name: 'Vaihda salasana' }).click();
  await expect(page.getByText('Salasanassa pitää olla vähintään 12 merkkiä.')).toBeVisible();

  await page.getByLabel('Uusi salasana', { exact: true }).fill(first);
  await page.getByLabel('Uusi salasana uudelleen').fill(first);
  await page.getByRole('button', { name: 'Vaihda salasana' }).click();
  await expect(page.getByText('Salasana vaihdettu.', { exact: false })).toBeVisible();

  await page.getByLabel('Nykyinen salasana').fill('not the password at all');
  await page.getByLabel('Uusi salasana', { exact: true }).fill('Toinen-Rauman-Salasana-9');
  await page.getByLabel('Uusi salasana uudelleen').fill('Toinen-Rauman-Salasana-9');
  await page.getByRole('button', { name: 'Vaihda salasana' }).click();
  const current = page.getByLabel('Nykyinen salasana');
  await expect(page.getByText('Nykyinen salasana on väärä.')).toBeVisible();
  await expect(current).toHaveAttribute('aria-invalid', 'true');
  // Nothing typed is lost.
  await expect(page.getByLabel('Uusi salasana uudelleen')).toHaveValue('Toinen-Rauman-Salasana-9');

  await current.fill(first);
  await page.getByRole('button', { name: 'Vaihda salasana' }).click();
  await expect(page.getByText('Salasana vaihdettu.', { exact: false })).toBeVisible();
});

test('two-step verification: QR code and key, confirmed with a code computed here', async () => {
  await page.goto('/fi/account');
  await settled(page);
  await page.getByRole('button', { name: 'Ota käyttöön' }).click();
  await expect(page.getByRole('img', { name: 'QR-koodi todennussovellukselle' })).toBeVisible();
  await expectAccessible(page);
  const secret = (await page.locator('code.secret').textContent())!.trim();
  await page.getByLabel('Vahvistuskoodi').fill('000000'.replace(/0/g, '1'));
  await page.getByRole('button', { name: 'Vahvista ja ota käyttöön' }).click();
  await expect(page.getByText('Koodi on väärä tai vanhentunut.')).toBeVisible();
  const totp = new TOTP({ secret: Secret.fromBase32(secret) });
  await page.getByLabel('Vahvistuskoodi').fill(totp.generate());
  await page.getByRole('button', { name: 'Vahvista ja ota käyttöön' }).click();
  await expect(page.getByText('Käytössä: kirjautuessa kysytään', { exact: false })).toBeVisible();
  const me = await page.evaluate(async () => (await fetch('/api/v1/auth/me')).json());
  expect(me.user.totpEnabled).toBe(true);

  // Turning it off asks for a current code too.
  // A code is good once: the next time step's code (within the allowed drift).
  await page.getByLabel('Vahvistuskoodi').fill(totp.generate({ timestamp: Date.now() + 30_000 }));
  await page.getByRole('button', { name: 'Poista käytöstä' }).click();
  await expect(page.getByText('Ei käytössä.', { exact: false })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Ota käyttöön' })).toBeVisible();
});

test('API token: created and shown once with a copy button, works, then revoked', async () => {
  await page.goto('/fi/account');
  await settled(page);
  await page.getByLabel('Nimi', { exact: true }).fill('Raportointi');
  await page.getByRole('button', { name: 'Luo avain' }).click();
  const secret = page.getByLabel('Avain', { exact: true });
  await expect(secret).toHaveValue(/^solmu_/);
  await expect(page.getByRole('button', { name: 'Kopioi' })).toBeVisible();
  const token = await secret.inputValue();
  const status = await page.evaluate(
    async (t) => (await fetch('/api/v1/auth/me', { headers: { authorization: `Bearer ${t}` } })).status,
    token,
  );
  expect(status).toBe(200);
  const row = page.getByRole('row', { name: /Raportointi/ });
  await expect(row).toContainText('Voimassa');
  await page.getByRole('button', { name: 'Peru avain Raportointi' }).click();
  await expect(row).toContainText('Peruttu');
  const after = await page.evaluate(
    async (t) => (await fetch('/api/v1/tokens', { headers: { authorization: `Bearer ${t}` } })).status,
    token,
  );
  expect(after).toBe(401);
});

for (const lang of LANGS) {
  test(`the account page has no axe violations (${lang})`, async () => {
    await page.goto(`/${lang}/account`);
    await settled(page);
    await expect(page.locator('table')).toBeVisible();
    await expectAccessible(page);
  });
}

test('the account page fits 360 px and its forms work with the keyboard alone', async () => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/fi/account');
  await settled(page);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await page.getByLabel('Nimi', { exact: true }).focus();
  await page.keyboard.type('Näppäimistö');
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Avain', { exact: true })).toHaveValue(/^solmu_/);
  await page.setViewportSize({ width: 1280, height: 900 });
});

test('the viewer reaches every place a viewer may use from the menu, and no imports', async () => {
  await walkMenu(page, MENUS.viewer);
  await expect(page.getByRole('link', { name: 'Tuonnit' })).toHaveCount(0);
});

test('a viewer is told before any typing that they cannot add or edit, and is offered no form', async () => {
  await page.goto('/fi/organisations?q=Iisalmen%20kaupunki');
  await settled(page);
  await page.getByRole('link', { name: 'Iisalmen kaupunki', exact: true }).click();
  await settled(page);
  await expect(page.getByRole('link', { name: 'Muokkaa' })).toHaveCount(0);
  await page.goto(`${new URL(page.url()).pathname}/edit`);
  await settled(page);
  await expect(page.getByText('Et voi muokata tätä tietoa.')).toBeVisible();
  await expect(page.getByRole('textbox')).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Kirjaudu sisään' })).toHaveCount(0);
  for (const path of ['/fi/organisations/new', '/fi/projects/new']) {
    await page.goto(path);
    await settled(page);
    await expect(page.getByText('Et voi lisätä tietoja tässä roolissa.')).toBeVisible();
    await expect(page.getByRole('textbox')).toHaveCount(0);
  }
  await expectAccessible(page);
});

test('download my data, then sign out everywhere', async () => {
  await page.goto('/fi/account');
  await settled(page);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Lataa tietoni' }).click();
  expect((await download).suggestedFilename()).toBe('solmu-account.json');
  await page.getByRole('button', { name: 'Kirjaudu ulos kaikkialta' }).click();
  await expect(page).toHaveURL(/\/fi\/sign-in$/);
  const me = await page.evaluate(async () => (await fetch('/api/v1/auth/me')).json());
  expect(me.user).toBeNull();
});
