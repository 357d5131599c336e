/**
 * What the benchmark runs inside both pages (Solmu's and Gephi Lite's), from the document's start: one
 * definition of "drawn" and "moved" for both. On every animation frame it reads the WebGL nodes canvas
 * back (every 4th pixel in each direction, nearest-neighbour) and notes:
 * - the first frame in which at least 1% of the read pixels are drawn (alpha > 0): the first draw, also
 *   the picture's first change;
 * - whether the picture moved: the pixels changed, or the canvas itself moved on the page (a CSS
 *   transform slides a picture without redrawing it; page scrolling is left out), and how many frames
 *   were read since the last change (a page too busy to make frames has not been seen standing still);
 * and it records every long task and, when a mouse button comes up, how long until a requestAnimationFrame
 * plus setTimeout round-trip completes (how long the page cannot answer after a drag).
 *
 * A WebGL canvas keeps its picture for reading only when made with preserveDrawingBuffer (otherwise a
 * read outside the drawing task finds it cleared), so both pages get their WebGL contexts with it: the
 * same small cost (a copy instead of a swap per drawn frame) for both.
 *
 * A string, not a function: the TypeScript runner would wrap a function with helpers the page lacks.
 */
export const probeScript = (canvasSelector: string) => `(() => {
  const SELECTOR = ${JSON.stringify(canvasSelector)};
  const STEP = 4;
  const bench = (window.__bench = {
    frames: 0, moved: 0, lastChange: 0, sinceChange: 0, firstDraw: null, drawn: 0, longTasks: [], releases: [],
  });
  const getContext = HTMLCanvasElement.prototype.getContext;
  HTMLCanvasElement.prototype.getContext = function (kind, options) {
    const webgl = kind === 'webgl' || kind === 'webgl2' || kind === 'experimental-webgl';
    return getContext.call(this, kind, webgl ? { ...options, preserveDrawingBuffer: true } : options);
  };
  let scratch = null, context = null, last = null;
  bench.read = () => {
    const canvas = document.querySelector(SELECTOR);
    if (!canvas || !canvas.width || !canvas.height) return null;
    const w = Math.max(1, Math.floor(canvas.width / STEP)), h = Math.max(1, Math.floor(canvas.height / STEP));
    if (!scratch || scratch.width !== w || scratch.height !== h) {
      scratch = document.createElement('canvas');
      scratch.width = w;
      scratch.height = h;
      context = scratch.getContext('2d', { willReadFrequently: true });
    }
    context.imageSmoothingEnabled = false;
    context.clearRect(0, 0, w, h);
    context.drawImage(canvas, 0, 0, w, h);
    const pixels = context.getImageData(0, 0, w, h).data;
    let drawn = 0, hash = 0;
    for (let i = 0; i < pixels.length; i += 4) {
      if (pixels[i + 3]) drawn++;
      hash = (Math.imul(hash, 31) + (pixels[i] | (pixels[i + 1] << 8) | (pixels[i + 2] << 16) | (pixels[i + 3] << 24))) | 0;
    }
    const r = canvas.getBoundingClientRect();
    const at = Math.round(r.left + scrollX) + ',' + Math.round(r.top + scrollY);
    return { canvas, w, h, pixels, drawn: drawn / (w * h), signature: hash + '@' + at };
  };
  const frame = () => {
    bench.frames++;
    const now = performance.now();
    const seen = bench.read();
    if (seen) {
      bench.drawn = seen.drawn;
      // The first picture is the picture's first change: a page that draws it in the same task as its
      // canvas shows no change between two reads, and "settled" would otherwise read 0.
      if (bench.firstDraw === null && seen.drawn >= 0.01) {
        bench.firstDraw = bench.lastChange = now;
        bench.sinceChange = 0;
      }
      bench.sinceChange++;
      if (last !== null && seen.signature !== last) {
        bench.moved++;
        bench.lastChange = now;
        bench.sinceChange = 0;
      }
      last = seen.signature;
    }
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) bench.longTasks.push([e.startTime, e.duration]);
  }).observe({ type: 'longtask', buffered: true });
  addEventListener('mouseup', (e) => {
    const release = { at: e.timeStamp, roundTrip: null };
    bench.releases.push(release);
    requestAnimationFrame(() => setTimeout(() => (release.roundTrip = performance.now() - e.timeStamp)));
  }, true);
  /** The empty spot nearest the canvas's centre (no node within 5 read pixels), in viewport coordinates. */
  bench.emptyPoint = () => {
    const seen = bench.read();
    if (!seen) return null;
    const { canvas, w, h, pixels } = seen;
    const r = canvas.getBoundingClientRect();
    const empty = (x, y) => {
      for (let dy = -5; dy <= 5; dy++)
        for (let dx = -5; dx <= 5; dx++) {
          const px = x + dx, py = y + dy;
          if (px < 0 || py < 0 || px >= w || py >= h || pixels[4 * (py * w + px) + 3]) return false;
        }
      return true;
    };
    const found = [];
    for (let y = 0; y < h; y += 2)
      for (let x = 0; x < w; x += 2) {
        const cx = r.left + (x + 0.5) * (r.width / w), cy = r.top + (y + 0.5) * (r.height / h);
        if (cx < 0 || cy < 0 || cx >= innerWidth || cy >= innerHeight || !empty(x, y)) continue;
        found.push({ x: cx, y: cy, d: Math.hypot(x - w / 2, y - h / 2) });
      }
    found.sort((a, b) => a.d - b.d);
    // Not under a panel or a button: the press must reach the map.
    const best = found.find((p) => canvas.parentElement.contains(document.elementFromPoint(p.x, p.y)));
    return best ? { x: best.x, y: best.y } : null;
  };
})()`;
