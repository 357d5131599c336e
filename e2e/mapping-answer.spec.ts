import type { Browser, Page } from '@playwright/test';
import { expect, expectAccessible, LANGS, settled, test } from './support/fixtures.js';
import { api } from './support/page-api.js';

/**
 * A respondent answers a mapping round through their personal link, without an account, on a phone; an
 * officer fills in the same questionnaire in an interview. The round and its respondents are made through
 * the API as a coordinator would (issue 13).
 */

const t = (fi: string, sv: string, en: string) => ({ fi, sv, en });
const option = (key: string, fi: string, sv: string, en: string) => ({ key, label: t(fi, sv, en) });

/** Every type of question once, and a condition: the partners are asked of those who say they have some. */
const CONTENT = {
  sections: [
    {
      key: 'about',
      title: t('Toimijasta', 'Om aktören', 'About you'),
      questions: [
        {
          key: 'role',
          type: 'single',
          required: true,
          label: t(
            'Mikä on roolisi ekosysteemissä?',
            'Vilken är din roll i ekosystemet?',
            'What is your role?',
          ),
          options: [
            option('company', 'Yritys', 'Företag', 'Company'),
            option('research', 'Tutkimus', 'Forskning', 'Research'),
          ],
        },
        {
          key: 'sectors',
          type: 'multiple',
          label: t('Toimialat', 'Branscher', 'Sectors'),
          options: [
            option('forest', 'Metsä', 'Skog', 'Forest'),
            option('tourism', 'Matkailu', 'Turism', 'Tourism'),
          ],
        },
        {
          key: 'state',
          type: 'scale',
          min: 1,
          max: 5,
          minLabel: t('heikko', 'svag', 'weak'),
          maxLabel: t('vahva', 'stark', 'strong'),
          label: t('Ekosysteemin nykytila', 'Ekosystemets läge', 'State of the ecosystem'),
        },
        {
          key: 'staff',
          type: 'number',
          min: 0,
          label: t('Henkilöstön määrä', 'Antal anställda', 'Number of staff'),
        },
        {
          key: 'founded',
          type: 'date',
          label: t('Perustamispäivä', 'Grundningsdag', 'Founding date'),
        },
        {
          key: 'offers',
          type: 'competences',
          direction: 'offer',
          label: t(
            'Mitä osaamista tarjoatte?',
            'Vilken kompetens erbjuder ni?',
            'What competence do you offer?',
          ),
        },
        {
          key: 'known',
          type: 'actors',
          label: t('Keitä tunnette?', 'Vilka känner ni?', 'Whom do you know?'),
        },
      ],
    },
    {
      key: 'ties',
      title: t('Yhteistyö', 'Samarbete', 'Partners'),
      questions: [
        {
          key: 'has_partners',
          type: 'yesno',
          label: t('Onko teillä yhteistyökumppaneita?', 'Har ni samarbetspartner?', 'Do you have partners?'),
        },
        {
          key: 'partners',
          type: 'partners',
          relationKinds: ['collaboration', 'project_partner'],
          showIf: { question: 'has_partners', equals: true },
          label: t('Kenen kanssa teette yhteistyötä?', 'Vem samarbetar ni med?', 'Who do you work with?'),
        },
        {
          key: 'comments',
          type: 'text',
          long: true,
          label: t('Muuta kerrottavaa', 'Övrigt', 'Anything else'),
        },
      ],
    },
  ],
};

const PRIVACY = t(
  'Rekisterinpitäjä: Savonlinnan kaupunki. Vastauksia käytetään ekosysteemin kartoitukseen.',
  'Personuppgiftsansvarig: Nyslotts stad. Svaren används för kartläggningen.',
  'Controller: City of Savonlinna. The answers are used for mapping the ecosystem.',
);

/** The round's name titles the respondent's page. */
const ROUND = t(
  'Savonlinnan kartoitus (selaintesti)',
  'Kartläggning i Nyslott (webbtest)',
  'Savonlinna mapping (browser test)',
);

const helsinkiDay = (offsetDays = 0) =>
  new Date(Date.now() + offsetDays * 86_400_000).toLocaleDateString('sv-SE', { timeZone: 'Europe/Helsinki' });

type Respondent = { id: string; url: string };

/** A questionnaire, an open round on it and `count` respondents with their links, made by the coordinator. */
async function roundWithRespondents(page: Page, count: number): Promise<Respondent[]> {
  await page.goto('/fi/');
  const questionnaire = await api(page, 'POST', '/api/v1/questionnaires', {
    nameFi: 'Kartoitus (selaintesti)',
    visibility: 'network',
    privacyNoticeFi: PRIVACY.fi,
    privacyNoticeSv: PRIVACY.sv,
    privacyNoticeEn: PRIVACY.en,
    content: CONTENT,
  });
  expect(questionnaire.status, JSON.stringify(questionnaire.body)).toBe(201);
  const round = await api(page, 'POST', '/api/v1/mapping-rounds', {
    questionnaireId: questionnaire.body.id,
    visibility: 'network',
    nameFi: ROUND.fi,
    nameSv: ROUND.sv,
    nameEn: ROUND.en,
    scope: 'municipality',
    municipalityCode: '740',
    opensOn: helsinkiDay(-1),
    closesOn: helsinkiDay(30),
  });
  expect(round.status, JSON.stringify(round.body)).toBe(201);
  const added = await api(page, 'POST', `/api/v1/mapping-rounds/${round.body.id}/respondents`, {
    respondents: Array.from({ length: count }, (_, i) => ({ displayName: `Vastaaja ${i + 1} Oy` })),
  });
  expect(added.status, JSON.stringify(added.body)).toBe(201);
  return (added.body.data as { id: string; link: { url: string } }[]).map((r) => ({
    id: r.id,
    url: r.link.url,
  }));
}

/** A browser without an account, on a phone-sized screen. */
async function phone(browser: Browser) {
  const context = await browser.newContext({
    baseURL: process.env.SOLMU_E2E_BASE,
    storageState: { cookies: [], origins: [] },
    viewport: { width: 360, height: 740 },
  });
  return { context, page: await context.newPage() };
}

const draftSaved = (page: Page) =>
  expect(page.getByRole('status').filter({ hasText: /Luonnos tallennettu klo/ }));

test.describe.configure({ mode: 'serial' });

let respondents: Respondent[];

test.beforeAll(async ({ browser }) => {
  const context = await browser.newContext();
  respondents = await roundWithRespondents(await context.newPage(), 5);
  await context.close();
});

test('a respondent answers on a phone without an account, names a new partner and submits', async ({
  browser,
}) => {
  const { context, page } = await phone(browser);
  await page.goto(respondents[0]!.url);
  await settled(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ROUND.fi);
  // The page is public: no main menu, no sign-in status.
  await expect(page.getByRole('navigation')).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Kirjaudu' })).toHaveCount(0);
  await expect(page.getByText(PRIVACY.fi)).toBeVisible();
  const consent = page.getByLabel(/suostun siihen/);
  if (await consent.isVisible()) await consent.check({ force: true });

  await page.getByText('Tutkimus', { exact: true }).click();
  await draftSaved(page).toBeVisible();

  // A number and a date as Finns write them; text that is neither is said to be wrong at the field.
  const staff = page.getByLabel('Henkilöstön määrä');
  await staff.fill('kaksitoista');
  await expect(page.getByText('Kirjoita luku, esimerkiksi 12 tai 3,5.')).toBeVisible();
  await staff.fill('12');
  await expect(page.getByText('Kirjoita luku, esimerkiksi 12 tai 3,5.')).toHaveCount(0);
  await page.getByRole('textbox', { name: 'Perustamispäivä' }).fill('6.5.2016');
  await page
    .getByRole('group', { name: /Ekosysteemin nykytila/ })
    .getByText('4', { exact: true })
    .click();

  // A competence the vocabulary does not have yet.
  await page.getByLabel('Hae osaamista').fill('Puun jatkojalostus selaintesti');
  await page.getByRole('button', { name: 'Lisää uusi osaaminen: Puun jatkojalostus selaintesti' }).click();
  await expect(page.locator('.answer-chosen')).toContainText('Puun jatkojalostus selaintesti');

  // The name generator appears only after a yes.
  await expect(page.getByRole('group', { name: 'Kenen kanssa teette yhteistyötä?' })).toHaveCount(0);
  await page.getByText('Kyllä', { exact: true }).click();
  const partners = page.getByRole('group', { name: 'Kenen kanssa teette yhteistyötä?' });
  await expect(partners).toBeVisible();
  await partners.getByText('Uusi, ei luettelossa').click();
  await partners.getByLabel('Organisaation nimi').fill('Saimaan Puutuote Oy');
  await partners.getByLabel('Kotikunta').fill('Savonlinna');
  await partners.getByLabel('Y-tunnus').fill('0737546-1');
  await partners.getByText('Hankekumppani').click();
  await partners.getByRole('radio', { name: '4' }).check({ force: true });
  await partners.getByRole('button', { name: 'Lisää kumppani' }).click();
  await expect(partners.getByText(/Y-tunnus ei ole oikea/)).toBeVisible();
  await partners.getByLabel('Y-tunnus').fill('0737546-2');
  await partners.getByRole('button', { name: 'Lisää kumppani' }).click();
  await expect(partners.locator('.answer-chosen')).toContainText('Saimaan Puutuote Oy (uusi)');
  await expect(partners.locator('.answer-chosen')).toContainText('vahvuus 4/5');
  await draftSaved(page).toBeVisible();

  await page.getByRole('button', { name: 'Lähetä vastaukset' }).click();
  await expect(page.getByText(/Vastauksesi on lähetetty/)).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);

  // Reopened, the link shows the answers so far, and they can still change.
  await page.reload();
  await settled(page);
  await expect(page.getByText(/Vastauksesi on lähetetty/)).toBeVisible();
  await expect(page.getByRole('radio', { name: 'Tutkimus' })).toBeChecked();
  await expect(page.getByLabel('Henkilöstön määrä')).toHaveValue('12');
  await expect(page.locator('.answer-chosen')).toContainText(['Saimaan Puutuote Oy (uusi)']);
  await page.getByText('Matkailu', { exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: /Muutokset tallennettu klo/ })).toBeVisible();
  await context.close();
});

test('a submit without a required answer names the question, and the answer can then be given', async ({
  browser,
}) => {
  const { context, page } = await phone(browser);
  await page.goto(respondents[1]!.url);
  await settled(page);
  const consent = page.getByLabel(/suostun siihen/);
  if (await consent.isVisible()) await consent.check({ force: true });
  await page.getByRole('button', { name: 'Lähetä vastaukset' }).click();
  const problems = page.getByRole('link', {
    name: /Mikä on roolisi ekosysteemissä\?: Vastaa tähän kysymykseen/,
  });
  await expect(problems).toBeVisible();
  await page.getByText('Yritys', { exact: true }).click();
  await page.getByRole('button', { name: 'Lähetä vastaukset' }).click();
  await expect(page.getByText(/Vastauksesi on lähetetty/)).toBeVisible();
  await context.close();
});

test('the name generator and the actor picker find an organisation of the roster by its name', async ({
  browser,
}) => {
  const { context, page } = await phone(browser);
  await page.goto(respondents[2]!.url);
  await settled(page);
  const consent = page.getByLabel(/suostun siihen/);
  if (await consent.isVisible()) await consent.check({ force: true });
  await page.getByText('Kyllä', { exact: true }).click();
  const partners = page.getByRole('group', { name: 'Kenen kanssa teette yhteistyötä?' });
  await partners.getByLabel('Hae organisaatiota').fill('Iisalmen kaupunki');
  await partners.getByRole('button', { name: /^Iisalmen kaupunki/ }).click();
  await partners.getByText('Yhteistyö', { exact: true }).click();
  await partners.getByRole('radio', { name: '3' }).check({ force: true });
  await partners.getByRole('button', { name: 'Lisää kumppani' }).click();
  await expect(partners.locator('.answer-chosen')).toContainText('Iisalmen kaupunki');
  await draftSaved(page).toBeVisible();

  // The actor picker searches the same way.
  const known = page.getByRole('group', { name: 'Keitä tunnette?' });
  await known.getByLabel('Hae organisaatiota').fill('Iisalmen kaupunki');
  // The save that carries the actor (an earlier one may still be on its way).
  const saved = page.waitForResponse(
    (r) => r.request().method() === 'PUT' && (r.request().postData() ?? '').includes('"known":['),
  );
  await known.getByRole('button', { name: /^Iisalmen kaupunki/ }).click();
  await expect(known.locator('.answer-chosen')).toContainText('Iisalmen kaupunki');
  await expect(known.getByRole('button', { name: /^Iisalmen kaupunki/ })).toHaveCount(0);
  expect((await saved).status()).toBe(200);
  await page.reload();
  await settled(page);
  await expect(page.getByRole('group', { name: 'Keitä tunnette?' }).locator('.answer-chosen')).toContainText(
    'Iisalmen kaupunki',
  );
  await context.close();
});

test('the language switch keeps the answers, and the page speaks Swedish', async ({ browser }) => {
  const { context, page } = await phone(browser);
  await page.goto(respondents[3]!.url);
  await settled(page);
  const consent = page.getByLabel(/suostun siihen/);
  if (await consent.isVisible()) await consent.check({ force: true });
  await page.getByText('Yritys', { exact: true }).click();
  await draftSaved(page).toBeVisible();
  await page.getByRole('button', { name: /Vaihda kieltä/ }).click();
  await page.getByRole('menuitem', { name: /På svenska/ }).click();
  await expect(page).toHaveURL(/\/sv\/answer\//);
  await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ROUND.sv);
  await expect(page.getByRole('radio', { name: 'Företag' })).toBeChecked();
  await expect(page.getByText(PRIVACY.sv)).toBeVisible();
  await context.close();
});

for (const lang of LANGS)
  test(`axe finds no violations on the answer page at 360 px in ${lang}`, async ({ browser }) => {
    const { context, page } = await phone(browser);
    await page.goto(respondents[4]!.url.replace(/^\/fi\//, `/${lang}/`));
    await settled(page);
    const consent = page.locator('#answer-consent');
    if (await consent.isVisible()) await consent.check({ force: true });
    await page.getByRole('radio').nth(5).check({ force: true }); // has_partners: yes, opens the name generator
    await expectAccessible(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await context.close();
  });

test('a link that does not work shows why, and nothing of the round', async ({ browser, page }) => {
  const phoneBrowser = await phone(browser);
  await phoneBrowser.page.goto(`/fi/answer/${'x'.repeat(43)}`);
  await expect(phoneBrowser.page.getByRole('heading', { level: 1 })).toHaveText('Linkkiä ei löydy');
  await expect(phoneBrowser.page.locator('.answer-question')).toHaveCount(0);

  await page.goto('/fi/');
  const revoked = await api(page, 'DELETE', `/api/v1/round-respondents/${respondents[4]!.id}/link`);
  expect(revoked.status).toBe(204);
  await phoneBrowser.page.goto(respondents[4]!.url);
  await expect(phoneBrowser.page.getByRole('heading', { level: 1 })).toHaveText('Linkki on peruttu');
  await expect(phoneBrowser.page.getByText(PRIVACY.fi)).toHaveCount(0);
  await expectAccessible(phoneBrowser.page);
  await phoneBrowser.context.close();
});

test('an officer fills in the questionnaire in an interview, with the interviewer and the day', async ({
  page,
}) => {
  // The day is today in Helsinki when the page opened: the day before or after the load, at midnight.
  const before = helsinkiDay();
  await page.goto(`/fi/round-respondents/${respondents[3]!.id}/interview`);
  await settled(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Vastaaja 4 Oy');
  const finnish = (iso: string) => iso.split('-').map(Number).reverse().join('.');
  const shown = await page.getByRole('textbox', { name: 'Haastattelupäivä' }).inputValue();
  const today = [before, helsinkiDay()].find((day) => finnish(day) === shown);
  expect(today, `the interview's day ${shown}`).toBeDefined();
  await page.getByLabel('Haastattelija').fill('Hanna Haastattelija');
  await page.getByLabel('Haastattelumuistiinpanot').fill('Haastateltu puhelimessa.');
  await page.getByText('Ei', { exact: true }).click();
  await draftSaved(page).toBeVisible();
  await expectAccessible(page);
  const saved = await api(page, 'GET', `/api/v1/round-respondents/${respondents[3]!.id}/interview`);
  expect(saved.body).toMatchObject({
    mode: 'interview',
    interviewer: 'Hanna Haastattelija',
    interviewedOn: today,
    interviewNotes: 'Haastateltu puhelimessa.',
    answers: { role: 'company', has_partners: false },
  });
});

test('markup in a questionnaire is shown as text and never runs', async ({ browser, page }) => {
  await page.goto('/fi/');
  const markup = '<img src="x" onerror="window.solmuMarkupRan = true"> <b>lihavoitu</b>';
  const questionnaire = await api(page, 'POST', '/api/v1/questionnaires', {
    nameFi: 'Merkintäkoe (selaintesti)',
    visibility: 'network',
    lawfulBasis: 'public_task',
    content: {
      sections: [
        {
          key: 'only',
          title: t(`Osio ${markup}`, 'Del', 'Section'),
          questions: [{ key: 'note', type: 'text', label: t(`Kysymys ${markup}`, 'Fråga', 'Question') }],
        },
      ],
    },
  });
  expect(questionnaire.status, JSON.stringify(questionnaire.body)).toBe(201);
  const round = await api(page, 'POST', '/api/v1/mapping-rounds', {
    questionnaireId: questionnaire.body.id,
    visibility: 'network',
    nameFi: `Kierros ${markup}`,
    scope: 'municipality',
    municipalityCode: '740',
    opensOn: helsinkiDay(-1),
    closesOn: helsinkiDay(30),
  });
  expect(round.status, JSON.stringify(round.body)).toBe(201);
  const added = await api(page, 'POST', `/api/v1/mapping-rounds/${round.body.id}/respondents`, {
    respondents: [{ displayName: 'Merkintäkoe Oy' }],
  });
  expect(added.status, JSON.stringify(added.body)).toBe(201);

  const { context, page: respondent } = await phone(browser);
  await respondent.goto((added.body.data as { link: { url: string } }[])[0]!.link.url);
  await settled(respondent);
  await expect(respondent.getByRole('heading', { level: 1 })).toHaveText(`Kierros ${markup}`);
  await expect(respondent.getByText(`Osio ${markup}`)).toBeVisible();
  await expect(respondent.getByText(`Kysymys ${markup}`)).toBeVisible();
  await expect(respondent.locator('img[src="x"]')).toHaveCount(0);
  await expect(respondent.locator('b', { hasText: 'lihavoitu' })).toHaveCount(0);
  expect(await respondent.evaluate(() => 'solmuMarkupRan' in window)).toBe(false);
  await context.close();
});
