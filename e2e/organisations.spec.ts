import { expect, settled, test } from './support/fixtures.js';

test('create an organisation with a wrong business ID, correct it, find it by search', async ({ page }) => {
  const name = `Testiyhtiö ${Date.now()} Oy`;
  await page.goto('/fi/organisations');
  await page.getByRole('link', { name: 'Lisää toimija' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Uusi toimija' })).toBeVisible();

  await page.getByLabel('Nimi suomeksi').fill(name);
  const businessId = page.getByLabel('Y-tunnus');
  await businessId.fill('1234567-8');
  await page.getByLabel('Kuvaus suomeksi').fill('Syntynyt selaintestissä.');
  await page.getByRole('button', { name: 'Tallenna' }).click();

  // The error is next to the field, the field is focused, and nothing typed was lost.
  await expect(page.getByText('Y-tunnus ei kelpaa.')).toBeVisible();
  await expect(businessId).toHaveAttribute('aria-invalid', 'true');
  await expect(businessId).toBeFocused();
  await expect(page.getByLabel('Nimi suomeksi')).toHaveValue(name);
  await expect(page.getByLabel('Kuvaus suomeksi')).toHaveValue('Syntynyt selaintestissä.');

  await businessId.fill('2532004-3');
  await expect(page.getByText('Y-tunnus ei kelpaa.')).toHaveCount(0);
  await page.getByRole('button', { name: 'Tallenna' }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(page.getByText('Tiedot tallennettu.')).toBeVisible();
  await expect(page.getByText('2532004-3')).toBeVisible();

  await page.getByRole('button', { name: 'Kartoita' }).click();
  await page.getByRole('link', { name: 'Toimijat', exact: true }).click();
  await page.getByLabel('Hae nimellä tai kuvauksella').fill(name.split(' ').slice(0, 2).join(' '));
  await page.getByRole('button', { name: 'Hae', exact: true }).click();
  await expect(page).toHaveURL(/q=Testiyhti/);
  await expect(page.getByRole('status')).toHaveText('1 toimija');
  await expect(page.getByRole('link', { name })).toBeVisible();
});

test('a server-side refusal appears next to its field and keeps the form', async ({ page }) => {
  await page.goto('/fi/organisations/new');
  await page.getByLabel('Nimi suomeksi').fill('Toimialatesti Oy');
  // Five digits pass the shared schema; only the server knows the code is not in TOL 2008.
  await page.getByLabel('Toimiala (TOL 2008)').fill('00001');
  await page.getByRole('button', { name: 'Tallenna' }).click();
  await expect(
    page.getByText('Toimialakoodia ei ole TOL 2008 -luokituksessa.', { exact: false }),
  ).toBeVisible();
  await expect(page.getByLabel('Nimi suomeksi')).toHaveValue('Toimialatesti Oy');
});

test('filters, sorting and paging go through the address', async ({ page }) => {
  await page.goto('/fi/organisations');
  await settled(page);
  await page.getByRole('button', { name: /^Tyyppi/ }).click();
  await expect(page).toHaveURL(/sort=kind/);
  await expect(page.locator('th[aria-sort="ascending"]')).toContainText('Tyyppi');
  await page.goto('/fi/organisations?kind=rdi');
  await expect(page.getByRole('status')).toHaveText(/^\d+ toimija/);
  for (const cell of await page.locator('tbody td:nth-child(2)').allTextContents())
    expect(cell).toBe('TKI-toimija');
  await page.goto('/fi/organisations');
  await page.getByRole('button', { name: 'Seuraava sivu' }).click();
  await expect(page.getByText('Sivu 2')).toBeVisible();
  await page.getByRole('button', { name: 'Edellinen sivu' }).click();
  await expect(page.getByText('Sivu 1')).toBeVisible();
});

test('an organisation profile shows its network, and delete asks first', async ({ page }) => {
  await page.goto('/fi/organisations?q=Iisalmen');
  await page.getByRole('link', { name: 'Iisalmen kaupunki' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Iisalmen kaupunki' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Suhteet' })).toBeVisible();
  await expect(
    page.getByRole('link', { name: 'Seutukaupunkien innovaatioekosysteemiverkosto', exact: true }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Poista toimija' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('Poistetaanko Iisalmen kaupunki?');
  await dialog.getByRole('button', { name: 'Peruuta' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1, name: 'Iisalmen kaupunki' })).toBeVisible();
});

test('edit an organisation, see it in Swedish, then delete it', async ({ page }) => {
  await page.goto('/fi/');
  const id = await page.evaluate(async () => {
    const me = await (await fetch('/api/v1/auth/me')).json();
    const res = await fetch('/api/v1/organisations', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken },
      body: JSON.stringify({ kind: 'rdi', nameFi: 'Muokattava Tutkimus Oy', municipalityCode: '140' }),
    });
    return (await res.json()).id as string;
  });
  await page.goto(`/fi/organisations/${id}`);
  await page.getByRole('link', { name: 'Muokkaa' }).click();
  await expect(page.getByLabel('Kunta')).toHaveValue('Iisalmi');
  await page.getByLabel('Nimi ruotsiksi').fill('Redigerbar Forskning Ab');
  await page.getByRole('button', { name: 'Tallenna' }).click();
  await expect(page.getByText('Tiedot tallennettu.')).toBeVisible();

  await page.goto(`/sv/organisations/${id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Redigerbar Forskning Ab');
  await expect(page.getByText('FUI-aktör')).toBeVisible();
  await page.getByRole('button', { name: 'Radera aktören' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Radera', exact: true }).click();
  await expect(page).toHaveURL(/\/sv\/organisations$/);
  await page.goto(`/sv/organisations/${id}`);
  await expect(page.getByRole('alert')).toBeVisible();
});

test('the municipality filter waits for a choice: typing Iisalmi letter by letter filters by Iisalmi, not Ii', async ({
  page,
}) => {
  await page.goto('/fi/organisations');
  await settled(page);
  const field = page.getByLabel('Kunta', { exact: true });
  await field.pressSequentially('Iisalmi', { delay: 60 });
  await expect(page).toHaveURL(/municipality=140\b/);
  await expect(field).toHaveValue('Iisalmi');
  await field.fill('');
  await field.pressSequentially('Ii');
  await expect(page).not.toHaveURL(/municipality=139\b/);
  await field.press('Enter');
  await expect(page).toHaveURL(/municipality=139\b/);
  await expect(field).toHaveValue('Ii');
});
