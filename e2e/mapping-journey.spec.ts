import type { Browser, Page } from '@playwright/test';
import { expect, expectAccessible, LANGS, settled, test } from './support/fixtures.js';
import { api } from './support/page-api.js';

/**
 * The mapping round from end to end (issue 13): Savonlinna's business services build a questionnaire from
 * the template and start a round on their forest bioeconomy ecosystem for five of its actors; one actor
 * answers through the personal link on a phone, without an account, and names a new partner; another is
 * interviewed; the coordinator accepts the new actor and the tie, sees the tie among the actor's relations,
 * codes a theme on an open answer and finds it in Savonlinna's picture. Every page passes axe in fi, sv, en.
 *
 * Names carry this run's mark, and what the round made (the tie, the new actor, the round, the
 * questionnaire) is removed at the end, so reruns and the other tests see the demo as it was.
 */

test.use({ storageState: process.env.SOLMU_E2E_SAVONLINNA_STORAGE });
test.describe.configure({ mode: 'serial' });

const RUN = Date.now().toString(36).slice(-5);
const QUESTIONNAIRE = `Metsäbiotalouden kartoitus ${RUN}`;
const ROUND = `Savonlinnan metsäbiotalouden kartoitus ${RUN}`;
const ECOSYSTEM = 'Savonlinnan metsäbiotalouden innovaatioekosysteemi';
const NEW_PARTNER = `Testi: Puumoduuli Oy ${RUN}`;
const THEME = `Puurakentaminen ${RUN}`;
const STRENGTH_TEXT = 'Puun jatkojalostuksen osaaminen ja tiivis yhteistyö oppilaitosten kanssa.';
/** Five actors of Savonlinna in the roster: the first answers through the link, the second is interviewed. */
const ACTORS = [
  'Savonlinnan Yritystilat Oy',
  'Ammattiopisto SAMIedu',
  'Savonlinnan kesäyliopisto',
  'Andritz Savonlinna Works',
  'Lusto – Suomen Metsämuseo',
];
const STRENGTHS = 'Mitkä ovat ekosysteemin vahvuudet?';
const PARTNERS = 'Kenen kanssa teette yhteistyötä tutkimuksessa, kehityksessä ja innovaatioissa?';

/** A day as stored (2026-12-06), counted from today in Helsinki. */
const isoDay = (offsetDays: number) =>
  new Date(Date.now() + offsetDays * 86_400_000).toLocaleDateString('sv-SE', { timeZone: 'Europe/Helsinki' });

/** A day as the date fields take it (6.12.2026). */
const finnishDay = (offsetDays: number) => {
  const [y, m, d] = isoDay(offsetDays).split('-').map(Number);
  return `${d}.${m}.${y}`;
};

type Made = {
  questionnaireId?: string;
  roundId?: string;
  respondents: { id: string; name: string }[];
  link?: string;
  organisationId?: string;
};
const made: Made = { respondents: [] };

/** A browser without an account, on a phone-sized screen. */
async function phone(browser: Browser) {
  const context = await browser.newContext({
    baseURL: process.env.SOLMU_E2E_BASE,
    storageState: { cookies: [], origins: [] },
    viewport: { width: 360, height: 740 },
  });
  return { context, page: await context.newPage() };
}

async function open(page: Page, url: string) {
  await page.goto(url);
  await settled(page);
}

const noSidewaysScroll = async (page: Page) =>
  expect(
    await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
  ).toBeLessThanOrEqual(0);

test('the coordinator builds a questionnaire from the template and starts a round for five actors', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await open(page, '/fi/mapping');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kartoitukset');
  await expectAccessible(page);

  const newQuestionnaire = page.getByRole('form', { name: 'Uusi kysely mallista' });
  await newQuestionnaire.getByLabel('Nimi suomeksi').fill(QUESTIONNAIRE);
  await newQuestionnaire.getByRole('button', { name: 'Luo kysely' }).click();
  await expect(page).toHaveURL(/\/fi\/questionnaires\/[0-9a-f-]{36}$/);
  made.questionnaireId = page.url().split('/').pop();
  await settled(page);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(QUESTIONNAIRE);
  // The template's sections and questions are there, the name generator among them.
  await expect(page.getByRole('heading', { name: 'Osio 3: Yhteistyökumppanit' })).toBeVisible();
  await expect(page.getByText(`Kysymys 6: ${PARTNERS} (Kumppanit (nimigeneraattori))`)).toBeVisible();
  await expectAccessible(page);

  await open(page, '/fi/mapping');
  const newRound = page.getByRole('form', { name: 'Uusi kartoituskierros' });
  await newRound.getByLabel('Nimi suomeksi').fill(ROUND);
  await newRound.getByRole('button', { name: /Kysely/ }).click();
  await page.getByRole('option', { name: QUESTIONNAIRE, exact: true }).click();
  await expect(newRound.getByRole('radio', { name: 'Ekosysteemi' })).toBeChecked();
  await newRound.getByRole('combobox', { name: 'Ekosysteemi' }).fill(ECOSYSTEM);
  await newRound.locator('#round-opensOn').fill(finnishDay(-1));
  await newRound.locator('#round-closesOn').fill(finnishDay(30));
  await newRound.getByRole('button', { name: 'Luo kierros' }).click();
  await expect(page).toHaveURL(/\/fi\/mapping-rounds\/[0-9a-f-]{36}$/);
  made.roundId = page.url().split('/').pop();
  await settled(page);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(ROUND);

  const search = page.getByRole('searchbox', { name: 'Hae toimijaa nimellä tai Y-tunnuksella' });
  for (const name of ACTORS) {
    await search.fill(name);
    await page.getByRole('button', { name: `Valitse ${name}`, exact: true }).click();
    await expect(page.getByRole('list', { name: 'Valitut toimijat' })).toContainText(name);
  }
  await page.getByRole('button', { name: 'Lisää valitut (5) vastaajiksi' }).click();
  const respondents = page.getByRole('table', { name: 'Vastaajat (5)' });
  await expect(respondents.locator('tbody tr')).toHaveCount(5);
  const link = page.getByLabel(new RegExp(`^Linkki: ${ACTORS[0]}`));
  await expect(link).toHaveValue(/\/fi\/answer\//);
  made.link = new URL(await link.inputValue()).pathname;
  const listed = await api(page, 'GET', `/api/v1/mapping-rounds/${made.roundId}/respondents`);
  made.respondents = (listed.body.data as { id: string; displayName: string }[]).map((r) => ({
    id: r.id,
    name: r.displayName,
  }));
  expect(made.respondents.map((r) => r.name).sort()).toEqual([...ACTORS].sort());
  // The round gets its Swedish name afterwards; its period stays.
  const edit = page.getByRole('form', { name: 'Muuta nimeä tai ajankohtaa' });
  await edit.getByLabel('Nimi ruotsiksi').fill('Kartläggning av skogsbioekonomin');
  await edit.getByRole('button', { name: 'Tallenna muutokset' }).click();
  await expect(edit.getByRole('status')).toHaveText('Tallennettu.');
  const saved = await api(page, 'GET', `/api/v1/mapping-rounds/${made.roundId}`);
  expect(saved.body).toMatchObject({ nameSv: 'Kartläggning av skogsbioekonomin', closesOn: isoDay(30) });
  // An invitation to one chosen respondent: without mail, that one's fresh link to send by other means.
  const invitations = page.getByRole('region', { name: 'Kutsut ja muistutukset' });
  await invitations.getByRole('checkbox', { name: ACTORS[2] }).check({ force: true });
  await invitations.getByRole('button', { name: 'Lähetä kutsu valitulle' }).click();
  await expect(invitations.getByRole('status').filter({ hasText: 'Sähköpostia' })).toContainText(
    'Sähköpostia ei ole otettu käyttöön',
  );
  await expect(invitations.getByLabel(/^Linkki: /)).toHaveCount(1);
  await expect(invitations.getByLabel(new RegExp(`^Linkki: ${ACTORS[2]}`))).toHaveValue(/\/fi\/answer\//);
  await expectAccessible(page);
});

test('a respondent answers through the link on a phone, names a new partner and submits', async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const { context, page } = await phone(browser);
  await open(page, made.link!);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ROUND);
  // The template asks by consent: the questions follow it.
  await expect(page.getByRole('checkbox', { name: /Tutkimus/ })).toHaveCount(0);
  await page.getByRole('checkbox', { name: /suostun siihen/ }).check({ force: true });
  await page.getByText('Tutkimus', { exact: true }).click();

  const partners = page.getByRole('group', { name: PARTNERS });
  await partners.getByText('Uusi, ei luettelossa').click();
  await partners.getByLabel('Organisaation nimi').fill(NEW_PARTNER);
  await partners.getByLabel('Kotikunta').fill('Savonlinna');
  await partners.getByText('Hankekumppani').click();
  await partners.getByRole('radio', { name: '4' }).check({ force: true });
  await partners.getByRole('button', { name: 'Lisää kumppani' }).click();
  await expect(partners.locator('.answer-chosen')).toContainText(`${NEW_PARTNER} (uusi)`);

  await page.getByLabel(STRENGTHS).fill(STRENGTH_TEXT);
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Lähetä vastaukset' }).click();
  await expect(page.getByText(/Vastauksesi on lähetetty/)).toBeVisible();
  await noSidewaysScroll(page);
  await context.close();
});

test('the coordinator interviews another actor', async ({ page }) => {
  await open(page, `/fi/mapping-rounds/${made.roundId}`);
  await page.getByRole('link', { name: `Haastattele: ${ACTORS[1]}` }).click();
  await settled(page);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(ACTORS[1]!);
  await page.getByLabel('Haastattelija').fill('Elinkeinopalvelujen kehittäjä');
  await page.getByLabel('Haastattelumuistiinpanot').fill('Haastateltu oppilaitoksella.');
  await page.getByRole('checkbox', { name: 'Koulutus', exact: true }).check({ force: true });
  await page.getByLabel(STRENGTHS).fill('Koulutuksen ja yritysten yhteistyö toimii.');
  // The questionnaire asks by consent: the interviewee's is recorded before the answers are submitted.
  await page.getByRole('button', { name: 'Lähetä vastaukset' }).click();
  await page.getByRole('link', { name: 'Suostumus: Vastaa tähän kysymykseen.' }).click();
  await expect(page.locator('#answer-consent')).toBeFocused();
  await page.getByRole('checkbox', { name: /Haastateltava .* suostuu/ }).check({ force: true });
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Lähetä vastaukset' }).click();
  await expect(page.getByText(/Vastauksesi on lähetetty/)).toBeVisible();

  await open(page, `/fi/mapping-rounds/${made.roundId}`);
  const row = (name: string) =>
    page.getByRole('table', { name: 'Vastaajat (5)' }).getByRole('row').filter({ hasText: name });
  await expect(row(ACTORS[0]!)).toContainText('Vastattu');
  await expect(row(ACTORS[1]!)).toContainText('Haastattelu');
  await expect(row(ACTORS[1]!)).toContainText('Vastattu');
});

test('the coordinator accepts the new actor and the tie, and sees the tie among the actor’s relations', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await open(page, `/fi/mapping-rounds/${made.roundId}/review`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Tarkistusjono');
  const newActors = page
    .locator('section')
    .filter({ has: page.getByRole('heading', { name: /^Uudet toimijat/ }) });
  const ties = page.locator('section').filter({ has: page.getByRole('heading', { name: /^Suhteet/ }) });
  await expect(newActors.getByRole('row').filter({ hasText: NEW_PARTNER })).toHaveCount(1);
  await expect(ties.getByRole('row').filter({ hasText: NEW_PARTNER })).toHaveCount(1);
  await expectAccessible(page);

  // The new actor first (a tie to it needs it in the roster), then the tie; each in bulk, done at once.
  const results = page.getByRole('table', { name: 'Tehdyt päätökset' });
  await newActors.getByText('Valitse kaikki').click();
  await newActors.getByRole('button', { name: 'Hyväksy valittu (1)' }).click();
  await expect(results.getByRole('row').filter({ hasText: NEW_PARTNER })).toContainText('Hyväksytty');
  await expect(newActors).toHaveCount(0);
  await ties.getByText('Valitse kaikki').click();
  await ties.getByRole('button', { name: 'Hyväksy valittu (1)' }).click();
  await expect(results.getByRole('row').filter({ hasText: NEW_PARTNER })).toContainText('Suhteet');
  await expect(page.getByText('Ei ehdotuksia.')).toBeVisible();

  const accepted = await api(page, 'GET', `/api/v1/mapping-rounds/${made.roundId}/proposals?status=accepted`);
  const organisation = (accepted.body.data as { kind: string; recordId: string }[]).find(
    (p) => p.kind === 'organisation',
  );
  made.organisationId = organisation?.recordId;
  expect(made.organisationId).toBeTruthy();

  // On the network map of Savonlinna's picture the new actor is there, and its profile shows the tie.
  await open(page, '/fi/pictures/municipality/740');
  await expect(page.locator('.map-canvas')).toHaveAttribute('data-map-state', 'drawn');
  await page.getByLabel('Etsi toimija kartalta').fill(NEW_PARTNER);
  await page.getByRole('button', { name: `Avaa toimijan ${NEW_PARTNER} tiedot` }).click();
  await settled(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(NEW_PARTNER);
  const relations = page
    .locator('section')
    .filter({ has: page.getByRole('heading', { name: 'Suhteet', exact: true }) });
  await expect(relations.getByRole('link', { name: ACTORS[0] })).toBeVisible();
  await expectAccessible(page);
});

test('the coordinator codes a theme on an open answer and sees it in Savonlinna’s picture', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await open(page, `/fi/mapping-rounds/${made.roundId}/analysis`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Analyysi');
  await expectAccessible(page);
  const strengths = page.locator('section').filter({ has: page.getByRole('heading', { name: STRENGTHS }) });
  await strengths.getByRole('button', { name: 'Näytä vastaukset ja teemat' }).click();
  const answer = strengths.locator('li').filter({ hasText: STRENGTH_TEXT });
  await answer.getByRole('textbox', { name: /^Uusi teema vastaukselle/ }).fill(THEME);
  await answer.getByRole('button', { name: 'Lisää teema' }).click();
  await expect(answer.getByRole('list', { name: /teemat$/ })).toContainText(THEME);
  await expectAccessible(page);

  await open(page, '/fi/pictures/municipality/740');
  const evidence = page.locator('section').filter({
    has: page.getByRole('heading', { name: 'Kartoituksen teemat ja lainaukset' }),
  });
  await expect(evidence).toContainText(ROUND);
  await expect(evidence).toContainText(THEME);
  await expectAccessible(page);
});

for (const lang of LANGS.filter((l) => l !== 'fi'))
  test(`every page of the journey passes axe in ${lang}`, async ({ page, browser }) => {
    test.setTimeout(180_000);
    const interviewed = made.respondents.find((r) => r.name === ACTORS[1])!;
    const pages = [
      '/mapping',
      `/questionnaires/${made.questionnaireId}`,
      `/mapping-rounds/${made.roundId}`,
      `/round-respondents/${interviewed.id}/interview`,
      `/mapping-rounds/${made.roundId}/review`,
      `/mapping-rounds/${made.roundId}/analysis`,
      `/organisations/${made.organisationId}`,
      '/pictures/municipality/740',
    ];
    for (const path of pages) {
      await open(page, `/${lang}${path}`);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expectAccessible(page);
    }
    const { context, page: respondent } = await phone(browser);
    await open(respondent, made.link!.replace(/^\/fi\//, `/${lang}/`));
    await expect(respondent.locator('html')).toHaveAttribute('lang', lang);
    await expectAccessible(respondent);
    await noSidewaysScroll(respondent);
    await context.close();
  });

test.afterAll(async ({ browser }) => {
  const context = await browser.newContext({ storageState: process.env.SOLMU_E2E_SAVONLINNA_STORAGE });
  const page = await context.newPage();
  await page.goto('/fi/');
  const remove = async (path: string) =>
    expect((await api(page, 'DELETE', `/api/v1/${path}`)).status, `DELETE ${path}`).toBe(204);
  if (made.roundId) {
    const accepted = await api(
      page,
      'GET',
      `/api/v1/mapping-rounds/${made.roundId}/proposals?status=accepted`,
    );
    const facts = ((accepted.body?.data ?? []) as { kind: string; recordId: string | null }[]).filter(
      (p) => p.recordId,
    );
    // The tie before the actor it points to.
    for (const f of facts.filter((p) => p.kind === 'relation')) await remove(`relations/${f.recordId}`);
    for (const f of facts.filter((p) => p.kind === 'organisation'))
      await remove(`organisations/${f.recordId}`);
    await remove(`mapping-rounds/${made.roundId}`);
  }
  if (made.questionnaireId) await remove(`questionnaires/${made.questionnaireId}`);
  await context.close();
});
