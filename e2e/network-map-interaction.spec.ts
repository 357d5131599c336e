import type { Page } from '@playwright/test';
import { PNG } from 'pngjs';
import {
  decodeGraphBinary,
  encodeGraphBinary,
  GRAPH_BINARY_TYPE,
  type GraphColumns as BinaryColumns,
} from '../src/formats/graph-binary.js';
import { expect, settled, test } from './support/fixtures.js';

const NETWORK = 'seutukaupunkien-innovaatioekosysteemiverkosto';
const map = (page: Page) => page.locator('.map-canvas');

/** Above the map's threshold for large maps (5,000 relations), where a drag slides and redraws. */
const EXTRA_NODES = 1500;
const EXTRA_EDGES = 6000;

type GraphColumns = {
  nodes: Record<string, unknown[]>;
  measures: Record<string, number[]>;
  edges: { from: number[]; to: number[]; kind: string[]; weight: number[] };
};

/**
 * The seed network's own members and relations plus made-up ones: a large map whose real members still
 * open their real profiles. The extra members and their ties are fixed (no randomness), so every run
 * draws the same map.
 */
function enlarge(graph: GraphColumns): GraphColumns {
  const first = graph.nodes.id!.length;
  const extra = (i: number) => first + (i % EXTRA_NODES);
  const nodes = Object.fromEntries(
    Object.entries(graph.nodes).map(([column, values]) => {
      const more = Array.from({ length: EXTRA_NODES }, (_, i) =>
        column === 'id'
          ? `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`
          : column === 'nameFi'
            ? `Testitoimija ${i}`
            : column === 'kind'
              ? 'company'
              : column === 'role'
                ? 'member'
                : null,
      );
      return [column, [...values, ...more]];
    }),
  );
  const measures = Object.fromEntries(
    Object.entries(graph.measures).map(([name, values]) => [
      name,
      [...values, ...Array.from({ length: EXTRA_NODES }, (_, i) => (i % 7) + 1)],
    ]),
  );
  const edges = {
    from: [...graph.edges.from],
    to: [...graph.edges.to],
    kind: [...graph.edges.kind],
    weight: [...graph.edges.weight],
  };
  for (let e = 0; e < EXTRA_EDGES; e++) {
    edges.from.push(extra(e));
    // Every fifth tie reaches a real member, so the made-up ones gather around the real network.
    edges.to.push(e % 5 === 0 ? e % first : extra(e * 7 + 1));
    edges.kind.push('collaboration');
    edges.weight.push(1);
  }
  return { nodes, measures, edges };
}

/** The map's graph answers, binary and JSON, enlarged (see enlarge). */
async function serveLargeMap(page: Page) {
  await page.route('**/api/v1/graph?*', async (route) => {
    const response = await route.fetch();
    // The map reads the binary form; the API's other users (and this test's own lookups) the JSON one.
    if (new URL(route.request().url()).searchParams.get('format') !== 'binary') {
      await route.fulfill({ response, json: enlarge((await response.json()) as GraphColumns) });
      return;
    }
    const graph = decodeGraphBinary(new Uint8Array(await response.body()));
    const larger = { ...graph, ...enlarge(graph as unknown as GraphColumns) } as BinaryColumns;
    await route.fulfill({
      response,
      contentType: GRAPH_BINARY_TYPE,
      body: Buffer.from(encodeGraphBinary(larger)),
    });
  });
}

/** The network's page with its enlarged map laid out and in view; the id of Raahen kaupunki. */
async function openLargeMap(page: Page) {
  await serveLargeMap(page);
  await page.goto(`/fi/networks/${NETWORK}`);
  await settled(page);
  await expect(map(page)).toHaveAttribute('data-shown-nodes', String(9 + EXTRA_NODES));
  await expect(map(page)).toHaveAttribute('data-layout', 'done', { timeout: 60_000 });
  await map(page).scrollIntoViewIfNeeded();
  return page.evaluate(async () => {
    const network = await (
      await fetch('/api/v1/networks/seutukaupunkien-innovaatioekosysteemiverkosto')
    ).json();
    const graph = await (await fetch(`/api/v1/graph?scope=network&id=${network.id}`)).json();
    return graph.nodes.id[graph.nodes.nameFi.indexOf('Raahen kaupunki')] as string;
  });
}

type Point = { x: number; y: number };
type MapSigma = {
  getNodeDisplayData: (n: string) => Point;
  getCamera: () => { getState: () => unknown; isAnimated: () => boolean };
  framedGraphToViewport: (p: Point, override: { cameraState: unknown }) => Point;
};

/** Where the actor is drawn, in the map (the map, in automated browsers only, carries its sigma). */
const placeOf = (page: Page, node: string) =>
  page.evaluate((node) => {
    const { sigma } = document.querySelector('.map-canvas') as unknown as { sigma: MapSigma };
    // Where the camera is, which the picture on screen follows even before it is drawn anew.
    const cameraState = sigma.getCamera().getState();
    return sigma.framedGraphToViewport(sigma.getNodeDisplayData(node), { cameraState });
  }, node);

test('after a drag, a click on a node opens its profile without freezing the page', async ({ page }) => {
  test.setTimeout(120_000);
  const raahe = await openLargeMap(page);
  const box0 = (await map(page).boundingBox())!;
  const place = () => placeOf(page, raahe);
  const before = await place();
  const middle = { x: box0.x + before.x, y: box0.y + before.y };
  // Towards the middle of the map, so the actor stays in sight.
  const shift = { x: before.x > box0.width / 2 ? -120 : 120, y: before.y > box0.height / 2 ? -60 : 60 };
  await page.evaluate(() => {
    const w = window as unknown as { longTasks: string[] };
    w.longTasks = [];
    // Each as duration@start, in ms of page time, so a failure says when it happened.
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        w.longTasks.push(`${Math.round(entry.duration)}@${Math.round(entry.startTime)}`);
    }).observe({ type: 'longtask' });
  });

  // The drag starts from the middle of the map; the click that ends it opens nothing.
  const from = { x: box0.x + box0.width / 2, y: box0.y + box0.height / 2 };
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  for (let step = 1; step <= 20; step++) {
    await page.mouse.move(from.x + (shift.x * step) / 20, from.y + (shift.y * step) / 20);
    await page.waitForTimeout(16);
  }
  await page.mouse.up();
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Raahen kaupunki');
  // The actor moved with the map.
  const after = await place();
  expect(Math.abs(after.x - before.x - shift.x)).toBeLessThan(1);
  expect(Math.abs(after.y - before.y - shift.y)).toBeLessThan(1);
  const clickedAt = await page.evaluate(() => Math.round(performance.now()));
  await page.mouse.click(middle.x + shift.x, middle.y + shift.y);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Raahen kaupunki');
  const longTasks = await page.evaluate(() => (window as unknown as { longTasks: string[] }).longTasks);
  const longest = Math.max(0, ...longTasks.map((t) => Number(t.split('@')[0])));
  expect(longest, `long tasks: ${longTasks.join(', ')}; click at ${clickedAt}`).toBeLessThanOrEqual(100);
});

/** The share of the element's screenshot that is not the page's white background. */
async function drawnShare(page: Page, selector: string) {
  const png = PNG.sync.read(await page.locator(selector).screenshot());
  let drawn = 0;
  for (let i = 0; i < png.data.length; i += 4)
    if (png.data[i]! < 235 || png.data[i + 1]! < 235 || png.data[i + 2]! < 235) drawn++;
  return drawn / (png.width * png.height);
}

// Known defect, open in issue 20: since the nodes-first frame (decision 028) and the CSS moves (decision
// 029) were merged together, the chosen actor ends 117–137 px from the middle (the map is drawn, no longer
// blank). Marked to be fixed, not passing, until the camera's target is found again after the focus.
test.fixme("an actor chosen in the map's search comes to the middle of a large map, drawn", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const raahe = await openLargeMap(page);
  expect(await drawnShare(page, '.map-canvas')).toBeGreaterThan(0.01);
  await page.locator('#map-search').fill('Raahen kaupunki');
  await expect(page).toHaveURL(new RegExp(`focus=${raahe}`));
  // The camera's move, then the picture drawn where it ended (no CSS transform left on its layers).
  await expect
    .poll(() =>
      page.evaluate(() => {
        const element = document.querySelector('.map-canvas') as unknown as { sigma: MapSigma };
        const moved = [...document.querySelectorAll<HTMLElement>('.map-canvas canvas')].some(
          (c) => c.style.transform !== '',
        );
        return !element.sigma.getCamera().isAnimated() && !moved;
      }),
    )
    .toBe(true);
  const box = (await map(page).boundingBox())!;
  const at = await placeOf(page, raahe);
  expect(Math.abs(at.x - box.width / 2)).toBeLessThan(5);
  expect(Math.abs(at.y - box.height / 2)).toBeLessThan(5);
  expect(await drawnShare(page, '.map-canvas')).toBeGreaterThan(0.01);
});
