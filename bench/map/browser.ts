/**
 * One run of one map page in a fresh headless Chromium (software WebGL, as @sparticuz/chromium sets it
 * up), by the definitions of probe.ts: first draw, settling, memory, drag-panning and the time the page
 * is blocked after the button comes up, wheel zoom and button zoom.
 */
import os from 'node:os';
import { chromium, type Locator, type Page } from '@playwright/test';
import { launchOptions } from '../../e2e/support/browser.js';
import { chromiumMemory } from './memory.js';
import { probeScript } from './probe.js';

export type Target = {
  name: string;
  url: string;
  /** The WebGL canvas sigma.js draws the nodes in (both apps draw with sigma.js). */
  canvas: string;
  zoomIn: (page: Page) => Locator;
  zoomOut: (page: Page) => Locator;
};

/** Frames in which the picture moved, and all animation frames, per second of a gesture. */
export type Gesture = { movedFps: number; rafFps: number; seconds: number; movedFrames: number };

export type Measurement = {
  /** From navigation to the first frame with ≥ 1% of the nodes canvas drawn. */
  firstDrawMs: number;
  /** From navigation to the last change of the picture before it stood still for 2 s. */
  settledMs: number;
  pan: Gesture;
  /** After the drag's button comes up: requestAnimationFrame + setTimeout round-trip; long tasks. */
  release: { roundTripMs: number; longestTaskMs: number; longTasksMs: number };
  wheel: Gesture;
  button: Gesture;
  /** After load, after a full garbage collection. */
  jsHeapMb: number;
  rendererPssMb: number;
  chromiumPssMb: number;
  load: { start: number[]; end: number[] };
  chromium: string;
};

type Snapshot = { frames: number; moved: number; lastChange: number; now: number };
const snapshot = (page: Page) =>
  page.evaluate<Snapshot>(
    '({ frames: __bench.frames, moved: __bench.moved, lastChange: __bench.lastChange, now: performance.now() })',
  );

/**
 * Until an expression is true in the page, asked every `interval` ms. Not waitForFunction: Solmu's
 * content security policy forbids the eval it uses, and the pages must run as they do for a user.
 */
async function until(page: Page, expression: string, timeout: number, interval = 100) {
  const deadline = Date.now() + timeout;
  while (!(await page.evaluate<boolean>(expression))) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeout} ms waiting for ${expression}`);
    await page.waitForTimeout(interval);
  }
}

/**
 * Until the picture has not moved for `quietMs` (the page's own clock) and was seen standing still in
 * at least 20 frames a second over that time: a page too busy to make frames (a long task, a GPU
 * queue) has not stood still, it has not been looked at.
 */
const stillFor = (page: Page, quietMs: number, timeout = 120_000) =>
  until(
    page,
    `performance.now() - __bench.lastChange > ${quietMs} && __bench.sinceChange >= ${quietMs / 50}`,
    timeout,
  );

/** Runs a gesture, waits until the picture stands still for 1 s, and counts the frames in between. */
async function gesture(
  page: Page,
  act: () => Promise<void>,
  end?: () => Promise<Snapshot>,
): Promise<Gesture> {
  const before = await snapshot(page);
  await act();
  const after = end ? await end() : (await stillFor(page, 1000), await snapshot(page));
  const movedFrames = after.moved - before.moved;
  // A drag lasts as long as the mouse moves; a zoom until its last changed frame.
  const until = end || movedFrames === 0 ? after.now : after.lastChange;
  const seconds = Math.max(until - before.now, 1) / 1000;
  return {
    movedFps: movedFrames / seconds,
    rafFps: (after.frames - before.frames) / seconds,
    seconds,
    movedFrames,
  };
}

async function emptyPoint(page: Page) {
  const point = await page.evaluate<{ x: number; y: number } | null>('__bench.emptyPoint()');
  if (!point) throw new Error('no empty spot on the map to press on');
  return point;
}

const DRAG_STEPS = 60;
/** A page that cannot keep up is not dragged for ever: the moves stop after this. */
const DRAG_LIMIT_MS = 20_000;

/** A circle of 60 mouse moves at about 60 a second, the left button down, from an empty spot. */
async function drag(page: Page) {
  const start = await emptyPoint(page);
  const down = start.y + 200 < 800 ? 1 : -1;
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  const began = Date.now();
  return gesture(
    page,
    async () => {
      for (let i = 1; i <= DRAG_STEPS && Date.now() - began < DRAG_LIMIT_MS; i++) {
        const a = (2 * Math.PI * i) / DRAG_STEPS;
        await page.mouse.move(start.x + 150 * Math.sin(a), start.y + down * 100 * (1 - Math.cos(a)));
        await page.waitForTimeout(16);
      }
    },
    () => snapshot(page),
  );
}

/** Releases the button and waits until the page has answered and had no long task for a second. */
async function release(page: Page): Promise<Measurement['release']> {
  await page.mouse.up();
  await until(page, '__bench.releases.at(-1).roundTrip !== null', 180_000);
  await until(
    page,
    `(() => {
      const at = __bench.releases.at(-1).at, now = performance.now();
      const lastEnd = Math.max(at, ...__bench.longTasks.map(([s, d]) => s + d));
      return now - at > 3000 && now - lastEnd > 1000;
    })()`,
    180_000,
    250,
  );
  return page.evaluate<Measurement['release']>(`(() => {
    const r = __bench.releases.at(-1);
    const after = __bench.longTasks.filter(([s, d]) => s + d > r.at).map(([, d]) => d);
    return { roundTripMs: r.roundTrip, longestTaskMs: Math.max(0, ...after), longTasksMs: after.reduce((a, b) => a + b, 0) };
  })()`);
}

async function wheel(page: Page) {
  const at = await emptyPoint(page);
  await page.mouse.move(at.x, at.y);
  return gesture(page, async () => {
    for (const dy of [-200, -200, -200, -200, -200, 200, 200, 200, 200, 200]) {
      await page.mouse.wheel(0, dy);
      await page.waitForTimeout(50);
    }
  });
}

/** Zoom in, then out, with the app's own buttons: the frames of both together. */
async function buttons(page: Page, target: Target): Promise<Gesture> {
  // A blocked page answers late: the click must not time out while it is busy drawing.
  const click = (button: Locator) => button.click({ timeout: 300_000, noWaitAfter: true });
  const zoomIn = await gesture(page, () => click(target.zoomIn(page)));
  const zoomOut = await gesture(page, () => click(target.zoomOut(page)));
  const seconds = zoomIn.seconds + zoomOut.seconds;
  const frames = zoomIn.rafFps * zoomIn.seconds + zoomOut.rafFps * zoomOut.seconds;
  const movedFrames = zoomIn.movedFrames + zoomOut.movedFrames;
  return { movedFps: movedFrames / seconds, rafFps: frames / seconds, seconds, movedFrames };
}

async function memoryAfterLoad(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await page.waitForTimeout(500);
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  await cdp.detach();
  const heap = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
  return { jsHeapMb: heap / 1024 / 1024, ...chromiumMemory() };
}

export async function measure(target: Target): Promise<Measurement> {
  const loadStart = os.loadavg();
  const browser = await chromium.launch(await launchOptions());
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-US' });
    // Nothing from outside this machine (Gephi Lite asks for analytics and sign-in scripts): the same for both.
    await context.route(
      (url) => url.hostname !== '127.0.0.1',
      (route) => route.abort(),
    );
    const page = await context.newPage();
    page.on('pageerror', (error) => console.error(`${target.name}: ${error.message}`));
    await page.addInitScript(probeScript(target.canvas));
    await page.goto(target.url, { waitUntil: 'commit' });
    await until(page, 'window.__bench !== undefined && __bench.firstDraw !== null', 300_000);
    const firstDrawMs = await page.evaluate<number>('__bench.firstDraw');
    await stillFor(page, 2000, 300_000);
    const settledMs = await page.evaluate<number>('__bench.lastChange');
    const memory = await memoryAfterLoad(page);
    // The map in view with its buttons (Solmu's sits far down the network page).
    await page.evaluate(
      `document.querySelector(${JSON.stringify(target.canvas)}).scrollIntoView({ block: 'end' })`,
    );
    await target.zoomIn(page).scrollIntoViewIfNeeded();
    await page.waitForTimeout(500);
    const pan = await drag(page);
    const released = await release(page);
    await stillFor(page, 1000);
    const zoomWheel = await wheel(page);
    const zoomButtons = await buttons(page, target);
    return {
      firstDrawMs,
      settledMs,
      pan,
      release: released,
      wheel: zoomWheel,
      button: zoomButtons,
      ...memory,
      load: { start: loadStart, end: os.loadavg() },
      chromium: browser.version(),
    };
  } finally {
    await browser.close();
  }
}
