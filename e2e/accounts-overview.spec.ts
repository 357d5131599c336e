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

test('key figures, and a goal behind its line among the goals off track', async ({ page }) => {
  await page.goto('/fi/');
  await settled(page);
  const me = (await api(page, 'GET', '/api/v1/auth/me')).body;
  const editable = me.workspaces
    .filter((w: { role: string }) => w.role === 'editor')
    .map((w: { id: string }) => w.id);
  const strategies = (await api(page, 'GET', '/api/v1/strategies?limit=100')).body.items;
  const seed = strategies.find((s: { workspaceId: string }) => editable.includes(s.workspaceId));
  // A strategy of its own, beside the seed's: other tests count the seed strategy's goals.
  const created = await api(page, 'POST', `/api/v1/strategies?workspace=${seed.workspaceId}`, {
    scope: seed.scope,
    ecosystemId: seed.ecosystemId,
    networkId: seed.networkId,
    municipalityCode: seed.municipalityCode,
    titleFi: `Testistrategia ${Date.now()}`,
    startYear: 2020,
    endYear: 2027,
    visibility: 'network',
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  const strategy = created.body;
  const title = `Jäljessä oleva tavoite ${Date.now()}`;
  const goal = await api(page, 'POST', '/api/v1/strategy-goals', {
    strategyId: strategy.id,
    titleFi: title,
    indicatorFi: 'Testi',
    baselineValue: 0,
    baselineYear: 2020,
    targetValue: 100,
    targetYear: 2027,
    visibility: 'network',
  });
  expect(goal.status, JSON.stringify(goal.body)).toBe(201);
  // Mid-2025 the straight line expects about 65; 5 is far behind.
  const actual = await api(page, 'POST', '/api/v1/goal-actuals', {
    goalId: goal.body.id,
    measuredOn: '2025-06-30',
    value: 5,
    visibility: 'network',
  });
  expect(actual.status, JSON.stringify(actual.body)).toBe(201);
  await page.reload();
  await settled(page);
  const figures = page.getByRole('region', { name: 'Tunnusluvut' });
  await expect(figures.getByRole('link', { name: /\d+ toimija/ })).toBeVisible();
  const goals = page.getByRole('region', { name: 'Jäljessä olevat tavoitteet' });
  const item = goals.getByRole('listitem').filter({ hasText: title });
  await expect(item).toContainText('5 % matkasta');
  await item.getByRole('link', { name: title }).click();
  await expect(page).toHaveURL(new RegExp(`/fi/strategies/${strategy.id}`));
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

test('filtering by a competence needed lists exactly the organisations that need it', async ({ page }) => {
  await page.goto('/fi/organisations');
  await settled(page);
  const need = (
    await api(page, 'GET', '/api/v1/organisation-competences?direction=need&limit=50')
  ).body.items.find((r: { competenceId: string | null }) => r.competenceId);
  const competence = (await api(page, 'GET', `/api/v1/competences/${need.competenceId}`)).body;
  const expected = (await api(page, 'GET', `/api/v1/organisations?needs=${competence.id}&limit=100`)).body;
  await page.getByRole('button', { name: /Osaaminen$/ }).click();
  await page.getByRole('option', { name: competence.nameFi, exact: true }).click();
  await page.getByRole('button', { name: /Osaamista$/ }).click();
  await page.getByRole('option', { name: 'tarvitaan' }).click();
  await expect(page).toHaveURL(/direction=need/);
  await expect(page.getByRole('status').first()).toHaveText(new RegExp(`^${expected.total} toimija`));
  for (const org of expected.items) await expect(page.getByRole('link', { name: org.nameFi })).toBeVisible();
});

for (const lang of LANGS) {
  test(`the overview, the organisation filters and sign-in have no axe violations (${lang})`, async ({
    page,
  }) => {
    await page.goto(`/${lang}/`);
    await settled(page);
    await expect(page.locator('#changes-heading')).toBeVisible();
    await expectAccessible(page);
    await page.goto(`/${lang}/organisations?direction=need`);
    await settled(page);
    await expect(page.locator('#filter-network')).toBeAttached();
    await expectAccessible(page);
    await page.goto(`/${lang}/sign-in`);
    await settled(page);
    await expectAccessible(page);
  });
}
