/**
 * One measurement of a map page in a fresh headless Chromium (software WebGL, as @sparticuz/chromium
 * sets it up): first draw, frames per second while drag-panning, and memory.
 */
import fs from 'node:fs';
import { chromium, type Page } from '@playwright/test';
import { launchOptions } from '../../e2e/support/browser.js';

export type Target = {
  name: string;
  url: string;
  /** The element whose data-map-state turns "drawn" at the first picture, and which is dragged. */
  canvas: string;
  /** Waited for after the first draw, before panning (Solmu's layout finishing in its worker). */
  settled?: string;
  prepare?: (page: Page) => Promise<void>;
};

export type Measurement = {
  firstDrawMs: number;
  /** Time of the graph request, from its start to the last byte (part of the first draw). */
  graphMs: number;
  panFps: number;
  panSeconds: number;
  /** GPU read-backs while dragging (hover picking), and the time spent waiting in them. */
  pickingReads: number;
  pickingMs: number;
  jsHeapMb: number;
  /** Proportional set size of every Chromium process, summed (shared pages counted once). */
  browserPssMb: number;
};

const MB = 1024 * 1024;

function descendants(pid: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // the process ended while we looked
    }
  }
  const out = [pid];
  for (let i = 0; i < out.length; i++) out.push(...(children.get(out[i]!) ?? []));
  return out;
}

function pssMb(pids: number[]): number {
  let kb = 0;
  for (const pid of pids) {
    try {
      const m = /^Pss:\s+(\d+) kB/m.exec(fs.readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'));
      kb += m ? Number(m[1]) : 0;
    } catch {
      // gone
    }
  }
  return kb / 1024;
}

type Profile = {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
  samples?: number[];
};

/** The functions that took the most samples while dragging (BENCH_PROFILE=1): where the time goes. */
function printProfile(name: string, profile: Profile) {
  const counts = new Map<number, number>();
  for (const s of profile.samples ?? []) counts.set(s, (counts.get(s) ?? 0) + 1);
  const total = profile.samples?.length ?? 1;
  const rows = profile.nodes
    .map((n) => ({ n, c: counts.get(n.id) ?? 0 }))
    .sort((a, b) => b.c - a.c)
    .slice(0, 15)
    .map(
      ({ n, c }) =>
        `${((100 * c) / total).toFixed(1)}% ${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`,
    );
  console.log(`${name} profile while dragging:\n  ${rows.join('\n  ')}`);
}

/** Drags the map in a circle with the left button down, counting the frames drawn meanwhile. */
async function dragPan(page: Page, selector: string) {
  const box = (await page.locator(selector).boundingBox())!;
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  // A string, not a function: the TypeScript runner would wrap a function with helpers the page lacks.
  // A frame counts when the map moved in it: WebGL drew, or the drawn picture slid (a CSS transform of
  // its node layer).
  await page.evaluate(`(() => {
    const container = document.querySelector(${JSON.stringify(selector)});
    const map = container.querySelector('canvas.sigma-nodes') ?? container;
    let last = map.style.transform;
    window.benchFrames = 0;
    const loop = () => {
      const moved = map.style.transform !== last;
      last = map.style.transform;
      if (window.benchDrew || moved) window.benchFrames++;
      window.benchDrew = false;
      requestAnimationFrame(loop);
    };
    requestAnimationFrame(loop);
  })()`);
  await page.mouse.move(cx, cy);
  await page.mouse.down();
  await page.evaluate('window.benchReads.calls = 0; window.benchReads.ms = 0');
  const frames = () => page.evaluate<number>('window.benchFrames');
  const before = await frames();
  const start = performance.now();
  const STEPS = 60;
  for (let i = 1; i <= STEPS; i++) {
    const a = (2 * Math.PI * i) / STEPS;
    await page.mouse.move(cx + 150 * Math.sin(a), cy + 100 * (1 - Math.cos(a)));
    // A person drags at about 60 mouse events a second; a page that cannot keep up falls behind.
    await page.waitForTimeout(16);
  }
  const seconds = (performance.now() - start) / 1000;
  const fps = ((await frames()) - before) / seconds;
  const reads = await page.evaluate<{ calls: number; ms: number }>('window.benchReads');
  await page.mouse.up();
  return { fps, seconds, pickingReads: reads.calls, pickingMs: reads.ms };
}

export async function measure(target: Target): Promise<Measurement> {
  const browser = await chromium.launch(await launchOptions());
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('pageerror', (error) => console.error(`${target.name}: ${error.message}`));
    page.on('console', (m) => m.type() === 'error' && console.error(`${target.name}: ${m.text()}`));
    page.on('requestfailed', (r) => console.error(`${target.name}: ${r.url()} ${r.failure()?.errorText}`));
    page.on(
      'response',
      (r) => r.status() >= 400 && console.error(`${target.name}: ${r.status()} ${r.url()}`),
    );
    await target.prepare?.(page);
    // Counts GPU read-backs (hover picking) and the time the page waits in them, and marks the frames
    // in which the page drew anything with WebGL: those are the frames a person sees move.
    await page.addInitScript(`(() => {
      window.benchReads = { calls: 0, ms: 0 };
      window.benchDrew = false;
      for (const proto of [WebGLRenderingContext.prototype, WebGL2RenderingContext.prototype]) {
        for (const name of ['drawArrays', 'drawElements', 'drawArraysInstanced', 'drawElementsInstanced']) {
          const draw = proto[name];
          if (draw) proto[name] = function (...args) { window.benchDrew = true; return draw.apply(this, args); };
        }
        const read = proto.readPixels;
        proto.readPixels = function (...args) {
          const t = performance.now();
          try { return read.apply(this, args); } finally {
            window.benchReads.calls++; window.benchReads.ms += performance.now() - t;
          }
        };
      }
    })()`);
    let graphMs = NaN;
    page.on('requestfinished', (r) => {
      if (r.url().includes('/api/v1/graph')) graphMs = r.timing().responseEnd;
    });
    const start = performance.now();
    await page.goto(target.url);
    await page.locator(`${target.canvas}[data-map-state="drawn"]`).waitFor({ timeout: 180_000 });
    const firstDrawMs = performance.now() - start;
    if (target.settled) await page.locator(target.settled).waitFor({ state: 'attached', timeout: 180_000 });
    await page.locator(target.canvas).scrollIntoViewIfNeeded();
    const cdp = await page.context().newCDPSession(page);
    if (process.env.BENCH_PROFILE) await cdp.send('Profiler.enable').then(() => cdp.send('Profiler.start'));
    const pan = await dragPan(page, target.canvas);
    if (process.env.BENCH_PROFILE) printProfile(target.name, (await cdp.send('Profiler.stop')).profile);
    // Memory after a full garbage collection, the same for both pages: what the map keeps, not the litter.
    await cdp.send('HeapProfiler.collectGarbage');
    await page.waitForTimeout(500);
    await cdp.send('Performance.enable');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const heap = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
    // Chromium runs as children of this process (as does the embedded PostgreSQL, left out by name).
    const chromiumPids = descendants(process.pid).filter((pid) => {
      try {
        return /chrom/i.test(fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0')[0]!);
      } catch {
        return false;
      }
    });
    return {
      firstDrawMs,
      graphMs,
      panFps: pan.fps,
      panSeconds: pan.seconds,
      pickingReads: pan.pickingReads,
      pickingMs: pan.pickingMs,
      jsHeapMb: heap / MB,
      browserPssMb: pssMb(chromiumPids),
    };
  } finally {
    await browser.close();
  }
}
