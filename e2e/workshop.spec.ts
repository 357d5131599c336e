import type { Browser, Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { expect, expectAccessible, LANGS, settled, test } from './support/fixtures.js';
import { api } from './support/page-api.js';

/**
 * A strategy workshop from end to end (issue 16): Savonlinna's editor runs a workshop on the forest
 * bioeconomy ecosystem's strategy; a participant without an account joins on a 360 px phone by the code,
 * accepts the consent, posts two ideas that appear live on the facilitator's screen and votes with the
 * budget; the facilitator groups the ideas (by keyboard and by a drag), closes the vote and turns the
 * winner into a 2027 goal and an action, which the strategy page then shows; the network's coordinator
 * links the goal to a network goal, which then shows Savonlinna contributing. Every page passes axe in
 * fi, sv and en. What the run made is removed at the end.
 */

test.use({ storageState: process.env.SOLMU_E2E_SAVONLINNA_STORAGE });
test.describe.configure({ mode: 'serial' });

const RUN = Date.now().toString(36).slice(-5);
const STRATEGY = 'Savonlinnan metsäbiotalouden innovaatioekosysteemin strategia 2023–2027';
const WORKSHOP = `Metsäbiotalouden strategiatyöpaja ${RUN}`;
const IDEA_1 = `Puurakentamisen yhteinen osaamiskeskus ${RUN}`;
const IDEA_2 = `Sivuvirtojen kiertotalousverkosto ${RUN}`;
const GROUP = `Puun uudet käytöt ${RUN}`;
const GOAL = `Puun uusien käyttöjen yritysverkosto ${RUN}`;
const NETWORK_GOAL = 'Jokaisen seutukaupungin innovaatioekosysteemi esillä';
const ACTION = `Puurakentamisen osaamiskeskuksen perustaminen ${RUN}`;

const made: { strategyId?: string; workshopId?: string; code?: string } = {};

async function open(page: Page, url: string) {
  await page.goto(url);
  await settled(page);
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

const noSidewaysScroll = async (page: Page) =>
  expect(
    await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
  ).toBeLessThanOrEqual(0);

/** Joins the workshop on the phone page: the consent first, then a name and an organisation. */
async function join(
  page: Page,
  name: string,
  organisation: string,
  words = { consent: 'Hyväksyn', join: 'Liity' },
) {
  await page.getByRole('checkbox', { name: new RegExp(words.consent) }).check({ force: true });
  await page.locator('#join-name').fill(name);
  await page.locator('#join-organisation').fill(organisation);
  await page.getByRole('button', { name: words.join, exact: true }).click();
}

const phaseButton = (page: Page, kind: string, verb: 'Avaa' | 'Sulje') =>
  page.locator(`li[data-kind="${kind}"]`).getByRole('button', { name: new RegExp(`^${verb} vaihe`) });

const ideaCard = (page: Page, text: string) => page.locator('.workshop-idea', { hasText: text });
const column = (page: Page, title: string) => page.getByRole('region', { name: new RegExp(`^${title}`) });

test('a Savonlinna workshop: ideas from a phone arrive live on the facilitator screen, are voted with the budget and grouped', async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  await page.goto('/fi/');
  const found = await api(page, 'GET', `/api/v1/strategies?q=${encodeURIComponent('metsäbiotalouden')}`);
  made.strategyId = (found.body.items as { id: string; titleFi: string }[]).find(
    (s) => s.titleFi === STRATEGY,
  )!.id;

  // From the strategy page's section, the form with the strategy chosen.
  await open(page, `/fi/strategies/${made.strategyId}`);
  const section = page.getByRole('region', { name: 'Työpajat' });
  await section.getByRole('link', { name: 'Uusi työpaja' }).click();
  await settled(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Uusi työpaja');
  await expect(page.getByLabel('Strategia')).toHaveValue(made.strategyId);
  await page.locator('#workshop-titleFi').fill(WORKSHOP);
  await page.locator('#workshop-voteBudget').fill('3');
  await page.getByRole('button', { name: 'Luo työpaja' }).click();
  await expect(page).toHaveURL(/\/fi\/workshops\/[0-9a-f-]{36}$/);
  made.workshopId = page.url().split('/').pop();
  await settled(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(WORKSHOP);
  await expect(page.getByText('ideat päivittyvät reaaliajassa')).toBeVisible();

  // The code big, its QR code and address; the workshop opened and its ideas phase.
  made.code = (await page.locator('.workshop-code').textContent())!.trim();
  expect(made.code).toMatch(/^[A-HJKMNP-Z2-9]{6}$/);
  await expect(page.getByRole('img', { name: /QR-koodi/ })).toBeVisible();
  await expect(page.getByRole('link', { name: new RegExp(`/fi/join/${made.code}$`) })).toBeVisible();
  const openWorkshop = page.getByRole('button', { name: 'Avaa työpaja osallistujille' });
  if (await openWorkshop.isVisible()) {
    await openWorkshop.click();
    await expect(openWorkshop).toHaveCount(0);
  }
  await phaseButton(page, 'current_state', 'Avaa').click();
  await expect(phaseButton(page, 'current_state', 'Sulje')).toBeVisible();

  // The phone, without an account: a wrong code is answered clearly, the right one asks for consent.
  const { context, page: mobile } = await phone(browser);
  try {
    await open(mobile, '/fi/join');
    await mobile.locator('#join-code').fill('ZZZZZZ');
    await mobile.getByRole('button', { name: 'Jatka' }).click();
    await expect(mobile.getByRole('heading', { level: 1 })).toHaveText('Koodilla ei löydy työpajaa');

    await open(mobile, `/fi/join/${made.code.toLowerCase()}`);
    await expect(mobile.getByRole('heading', { level: 1 })).toHaveText(WORKSHOP);
    await expect(mobile.getByRole('heading', { name: 'Mitä sinusta tallennetaan' })).toBeVisible();
    await mobile.locator('#join-name').fill('Maija');
    await mobile.getByRole('button', { name: 'Liity', exact: true }).click();
    await expect(mobile.getByText('Hyväksy tietojen tallentaminen ennen liittymistä.')).toBeVisible();
    await expectAccessible(mobile);
    await noSidewaysScroll(mobile);
    const streamed = mobile.waitForResponse(
      (r) => r.url().endsWith('/stream') && !!r.request().headers()['x-workshop-participant'],
    );
    await join(mobile, 'Maija', 'Savonlinnan Yritystilat Oy');
    // The phone follows its stream, the secret in a header: a change reaches it without the slow poll.
    expect((await streamed).status()).toBe(200);

    // The current state first: the ecosystem's picture in brief, from public data only.
    const brief = mobile.getByRole('region', { name: 'Ekosysteemin tilannekuva lyhyesti' });
    await expect(brief.getByRole('listitem').first()).toContainText(/toimija/);
    await expectAccessible(mobile);
    await noSidewaysScroll(mobile);
    await phaseButton(page, 'ideas', 'Avaa').click();
    await expect(phaseButton(page, 'ideas', 'Sulje')).toBeVisible();

    const idea = mobile.getByRole('textbox', { name: /Ideasi/ });
    for (const text of [IDEA_1, IDEA_2]) {
      await idea.fill(text);
      await mobile.getByRole('button', { name: 'Lähetä idea' }).click();
      await expect(mobile.getByRole('region', { name: 'Omat ideasi' }).getByText(text)).toBeVisible();
    }
    await expectAccessible(mobile);
    await noSidewaysScroll(mobile);

    // Both arrive on the facilitator's screen through the event stream, without reloading.
    await expect(ideaCard(page, IDEA_1)).toBeVisible();
    await expect(ideaCard(page, IDEA_2)).toBeVisible();
    await expect(page.getByRole('region', { name: /^Osallistujat/ })).toContainText(
      'Savonlinnan Yritystilat Oy',
    );

    // Voting opens; the phone's stream tells it at once, and the budget of three holds.
    await phaseButton(page, 'voting', 'Avaa').click();
    await expect(mobile.getByRole('heading', { name: 'Pisteäänestys' })).toBeVisible();
    await expect(mobile.locator('.join-dots-left')).toHaveText('Pisteitä jäljellä 3');
    const add = (text: string) => mobile.getByRole('button', { name: `Lisää piste idealle ${text}` });
    const votes = (text: string) => mobile.locator('.join-vote-idea', { hasText: text });
    await add(IDEA_1).click();
    await expect(votes(IDEA_1)).toHaveAttribute('data-dots', '1');
    await add(IDEA_1).click();
    await expect(votes(IDEA_1)).toHaveAttribute('data-dots', '2');
    await add(IDEA_2).click();
    await expect(votes(IDEA_2)).toHaveAttribute('data-dots', '1');
    await expect(mobile.locator('.join-dots-left')).toHaveText('Pisteitä jäljellä 0');
    await add(IDEA_2).click();
    await expect(mobile.getByRole('alert')).toContainText('Pisteet eivät riitä');
    await expect(votes(IDEA_2)).toHaveAttribute('data-dots', '1');
    await expectAccessible(mobile);
    await noSidewaysScroll(mobile);
  } finally {
    await context.close();
  }

  // The facilitator sees the dots, groups the ideas: one with the keyboard's list, one dragged.
  await expect(ideaCard(page, IDEA_1)).toContainText('2 pistettä');
  await expect(ideaCard(page, IDEA_2)).toContainText('1 piste');
  await page.getByRole('form', { name: 'Uusi ryhmä' }).getByLabel('Ryhmän nimi').fill(GROUP);
  await page.getByRole('button', { name: 'Lisää ryhmä' }).click();
  await expect(column(page, GROUP)).toBeVisible();
  const move = page.getByLabel(`Siirrä ryhmään: ${IDEA_1}`);
  await move.focus();
  await move.selectOption({ label: GROUP });
  await expect(page.getByRole('status').filter({ hasText: 'siirrettiin' })).toHaveText(
    `Idea ”${IDEA_1}” siirrettiin: ${GROUP}.`,
  );
  await expect(column(page, GROUP).locator('.workshop-idea', { hasText: IDEA_1 })).toBeVisible();
  await ideaCard(page, IDEA_2).dragTo(column(page, GROUP));
  await expect(column(page, GROUP).locator('.workshop-idea', { hasText: IDEA_2 })).toBeVisible();
  await expect(column(page, GROUP).getByRole('heading', { level: 3 })).toContainText('3 pistettä');

  await page.getByRole('button', { name: 'Sulje äänestys' }).click();
  await expect(phaseButton(page, 'voting', 'Avaa')).toBeVisible();

  // The dots each may give cannot drop below the 3 Maija has already given.
  await page.locator('#workshop-budget').fill('2');
  await page.getByRole('button', { name: 'Tallenna pisteet' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Pisteitä ei voi vähentää' })).toContainText(
    'on jo antanut 3 pistettä',
  );
  await expectAccessible(page);
});

test('the facilitator screen opens its stream again from the last event after the server refused it', async ({
  page,
}) => {
  // The first stream answers 503, which ends an EventSource for good: the screen opens it again itself.
  let refused = 0;
  await page.route('**/api/v1/workshops/*/stream*', (route) =>
    refused++ === 0 ? route.fulfill({ status: 503, body: '' }) : route.continue(),
  );
  let streams = 0;
  const again = page.waitForRequest((r) => r.url().includes('/stream') && ++streams === 2);
  await open(page, `/fi/workshops/${made.workshopId}`);
  const lastEventId = new URL((await again).url()).searchParams.get('lastEventId');
  expect(Number(lastEventId)).toBeGreaterThan(0);
  await expect(page.getByText('ideat päivittyvät reaaliajassa')).toBeVisible();
  // What happens after the reconnect arrives live.
  const ideasPhase = await api(page, 'GET', `/api/v1/workshops/${made.workshopId}`);
  const phaseId = (ideasPhase.body.phases as { id: string; kind: string }[]).find(
    (p) => p.kind === 'ideas',
  )!.id;
  const own = `Vetäjän oma idea ${RUN}`;
  const posted = await api(page, 'POST', `/api/v1/workshops/${made.workshopId}/ideas`, {
    text: own,
    phaseId,
  });
  expect(posted.status).toBe(201);
  await expect(ideaCard(page, own)).toBeVisible();
});

const WORDS = {
  fi: {
    list: 'Työpajat',
    form: 'Uusi työpaja',
    consent: 'Hyväksyn',
    join: 'Liity',
    erase: 'Poista tietoni',
    confirm: 'Poista',
  },
  sv: {
    list: 'Workshoppar',
    form: 'Ny workshop',
    consent: 'Jag godkänner',
    join: 'Anslut',
    erase: 'Radera mina uppgifter',
    confirm: 'Radera',
  },
  en: {
    list: 'Workshops',
    form: 'New workshop',
    consent: 'I agree',
    join: 'Join',
    erase: 'Erase my data',
    confirm: 'Delete',
  },
} as const;

for (const lang of LANGS) {
  test(`axe finds no violations on the workshop pages in ${lang}`, async ({ page, browser }) => {
    test.setTimeout(120_000);
    await open(page, `/${lang}/workshops`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(WORDS[lang].list);
    await expect(page.getByRole('link', { name: WORKSHOP })).toBeVisible();
    await expectAccessible(page);
    await open(page, `/${lang}/workshops/new?strategyId=${made.strategyId}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(WORDS[lang].form);
    await expectAccessible(page);
    await open(page, `/${lang}/workshops/${made.workshopId}`);
    await expect(ideaCard(page, IDEA_1)).toBeVisible();
    await expectAccessible(page);

    const { context, page: mobile } = await phone(browser);
    // In Finnish the phone's stream is refused: it falls back to reading its state every few seconds.
    if (lang === 'fi')
      await context.route('**/api/v1/join/*/stream', (route) => route.fulfill({ status: 503, body: '' }));
    try {
      await open(mobile, `/${lang}/join`);
      await expectAccessible(mobile);
      await open(mobile, `/${lang}/join/${made.code}`);
      await expectAccessible(mobile);
      await noSidewaysScroll(mobile);
      await join(mobile, `Axe ${lang}`, '', WORDS[lang]);
      await expect(mobile.locator('.join-phase h2')).toBeVisible();
      await expectAccessible(mobile);
      await noSidewaysScroll(mobile);
      await expect(page.getByRole('region', { name: /Participants|Osallistujat|Deltagare/ })).toContainText(
        `Axe ${lang}`,
      );

      if (lang === 'fi') {
        // The facilitator erases the participant, after a confirmation; the phone is back at joining.
        await page.getByRole('button', { name: `Poista osallistujan Axe fi tiedot` }).click();
        await page.getByRole('dialog').getByRole('button', { name: 'Poista', exact: true }).click();
        await expect(page.getByRole('dialog')).toHaveCount(0);
        await expect(page.getByRole('region', { name: /^Osallistujat/ })).not.toContainText('Axe fi');
      } else {
        // The participant erases their own input.
        await mobile.getByRole('button', { name: WORDS[lang].erase }).click();
        await mobile
          .getByRole('dialog')
          .getByRole('button', { name: WORDS[lang].confirm, exact: true })
          .click();
        await expect(page.getByRole('region', { name: /Participants|Deltagare/ })).not.toContainText(
          `Axe ${lang}`,
        );
      }
      await expect(mobile.locator('#join-name')).toBeVisible();
    } finally {
      await context.close();
    }
  });
}

test('the winner of the vote becomes a 2027 goal and an action that the strategy page shows', async ({
  page,
}) => {
  await open(page, `/fi/workshops/${made.workshopId}`);
  // The record downloads as Word and Excel with the ideas, and without the participant's name.
  const record = async (name: string) => {
    const href = await page.getByRole('link', { name }).getAttribute('href');
    const file = await page.request.get(href!);
    expect(file.status()).toBe(200);
    return file.body();
  };
  const docx = await JSZip.loadAsync(await record('Lataa muistio (Word)'));
  const text = await docx.file('word/document.xml')!.async('string');
  expect(text).toContain(IDEA_1);
  expect(text).not.toContain('Maija');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await record('Lataa muistio (Excel)')) as unknown as ArrayBuffer);
  const cells = workbook.worksheets.flatMap((sheet) => sheet.getSheetValues().flat().map(String));
  expect(cells.some((c) => c.includes(IDEA_2))).toBe(true);
  expect(cells.some((c) => c.includes('Maija'))).toBe(false);

  // The winner, the group, becomes a goal for 2027 and an action toward it in one step.
  const outcome = page.getByRole('region', { name: 'Tulos strategiaan' });
  await outcome.getByRole('radio', { name: `${GROUP} (3 pistettä)` }).check({ force: true });
  await page.locator('#outcome-goalTitle').fill(GOAL);
  await page.locator('#outcome-indicator').fill('Verkostoon kuuluvat yritykset');
  await page.locator('#outcome-unit').fill('kpl');
  await page.locator('#outcome-baselineValue').fill('4');
  await page.locator('#outcome-baselineYear').fill('2023');
  await expect(page.locator('#outcome-targetYear')).toHaveValue('2027');
  await page.locator('#outcome-targetValue').fill('12');
  await page.locator('#outcome-actionTitle').fill(ACTION);
  await page.locator('#outcome-owner-q').fill('Savonlinnan Yritystilat');
  await outcome.getByRole('radio', { name: 'Savonlinnan Yritystilat Oy' }).check({ force: true });
  await page.locator('#outcome-startOn').fill('1.3.2027');
  await page.locator('#outcome-endOn').fill('31.12.2027');
  await outcome.getByRole('button', { name: 'Luo tavoite ja toimenpide' }).click();
  const done = outcome.getByRole('status').filter({ hasText: 'lisättiin strategiaan' });
  await expect(done).toBeVisible();
  // The board lists what was made, so that the facilitator does not make it twice.
  const taken = page.getByRole('region', { name: 'Strategiaan viedyt' });
  await expect(taken.getByRole('link', { name: GOAL })).toBeVisible();
  await expect(taken.getByRole('link', { name: ACTION })).toBeVisible();
  await expect(taken).toContainText(`lähteenä ”${GROUP}”, 3 pistettä`);
  await done.getByRole('link', { name: 'Strategian sivulle' }).click();
  await settled(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(STRATEGY);
  await expect(page.getByText(GOAL).first()).toBeVisible();
  await expect(page.getByText(ACTION).first()).toBeVisible();
  await expect(
    page.getByRole('region', { name: 'Työpajat' }).getByRole('link', { name: WORKSHOP }),
  ).toBeVisible();
});

test('a workshop at an event and its event link to each other; the sign-in page leads to the join page', async ({
  page,
  browser,
}) => {
  await page.goto('/fi/');
  const events = await api(page, 'GET', '/api/v1/events?limit=1');
  const eventId = (events.body.items as { id: string }[])[0]!.id;
  const title = `Työpaja tapahtumassa ${RUN}`;
  const created = await api(page, 'POST', '/api/v1/workshops', {
    strategyId: made.strategyId,
    eventId,
    titleFi: title,
  });
  expect(created.status).toBe(201);
  try {
    await open(page, `/fi/events/${eventId}`);
    const section = page.getByRole('region', { name: 'Tapahtuman työpajat' });
    await section.getByRole('link', { name: title }).click();
    await settled(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    await expect(page.getByRole('link', { name: 'Strategian sivulle' })).toHaveAttribute(
      'href',
      `/fi/strategies/${made.strategyId}`,
    );
    await page.getByRole('link', { name: 'Tapahtuman sivulle' }).click();
    await settled(page);
    await expect(page).toHaveURL(new RegExp(`/fi/events/${eventId}$`));
  } finally {
    expect((await api(page, 'DELETE', `/api/v1/workshops/${created.body.workshop.id}`)).status).toBe(204);
  }

  // A visitor without an account finds the join page from the sign-in page.
  const { context, page: visitor } = await phone(browser);
  await open(visitor, '/fi/sign-in');
  await visitor.getByRole('link', { name: 'Osallistu työpajaan koodilla' }).click();
  await settled(visitor);
  await expect(visitor).toHaveURL(/\/fi\/join$/);
  await expect(visitor.locator('#join-code')).toBeVisible();
  await context.close();
});

test("the network's coordinator links the workshop's goal to a network goal, which then shows Savonlinna contributing", async ({
  browser,
}) => {
  const context = await browser.newContext({
    baseURL: process.env.SOLMU_E2E_BASE,
    storageState: process.env.SOLMU_E2E_STORAGE,
  });
  try {
    const page = await context.newPage();
    await page.goto('/fi/');
    const found = await api(page, 'GET', `/api/v1/strategies?q=${encodeURIComponent('verkoston strategia')}`);
    const network = (found.body.items as { id: string }[])[0]!.id;
    await open(page, `/fi/strategies/${network}`);
    const rollup = page.getByRole('region', { name: NETWORK_GOAL });
    const picker = rollup.getByLabel('Liitä kunnan tai ekosysteemin tavoite');
    const option = picker.locator('option', { hasText: GOAL });
    await picker.selectOption((await option.getAttribute('value'))!);
    await rollup.getByRole('button', { name: 'Liitä', exact: true }).click();
    const table = rollup.getByRole('table', { name: /edistävät kuntien ja ekosysteemien tavoitteet/ });
    await expect(table.getByRole('row', { name: new RegExp(GOAL) })).toContainText('Savonlinna');
    await expectAccessible(page);

    // Savonlinna's strategy names the network goal its new goal contributes to.
    await open(page, `/fi/strategies/${made.strategyId}`);
    await expect(page.getByRole('article', { name: GOAL })).toContainText(NETWORK_GOAL);
  } finally {
    await context.close();
  }
});

test.afterAll(async ({ browser }) => {
  if (!made.workshopId) return;
  const context = await browser.newContext({
    baseURL: process.env.SOLMU_E2E_BASE,
    storageState: process.env.SOLMU_E2E_SAVONLINNA_STORAGE,
  });
  const page = await context.newPage();
  await page.goto('/fi/');
  const goals = await api(page, 'GET', `/api/v1/strategy-goals?strategyId=${made.strategyId}&limit=200`);
  const actions = await api(
    page,
    'GET',
    `/api/v1/development-actions?strategyId=${made.strategyId}&limit=200`,
  );
  const removed = [(await api(page, 'DELETE', `/api/v1/workshops/${made.workshopId}`)).status];
  for (const a of actions.body.items as { id: string; titleFi: string }[])
    if (a.titleFi === ACTION)
      removed.push((await api(page, 'DELETE', `/api/v1/development-actions/${a.id}`)).status);
  for (const g of goals.body.items as { id: string; titleFi: string }[])
    if (g.titleFi === GOAL)
      removed.push((await api(page, 'DELETE', `/api/v1/strategy-goals/${g.id}`)).status);
  await context.close();
  // The strategy is left as the demo has it, for the tests that count its goals.
  expect(removed.every((status) => status === 204)).toBe(true);
});
