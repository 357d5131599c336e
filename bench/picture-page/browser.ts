/**
 * One load of a picture page in headless Chromium: the time from navigation to the first figures being
 * painted, and to the whole page having settled, with the page's API requests as a waterfall.
 */
import type { BrowserContext, Page } from '@playwright/test';

/** The first key figures of a picture (the composition's organisation count). */
export const FIGURES = '.picture-figures dd';

export type Load = {
  /** Navigation start to the frame after the first figures entered the DOM. */
  figuresMs: number;
  /** Navigation start to every section loaded (no loading indicator, no busy table, the map drawn). */
  settledMs: number;
  /** The picture's API request: start and end, from navigation start. */
  picture: { startMs: number; endMs: number } | null;
  /** Every API request and script of the load, in the order they started: the waterfall. */
  requests: { path: string; startMs: number; endMs: number }[];
};

/**
 * Records the moment the first figures are in the DOM and a frame has been produced after it (the
 * callback of a timer set in the next animation frame runs once that frame is painted). A string, not
 * a function: the TypeScript runner would wrap a function with helpers the page lacks.
 */
const OBSERVE_FIGURES = `(() => {
  window.benchFigures = null;
  const seen = () => {
    if (!document.querySelector(${JSON.stringify(FIGURES)})) return false;
    requestAnimationFrame(() => setTimeout(() => { window.benchFigures = performance.now(); }));
    return true;
  };
  const watch = new MutationObserver(() => seen() && watch.disconnect());
  watch.observe(document, { subtree: true, childList: true });
})()`;

const READ_REQUESTS = `performance.getEntriesByType('resource')
  .filter((e) => { const p = new URL(e.name).pathname; return p.startsWith('/api/') || (p.startsWith('/assets/') && p.endsWith('.js')); })
  .map((e) => ({ path: new URL(e.name).pathname + new URL(e.name).search, startMs: e.startTime, endMs: e.responseEnd }))`;

/** The time the observer recorded, once the frame after the figures has been painted. */
async function paintedAt(page: Page): Promise<number> {
  for (;;) {
    // Evaluated by the debugger protocol: the page's content security policy forbids eval.
    const at = await page.evaluate<number | null>('window.benchFigures');
    if (at !== null) return at;
    await page.waitForTimeout(10);
  }
}

/** Loads `url` in a new page of `context` (whose cache decides cold or warm) and measures it. */
export async function loadOnce(context: BrowserContext, url: string): Promise<Load> {
  const page = await context.newPage();
  try {
    page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
    page.on('response', (r) => r.status() >= 400 && console.error(`${r.status()} ${r.url()}`));
    await page.addInitScript(OBSERVE_FIGURES);
    await page.goto(url);
    await page.locator(FIGURES).first().waitFor({ timeout: 120_000 });
    const figuresMs = await paintedAt(page);
    await page.locator('.loading').first().waitFor({ state: 'detached', timeout: 120_000 });
    await page.locator('[aria-busy="true"]').first().waitFor({ state: 'detached', timeout: 120_000 });
    if (await page.locator('.map-canvas').count())
      await page.locator('.map-canvas[data-map-state="drawn"]').waitFor({ timeout: 120_000 });
    const settledMs = await page.evaluate<number>('performance.now()');
    const requests = (await page.evaluate<Load['requests']>(READ_REQUESTS)).sort(
      (a, b) => a.startMs - b.startMs,
    );
    const p = requests.find((r) => r.path.startsWith('/api/v1/pictures?'));
    return { figuresMs, settledMs, picture: p ? { startMs: p.startMs, endMs: p.endMs } : null, requests };
  } finally {
    await page.close();
  }
}
