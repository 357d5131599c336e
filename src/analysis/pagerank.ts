/**
 * Weighted PageRank by power iteration, the same iteration as networkx `pagerank` (its scipy variant),
 * so that results agree with the reference implementation to rounding:
 * - each undirected edge is followed both ways, in proportion to its weight;
 * - a dangling node (no edges) spreads its rank evenly over all nodes;
 * - the teleport vector is uniform;
 * - converged when the L1 change between iterations is below nodeCount × tolerance.
 */
import type { CsrGraph } from './graph.js';
import { weightedDegrees } from './measures.js';

export interface PageRankOptions {
  /** Probability of following an edge rather than teleporting; default 0.85. */
  readonly damping?: number;
  /** Per-node tolerance; default 1e-6 as networkx. */
  readonly tolerance?: number;
  /** Default 100 as networkx. */
  readonly maxIterations?: number;
}

export interface PageRankResult {
  /** One score per node; the scores sum to 1. */
  readonly scores: Float64Array;
  readonly iterations: number;
  /**
   * False when maxIterations ran out first: the last iterate is returned (networkx raises instead), and
   * the picture reports it so a reader knows the figures are approximate.
   */
  readonly converged: boolean;
  readonly damping: number;
  readonly tolerance: number;
  readonly maxIterations: number;
}

export function pagerank(graph: CsrGraph, options: PageRankOptions = {}): PageRankResult {
  const damping = options.damping ?? 0.85;
  const tolerance = options.tolerance ?? 1e-6;
  const maxIterations = options.maxIterations ?? 100;
  const n = graph.nodeCount;
  const base = { damping, tolerance, maxIterations };
  if (n === 0) return { scores: new Float64Array(0), iterations: 0, converged: true, ...base };

  // inverse strength; 0 marks a dangling node
  const inverse = weightedDegrees(graph);
  const dangling: number[] = [];
  for (let i = 0; i < n; i++) {
    if (inverse[i] === 0) dangling.push(i);
    else inverse[i] = 1 / inverse[i]!;
  }
  let x = new Float64Array(n).fill(1 / n);
  let next = new Float64Array(n);
  const share = new Float64Array(n);
  const { offsets, neighbours, weights } = graph;
  for (let iteration = 1; iteration <= maxIterations; iteration++) {
    let danglingSum = 0;
    for (const i of dangling) danglingSum += x[i]!;
    for (let i = 0; i < n; i++) share[i] = x[i]! * inverse[i]!;
    const constant = (damping * danglingSum) / n + (1 - damping) / n;
    let change = 0;
    // Pull form: the graph is symmetric, so node v gathers from its own row (cache-friendly, no atomics).
    for (let v = 0; v < n; v++) {
      let acc = 0;
      for (let p = offsets[v]!, end = offsets[v + 1]!; p < end; p++)
        acc += share[neighbours[p]!]! * weights[p]!;
      const value = damping * acc + constant;
      next[v] = value;
      change += Math.abs(value - x[v]!);
    }
    [x, next] = [next, x];
    if (change < n * tolerance) return { scores: x, iterations: iteration, converged: true, ...base };
  }
  return { scores: x, iterations: maxIterations, converged: false, ...base };
}
