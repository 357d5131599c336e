import type { Page } from '@playwright/test';
import { expect, expectAccessible, LANGS, settled, test } from './support/fixtures.js';
import { api } from './support/page-api.js';

const WEBINAR = 'Seutukaupunkien innovaatioekosysteemit -webinaarisarja';
const GET_TOGETHER = 'Get Together Teknologiapuisto Nohevassa';

/** The id of the first record a list search finds, through the API the page itself uses. */
async function findId(page: Page, path: string, q: string): Promise<string> {
  return page.evaluate(
    async ([p, text]) => {
      const res = await fetch(`/api/v1/${p}?q=${encodeURIComponent(text!)}`);
      return (await res.json()).items[0].id as string;
    },
    [path, q],
  );
}

test('the calendar shows a demo event in its month and opens it', async ({ page }) => {
  await page.goto('/fi/events?view=calendar&month=2022-09');
  await expect(page.getByRole('heading', { level: 2, name: 'syyskuu 2022' })).toBeVisible();
  const grid = page.getByRole('grid', { name: 'syyskuu 2022' });
  // Finnish weeks start on Monday: the first column is Monday, 29 August fills the first cell.
  await expect(grid.getByRole('columnheader').first()).toContainText('maanantai');
  const day = grid.locator('[data-date="2022-09-15"]');
  await expect(day).toContainText(WEBINAR);
  await expect(day).toContainText('torstai 15. syyskuuta 2022');
  // Today is marked in the current month (Finnish date, whatever the machine's time zone).
  await page.goto('/fi/events?view=calendar');
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Helsinki' }).format(new Date());
  await expect(page.locator('[aria-current="date"]')).toHaveAttribute('data-date', today);
  await expect(page.locator('[aria-current="date"]')).toContainText('tänään');
  await page.goBack();
  await day.getByRole('link', { name: WEBINAR }).click();
  await expect(page.getByRole('heading', { level: 1, name: WEBINAR })).toBeVisible();
  await expect(page.getByText('15.9.2022 klo 9.00')).toBeVisible();
  await expect(page.getByRole('table', { name: /osallistujat/ })).toContainText('Iisalmen kaupunki');
  await expect(page.getByRole('table', { name: /osallistujat/ })).toContainText('Puhuja');
});

test('the calendar is used with the keyboard alone', async ({ page }) => {
  await page.goto('/en/events?view=calendar&month=2022-09');
  await settled(page);
  // The month's one tab stop is its first day with an event.
  const focusedDay = page.locator('[role="grid"] td[tabindex="0"]');
  await expect(focusedDay).toHaveAttribute('data-date', '2022-09-15');
  await focusedDay.focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('[data-date="2022-09-16"]')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('[data-date="2022-09-23"]')).toBeFocused();
  await page.keyboard.press('Home');
  await expect(page.locator('[data-date="2022-09-19"]')).toBeFocused();
  // Into the next month: the heading and the address follow. Its events arrive late (as on a slow
  // connection): Enter pressed before they are here still opens the day's event once they are.
  await page.route('**/api/v1/events?**', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 2000));
    await route.continue();
  });
  await page.keyboard.press('PageDown');
  await expect(page.getByRole('heading', { level: 2, name: 'October 2022' })).toBeVisible();
  await expect(page).toHaveURL(/month=2022-10/);
  await expect(page.locator('[data-date="2022-10-19"]')).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect(page.locator('[data-date="2022-10-13"]')).toBeFocused();
  await expect(page.getByRole('heading', { level: 3, name: 'Thursday, 13 October 2022' })).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Get Together at the Noheva technology park' }),
  ).toBeVisible();
});

test('the list filters by kind and search, and offers the iCalendar file', async ({ page }) => {
  await page.goto('/fi/events?kind=visit');
  const past = page.getByRole('table', { name: /Menneet tapahtumat/ });
  await expect(past).toContainText('Vierailu Uumajaan');
  await expect(past).not.toContainText(GET_TOGETHER);
  await expect(past.locator('tbody tr')).toHaveCount(4);
  await page.goto('/fi/events');
  await page.getByLabel('Hae nimellä tai kuvauksella').fill('Nohevassa');
  await page.getByRole('button', { name: 'Hae', exact: true }).click();
  await expect(page).toHaveURL(/q=Nohevassa/);
  await expect(past.locator('tbody tr')).toHaveCount(1);
  await expect(past).toContainText(GET_TOGETHER);
  const ics = await page.getByRole('link', { name: /iCalendar/ }).getAttribute('href');
  const body = await page.evaluate(async (href) => (await fetch(href!)).text(), ics);
  expect(body).toContain('BEGIN:VCALENDAR');
  expect(body).toContain(WEBINAR);
});

test('the strategy page shows goals with progress, actions and the timeline', async ({ page }) => {
  await page.goto('/fi/');
  const network = await findId(page, 'strategies', 'verkoston strategia');
  await page.goto(`/fi/strategies/${network}`);
  await settled(page);
  const visits = page.getByRole('article', { name: 'Opitaan muiden ekosysteemeistä' });
  // 4 of 8 visits by the end of 2023, when the line from 2021 to 2027 expected a third.
  await expect(visits.getByRole('progressbar', { name: 'Edistyminen' })).toHaveAttribute('value', '50');
  await expect(visits).toContainText('50 % matkasta lähtötasosta tavoitteeseen');
  await expect(visits).toContainText('Aikataulussa');
  await expect(page.getByRole('article', { name: /esillä/ })).toContainText('Tavoite saavutettu');
  await expect(page.getByRole('table', { name: /Kehittämistoimenpiteet/ })).toContainText('Valmis');
  const timeline = page.getByRole('list', { name: 'Aikajana luettelona' });
  await expect(timeline).toContainText('tavoite: Opitaan muiden ekosysteemeistä');
  await expect(timeline).toContainText('31.12.2021–31.12.2027');
  // The seed's two goals and the example goal the example towns roll up into.
  await expect(page.locator('.timeline-chart .timeline-goal')).toHaveCount(3);
  // The coordinator edits the network's strategy: the generic forms open prefilled.
  await expect(visits.getByRole('link', { name: 'Kirjaa toteuma' })).toHaveAttribute(
    'href',
    /\/fi\/goal-actuals\/new\?goalId=[0-9a-f-]{36}$/,
  );
  await expect(page.getByRole('link', { name: 'Lisää kehittämistoimenpide' })).toHaveAttribute(
    'href',
    `/fi/development-actions/new?strategyId=${network}`,
  );

  const savonlinna = await findId(page, 'strategies', 'metsäbiotalouden');
  await page.goto(`/fi/strategies/${savonlinna}`);
  // One networking event a year at the end of 2023, still the baseline: behind the line towards two.
  await expect(page.getByRole('article', { name: 'Paikalliset toimijat verkostoituvat' })).toContainText(
    'Jäljessä tavoitteesta',
  );
  const summary = page.getByRole('list', { name: 'Tavoitteiden tila' });
  // Other journeys may add goals of their own to this strategy for a moment: the seed's two are counted.
  await expect(summary.getByRole('listitem').filter({ hasText: 'Jäljessä' })).toHaveText(
    '1 Jäljessä tavoitteesta',
  );
  await expect(summary.getByRole('listitem').filter({ hasText: 'Aikataulussa' })).toHaveText(
    '1 Aikataulussa',
  );
});

test('a participant is removed after a question, then the event itself', async ({ page }) => {
  await page.goto('/fi/');
  const rauma = await findId(page, 'organisations', 'Rauman kaupunki');
  const title = `Testityöpaja ${Date.now()}`;
  const eventId = await page.evaluate(
    async ([name, org]) => {
      const me = await (await fetch('/api/v1/auth/me')).json();
      const post = async (path: string, body: unknown) => {
        const res = await fetch(`/api/v1/${path}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken },
          body: JSON.stringify(body),
        });
        return (await res.json()).id as string;
      };
      const id = await post('events', {
        kind: 'workshop',
        titleFi: name,
        startsAt: '2024-03-05T10:00:00+02:00',
      });
      await post('event-participants', { eventId: id, organisationId: org, role: 'participant' });
      return id;
    },
    [title, rauma],
  );
  await page.goto(`/fi/events/${eventId}`);
  const participants = page.getByRole('table', { name: /osallistujat/ });
  await expect(participants).toContainText('Rauman kaupunki');
  await expect(page.getByRole('link', { name: 'Lisää osallistuja' })).toHaveAttribute(
    'href',
    `/fi/event-participants/new?eventId=${eventId}`,
  );
  await participants.getByRole('button', { name: 'Poista Rauman kaupunki (Osallistuja)' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText(`Poistetaanko Rauman kaupunki tapahtuman ${title} osallistujista?`);
  await dialog.getByRole('button', { name: 'Poista', exact: true }).click();
  await expect(participants).toContainText('Osallistujia ei ole kirjattu.');

  await page.getByRole('button', { name: 'Poista tapahtuma' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Poista', exact: true }).click();
  await expect(page).toHaveURL(/\/fi\/events$/);
  await page.goto(`/fi/events/${eventId}`);
  await expect(page.getByRole('alert')).toBeVisible();
});

test("a goal's indicator and unit show in the reader's language; Finnish only is marked, and the form says what is missing", async ({
  page,
}) => {
  await page.goto('/fi/');
  const network = await findId(page, 'strategies', 'verkoston strategia');
  await page.goto(`/sv/strategies/${network}`);
  await settled(page);
  const visits = page.getByRole('article', { name: 'Lära av andras ekosystem' });
  await expect(visits).toContainText('Nätverkets besök i andra städers och företags ekosystem (kumulativt)');
  await expect(visits).toContainText('8 besök (2027)');

  // A goal written in Finnish only: a Swedish reader sees the Finnish, marked as Finnish.
  const title = `Vain suomeksi ${Date.now()}`;
  const created = await api(page, 'POST', '/api/v1/strategy-goals', {
    strategyId: network,
    titleFi: title,
    indicatorFi: 'Uudet yhteistyösopimukset',
    unitFi: 'sopimusta',
    targetValue: 3,
    targetYear: 2027,
    visibility: 'network',
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  await page.reload();
  await settled(page);
  const finnishOnly = page.getByRole('article', { name: title });
  await expect(finnishOnly.locator('[lang="fi"]', { hasText: 'Uudet yhteistyösopimukset' })).toBeVisible();
  await expect(finnishOnly).toContainText('Uudet yhteistyösopimukset (på finska)');
  await expect(finnishOnly).toContainText('3 sopimusta (2027)');

  // The form names the languages a written Finnish text still lacks.
  await page.goto(`/fi/strategy-goals/${created.body.id}/edit`);
  await settled(page);
  await expect(page.getByText('Teksti puuttuu vielä ruotsiksi ja englanniksi')).toHaveCount(3);
  await page.getByLabel('Mittari ruotsiksi').fill('Nya samarbetsavtal');
  await expect(page.getByText('Teksti puuttuu vielä englanniksi')).toHaveCount(1);
  await expect(page.getByText('Teksti puuttuu vielä ruotsiksi ja englanniksi')).toHaveCount(2);
  await api(page, 'DELETE', `/api/v1/strategy-goals/${created.body.id}`);
});

const REMOVE = { fi: /^Poista /, sv: /^Ta bort /, en: /^Remove / };

for (const lang of LANGS) {
  test(`axe finds no violations on the events and strategy pages in ${lang}`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto(`/${lang}/`);
    const event = await findId(page, 'events', 'webinaarisarja');
    const strategy = await findId(page, 'strategies', 'verkoston strategia');
    const paths = [
      `/${lang}/events`,
      `/${lang}/events?view=calendar&month=2022-10`,
      `/${lang}/events/${event}`,
      `/${lang}/strategies/${strategy}`,
    ];
    for (const path of paths) {
      await page.goto(path);
      await settled(page);
      await expectAccessible(page);
    }
    // The question before a participant is removed, open.
    await page.goto(`/${lang}/events/${event}`);
    await page.getByRole('button', { name: REMOVE[lang] }).first().click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await expectAccessible(page);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toHaveCount(0);
    // At 360 px the pages still fit: nothing wider than the screen.
    await page.setViewportSize({ width: 360, height: 740 });
    for (const path of paths) {
      await page.goto(path);
      await settled(page);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    }
  });
}
