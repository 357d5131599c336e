import type { Page } from '@playwright/test';
import { expect, expectAccessible, LANGS, open, settled, test } from './support/fixtures.js';
import { api } from './support/page-api.js';

/** An example company no demo pipeline holds yet (the default session is Iisalmi's coordinator). */
const CANDIDATE = 'Esimerkki: Kuusamon majoitusyritys C';
/** One of Iisalmi's example cards waiting to be contacted. */
const WAITING = 'Esimerkki: Rauman meriteollisuuden alihankkija B';

async function organisationPage(page: Page, name: string) {
  await page.goto('/fi/');
  const found = await api(page, 'GET', `/api/v1/organisations?q=${encodeURIComponent(name)}&limit=20`);
  const { id } = (found.body.items as { id: string; nameFi: string }[]).find((o) => o.nameFi === name)!;
  await open(page, `/fi/organisations/${id}`);
}

/** A Finnish date `days` from today in Finland, as the form takes it (14.12.2026). */
function finnishDay(days: number) {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Helsinki' }).format(new Date());
  const day = new Date(`${today}T12:00:00Z`);
  day.setUTCDate(day.getUTCDate() + days);
  return `${day.getUTCDate()}.${day.getUTCMonth() + 1}.${day.getUTCFullYear()}`;
}

const column = (page: Page, stage: string) => page.getByRole('region', { name: new RegExp(`^${stage} \\(`) });

test('an Iisalmi editor adds an actor to the pipeline, moves it to a meeting with the keyboard and finds it due', async ({
  page,
}) => {
  // From the actor's own page.
  await organisationPage(page, CANDIDATE);
  const section = page.getByRole('region', { name: 'Yhteydenotot' });
  await expect(section).toContainText('Toimija ei ole työtilasi yhteydenotoissa.');
  await section.getByRole('button', { name: 'Lisää yhteydenottoihin' }).click();
  await expect(section.getByRole('link', { name: CANDIDATE })).toBeVisible();
  await expect(section).toContainText('Otetaan yhteyttä');

  // The card's next step falls due in two days.
  await section.getByRole('link', { name: CANDIDATE }).click();
  await settled(page);
  await page.getByLabel('Mitä tehdään seuraavaksi').fill('Tapaaminen toimitusjohtajan kanssa');
  await page.getByLabel('Eräpäivä').fill(finnishDay(2));
  await page.getByRole('button', { name: 'Tallenna seuraava askel' }).click();
  await expect(page.getByText(`viimeistään ${finnishDay(2)}`)).toBeVisible();

  // On the board, moved with the keyboard alone: the move control, the stage list, the note, submit.
  await page.goto('/fi/pipeline');
  await settled(page);
  const open = column(page, 'Otetaan yhteyttä').getByRole('button', {
    name: `Siirrä ${CANDIDATE} toiseen vaiheeseen`,
  });
  await open.focus();
  await page.keyboard.press('Enter');
  const stageList = page.getByRole('button', { name: /Uusi vaihe/ });
  await expect(stageList).toBeFocused();
  // The list opens on the chosen stage ("Yhteyttä otettu"); the next one down is the meeting.
  // Each key waits for what the last one did, as a keyboard user does: the list open, then the choice
  // made and the focus back on the stage button.
  await page.keyboard.press('Enter');
  // The opened list takes the focus 200 ms after it shows (suomifi's Dropdown). A choice made before
  // that returns the focus to the stage button and then loses it to the list as the list closes.
  await expect(page.getByRole('listbox')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('listbox')).toHaveCount(0);
  await expect(stageList).toContainText('Tapaaminen');
  await expect(stageList).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByLabel(/Muistiinpano lokiin/)).toBeFocused();
  await page.keyboard.type('Sovittu tapaaminen Kuusamossa');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'siirrettiin' })).toHaveText(
    `${CANDIDATE} siirrettiin vaiheeseen Tapaaminen.`,
  );
  await expect(column(page, 'Tapaaminen').getByRole('link', { name: CANDIDATE })).toBeFocused();

  // The overview's reminders list it; its page shows the move in the log with the note.
  await page.goto('/fi/');
  await settled(page);
  const due = page.getByRole('region', { name: 'Tällä viikolla erääntyvät' });
  await expect(due.getByRole('link', { name: CANDIDATE })).toBeVisible();
  await expect(due).toContainText('Tapaaminen toimitusjohtajan kanssa');
  await due.getByRole('link', { name: CANDIDATE }).click();
  await settled(page);
  const log = page.getByRole('region', { name: 'Loki' });
  await expect(log).toContainText('Vaihe vaihtui: Otetaan yhteyttä → Tapaaminen');
  await expect(log).toContainText('Sovittu tapaaminen Kuusamossa');
});

test('a card is dragged to another stage with the mouse', async ({ page }) => {
  await page.goto('/fi/pipeline');
  await settled(page);
  const card = column(page, 'Otetaan yhteyttä').getByRole('listitem').filter({ hasText: WAITING });
  await card.dragTo(column(page, 'Yhteyttä otettu'));
  await expect(column(page, 'Yhteyttä otettu').getByRole('link', { name: WAITING })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'siirrettiin' })).toHaveText(
    `${WAITING} siirrettiin vaiheeseen Yhteyttä otettu.`,
  );
});

test('the list sorts by due date, either way', async ({ page }) => {
  await page.goto('/fi/pipeline?view=list');
  await settled(page);
  const table = page.getByRole('table', { name: /eräpäivän mukaan/ });
  const dueColumn = table.getByRole('columnheader', { name: /Seuraava askel/ });
  await expect(dueColumn).toHaveAttribute('aria-sort', 'ascending');
  const first = async () => (await table.getByRole('row').nth(1).textContent()) ?? '';
  // The example card from Keuruu is overdue: first when the earliest due date leads.
  expect(await first()).toContain('Keuruun');
  await dueColumn.getByRole('button').click();
  await expect(dueColumn).toHaveAttribute('aria-sort', 'descending');
  expect(await first()).not.toContain('Keuruun');
});

/** An example company no other journey adds to a pipeline. */
const WITH_PERSON = 'Esimerkki: Kristiinankaupungin perunatila E';

test('a card names its person in their role, and its form picks the owner by name', async ({ page }) => {
  await page.goto('/fi/');
  const found = await api(page, 'GET', `/api/v1/organisations?q=${encodeURIComponent(WITH_PERSON)}&limit=20`);
  const { id: organisationId } = (found.body.items as { id: string; nameFi: string }[]).find(
    (o) => o.nameFi === WITH_PERSON,
  )!;
  const person = await api(page, 'POST', '/api/v1/people?workspace=iisalmi', {
    fullName: 'Maija Virtanen',
    lawfulBasis: 'legitimate_interests',
    purpose: 'Yhteydenpito ekosysteemityössä',
    source: 'Yrityksen verkkosivut',
    collectedOn: '2026-01-15',
    visibility: 'private',
  });
  expect(person.status, JSON.stringify(person.body)).toBe(201);
  const personId = person.body.id as string;
  const role = await api(page, 'POST', '/api/v1/person-roles?workspace=iisalmi', {
    personId,
    organisationId,
    title: 'toimitusjohtaja',
    visibility: 'private',
  });
  expect(role.status, JSON.stringify(role.body)).toBe(201);
  const contact = await api(page, 'POST', '/api/v1/contacts?workspace=iisalmi', { organisationId, personId });
  expect(contact.status, JSON.stringify(contact.body)).toBe(201);
  const contactId = contact.body.id as string;
  const inRole = `Maija Virtanen, toimitusjohtaja, ${WITH_PERSON}`;

  // On the board, in the list and on the card's page: the person by name, in their role.
  await open(page, '/fi/pipeline');
  await expect(page.locator('.pipeline-card').filter({ hasText: WITH_PERSON })).toContainText(inRole);
  await open(page, '/fi/pipeline?view=list');
  await expect(page.getByRole('row').filter({ hasText: WITH_PERSON })).toContainText(inRole);
  await open(page, `/fi/pipeline/${contactId}`);
  await expect(page.getByText(inRole)).toBeVisible();
  await open(page, `/fi/organisations/${organisationId}`);
  await expect(page.getByRole('region', { name: 'Yhteydenotot' })).toContainText(inRole);

  // The card's generic form: the owner is a user of the workspace, picked by name, never an id.
  await open(page, `/fi/contacts/${contactId}/edit`);
  const owner = page.getByRole('button', { name: /Vastuuhenkilö/ });
  await expect(owner).toContainText('Verkostokoordinaattori (Iisalmi)');
  await owner.click();
  const options = page.getByRole('listbox').getByRole('option');
  await expect(options.filter({ hasText: 'Verkostokoordinaattori (Iisalmi)' })).toHaveCount(1);
  for (const text of await options.allTextContents()) expect(text).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}/);
  await page.getByRole('option', { name: 'Ei valittu' }).click();
  await expect(owner).toContainText('Ei valittu');
  await page.getByRole('button', { name: 'Tallenna', exact: true }).click();
  await settled(page);
  expect((await api(page, 'GET', `/api/v1/contacts/${contactId}`)).body.ownerId).toBeNull();

  // A note in the card's log is a call, an e-mail, a meeting or a note: a stage change is a move's.
  await open(page, `/fi/notes/new?contactId=${contactId}`);
  await page.getByRole('button', { name: /Tyyppi/ }).click();
  await expect(page.getByRole('option', { name: 'Puhelu' })).toBeVisible();
  await expect(page.getByRole('option', { name: 'Vaiheen muutos' })).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('listbox')).toHaveCount(0);
  await expectAccessible(page);

  expect((await api(page, 'DELETE', `/api/v1/contacts/${contactId}`)).status).toBe(204);
  expect((await api(page, 'DELETE', `/api/v1/people/${personId}`)).status).toBe(204);
});

for (const lang of LANGS) {
  test(`the board, the list and a card's page pass axe in ${lang}`, async ({ page }) => {
    await page.goto(`/${lang}/pipeline`);
    await settled(page);
    await expect(page.locator('.pipeline-card').first()).toBeVisible();
    await expectAccessible(page);
    // With a move form open too.
    await page.locator('.pipeline-card').first().getByRole('button').first().click();
    await expectAccessible(page);
    await page.goto(`/${lang}/pipeline?view=list`);
    await settled(page);
    await expect(page.getByRole('table')).toBeVisible();
    await expectAccessible(page);
    await page.locator('table a').first().click();
    await settled(page);
    await expect(page.getByRole('region').last()).toBeVisible();
    await expectAccessible(page);
  });
}
