import { expect, expectAccessible, LANGS, settled, test } from './support/fixtures.js';
import { api } from './support/page-api.js';

/** The overview's recent changes and key figures, and the organisation list's community filters. */

test('recent changes show an edit just made', async ({ page }) => {
  await page.goto('/fi/');
  await settled(page);
  const me = (await api(page, 'GET', '/api/v1/auth/me')).body;
  const workspace = me.workspaces.find((w: { role: string }) => w.role === 'editor').id;
  const list = await api(page, 'GET', '/api/v1/organisations?limit=100&sort=nameFi');
  const org = list.body.items.find((o: { workspaceId: string }) => o.workspaceId === workspace);
  const edit = await api(page, 'PATCH', `/api/v1/organisations/${org.id}`, {
    descriptionFi: `Muokattu selaintestissä ${Date.now()}`,
  });
  expect(edit.status).toBe(200);
  await page.reload();
  const changes = page.getByRole('region', { name: 'Viimeaikaiset muutokset' });
  const item = changes.getByRole('listitem').filter({ hasText: org.nameFi }).first();
  await expect(item).toContainText('muutettu');
  await item.getByRole('link', { name: org.nameFi }).click();
  await expect(page.getByRole('heading', { level: 1, name: org.nameFi })).toBeVisible();
});

test('key figures and goals off track are on the overview', async ({ page }) => {
  await page.goto('/fi/');
  await settled(page);
  const figures = page.getByRole('region', { name: 'Tunnusluvut' });
  await expect(figures.getByRole('link', { name: /\d+ toimija/ })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Jäljessä olevat tavoitteet' })).toBeVisible();
});

test('filtering by network narrows the organisation list', async ({ page }) => {
  await page.goto('/fi/organisations');
  await settled(page);
  const count = async () =>
    Number((await page.getByRole('status').first().textContent())!.replace(/\D/g, ''));
  await expect(page.getByRole('status').first()).toHaveText(/^\d/);
  const all = await count();
  await page.getByRole('button', { name: /Verkosto$/ }).click();
  await page.getByRole('option', { name: 'Seutukaupunkien innovaatioekosysteemiverkosto' }).click();
  await expect(page).toHaveURL(/network=/);
  await expect.poll(count).toBeLessThan(all);
  const members = await count();
  expect(members).toBeGreaterThan(0);
  await expect(page.getByRole('link', { name: 'Iisalmen kaupunki' })).toBeVisible();
});

for (const lang of LANGS) {
  test(`the overview and filtered organisations have no axe violations (${lang})`, async ({ page }) => {
    await page.goto(`/${lang}/`);
    await settled(page);
    await expect(page.locator('#changes-heading')).toBeVisible();
    await expectAccessible(page);
    await page.goto(`/${lang}/sign-in`);
    await settled(page);
    await expectAccessible(page);
  });
}
