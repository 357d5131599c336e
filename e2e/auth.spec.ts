import { Secret, TOTP } from 'otpauth';
import { expect, links, test } from './support/fixtures.js';
import { MENUS, walkMenu } from './support/menu.js';
import { SIGN_IN_TESTER } from './support/accounts.js';
import { api } from './support/page-api.js';

test.use({ storageState: { cookies: [], origins: [] } });

test('a one-time link signs in the Savonlinna editor, who reaches every place from the menu; sign out ends the session', async ({
  page,
}) => {
  await page.goto(links()['Elinkeinopalvelut (Savonlinna)']!);
  await expect(page).toHaveURL(/\/fi\/$/);
  await expect(page.getByText('Elinkeinopalvelut (Savonlinna)')).toBeVisible();
  await walkMenu(page, MENUS.editor);
  await page.getByRole('button', { name: 'Kirjaudu ulos' }).click();
  await expect(page.getByRole('link', { name: 'Kirjaudu sisään' }).first()).toBeVisible();
  await page.reload();
  await expect(page.getByText('Elinkeinopalvelut (Savonlinna)')).toHaveCount(0);
});

test('sign in with e-mail, password and the TOTP code the server asks for', async ({ page }) => {
  const email = SIGN_IN_TESTER.email;
  const password = 'Verkosto-Vetovastuu-2027!';
  await page.goto(links()[SIGN_IN_TESTER.name]!);
  await expect(page).toHaveURL(/\/fi\/$/);
  expect((await api(page, 'POST', '/api/v1/auth/password', { newPassword: password })).status).toBe(204);
  const setup = await api(page, 'POST', '/api/v1/auth/totp/setup');
  const secret = String(setup.body.secret);
  const totp = new TOTP({ secret: Secret.fromBase32(secret) });
  expect((await api(page, 'POST', '/api/v1/auth/totp/enable', { code: totp.generate() })).status).toBe(204);
  await page.getByRole('button', { name: 'Kirjaudu ulos' }).click();
  await expect(page.getByRole('link', { name: 'Kirjaudu sisään' }).first()).toBeVisible();

  await page.goto('/fi/sign-in');
  await page.getByLabel('Sähköposti').fill(email);
  await page.getByLabel('Salasana').fill('wrong password here');
  await page.getByRole('button', { name: 'Kirjaudu sisään' }).click();
  await expect(page.getByRole('alert')).toHaveText('Sähköposti tai salasana on väärä.');

  await page.getByLabel('Salasana').fill(password);
  await page.getByRole('button', { name: 'Kirjaudu sisään' }).click();
  await expect(page.getByRole('alert')).toContainText('vahvistuskoodi');
  const code = page.getByLabel('Vahvistuskoodi');
  await expect(code).toBeFocused();
  await expect(page.getByLabel('Sähköposti')).toHaveValue(email);
  // A code is good once: the next time step's code (within the allowed drift), not the one just used.
  await code.fill(totp.generate({ timestamp: Date.now() + 30_000 }));
  await page.getByRole('button', { name: 'Kirjaudu sisään' }).click();
  await expect(page).toHaveURL(/\/fi\/$/);
  // The name alone, as the header shows it: for a moment the sign-in page also says who signed in.
  await expect(page.getByText(SIGN_IN_TESTER.name, { exact: true })).toBeVisible();
});
