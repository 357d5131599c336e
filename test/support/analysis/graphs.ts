/** Small graphs for the analysis tests, as edge lists [from, to, weight] over nodes 0..n-1. */
import { mulberry32, randomInt } from '../../../src/domain/random.js';
import type { RefEdge } from './networkx.js';

export interface TestGraph {
  readonly name: string;
  readonly nodes: number;
  readonly edges: readonly RefEdge[];
}

/** Weighted, with parallel relations that merge, self-loops, three components and an isolated node (9). */
export const mixed: TestGraph = {
  name: 'weighted multi-edges, components, isolated node',
  nodes: 10,
  edges: [
    [0, 1, 2],
    [1, 0, 3], // same pair, other direction: merges into 0–1 with weight 5
    [1, 2, 1],
    [2, 3, 0.5],
    [0, 3, 4],
    [3, 3, 7], // self-loop: dropped
    [2, 4, 1],
    [4, 2, 1.5], // merges: 2–4 weighs 2.5
    [5, 6, 1],
    [6, 7, 2],
    [7, 5, 3],
    [5, 6, 1], // merges: 5–6 weighs 2
    [8, 8, 1], // only a self-loop: node 8 ends up isolated
  ],
};

export const star: TestGraph = {
  name: 'star',
  nodes: 7,
  edges: [1, 2, 3, 4, 5, 6].map((leaf) => [0, leaf, 1] as RefEdge),
};

export const path: TestGraph = {
  name: 'path',
  nodes: 6,
  edges: [0, 1, 2, 3, 4].map((i) => [i, i + 1, i + 1] as RefEdge),
};

/** Two 5-cliques joined by one light bridge: the communities are obvious. */
export const twoCliques: TestGraph = {
  name: 'two cliques and a bridge',
  nodes: 10,
  edges: [...clique(0, 5, 2), ...clique(5, 5, 3), [4, 5, 0.5]],
};

function clique(first: number, size: number, weight: number): RefEdge[] {
  const out: RefEdge[] = [];
  for (let i = first; i < first + size; i++) {
    for (let j = i + 1; j < first + size; j++) out.push([i, j, weight]);
  }
  return out;
}

/**
 * A seeded random graph with planted groups (most ties inside a group), integer weights 1–3, some
 * parallel relations and a few stray nodes: a small stand-in for an ecosystem.
 */
export function plantedGraph(nodes: number, edges: number, groups: number, seed: number): TestGraph {
  const random = mulberry32(seed);
  const list: RefEdge[] = [];
  while (list.length < edges) {
    const u = randomInt(random, nodes - 3); // the last three nodes stay isolated
    const inside = random() < 0.8;
    const group = u % groups;
    let v = randomInt(random, nodes - 3);
    if (inside) v = v - (v % groups) + group;
    if (v >= nodes - 3) v = group;
    list.push([u, v, 1 + randomInt(random, 3)]);
  }
  return { name: `planted ${nodes}/${edges}`, nodes, edges: list };
}
