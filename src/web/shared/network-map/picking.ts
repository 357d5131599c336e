import type Sigma from 'sigma';
import type { EdgeAttributes, NodeAttributes } from './graph';

type MapSigma = Sigma<NodeAttributes, EdgeAttributes>;
type Point = { x: number; y: number };

/** A pointer this close to a node's edge still hits it (CSS pixels): small nodes stay clickable. */
const SLACK = 2;

/**
 * The nodes' places in a uniform grid, in sigma's framed-graph coordinates (the ones its display data
 * holds): a pointer is tested only against the nodes of the few cells around it.
 */
export class NodeGrid {
  private readonly cells = new Map<number, number[]>();
  private readonly cell: number;
  private readonly columns: number;
  private readonly min: Point;

  constructor(
    readonly keys: string[],
    readonly xs: Float64Array,
    readonly ys: Float64Array,
  ) {
    let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
    for (let i = 0; i < keys.length; i++) {
      minX = Math.min(minX, xs[i]!);
      maxX = Math.max(maxX, xs[i]!);
      minY = Math.min(minY, ys[i]!);
      maxY = Math.max(maxY, ys[i]!);
    }
    this.min = { x: minX, y: minY };
    const span = Math.max(maxX - minX, maxY - minY, 1e-9);
    // About one node a cell on average.
    this.columns = Math.max(1, Math.ceil(Math.sqrt(keys.length)));
    this.cell = span / this.columns;
    for (let i = 0; i < keys.length; i++) {
      const key = this.key(xs[i]!, ys[i]!);
      const list = this.cells.get(key);
      if (list) list.push(i);
      else this.cells.set(key, [i]);
    }
  }

  /** A cell's column or row, 0..columns (the largest value falls on the last line). */
  private index(v: number, min: number) {
    return Math.min(this.columns, Math.max(0, Math.floor((v - min) / this.cell)));
  }

  private key(x: number, y: number) {
    return this.index(y, this.min.y) * (this.columns + 1) + this.index(x, this.min.x);
  }

  /** The nodes whose place lies within `radius` of `p` along each axis (a square, not a circle). */
  near(p: Point, radius: number): number[] {
    const out: number[] = [];
    const [x0, x1] = [this.index(p.x - radius, this.min.x), this.index(p.x + radius, this.min.x)];
    const [y0, y1] = [this.index(p.y - radius, this.min.y), this.index(p.y + radius, this.min.y)];
    for (let cy = y0; cy <= y1; cy++)
      for (let cx = x0; cx <= x1; cx++)
        for (const i of this.cells.get(cy * (this.columns + 1) + cx) ?? []) {
          if (Math.abs(this.xs[i]! - p.x) <= radius && Math.abs(this.ys[i]! - p.y) <= radius) out.push(i);
        }
    return out;
  }
}

/** The grid of the nodes as sigma shows them now (hidden ones left out), and their largest size. */
function buildGrid(sigma: MapSigma) {
  const keys: string[] = [];
  const xs: number[] = [];
  const ys: number[] = [];
  let maxSize = 0;
  sigma.getGraph().forEachNode((node) => {
    const data = sigma.getNodeDisplayData(node);
    if (!data || data.hidden) return;
    keys.push(node);
    xs.push(data.x);
    ys.push(data.y);
    maxSize = Math.max(maxSize, data.size);
  });
  return { grid: new NodeGrid(keys, Float64Array.from(xs), Float64Array.from(ys)), maxSize };
}

/**
 * Picking (hover and click) from the CPU instead of sigma's GPU picking. Sigma finds the node under the
 * pointer by reading a pixel back from a picking texture; the read waits until the GPU has finished all
 * drawing queued before it, and with software WebGL that is seconds after a drag or a zoom, during which
 * the page cannot answer. Here the pointer is tested against a grid of the nodes' places, rebuilt when
 * sigma has processed the graph anew (the layout moved nodes, a filter hid some), lazily or in idle time.
 * Sigma's picking passes are dropped too: they drew every node and relation a second time each frame.
 */
export function pickOnCpu(sigma: MapSigma) {
  const captor = sigma.getMouseCaptor();
  let built: ReturnType<typeof buildGrid> | null = null;
  let idle: number | null = null;
  const whenIdle = window.requestIdleCallback ?? ((f: () => void) => window.setTimeout(f, 50));
  const cancelIdle = window.cancelIdleCallback ?? window.clearTimeout;
  sigma.on('afterProcess', () => {
    built = null;
    if (idle !== null) cancelIdle(idle);
    idle = whenIdle(() => {
      idle = null;
      built ??= buildGrid(sigma);
    });
  });

  const pick = (p: Point): string | null => {
    // While a button is down the map is being dragged: nothing is hovered.
    if (captor.isMouseDown) return null;
    built ??= buildGrid(sigma);
    const { grid, maxSize } = built;
    // The camera's state, not the last picture's: while the map moves, what is on screen is the last
    // picture moved to where the camera is now (see motion.ts).
    const camera = { cameraState: sigma.getCamera().getState() };
    const at = sigma.viewportToFramedGraph(p, camera);
    const reach = sigma.scaleSize(maxSize, camera.cameraState.ratio) + SLACK;
    const edge = sigma.viewportToFramedGraph({ x: p.x + reach, y: p.y + reach }, camera);
    const radius = Math.max(Math.abs(edge.x - at.x), Math.abs(edge.y - at.y));
    let best: string | null = null;
    let bestScore = Infinity;
    for (const i of grid.near(at, radius)) {
      const data = sigma.getNodeDisplayData(grid.keys[i]);
      if (!data || data.hidden) continue;
      const v = sigma.framedGraphToViewport(data, camera);
      const distance = Math.hypot(v.x - p.x, v.y - p.y);
      const size = sigma.scaleSize(data.size, camera.cameraState.ratio) + SLACK;
      // The node whose middle is nearest, relative to its size, wins where circles overlap.
      if (distance <= size && distance / size < bestScore) {
        best = grid.keys[i]!;
        bestScore = distance / size;
      }
    }
    return best;
  };
  (sigma as unknown as { getNodeAtPosition: (p: Point) => string | null }).getNodeAtPosition = pick;
  dropPickingPasses(sigma);
  return {
    kill: () => {
      if (idle !== null) cancelIdle(idle);
    },
  };
}

type Programs = Record<string, { pickProgram: unknown }>;

/** Sigma draws every item again into its picking textures on each frame; nothing reads them now. */
function dropPickingPasses(sigma: MapSigma) {
  const internal = sigma as unknown as { nodePrograms: Programs; edgePrograms: Programs };
  for (const programs of [internal.nodePrograms, internal.edgePrograms])
    for (const program of Object.values(programs ?? {})) program.pickProgram = null;
}
