/**
 * The hierarchy that Louvain and Leiden share: a level is a graph whose nodes are the communities (or
 * refined sub-communities) of the level below, and the helpers that number communities and collapse
 * them into the next level.
 */
import type { CsrGraph } from './graph.js';
import { weightedDegrees } from './measures.js';

/** A level of the hierarchy: rows need not be sorted; strength includes the weight inside a super-node. */
export interface LevelGraph {
  readonly n: number;
  readonly offsets: Int32Array;
  readonly neighbours: Int32Array;
  readonly weights: Float64Array;
  readonly strength: Float64Array;
}

/** The graph itself as the first level. */
export function baseLevel(graph: CsrGraph): LevelGraph {
  return { n: graph.nodeCount, ...graph, strength: weightedDegrees(graph) };
}

/** Renumbers community ids to 0..count-1 in order of first appearance. */
export function compact(community: Int32Array): { labels: Int32Array; count: number } {
  const map = new Int32Array(community.length).fill(-1);
  const labels = new Int32Array(community.length);
  let count = 0;
  for (let i = 0; i < community.length; i++) {
    const c = community[i]!;
    if (map[c] === -1) map[c] = count++;
    labels[i] = map[c]!;
  }
  return { labels, count };
}

/** Collapses each community into one node; weights between communities add up, inner weight drops out. */
export function aggregate(level: LevelGraph, community: Int32Array, count: number): LevelGraph {
  const start = new Int32Array(count + 1);
  for (let u = 0; u < level.n; u++) start[community[u]! + 1]!++;
  for (let c = 0; c < count; c++) start[c + 1]! += start[c]!;
  const members = new Int32Array(level.n);
  const cursor = start.slice(0, count);
  const strength = new Float64Array(count);
  for (let u = 0; u < level.n; u++) {
    const c = community[u]!;
    members[cursor[c]!++] = u;
    strength[c]! += level.strength[u]!;
  }
  const offsets = new Int32Array(count + 1);
  const neighbours = new Int32Array(level.neighbours.length);
  const weights = new Float64Array(level.neighbours.length);
  const seenBy = new Int32Array(count).fill(-1);
  const slot = new Int32Array(count);
  let write = 0;
  for (let c = 0; c < count; c++) {
    for (let i = start[c]!; i < start[c + 1]!; i++) {
      const u = members[i]!;
      for (let p = level.offsets[u]!, end = level.offsets[u + 1]!; p < end; p++) {
        const d = community[level.neighbours[p]!]!;
        if (d === c) continue;
        if (seenBy[d] !== c) {
          seenBy[d] = c;
          slot[d] = write;
          neighbours[write] = d;
          weights[write++] = 0;
        }
        weights[slot[d]!]! += level.weights[p]!;
      }
    }
    offsets[c + 1] = write;
  }
  return {
    n: count,
    offsets,
    neighbours: neighbours.slice(0, write),
    weights: weights.slice(0, write),
    strength,
  };
}

/** Labels by community size descending, ties by lowest member index, so output does not depend on ids. */
export function canonical(membership: Int32Array): { labels: Int32Array; count: number } {
  const { labels: first, count } = compact(membership);
  const sizes = new Int32Array(count);
  for (const c of first) sizes[c]!++;
  // compact() numbers communities by lowest member, so a stable sort by size keeps that as tie-break
  const order = Array.from({ length: count }, (_, c) => c).sort((a, b) => sizes[b]! - sizes[a]! || a - b);
  const rank = new Int32Array(count);
  order.forEach((c, r) => (rank[c] = r));
  return { labels: first.map((c) => rank[c]!), count };
}

/**
 * Splits every community into its connected parts (edges inside the community only); parts are
 * numbered by their first node. Splitting never lowers modularity: no edge runs between the parts.
 */
export function connectedParts(level: LevelGraph, community: Int32Array): Int32Array {
  const part = new Int32Array(level.n).fill(-1);
  const stack = new Int32Array(level.n);
  for (let start = 0; start < level.n; start++) {
    if (part[start] !== -1) continue;
    part[start] = start;
    let top = 0;
    stack[top++] = start;
    while (top > 0) {
      const u = stack[--top]!;
      for (let p = level.offsets[u]!, end = level.offsets[u + 1]!; p < end; p++) {
        const v = level.neighbours[p]!;
        if (part[v] === -1 && community[v] === community[u]) {
          part[v] = start;
          stack[top++] = v;
        }
      }
    }
  }
  return part;
}
