/**
 * A compact undirected weighted graph in compressed sparse row (CSR) form, the one structure every
 * network measure of the situational picture runs on.
 *
 * Conventions (stated again in every picture's `conventions` block):
 * - relations are undirected: A→B and B→A are the same tie;
 * - several relations between the same pair merge into one edge whose weight is the sum of their weights;
 * - self-loops are dropped: a relation of an organisation with itself says nothing about the network;
 * - a relation without a weight weighs 1.
 *
 * Each merged edge is stored twice, once in each endpoint's row, and every row is sorted by neighbour.
 * Typed arrays rather than objects because 1M relations as JavaScript objects cost seconds to build and
 * hundreds of megabytes; here building 100k nodes / 1M edges is two counting sorts, linear in the input.
 */

export interface CsrGraph {
  readonly nodeCount: number;
  /** Distinct undirected edges after merging parallel relations and dropping self-loops. */
  readonly edgeCount: number;
  /** Row i spans neighbours[offsets[i]] .. neighbours[offsets[i + 1] - 1]; length nodeCount + 1. */
  readonly offsets: Int32Array;
  /** Neighbour indices, each row ascending; length 2 × edgeCount. */
  readonly neighbours: Int32Array;
  /** Merged edge weights, parallel to `neighbours`. */
  readonly weights: Float64Array;
  /** Sum of merged edge weights, each undirected edge counted once (the m of modularity). */
  readonly totalWeight: number;
  readonly stats: GraphBuildStats;
}

export interface GraphBuildStats {
  /** Relations given, including self-loops and parallel relations. */
  readonly inputEdges: number;
  readonly selfLoopsDropped: number;
  /** Relations folded into an earlier relation of the same pair. */
  readonly parallelMerged: number;
}

/** Edge list as parallel arrays of node indices (what a database loader fills fastest). */
export interface EdgeArrays {
  readonly from: ArrayLike<number>;
  readonly to: ArrayLike<number>;
  /** Positive finite weights; absent means every relation weighs 1. */
  readonly weight?: ArrayLike<number>;
}

export interface IndexedEdge {
  readonly from: number;
  readonly to: number;
  readonly weight?: number;
}

function toArrays(edges: EdgeArrays | readonly IndexedEdge[]): EdgeArrays {
  if (!Array.isArray(edges)) return edges as EdgeArrays;
  const list = edges as readonly IndexedEdge[];
  // plain arrays, not Int32Array: a fractional or huge index must reach the range check, not be truncated
  return { from: list.map((e) => e.from), to: list.map((e) => e.to), weight: list.map((e) => e.weight ?? 1) };
}

function checkEdge(nodeCount: number, u: number, v: number, w: number, e: number): void {
  if (!(u >= 0 && u < nodeCount && v >= 0 && v < nodeCount && (u | 0) === u && (v | 0) === v)) {
    throw new RangeError(`Edge ${e} joins ${u} and ${v}, outside 0..${nodeCount - 1}`);
  }
  if (!(w > 0 && w < Infinity)) throw new RangeError(`Edge ${e} has weight ${w}; weights must be > 0`);
}

/**
 * Builds the CSR graph from an edge list over nodes 0..nodeCount-1.
 *
 * Two stable counting sorts (by target, then by source) leave every row sorted by neighbour, so parallel
 * relations end up adjacent and merge in one sweep: O(nodes + edges) time, no per-edge allocation.
 */
export function buildGraph(nodeCount: number, edges: EdgeArrays | readonly IndexedEdge[]): CsrGraph {
  const arrays = toArrays(edges);
  const { from, to, weight } = arrays;
  if (to.length !== from.length || (weight && weight.length !== from.length)) {
    throw new RangeError('from, to and weight must have the same length');
  }
  const { offsets, selfLoops, totalWeight } = rowOffsets(nodeCount, arrays);
  const entries = offsets[nodeCount]!;
  // Pass 1: bucket entries by target. Row sizes are symmetric, so the same offsets serve as buckets.
  const bySource = new Int32Array(entries);
  const byWeight = new Float64Array(entries);
  const cursor = offsets.slice(0, nodeCount);
  for (let e = 0; e < from.length; e++) {
    const u = from[e]!;
    const v = to[e]!;
    if (u === v) continue;
    const w = weight ? weight[e]! : 1;
    let p = cursor[v]!++;
    bySource[p] = u;
    byWeight[p] = w;
    p = cursor[u]!++;
    bySource[p] = v;
    byWeight[p] = w;
  }
  // Pass 2: walk targets in ascending order and append to the source's row: rows come out sorted.
  const neighbours = new Int32Array(entries);
  const weights = new Float64Array(entries);
  cursor.set(offsets.subarray(0, nodeCount));
  for (let t = 0; t < nodeCount; t++) {
    for (let p = offsets[t]!, end = offsets[t + 1]!; p < end; p++) {
      const q = cursor[bySource[p]!]!++;
      neighbours[q] = t;
      weights[q] = byWeight[p]!;
    }
  }
  const info = { inputEdges: from.length, selfLoopsDropped: selfLoops, totalWeight };
  return mergeParallel(nodeCount, offsets, neighbours, weights, info);
}

/** Checks every edge and counts entries per row: each kept relation adds one to both endpoints' rows. */
function rowOffsets(nodeCount: number, { from, to, weight }: EdgeArrays) {
  const offsets = new Int32Array(nodeCount + 1);
  let selfLoops = 0;
  let totalWeight = 0;
  for (let e = 0; e < from.length; e++) {
    const u = from[e]!;
    const v = to[e]!;
    const w = weight ? weight[e]! : 1;
    checkEdge(nodeCount, u, v, w, e);
    if (u === v) selfLoops++;
    else {
      offsets[u + 1]!++;
      offsets[v + 1]!++;
      totalWeight += w;
    }
  }
  let total = 0;
  for (let i = 0; i < nodeCount; i++) {
    total += offsets[i + 1]!;
    if (total > 0x7fffffff) throw new RangeError('Too many edges for a 32-bit index');
    offsets[i + 1] = total;
  }
  return { offsets, selfLoops, totalWeight };
}

/** Folds adjacent equal neighbours of each sorted row into one entry with the summed weight. */
function mergeParallel(
  nodeCount: number,
  offsets: Int32Array,
  neighbours: Int32Array,
  weights: Float64Array,
  info: { inputEdges: number; selfLoopsDropped: number; totalWeight: number },
): CsrGraph {
  const merged = new Int32Array(nodeCount + 1);
  let write = 0;
  for (let i = 0; i < nodeCount; i++) {
    let last = -1;
    for (let p = offsets[i]!, end = offsets[i + 1]!; p < end; p++) {
      const t = neighbours[p]!;
      if (t === last) {
        weights[write - 1]! += weights[p]!;
      } else {
        neighbours[write] = t;
        weights[write] = weights[p]!;
        write++;
        last = t;
      }
    }
    merged[i + 1] = write;
  }
  const edgeCount = write / 2;
  return {
    nodeCount,
    edgeCount,
    offsets: merged,
    neighbours: write === neighbours.length ? neighbours : neighbours.slice(0, write),
    weights: write === weights.length ? weights : weights.slice(0, write),
    totalWeight: info.totalWeight,
    stats: {
      inputEdges: info.inputEdges,
      selfLoopsDropped: info.selfLoopsDropped,
      parallelMerged: info.inputEdges - info.selfLoopsDropped - edgeCount,
    },
  };
}

export interface KeyedRelation {
  readonly from: string;
  readonly to: string;
  readonly weight?: number;
}

export interface IndexedRelations {
  readonly edges: EdgeArrays;
  /** Relations with an endpoint that is not among the nodes (e.g. an organisation outside the scope). */
  readonly skipped: number;
}

/**
 * Maps relations between organisation ids onto node indices (the position of the id in `ids`).
 * Relations reaching outside `ids` are skipped and counted: the picture of a scope covers the ties
 * inside it, and reports how many ties lead out.
 */
export function indexRelations(
  ids: readonly string[],
  relations: readonly KeyedRelation[],
): IndexedRelations {
  const index = new Map<string, number>();
  ids.forEach((id, i) => {
    if (index.has(id)) throw new RangeError(`Duplicate node id ${id}`);
    index.set(id, i);
  });
  const from = new Int32Array(relations.length);
  const to = new Int32Array(relations.length);
  const weight = new Float64Array(relations.length);
  let kept = 0;
  for (const r of relations) {
    const u = index.get(r.from);
    const v = index.get(r.to);
    if (u === undefined || v === undefined) continue;
    from[kept] = u;
    to[kept] = v;
    weight[kept] = r.weight ?? 1;
    kept++;
  }
  return {
    edges: { from: from.subarray(0, kept), to: to.subarray(0, kept), weight: weight.subarray(0, kept) },
    skipped: relations.length - kept,
  };
}

/** Weight of the merged edge u–v, or 0 when there is none (binary search in u's sorted row). */
export function edgeWeight(graph: CsrGraph, u: number, v: number): number {
  let lo = graph.offsets[u]!;
  let hi = graph.offsets[u + 1]! - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const t = graph.neighbours[mid]!;
    if (t === v) return graph.weights[mid]!;
    if (t < v) lo = mid + 1;
    else hi = mid - 1;
  }
  return 0;
}
