import { expect, expectAccessible, settled, test } from './support/fixtures.js';
import { api } from './support/page-api.js';

test('themes show in the reader’s language, and the form names a theme the vocabulary lacks', async ({
  page,
}) => {
  const ecosystem = '/ecosystems/savonlinnan-metsabiotalous';
  await page.goto(`/sv${ecosystem}`);
  await expect(page.locator('.details')).toContainText('skogsbioekonomi, träförädling, teknologiindustri');
  await expectAccessible(page);
  await page.goto(`/en${ecosystem}`);
  await expect(page.locator('.details')).toContainText(
    'forest bioeconomy, wood processing, technology industry',
  );

  await page.goto('/fi/ecosystems/new');
  await page.getByLabel('Teemat').fill('Metsäbiotalous, vetytalous');
  await expect(page.getByText('Ei sanastossa, näkyy vain suomeksi: vetytalous')).toBeVisible();
  await page.getByLabel('Teemat').fill('metsäbiotalous, skogsbioekonomi');
  await expect(page.getByText(/Ei sanastossa/)).toHaveCount(0);
  await expectAccessible(page);
});

test('an event written in Finnish only shows its title and description marked as Finnish on other pages', async ({
  page,
}) => {
  await page.goto('/fi/');
  const title = `Vain suomeksi kirjoitettu tapahtuma ${Date.now()}`;
  const created = await api(page, 'POST', '/api/v1/events', {
    kind: 'seminar',
    titleFi: title,
    descriptionFi: 'Kuvaus on vain suomeksi.',
    startsAt: '2027-03-02T08:00:00.000Z',
    visibility: 'network',
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  try {
    await page.goto(`/sv/events/${created.body.id}`);
    await settled(page);
    const heading = page.getByRole('heading', { level: 1 });
    await expect(heading).toHaveText(`${title} (på finska)`);
    await expect(heading.locator('[lang="fi"]')).toHaveText(title);
    await expect(page.getByText('Kuvaus on vain suomeksi. (på finska)')).toBeVisible();
    await expectAccessible(page);
    // In Finnish nothing is marked.
    await page.goto(`/fi/events/${created.body.id}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    await expect(page.getByText('(suomeksi)')).toHaveCount(0);
  } finally {
    await api(page, 'DELETE', `/api/v1/events/${created.body.id}`);
  }
});
