import fs from 'node:fs';
import type { Page } from '@playwright/test';
import graphology from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import type { GraphConstructor } from 'graphology-types';
import { kindColor, LARGE_MAP_NODES, nodeSizes, rgbOf } from '../src/domain/network-style.js';
import { expect, settled, test } from './support/fixtures.js';

// graphology's types describe its CommonJS build; under NodeNext the ESM default export is the class.
const Graph = graphology as unknown as GraphConstructor;
type Parsed = InstanceType<GraphConstructor>;

const NETWORK = 'seutukaupunkien-innovaatioekosysteemiverkosto';
const MEASURES = ['degree', 'weightedDegree', 'pagerank', 'betweenness'] as const;

/** From the network's page, the way a user goes: the main menu's "Esittele" group, then its exports page. */
async function exportsFromNetworkPage(page: Page): Promise<string> {
  await page.goto(`/fi/networks/${NETWORK}`);
  await settled(page);
  const name = (await page.getByRole('heading', { level: 1 }).innerText()).trim();
  const menu = page.getByRole('navigation', { name: 'Päävalikko' });
  await menu.getByRole('button', { name: 'Esittele', exact: true }).click();
  await menu.getByRole('link', { name: 'Viennit ja avoin data', exact: true }).click();
  await settled(page);
  return name;
}

/** Picks an option of one of the panel's drop-downs (suomifi's: a button that opens a list box). */
async function choose(page: Page, dropdown: RegExp, option: string) {
  await page.getByRole('button', { name: dropdown }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
  await expect(page.getByRole('button', { name: dropdown })).toContainText(option);
}

/** Clicks the download link and reads the file the browser saved. */
async function download(page: Page): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Lataa verkosto' }).click(),
  ]);
  return { name: file.suggestedFilename(), text: fs.readFileSync(await file.path(), 'utf8') };
}

/** The map's members as the API gives them: their ids and kinds. */
async function members(page: Page) {
  const res = await page.request.get(`/api/v1/graph?scope=network&id=${NETWORK}`);
  expect(res.ok()).toBe(true);
  return ((await res.json()) as { nodes: { id: string[]; kind: string[] } }).nodes;
}

/** Sizes, colours, places and measures as the map draws them, read from the parsed file. */
function expectDrawnAsMap(
  g: Parsed,
  nodes: { id: string[]; kind: string[] },
  color: (kind: string) => unknown,
) {
  expect(g.order).toBe(nodes.id.length);
  nodes.id.forEach((id, i) => {
    const a = g.getNodeAttributes(id);
    expect(a.color, id).toBe(color(nodes.kind[i]!));
    expect(Number.isFinite(a.x) && Number.isFinite(a.y), id).toBe(true);
    for (const m of MEASURES) expect(typeof a[m], `${id} ${m}`).toBe('number');
  });
  // The chosen measure sizes the circles exactly as the map's scale does.
  const ids = g.nodes();
  const values = ids.map((id) => g.getNodeAttribute(id, 'betweenness') as number);
  const expected = nodeSizes(values, ids.length > LARGE_MAP_NODES).map((s) => Number(s.toPrecision(6)));
  expect(ids.map((id) => g.getNodeAttribute(id, 'size') as number)).toEqual(expected);
  expect(new Set(expected).size).toBeGreaterThan(1);
  // The layout spreads the nodes out; they are not stacked on one spot.
  expect(new Set(g.mapNodes((_, a) => `${a.x},${a.y}`)).size).toBe(g.order);
}

test('the network exported from the exports page carries the map: colours by kind, sizes by the measure, places, measures', async ({
  page,
}) => {
  const name = await exportsFromNetworkPage(page);
  await expect(page.getByRole('heading', { name: 'Verkosto Gephiin' })).toBeVisible();
  await choose(page, /Kohde$/, name);
  await choose(page, /Solmun koko kertoo$/, 'välittäjäkeskeisyys');
  const link = page.getByRole('link', { name: 'Lataa verkosto' });
  await expect(link).toHaveAttribute('href', /sizeBy=betweenness/);
  const nodes = await members(page);

  const gexf = await download(page);
  expect(gexf.name).toMatch(/\.gexf$/);
  const rgb = (kind: string) => {
    const { r, g, b } = rgbOf(kindColor(kind));
    return `rgb(${r},${g},${b})`;
  };
  expectDrawnAsMap(parseGexf(Graph, gexf.text), nodes, rgb);

  await page.getByText('GraphML', { exact: true }).click();
  await expect(link).toHaveAttribute('href', /network\.graphml\?/);
  const graphml = await download(page);
  expect(graphml.name).toMatch(/\.graphml$/);
  expectDrawnAsMap(parseGraphml(Graph, graphml.text), nodes, (kind) => kindColor(kind).toLowerCase());
});
