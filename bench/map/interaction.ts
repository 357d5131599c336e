/**
 * The network map's interaction, measured as a user meets it (issue 20): how long the page's thread is
 * blocked after a drag ends, how often the picture changes while dragging, and frames per second while
 * zooming by wheel and by button. Long tasks come from the page's own PerformanceObserver ('longtask').
 * Not a test: it prints figures for BENCHMARKS.md.
 *
 * Build the web app into SOLMU_WEB_DIST first, then:
 *   SOLMU_WEB_DIST=/tmp/solmu-web-map npx tsx bench/map/interaction.ts [--organisations 10000] [--relations 50000] [--rounds 3]
 */
import os from 'node:os';
import { chromium, type Page } from '@playwright/test';
import { launchOptions } from '../../e2e/support/browser.js';
import { numberArg as arg, requireWebBuild, withBenchServer } from './bench-server.js';

requireWebBuild('/tmp/solmu-web-map');

const CANVAS = '.map-canvas';

/**
 * Counts, from the page: long tasks, animation frames, frames in which WebGL drew, and frames in which
 * the drawn picture slid or scaled (a CSS transform of its node layer). A string, not a function: the TypeScript runner would wrap
 * a function with helpers the page lacks.
 */
const PROBE = `(() => {
  window.probe = { longTasks: [], frames: 0, drawn: 0, slid: 0, moves: [] };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.probe.longTasks.push({ start: e.startTime, ms: e.duration });
  }).observe({ type: 'longtask' });
  for (const proto of [WebGLRenderingContext.prototype, WebGL2RenderingContext.prototype]) {
    for (const name of ['drawArrays', 'drawElements', 'drawArraysInstanced', 'drawElementsInstanced']) {
      const draw = proto[name];
      if (draw) proto[name] = function (...args) { window.probeDrew = true; return draw.apply(this, args); };
    }
  }
  let last = '';
  const loop = () => {
    const map = document.querySelector(${JSON.stringify(CANVAS + ' canvas.sigma-nodes')});
    const moved = map && map.style.transform !== last;
    last = map ? map.style.transform : '';
    window.probe.frames++;
    if (window.probeDrew) window.probe.drawn++;
    if (moved) window.probe.slid++;
    if (moved || window.probeDrew) window.probe.moves.push(performance.now());
    window.probeDrew = false;
    requestAnimationFrame(loop);
  };
  requestAnimationFrame(loop);
})()`;

type Probe = {
  longTasks: { start: number; ms: number }[];
  frames: number;
  drawn: number;
  slid: number;
  /** When the picture changed (drawn or moved), page time. */
  moves: number[];
};
const probe = (page: Page) => page.evaluate<Probe>('window.probe');
const now = (page: Page) => page.evaluate<number>('performance.now()');

/** Long tasks that started at or after `from` (page time): the longest and their sum. */
async function blockedSince(page: Page, from: number) {
  const tasks = (await probe(page)).longTasks.filter((t) => t.start >= from);
  return { maxMs: Math.max(0, ...tasks.map((t) => t.ms)), sumMs: tasks.reduce((a, t) => a + t.ms, 0) };
}

/** Frames counted while `act` runs and `settleMs` after it. */
async function framesDuring(page: Page, act: () => Promise<void>, settleMs: number) {
  const before = await probe(page);
  const t0 = await now(page);
  await act();
  await page.waitForTimeout(settleMs);
  const after = await probe(page);
  const seconds = ((await now(page)) - t0) / 1000;
  const blocked = await blockedSince(page, t0);
  const moves = after.moves.filter((t) => t >= t0);
  return {
    // While the picture was changing: from its first change to its last.
    changingFps: moves.length > 1 ? (moves.length - 1) / ((moves.at(-1)! - moves[0]!) / 1000) : 0,
    fps: (after.frames - before.frames) / seconds,
    drawnFps: (after.drawn - before.drawn) / seconds,
    movedFps: (after.drawn - before.drawn + after.slid - before.slid) / seconds,
    seconds,
    maxLongTaskMs: blocked.maxMs,
  };
}

async function measure(url: string) {
  const browser = await chromium.launch(await launchOptions());
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.on('pageerror', (error) => console.error(error.message));
    await page.addInitScript(PROBE);
    await page.goto(url);
    await page.locator(`${CANVAS}[data-layout="done"]`).waitFor({ state: 'attached', timeout: 180_000 });
    await page.locator(CANVAS).scrollIntoViewIfNeeded();
    await page.waitForTimeout(2000);
    const box = (await page.locator(CANVAS).boundingBox())!;
    const cx = box.x + box.width / 2;
    const cy = box.y + box.height / 2;

    // A drag of 60 steps (about 60 mouse events a second), then the pointer rests and moves a little,
    // as a hand does after letting go: the hover picking that froze the page runs then.
    await page.mouse.move(cx, cy);
    await page.mouse.down();
    const drag = await framesDuring(
      page,
      async () => {
        for (let i = 1; i <= 60; i++) {
          await page.mouse.move(cx - 4 * i, cy - 2 * i);
          await page.waitForTimeout(16);
        }
      },
      0,
    );
    const released = await now(page);
    await page.mouse.up();
    for (let i = 0; i < 20; i++) {
      await page.mouse.move(cx - 240 + i * 3, cy - 120 + i * 2);
      await page.waitForTimeout(50);
    }
    await page.waitForTimeout(5000);
    const afterRelease = await blockedSince(page, released);

    // Five wheel notches into the middle, a notch every 300 ms, then the same out.
    const wheel = await framesDuring(
      page,
      async () => {
        for (const dy of [-100, -100, -100, -100, -100, 100, 100, 100, 100, 100]) {
          await page.mouse.wheel(0, dy);
          await page.waitForTimeout(300);
        }
      },
      500,
    );
    await page.waitForTimeout(3000);
    const zoomIn = page.getByRole('button', { name: 'Zoom in', exact: true });
    const zoomOut = page.getByRole('button', { name: 'Zoom out', exact: true });
    const button = await framesDuring(
      page,
      async () => {
        for (const b of [zoomIn, zoomIn, zoomOut, zoomOut]) {
          await b.click();
          await page.waitForTimeout(400);
        }
      },
      500,
    );
    return { drag, afterRelease, wheel, button };
  } finally {
    await browser.close();
  }
}

await withBenchServer(arg('organisations', 10_000), arg('relations', 50_000), async ({ base }) => {
  for (let round = 0; round < arg('rounds', 3); round++) {
    const r = await measure(`${base}/en/networks/bench`);
    console.log(
      round,
      `load ${os.loadavg()[0]!.toFixed(1)}`,
      JSON.stringify(r, (_, v: unknown) => (typeof v === 'number' ? Number(v.toFixed(1)) : v)),
    );
  }
});
