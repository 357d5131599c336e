import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { expect, expectAccessible, LANGS, open, settled, test } from './support/fixtures.js';

const NETWORK = 'seutukaupunkien-innovaatioekosysteemiverkosto';
const PAGE = `/fi/networks/${NETWORK}`;
/** The shared municipality borders, read at run time (the project ships no copy). */
const BORDERS = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../shared/data/municipalities.geojson',
);

const map = (page: Page) => page.locator('.map-canvas');
// The map's members ("Jäsenet (9 toimijaa)"), not the editors' table of members and roles below it.
const members = (page: Page) => page.getByRole('table', { name: /^Jäsenet \(/ });

async function openMap(page: Page, url = PAGE) {
  await page.goto(url);
  await settled(page);
  await expect(map(page)).toHaveAttribute('data-map-state', 'drawn');
}

/** Opens one of the page's tabs (the map's is open at first). */
async function openTab(page: Page, name: 'Kartta' | 'Toimijat' | 'Kunnat' | 'Tietoja') {
  const tab = page.getByRole('tab', { name, exact: true });
  await tab.click();
  await expect(tab).toHaveAttribute('aria-selected', 'true');
}

/** Chooses a value in a suomifi dropdown. */
async function choose(page: Page, fieldLabel: string | RegExp, option: string) {
  await page.getByRole('button', { name: fieldLabel }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

test('open the town network: 10 municipalities, 8 regions, the map draws, the table lists the members', async ({
  page,
}) => {
  await page.goto('/fi/');
  await page.getByRole('link', { name: 'Seutukaupunkien innovaatioekosysteemiverkosto' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Seutukaupunkien innovaatioekosysteemiverkosto',
  );
  await expect(page.getByTestId('municipality-count')).toHaveText('10 kuntaa');
  await expect(page.getByTestId('region-count')).toHaveText('8 maakuntaa');

  await expect(map(page)).toHaveAttribute('data-map-state', 'drawn');
  expect(await map(page).locator('canvas').count()).toBeGreaterThan(0);
  await expect(map(page)).toHaveAttribute('aria-label', /9 toimijaa ja 8 suhdetta/);
  await expect(page.getByTestId('relation-count')).toHaveText('8 suhdetta');

  await openTab(page, 'Toimijat');
  await expect(members(page).locator('tbody tr')).toHaveCount(9);
  for (const town of ['Iisalmen kaupunki', 'Raahen kaupunki', 'Naturpolis Oy'])
    await expect(members(page).getByRole('link', { name: town })).toBeVisible();
  await expect(page.getByRole('table', { name: /Suhteet/ }).locator('tbody tr')).toHaveCount(8);
  // Without imported borders there is no map of Finland, and nothing says one is missing.
  const borders = page.waitForResponse('**/api/v1/reference/municipality-borders');
  await openTab(page, 'Kunnat');
  await expect(page.getByRole('heading', { name: 'Kunnat', level: 3, exact: true })).toBeVisible();
  await borders;
  await expect(page.getByTestId('finland-map')).toHaveCount(0);
});

test('search on the map focuses an actor and opens its profile', async ({ page }) => {
  await openMap(page);
  // Typing a name from the suggestion list (or picking it) chooses it.
  await page.getByLabel('Etsi toimija kartalta').fill('Raahen kaupunki');
  await page.getByRole('button', { name: 'Avaa toimijan Raahen kaupunki tiedot' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Raahen kaupunki');
});

test('the measure chosen sizes the circles and fills the table’s last column, and stays in the address', async ({
  page,
}) => {
  await openMap(page);
  await openTab(page, 'Toimijat');
  const lastHeader = members(page).locator('thead th').last();
  await expect(lastHeader).toHaveText('kumppaneiden määrä');
  const degrees = await members(page).locator('tbody tr td:last-child').allTextContents();
  expect(degrees.every((d) => /^\d+$/.test(d))).toBe(true);

  await openTab(page, 'Kartta');
  await choose(page, 'Pallon koko kertoo', 'PageRank (keskeisyys)');
  await expect(map(page)).toHaveAttribute('data-measure', 'pagerank');
  await openTab(page, 'Toimijat');
  await expect(lastHeader).toHaveText('PageRank (keskeisyys)');
  const ranks = await members(page).locator('tbody tr td:last-child').allTextContents();
  expect(ranks.every((r) => /^0,\d+$/.test(r))).toBe(true);
  const values = ranks.map((r) => Number(r.replace(',', '.')));
  expect(values).toEqual([...values].sort((a, b) => b - a)); // largest first, like the biggest circles
  expect(page.url()).toContain('measure=pagerank');

  await page.reload();
  await expect(lastHeader).toHaveText('PageRank (keskeisyys)');
  await openTab(page, 'Kartta');
  await expect(map(page)).toHaveAttribute('data-measure', 'pagerank');
});

test('the ego network of one actor shows only it and its partners, on the map and in the tables', async ({
  page,
}) => {
  await openMap(page);
  const graph = await page.evaluate(async () => {
    const network = await (
      await fetch('/api/v1/networks/seutukaupunkien-innovaatioekosysteemiverkosto')
    ).json();
    return (await fetch(`/api/v1/graph?scope=network&id=${network.id}`)).json();
  });
  const raahe = graph.nodes.nameFi.indexOf('Raahen kaupunki') as number;
  const partners = new Set<string>();
  (graph.edges.from as number[]).forEach((f, e) => {
    const t = graph.edges.to[e] as number;
    if (f === raahe) partners.add(graph.nodes.nameFi[t]);
    if (t === raahe) partners.add(graph.nodes.nameFi[f]);
  });
  expect(partners.size).toBeGreaterThan(0);
  expect(partners.size).toBeLessThan(8);

  await page.getByLabel('Etsi toimija kartalta').fill('Raahen kaupunki');
  await choose(page, 'Näytä', 'Valittu ja sen kumppanit');
  await expect(map(page)).toHaveAttribute('data-shown-nodes', String(partners.size + 1));
  await openTab(page, 'Toimijat');
  await expect(members(page).locator('tbody tr')).toHaveCount(partners.size + 1);
  const names = await members(page).locator('tbody tr td:first-child').allTextContents();
  expect(names.sort()).toEqual(['Raahen kaupunki', ...partners].sort());
  expect(page.url()).toMatch(/focus=.*ego=1/);
});

test('filters narrow the map and the tables: organisation kind, relation kind, municipality', async ({
  page,
}) => {
  await openMap(page);
  await choose(page, /Toimijatyyppi$/, 'Kunta tai kaupunki');
  await openTab(page, 'Toimijat');
  // The table follows the choice on its next render: wait for it before reading it.
  const kindCells = members(page).locator('tbody tr td:nth-child(2)');
  await expect(kindCells.filter({ hasNotText: 'Kunta tai kaupunki' })).toHaveCount(0);
  const kinds = await kindCells.allTextContents();
  expect(kinds.length).toBeGreaterThan(0);
  expect(kinds.length).toBeLessThan(9);
  expect(new Set(kinds)).toEqual(new Set(['Kunta tai kaupunki']));
  expect(page.url()).toContain('kind=municipality');
  // The map, drawn anew when its tab opens, shows the same actors as the table.
  await openTab(page, 'Kartta');
  await expect(map(page)).toHaveAttribute('data-shown-nodes', String(kinds.length));

  await open(page, `${PAGE}?tab=actors`);
  const relations = page.getByRole('table', { name: /Suhteet/ });
  const relationKinds = await relations.locator('tbody tr td:nth-child(3)').allTextContents();
  const kind = relationKinds[0]!;
  await openTab(page, 'Kartta');
  await choose(page, /Suhdetyyppi$/, kind);
  await openTab(page, 'Toimijat');
  await expect(relations.locator('tbody tr')).toHaveCount(relationKinds.filter((k) => k === kind).length);
  await expect(members(page).locator('tbody tr')).toHaveCount(9); // the members stay

  await openMap(page);
  await choose(page, /Kunta$/, 'Raahe');
  await openTab(page, 'Toimijat');
  await expect(members(page).locator('tbody tr td:nth-child(4)')).toHaveText(['Raahe']);
});

test('the map of Finland fills the member municipalities when borders are available', async ({ page }) => {
  const borders = fs.readFileSync(BORDERS);
  // The e2e Solmu has no borders imported (the import and endpoint are tested against the database);
  // here the endpoint answers with the shared file, as it would after `solmu reference import`.
  await page.route('**/api/v1/reference/municipality-borders', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: borders }),
  );
  await openMap(page);
  await openTab(page, 'Kunnat');
  const finland = page.getByTestId('finland-map');
  await expect(finland).toBeVisible();
  await expect(finland).toHaveAttribute('data-filled', '10');
  await expect(finland).toHaveAttribute('aria-label', /10 jäsenkuntaa: .*Iisalmi/);
  await expect(finland.locator('path.member')).toHaveCount(10);
  expect(await finland.locator('path').count()).toBe(308);
  await expectAccessible(page);
});

for (const lang of LANGS) {
  test(`axe finds no violations on the network page with the map's controls in ${lang}`, async ({ page }) => {
    await openMap(page, `/${lang}/networks/${NETWORK}?measure=betweenness&kind=municipality`);
    await expectAccessible(page);
    await openMap(page, `/${lang}/networks/${NETWORK}`);
    const id = await page.evaluate(async () => {
      const res = await fetch('/api/v1/organisations?q=Raahen');
      return (await res.json()).items[0].id as string;
    });
    await openMap(page, `/${lang}/networks/${NETWORK}?focus=${id}&ego=2`);
    await expect(page.locator('[data-map-state="drawn"]')).toBeVisible();
    await expectAccessible(page);
    // The other tabs, with the tables, the municipalities and the editors' members and roles.
    for (const tab of ['actors', 'municipalities', 'about']) {
      await open(page, `/${lang}/networks/${NETWORK}?tab=${tab}`);
      await expect(page.getByRole('tab', { selected: true })).toHaveAttribute('id', `network-tab-${tab}`);
      await expect(page.getByRole('tabpanel')).toHaveAttribute('id', `network-panel-${tab}`);
      await expectAccessible(page);
    }
  });
}

test("the map's controls do not overlap at 1280 px, and the hint of 'Näytä' is not covered", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openMap(page);
  const buttons = page.locator('.map-controls button[aria-haspopup="listbox"]');
  await expect(buttons).toHaveCount(5);
  const boxes = await Promise.all((await buttons.all()).map(async (b) => (await b.boundingBox())!));
  for (const [i, a] of boxes.entries())
    for (const b of boxes.slice(i + 1)) {
      const apart =
        a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
      expect(apart, `${JSON.stringify(a)} overlaps ${JSON.stringify(b)}`).toBe(true);
    }
  // What is drawn at the hint's first letters is the hint itself, not a neighbouring dropdown.
  const hint = page.getByText('Valitse ensin toimija haulla.');
  await hint.scrollIntoViewIfNeeded();
  const box = (await hint.boundingBox())!;
  const onTop = await page.evaluate(
    ([x, y]) => document.elementFromPoint(x!, y!)?.textContent ?? '',
    [box.x + 4, box.y + box.height / 2],
  );
  expect(onTop).toContain('Valitse ensin toimija haulla.');
});
