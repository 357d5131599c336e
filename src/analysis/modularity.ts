import type { CsrGraph } from './graph.js';

/**
 * Newman modularity of a partition, as networkx `community.modularity` for an undirected weighted graph:
 * Q = Σ_c [ L_c / m − γ (d_c / 2m)² ], L_c the weight inside c, d_c the summed strength of c.
 * A graph without edges has no modularity to speak of; it is reported as 0 (networkx divides by zero).
 */
export function modularity(graph: CsrGraph, communities: Int32Array, resolution = 1): number {
  const m = graph.totalWeight;
  if (m === 0) return 0;
  const strengthOf = new Float64Array(graph.nodeCount);
  let insideTwice = 0;
  for (let u = 0; u < graph.nodeCount; u++) {
    const cu = communities[u]!;
    for (let p = graph.offsets[u]!, end = graph.offsets[u + 1]!; p < end; p++) {
      const w = graph.weights[p]!;
      strengthOf[cu]! += w;
      if (communities[graph.neighbours[p]!] === cu) insideTwice += w;
    }
  }
  let squares = 0;
  for (const d of strengthOf) squares += d * d;
  return insideTwice / (2 * m) - (resolution * squares) / (4 * m * m);
}
