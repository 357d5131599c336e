/** Basic measures on the CSR graph: degrees, density and connected components. */
import type { CsrGraph } from './graph.js';

/** Degree = number of distinct neighbours (parallel relations were merged when the graph was built). */
export function degrees(graph: CsrGraph): Int32Array {
  const out = new Int32Array(graph.nodeCount);
  for (let i = 0; i < graph.nodeCount; i++) out[i] = graph.offsets[i + 1]! - graph.offsets[i]!;
  return out;
}

/** Weighted degree (strength) = sum of the merged weights of a node's edges. */
export function weightedDegrees(graph: CsrGraph): Float64Array {
  const out = new Float64Array(graph.nodeCount);
  for (let i = 0; i < graph.nodeCount; i++) {
    let sum = 0;
    for (let p = graph.offsets[i]!, end = graph.offsets[i + 1]!; p < end; p++) sum += graph.weights[p]!;
    out[i] = sum;
  }
  return out;
}

/** Share of possible ties present, 2E / (n(n-1)) as networkx `density`; 0 for fewer than two nodes. */
export function density(graph: CsrGraph): number {
  const n = graph.nodeCount;
  return n < 2 ? 0 : (2 * graph.edgeCount) / (n * (n - 1));
}

export interface Components {
  readonly count: number;
  /** Component label of each node; labels are numbered in order of their lowest node index. */
  readonly labels: Int32Array;
  /** Size of each component, indexed by label. */
  readonly sizes: Int32Array;
}

/** Connected components by breadth-first search with an explicit typed-array queue (no recursion). */
export function connectedComponents(graph: CsrGraph): Components {
  const n = graph.nodeCount;
  const labels = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);
  const sizes: number[] = [];
  for (let start = 0; start < n; start++) {
    if (labels[start] !== -1) continue;
    const label = sizes.length;
    labels[start] = label;
    let head = 0;
    let tail = 0;
    queue[tail++] = start;
    while (head < tail) {
      const u = queue[head++]!;
      for (let p = graph.offsets[u]!, end = graph.offsets[u + 1]!; p < end; p++) {
        const v = graph.neighbours[p]!;
        if (labels[v] === -1) {
          labels[v] = label;
          queue[tail++] = v;
        }
      }
    }
    sizes.push(tail);
  }
  return { count: sizes.length, labels, sizes: Int32Array.from(sizes) };
}
