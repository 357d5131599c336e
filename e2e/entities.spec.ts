import { expect, expectAccessible, settled, test } from './support/fixtures.js';
import { api, choose, deleteShown, organisationId, pick, save } from './support/entities.js';

const NETWORK = 'seutukaupunkien-innovaatioekosysteemiverkosto';

test('ecosystem: create, find in the list, edit, delete', async ({ page }) => {
  const name = `Testiekosysteemi ${Date.now()}`;
  await page.goto('/fi/ecosystems');
  await page.getByRole('link', { name: 'Lisää innovaatioekosysteemi' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Uusi innovaatioekosysteemi' })).toBeVisible();
  await page.getByLabel('Lyhytnimi osoitteessa').fill(`testi-${Date.now()}`);
  await page.getByLabel('Nimi suomeksi').fill(name);
  await page.getByLabel('Teemat').fill('ruoka, digitalisaatio');
  await save(page);
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(page.getByText('Tiedot tallennettu.')).toBeVisible();
  await expect(page.getByText('ruoka, digitalisaatio', { exact: true })).toBeVisible();

  await page.getByRole('link', { name: '← Innovaatioekosysteemit' }).click();
  await page.getByLabel('Hae tekstillä').fill(name);
  await page.getByLabel('Hae tekstillä').press('Enter');
  await expect(page.getByRole('status')).toHaveText('1 tietue');
  await page.getByRole('link', { name }).click();

  await page.getByRole('link', { name: 'Muokkaa' }).click();
  await page.getByLabel('Nimi ruotsiksi').fill('Testekosystem');
  await save(page);
  await expect(page.getByText('Tiedot tallennettu.')).toBeVisible();
  await page.goto(page.url().replace('/fi/', '/sv/'));
  await expect(page.getByRole('heading', { level: 1, name: 'Testekosystem' })).toBeVisible();
  await page.goto(page.url().replace('/sv/', '/fi/'));
  await deleteShown(page, 'Poista innovaatioekosysteemi');
  await expect(page).toHaveURL(/\/fi\/ecosystems$/);
  await page.goto(`/fi/ecosystems?q=${encodeURIComponent(name)}`);
  await expect(page.getByRole('status')).toHaveText('0 tietuetta');
});

test('a refusal only the server knows stands beside its field, and the form keeps its input', async ({
  page,
}) => {
  await page.goto('/fi/ecosystems/new');
  // The schema accepts the short name; only the server knows the Savonlinna ecosystem has it already.
  const slug = page.getByLabel('Lyhytnimi osoitteessa');
  await slug.fill('savonlinnan-metsabiotalous');
  await page.getByLabel('Nimi suomeksi').fill('Virheellinen ekosysteemi');
  // Municipalities are picked by name: Iisalmi letter by letter, then Enter. The names load with the
  // page; a name typed before they arrive matches nothing, so the test waits for them as a person would.
  const town = page.getByLabel('Lisää kunta');
  await expect(page.locator(`#${await town.getAttribute('list')} option[value="Iisalmi"]`)).toHaveCount(1);
  await town.pressSequentially('Iisalmi');
  await town.press('Enter');
  await expect(page.getByRole('button', { name: 'Poista Iisalmi' })).toBeVisible();
  await save(page);
  await expect(page.getByRole('alert')).toContainText('Tallennus ei onnistunut');
  await expect(slug).toHaveAttribute('aria-invalid', 'true');
  await expect(slug).toBeFocused();
  await expect(slug).toHaveValue('savonlinnan-metsabiotalous');
  await expect(page.getByLabel('Nimi suomeksi')).toHaveValue('Virheellinen ekosysteemi');
  await expect(page.getByRole('button', { name: 'Poista Iisalmi' })).toBeVisible();
});

test('project with a role: create, add its main implementer, edit, delete both', async ({ page }) => {
  const name = `Testihanke ${Date.now()}`;
  await page.goto('/fi/projects');
  await page.getByRole('link', { name: 'Lisää hanke' }).click();
  await page.getByLabel('Nimi suomeksi').fill(name);
  // Dates as Finns write them.
  await page.getByLabel('Alkaa').fill('1.1.2026');
  await page.getByLabel('Päättyy').fill('2027-12-31');
  await page.getByLabel('Budjetti (€)').fill('250000');
  await choose(page, 'status', 'Käynnissä');
  await save(page);
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(page.locator('.details')).toContainText('Käynnissä');
  await page.goto(`/fi/projects?q=${encodeURIComponent(name)}`);
  await page.getByRole('link', { name }).click();

  await page.getByRole('link', { name: 'Lisää hankerooli' }).click();
  await expect(page.getByLabel('Hanke', { exact: true })).toHaveValue(name);
  await pick(page, 'Toimija', 'Iisalmen kaupunki');
  await choose(page, 'role', 'Päätoteuttaja');
  await save(page);
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  const roles = page.getByRole('table', { name: 'Hankeroolit' });
  await expect(roles).toContainText('Iisalmen kaupunki');
  await expect(roles).toContainText('Päätoteuttaja');

  await page.getByRole('link', { name: 'Muokkaa', exact: true }).first().click();
  await page.getByLabel('Budjetti (€)').fill('300000');
  await save(page);
  await expect(page.locator('.details')).toContainText('300');

  // A funder is a role of kind funder, in a table of its own.
  await page.getByRole('link', { name: 'Lisää rahoittaja' }).click();
  await expect(page.locator('#entity-role')).toContainText('Rahoittaja');
  await pick(page, 'Toimija', 'Raahen kaupunki');
  await save(page);
  const funders = page.getByRole('table', { name: 'Rahoittajat' });
  await expect(funders).toContainText('Raahen kaupunki');
  await expect(funders).not.toContainText('Iisalmen kaupunki');

  await funders.getByRole('link', { name: 'Avaa' }).click();
  await deleteShown(page, 'Poista hankerooli');
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await roles.getByRole('link', { name: 'Avaa' }).click();
  await deleteShown(page, 'Poista hankerooli');
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Hankeroolit' })).toContainText('Ei tietueita.');
  await deleteShown(page, 'Poista hanke');
  await expect(page).toHaveURL(/\/fi\/projects$/);
});

test('funding call: deadline, themes and rules; edit; delete', async ({ page }) => {
  const title = `Testihaku ${Date.now()}`;
  await page.goto('/fi/funding-calls/new');
  await page.getByLabel('Otsikko suomeksi').fill(title);
  await page.getByLabel('Määräaika').fill('2027-03-31 16:15');
  await page.getByLabel('Teemat').fill('ruokaekosysteemi, älykäs teollisuus');
  await page.getByRole('button', { name: 'Lisää sääntö' }).click();
  await page.getByRole('group', { name: 'Sääntö 1' }).getByLabel('Määrä').fill('3');
  await page.getByRole('button', { name: 'Lisää sääntö' }).click();
  await choose(page, 'rules-1-kind', 'Vaaditut toimijatyypit');
  await page.getByRole('group', { name: 'Sääntö 2' }).getByText('TKI-toimija').click();
  await save(page);
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  const details = page.locator('.details');
  await expect(details).toContainText('31.3.2027 klo 16.15');
  await expect(details).toContainText('ruokaekosysteemi, älykäs teollisuus');
  await expect(details).toContainText('Toimijoita vähintään: 3');
  await expect(details).toContainText('Vaaditut toimijatyypit: TKI-toimija');
  await page.goto(`/fi/funding-calls?q=${encodeURIComponent(title)}`);
  await page.getByRole('link', { name: title }).click();

  await page.getByRole('link', { name: 'Muokkaa', exact: true }).click();
  await expect(page.getByLabel('Määräaika')).toHaveValue('31.3.2027 16.15');
  await page.getByRole('button', { name: 'Poista sääntö 2' }).click();
  await page.getByLabel('Otsikko ruotsiksi').fill('Testutlysning');
  await save(page);
  await expect(page.getByText('Tiedot tallennettu.')).toBeVisible();
  await expect(page.locator('.details')).not.toContainText('Vaaditut toimijatyypit');
  await page.goto(page.url().replace('/fi/', '/en/'));
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.locator('.details')).toContainText('Minimum number of organisations: 3');
  await page.goto(page.url().replace('/en/', '/sv/'));
  await expect(page.getByRole('heading', { level: 1, name: 'Testutlysning' })).toBeVisible();
  await page.goto(page.url().replace('/sv/', '/fi/'));
  await deleteShown(page, 'Poista rahoitushaku');
  await page.goto(`/fi/funding-calls?q=${encodeURIComponent(title)}`);
  await expect(page.getByRole('status')).toHaveText('0 tietuetta');
});

test('person with a role in an organisation: create, edit, delete', async ({ page }) => {
  await page.goto('/fi/people');
  await page.getByRole('link', { name: 'Lisää henkilö' }).click();
  await page.getByLabel('Nimi (valinnainen)', { exact: true }).fill('Testi Henkilö');
  await choose(page, 'lawfulBasis', 'Oikeutettu etu');
  await page.getByLabel('Käyttötarkoitus').fill('Ekosysteemin yhteyshenkilöt');
  await page.getByLabel('Lähde', { exact: true }).fill('Haastattelu');
  await page.getByLabel('Kerätty').fill('2026-11-01');
  await save(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Testi Henkilö' })).toBeVisible();
  await page.goto('/fi/people?q=Testi');
  await page.getByRole('link', { name: 'Testi Henkilö' }).click();

  await page.getByRole('link', { name: 'Lisää henkilön rooli' }).click();
  await pick(page, 'Toimija', 'Iisalmen kaupunki');
  await page.getByLabel('Tehtävänimike').fill('Kehitysjohtaja');
  await save(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Testi Henkilö' })).toBeVisible();
  const roles = page.getByRole('table', { name: 'Henkilöiden roolit' });
  await expect(roles).toContainText('Iisalmen kaupunki');
  await expect(roles).toContainText('Kehitysjohtaja');

  await roles.getByRole('link', { name: 'Muokkaa' }).click();
  await page.getByLabel('Tehtävänimike').fill('Elinkeinojohtaja');
  await save(page);
  await expect(page.getByRole('table', { name: 'Henkilöiden roolit' })).toContainText('Elinkeinojohtaja');
  await page.getByRole('table', { name: 'Henkilöiden roolit' }).getByRole('link', { name: 'Avaa' }).click();
  await deleteShown(page, 'Poista henkilön rooli');
  await expect(page.getByRole('heading', { level: 1, name: 'Testi Henkilö' })).toBeVisible();
  await deleteShown(page, 'Poista henkilö');
  await expect(page).toHaveURL(/\/fi\/people$/);
});

test('competence: create, edit, delete; offered by an organisation from its profile', async ({ page }) => {
  const slug = `testiosaaminen-${Date.now()}`;
  await page.goto('/fi/competences/new');
  await page.getByLabel('Lyhytnimi osoitteessa').fill(slug);
  await page.getByLabel('Nimi suomeksi').fill(`Testiosaaminen ${slug}`);
  await save(page);
  await expect(page.getByRole('heading', { level: 1, name: `Testiosaaminen ${slug}` })).toBeVisible();
  await page.getByRole('link', { name: 'Muokkaa', exact: true }).click();
  await page.getByLabel('Nimi englanniksi').fill('Test competence');
  await save(page);
  await expect(page.locator('.details')).toContainText('Test competence');

  const raahe = await organisationId(page, 'Raahen kaupunki');
  await page.goto(`/fi/organisations/${raahe}`);
  await page.getByRole('link', { name: 'Lisää tarjottu osaaminen' }).click();
  await expect(page.locator('#entity-direction')).toContainText('Tarjoaa');
  await pick(page, 'Osaaminen (valinnainen)', `Testiosaaminen ${slug}`);
  await save(page);
  await expect(page).toHaveURL(new RegExp(`/fi/organisations/${raahe}$`));
  const offers = page.getByRole('region', { name: 'Tarjottava osaaminen' });
  await expect(offers).toContainText(`Testiosaaminen ${slug}`);

  // The competence is in use: it goes only after the organisation's offer.
  await offers.getByRole('link', { name: 'Muokkaa' }).last().click();
  await expect(page.getByLabel('Osaaminen (valinnainen)')).toHaveValue(`Testiosaaminen ${slug}`);
  const offerUrl = page.url();
  await page.goto(offerUrl.replace(/\/edit\?.*$/, ''));
  await deleteShown(page, 'Poista toimijan osaaminen tai tarve');
  await expect(page).toHaveURL(new RegExp(`/fi/organisations/${raahe}$`));
  await page.goto(`/fi/competences?q=${slug}`);
  await page.getByRole('link', { name: `Testiosaaminen ${slug}` }).click();
  await deleteShown(page, 'Poista osaaminen');
  await expect(page).toHaveURL(/\/fi\/competences$/);
});

test('add a relation between two members of the town network and see it on the map', async ({ page }) => {
  const iisalmi = await (async () => {
    await page.goto('/fi/');
    return organisationId(page, 'Iisalmen kaupunki');
  })();
  await page.goto(`/fi/organisations/${iisalmi}`);
  await page.getByRole('link', { name: 'Lisää suhde' }).click();
  await expect(page).toHaveURL(/\/fi\/relations\/new\?sourceOrganisationId=/);
  await expect(page.getByLabel('Toimijalta')).toHaveValue('Iisalmen kaupunki');
  await pick(page, 'Toimijalle', 'Keuruun kaupunki');
  await choose(page, 'kind', 'Toimitusketju');
  // A user's relation cannot be marked as the demo's example data (removing the examples would delete it).
  await page.locator('#entity-source').click();
  await expect(page.getByRole('option', { name: 'Haastattelu', exact: true })).toBeVisible();
  await expect(page.getByRole('option', { name: 'Esimerkkiaineisto (kuvitteellinen)' })).toHaveCount(0);
  await page.getByRole('option', { name: 'Haastattelu', exact: true }).click();
  await page.getByLabel('Kuvaus').fill('Selaintestin suhde');
  await save(page);
  await expect(page).toHaveURL(new RegExp(`/fi/organisations/${iisalmi}$`));
  const relations = page.getByRole('region', { name: 'Suhteet' });
  await expect(
    relations
      .getByRole('listitem')
      .filter({ hasText: 'Keuruun kaupunki' })
      .filter({ hasText: 'Toimitusketju' }),
  ).toHaveCount(1);

  await page.goto(`/fi/networks/${NETWORK}`);
  await expect(page.locator('[data-map-state="drawn"]')).toBeVisible();
  await page.getByRole('tab', { name: 'Toimijat' }).click();
  const row = page
    .getByRole('table', { name: /^Suhteet/ })
    .getByRole('row')
    .filter({ hasText: 'Keuruun kaupunki' })
    .filter({ hasText: 'Toimitusketju' });
  await expect(row).toContainText('Iisalmen kaupunki');

  // Edit and delete it from the profile again.
  await page.goto(`/fi/organisations/${iisalmi}`);
  const items = page.getByRole('region', { name: 'Suhteet' }).getByRole('listitem');
  await items.filter({ hasText: 'Toimitusketju' }).getByRole('link', { name: 'Muokkaa' }).click();
  await choose(page, 'kind', 'Asiakkuus');
  await save(page);
  const item = items.filter({ hasText: 'Keuruun kaupunki' }).filter({ hasText: 'Asiakkuus' });
  await expect(item).toHaveCount(1);
  await item.getByRole('button', { name: 'Poista suhde' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Poista', exact: true }).click();
  await expect(item).toHaveCount(0);
});

test('network: create, add a member, edit, delete', async ({ page }) => {
  const name = `Testiverkosto ${Date.now()}`;
  await page.goto('/fi/networks');
  await page.getByRole('link', { name: 'Lisää verkosto' }).click();
  await page.getByLabel('Lyhytnimi osoitteessa').fill(`testiverkosto-${Date.now()}`);
  await choose(page, 'kind', 'Teemaverkosto');
  await page.getByLabel('Nimi suomeksi').fill(name);
  await save(page);
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();

  // Editing is on the page's "About" tab; saving a member comes back to that tab.
  await page.getByRole('tab', { name: 'Tietoja' }).click();
  await page.getByRole('link', { name: 'Lisää jäsen' }).click();
  await pick(page, 'Toimija', 'Iisalmen kaupunki');
  await choose(page, 'role', 'Koordinaattori');
  await save(page);
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Tietoja' })).toHaveAttribute('aria-selected', 'true');
  // One network's members, not every network's.
  const members = page.getByRole('table', { name: 'Jäsenet ja roolit', exact: true });
  await expect(members).toContainText('Iisalmen kaupunki');
  await expectAccessible(page);

  await page.getByRole('link', { name: 'Muokkaa verkostoa' }).click();
  await page.getByLabel('Nimi englanniksi').fill('Test network');
  await save(page);
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await page.goto(page.url().replace('/fi/', '/en/'));
  await expect(page.getByRole('heading', { level: 1, name: 'Test network' })).toBeVisible();
  await page.goto(page.url().replace('/en/', '/fi/'));

  await members.getByRole('link', { name: 'Avaa' }).click();
  await deleteShown(page, 'Poista verkoston jäsen');
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await page.getByRole('tab', { name: 'Tietoja' }).click();
  await deleteShown(page, 'Poista verkosto');
  await expect(page).toHaveURL(/\/fi\/networks$/);
});

test('event: a municipality is chosen by its name, and its edit form shows the name again', async ({
  page,
}) => {
  const title = `Testitapahtuma ${Date.now()}`;
  await page.goto('/fi/events/new');
  await choose(page, 'kind', 'Webinaari');
  await page.getByLabel('Otsikko suomeksi').fill(title);
  await page.getByLabel('Alkaa', { exact: true }).fill('2027-02-01 09:00');
  await page.getByLabel('Kunta').fill('Iisalmi');
  await save(page);
  await expect(page).toHaveURL(/\/fi\/events\/[0-9a-f-]{36}$/);
  const id = page.url().split('/').pop()!;
  const stored = await api(page, 'GET', `/events/${id}`);
  expect(stored).toMatchObject({ municipalityCode: '140', startsAt: '2027-02-01T07:00:00.000Z' });
  await page.goto(`/fi/events/${id}/edit`);
  await expect(page.getByLabel('Kunta')).toHaveValue('Iisalmi');
  await expect(page.getByLabel('Alkaa', { exact: true })).toHaveValue('1.2.2027 09.00');
  await api(page, 'DELETE', `/events/${id}`);
});

test('a record that does not exist, or is gone, is said so', async ({ page }) => {
  await page.goto('/fi/projects/00000000-0000-4000-8000-000000000000');
  await expect(page.getByRole('alert')).toContainText('Tietoa ei löytynyt');
  await expect(page.getByRole('heading', { level: 1, name: 'Hanke' })).toBeVisible();
  await page.goto('/sv/ecosystems/00000000-0000-4000-8000-000000000000/edit');
  await expect(page.getByRole('alert')).toContainText('Uppgiften hittades inte');
  await expectAccessible(page);
});

test('a list filters by its enums through the address', async ({ page }) => {
  await page.goto('/fi/projects');
  await settled(page);
  await page.locator('#filter-status').click();
  await page.getByRole('option', { name: 'Päättynyt', exact: true }).click();
  await expect(page).toHaveURL(/status=completed/);
  await expect(page.getByRole('status')).toHaveText(/^[1-9]\d* tietue/);
  for (const cell of await page.locator('tbody td:nth-child(2)').allTextContents())
    expect(cell).toBe('Päättynyt');
});

test('the main menu folds behind a button on a phone and opens with the keyboard', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/fi/');
  const toggle = page.getByRole('button', { name: 'Valikko' });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByRole('link', { name: 'Hankkeet' })).toBeHidden();
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  // The places are grouped by the steps of the cycle: projects are under "fund and follow".
  const group = page.getByRole('button', { name: 'Rahoita ja seuraa' });
  await group.focus();
  await page.keyboard.press('Enter');
  await expect(group).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('Escape');
  await expect(group).toHaveAttribute('aria-expanded', 'false');
  await expect(group).toBeFocused();
  await page.keyboard.press('Space');
  await page.getByRole('link', { name: 'Hankkeet' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Hankkeet' })).toBeVisible();
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expectAccessible(page);
});

test('a date is typed as Finns write it or picked from the calendar, in the page language', async ({
  page,
}) => {
  await page.goto('/fi/projects/new');
  const starts = page.getByLabel('Alkaa');
  await starts.fill('2.12.2026');
  await page
    .getByRole('button', { name: /Valitse päivämäärä/ })
    .first()
    .click();
  const calendar = page.getByRole('dialog');
  await expect(calendar).toContainText('Joulukuu');
  await calendar.getByRole('button', { name: /^15\b/ }).click();
  await expect(starts).toHaveValue('15.12.2026');
  await expect(page.getByRole('button', { name: /Valittu päivä 15 tiistai Joulukuu 2026/ })).toBeVisible();
  await expectAccessible(page);

  await page.goto('/sv/projects/new');
  await page
    .getByRole('button', { name: /Välj datum/ })
    .first()
    .click();
  await expect(page.getByRole('dialog')).toContainText(
    /Januari|Februari|Mars|April|Maj|Juni|Juli|Augusti|September|Oktober|November|December/,
  );
});

test('a competence missing from the vocabulary is added from the form, after a near-match check, and chosen', async ({
  page,
}) => {
  const stamp = Date.now();
  await page.goto('/fi/competences');
  const iisalmi = await organisationId(page, 'Iisalmen kaupunki');
  await page.goto(`/fi/organisation-competences/new?organisationId=${iisalmi}`);
  await page.getByRole('link', { name: 'Eikö osaamista löydy sanastosta? Lisää uusi osaaminen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Uusi osaaminen' })).toBeVisible();
  // One letter from the vocabulary's "kiertotalous": the form says so before anything is saved.
  await page.getByLabel('Nimi suomeksi').fill('kiertotalos');
  await expect(page.getByText('Sanastossa on jo samankaltaisia osaamisia')).toBeVisible();
  await expect(page.getByRole('link', { name: 'kiertotalous' })).toBeVisible();
  await expectAccessible(page);

  const name = `vetytalous ${stamp}`;
  await page.getByLabel('Nimi suomeksi').fill(name);
  await page.getByLabel('Nimi ruotsiksi').fill(`väteekonomi ${stamp}`);
  await page.getByLabel('Nimi englanniksi').fill(`hydrogen economy ${stamp}`);
  await page.getByLabel('Lyhytnimi osoitteessa').fill(`vetytalous-${stamp}`);
  await pick(page, 'Yläteema (valinnainen)', 'vihreä sähköistäminen');
  await save(page);

  // Back on the offer's form, the new term chosen.
  await expect(page.getByRole('heading', { level: 1, name: /Uusi/ })).toBeVisible();
  await expect(page.getByLabel('Osaaminen (valinnainen)')).toHaveValue(name);
  await choose(page, 'direction', 'Tarjoaa');
  await save(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Iisalmen kaupunki' })).toBeVisible();
  const offers = await api(page, 'GET', `/organisation-competences?organisationId=${iisalmi}&limit=100`);
  const made = (offers.items as { competenceId: string }[]).map((o) => o.competenceId);
  const competence = await api(page, 'GET', `/competences?q=${encodeURIComponent(name)}`);
  const added = (competence.items as { id: string; themeId: string }[])[0]!;
  expect(made).toContain(added.id);
  expect(added.themeId).toBeTruthy();
  // Merging duplicates is the admin's: the coordinator is not offered it.
  await page.goto(`/fi/competences/${added.id}`);
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Yhdistä kaksoiskappale' })).toHaveCount(0);
});
