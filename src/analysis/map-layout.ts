/**
 * The network map's layout, in one place for the web map and the server's network exports: every map
 * starts from the same seeded places in a disc and is refined by ForceAtlas2 with the same settings. The
 * browser runs ForceAtlas2 in a worker for a few seconds; an export runs it for a fixed number of rounds
 * (layoutRounds), so the same data always gives the same file.
 */
import graphology from 'graphology';
import forceAtlas2, { type ForceAtlas2Settings } from 'graphology-layout-forceatlas2';
import type { GraphConstructor } from 'graphology-types';
import { mulberry32 } from '../domain/random.js';

// graphology's types describe their CommonJS builds: under NodeNext a default import is typed as the
// module, under the web's bundler as its export. Both are, at run time, the class and the function.
const GraphClass = graphology as unknown as GraphConstructor;
type Graph = InstanceType<GraphConstructor>;
const fa2 = forceAtlas2 as unknown as {
  assign(graph: Graph, options: { iterations: number; settings: ForceAtlas2Settings }): void;
  inferSettings(graph: Graph): ForceAtlas2Settings;
};

export type Positions = { x: Float64Array; y: Float64Array };

/** Relations as positions in the node list (self-loops and parallel relations allowed, as on the map). */
export type LayoutEdges = { from: ArrayLike<number>; to: ArrayLike<number> };

/** Seeded places in a disc of radius 10·√n: the same network starts from the same positions. */
export function startPositions(count: number): Positions {
  const random = mulberry32(count);
  const radius = 10 * Math.sqrt(count);
  const x = new Float64Array(count);
  const y = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    const r = radius * Math.sqrt(random());
    const angle = 2 * Math.PI * random();
    x[i] = r * Math.cos(angle);
    y[i] = r * Math.sin(angle);
  }
  return { x, y };
}

/** ForceAtlas2's settings for a map: inferred from its size, slowed so the moving picture stays readable. */
export const layoutSettings = (graph: Graph) => ({ ...fa2.inferSettings(graph), slowDown: 5 });

/**
 * Rounds of ForceAtlas2 an export runs: about as many as the map's worker does in its seconds on a small
 * map, fewer on a large one, where a round costs O(n²) (or O(n log n) with Barnes–Hut above 2,000 nodes)
 * and the export must stay within a couple of seconds.
 */
export function layoutRounds(nodeCount: number): number {
  if (nodeCount <= 2000) return Math.max(50, Math.min(500, Math.round(2e8 / Math.max(nodeCount, 1) ** 2)));
  return Math.max(20, Math.min(50, Math.round(1.2e5 / nodeCount)));
}

/** The map's graph for the layout: a node per position (keys are positions), a directed edge per relation. */
function layoutGraph(nodeCount: number, edges: LayoutEdges, start: Positions): Graph {
  const graph = new GraphClass({ multi: true, type: 'mixed', allowSelfLoops: true });
  for (let i = 0; i < nodeCount; i++) graph.addNode(String(i), { x: start.x[i], y: start.y[i] });
  for (let e = 0; e < edges.from.length; e++)
    graph.addDirectedEdge(String(edges.from[e]), String(edges.to[e]));
  return graph;
}

/** The map's positions after the given rounds of ForceAtlas2 (by default layoutRounds), by node position. */
export function mapLayout(
  nodeCount: number,
  edges: LayoutEdges,
  rounds = layoutRounds(nodeCount),
): Positions {
  const graph = layoutGraph(nodeCount, edges, startPositions(nodeCount));
  if (nodeCount > 1 && rounds > 0) fa2.assign(graph, { iterations: rounds, settings: layoutSettings(graph) });
  const x = new Float64Array(nodeCount);
  const y = new Float64Array(nodeCount);
  graph.forEachNode((key: string, a: Record<string, unknown>) => {
    x[Number(key)] = a.x as number;
    y[Number(key)] = a.y as number;
  });
  return { x, y };
}
