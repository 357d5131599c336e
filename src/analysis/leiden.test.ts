import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { baseLevel } from './community-levels.js';
import { fastMoveNodes } from './fast-moving.js';
import { buildGraph, type CsrGraph } from './graph.js';
import { leiden } from './leiden.js';
import { louvain } from './louvain.js';
import { modularity } from './modularity.js';
import { refinePartition } from './refine.js';
import { plantedGraph } from '../../test/support/analysis/graphs.js';
import { mulberry32 } from '../domain/random.js';

/** Random graphs up to 120 nodes, with parallel relations, self-loops and isolated nodes. */
const graphs = fc.integer({ min: 1, max: 120 }).chain((n) =>
  fc.record({
    n: fc.constant(n),
    edges: fc.array(
      fc.record({
        from: fc.integer({ min: 0, max: n - 1 }),
        to: fc.integer({ min: 0, max: n - 1 }),
        weight: fc.integer({ min: 1, max: 5 }),
      }),
      { maxLength: 3 * n },
    ),
  }),
);

/**
 * How many connected pieces each group of nodes falls into, counting only edges inside the group
 * (union–find, independent of the code under test).
 */
function piecesPerGroup(graph: CsrGraph, group: Int32Array): Map<number, number> {
  const parent = Int32Array.from({ length: graph.nodeCount }, (_, i) => i);
  const find = (u: number): number => {
    while (parent[u] !== u) u = parent[u] = parent[parent[u]!]!;
    return u;
  };
  for (let u = 0; u < graph.nodeCount; u++) {
    for (let p = graph.offsets[u]!; p < graph.offsets[u + 1]!; p++) {
      const v = graph.neighbours[p]!;
      if (group[u] === group[v]) parent[find(u)] = find(v);
    }
  }
  const roots = new Map<number, Set<number>>();
  for (let u = 0; u < graph.nodeCount; u++) {
    const set = roots.get(group[u]!) ?? new Set<number>();
    set.add(find(u));
    roots.set(group[u]!, set);
  }
  return new Map([...roots].map(([g, set]) => [g, set.size]));
}

const disconnectedGroups = (graph: CsrGraph, group: Int32Array) =>
  [...piecesPerGroup(graph, group)].filter(([, pieces]) => pieces > 1).map(([g]) => g);

/**
 * Found by searching small random graphs: Louvain (seed 3) puts 1, 5, 9 and 12 in one community although
 * {1, 12} and {5, 9} meet only through node 6, which it moved to another community.
 */
// prettier-ignore
const louvainSplits = buildGraph(14, [
  [2, 6], [11, 7], [0, 2], [6, 1], [2, 0], [2, 3], [3, 11], [10, 7], [0, 4],
  [12, 1], [9, 5], [10, 11], [6, 0], [13, 2], [6, 5], [8, 3], [6, 4], [7, 6],
].map(([from, to]) => ({ from: from!, to: to! })));

/**
 * Found the same way with refinement switched off in `leiden.ts`: its Louvain passes alone (seed 4) leave
 * a community in two pieces here; refinement is what keeps it whole.
 */
// prettier-ignore
const unrefinedSplits = buildGraph(37, [
  [17, 10], [27, 12], [31, 35], [20, 36], [26, 0], [11, 9], [29, 15], [9, 26], [33, 1], [7, 9], [34, 12],
  [4, 19], [7, 6], [17, 28], [6, 35], [0, 25], [24, 18], [3, 11], [17, 6], [3, 29], [21, 2], [33, 14],
  [34, 16], [2, 5], [22, 11], [23, 35], [29, 35], [13, 1], [34, 19], [20, 3], [26, 8], [5, 31], [22, 26],
  [11, 8], [13, 19], [20, 35], [2, 23], [19, 9], [0, 20], [4, 32], [29, 30], [14, 20], [32, 27], [26, 27],
  [35, 34], [4, 10], [11, 35], [21, 30], [10, 19], [10, 17], [35, 2], [27, 28], [9, 14], [1, 33],
].map(([from, to]) => ({ from: from!, to: to! })));

describe('Leiden communities', () => {
  it('keeps connected the community that Louvain leaves in two pieces', () => {
    const plain = louvain(louvainSplits, { seed: 3 });
    expect(disconnectedGroups(louvainSplits, plain.communities)).toHaveLength(1);
    for (let seed = 1; seed <= 20; seed++) {
      const result = leiden(louvainSplits, { seed });
      expect(disconnectedGroups(louvainSplits, result.communities), `seed ${seed}`).toEqual([]);
    }
    expect(leiden(louvainSplits, { seed: 3 }).modularity).toBeGreaterThan(plain.modularity);
  });

  it('keeps connected the community that its own passes would leave in two pieces without refining', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const result = leiden(unrefinedSplits, { seed });
      expect(disconnectedGroups(unrefinedSplits, result.communities), `seed ${seed}`).toEqual([]);
    }
  });

  it('every community is connected, modularity is that of the partition, runs are reproducible', () => {
    fc.assert(
      fc.property(graphs, fc.integer({ min: 0, max: 1000 }), ({ n, edges }, seed) => {
        const g = buildGraph(n, edges);
        const result = leiden(g, { seed });
        expect(disconnectedGroups(g, result.communities)).toEqual([]);
        expect(result.modularity).toBeCloseTo(modularity(g, result.communities), 12);
        const singletons = Int32Array.from({ length: n }, (_, i) => i);
        expect(result.modularity).toBeGreaterThanOrEqual(modularity(g, singletons) - 1e-12);
        for (const c of result.communities) expect(c).toBeLessThan(result.count);
        expect(Array.from(leiden(g, { seed }).communities)).toEqual(Array.from(result.communities));
      }),
    );
  });

  it('on planted groups: connected communities and at least Louvain’s modularity', () => {
    for (let seed = 1; seed <= 5; seed++) {
      const planted = plantedGraph(500, 2000, 7, seed);
      const g = buildGraph(
        planted.nodes,
        planted.edges.map(([from, to, weight]) => ({ from, to, weight })),
      );
      const result = leiden(g, { seed });
      expect(disconnectedGroups(g, result.communities)).toEqual([]);
      expect(result.modularity).toBeGreaterThanOrEqual(louvain(g, { seed }).modularity - 1e-9);
    }
  });

  it('refinement splits each community into connected sub-communities inside it', () => {
    fc.assert(
      fc.property(
        graphs,
        fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 120, maxLength: 120 }),
        fc.integer({ min: 0, max: 1000 }),
        ({ n, edges }, labels, seed) => {
          const g = buildGraph(n, edges);
          if (g.totalWeight === 0) return;
          const community = Int32Array.from(labels.slice(0, n));
          const refined = refinePartition(baseLevel(g), community, g.totalWeight, 1, mulberry32(seed));
          for (let u = 0; u < n; u++) expect(community[refined[u]!]).toBe(community[u]);
          expect(disconnectedGroups(g, refined)).toEqual([]);
        },
      ),
    );
  });

  it('fast local moving never lowers modularity; when it moves nothing, no single move would gain', () => {
    // the queue revisits only the neighbours of a moved node, so one call need not reach a partition
    // where every node stays put; repeated calls do, and then no node may have a gaining move left
    fc.assert(
      fc.property(graphs, fc.integer({ min: 0, max: 1000 }), ({ n, edges }, seed) => {
        const g = buildGraph(n, edges);
        if (g.totalWeight === 0) return;
        const community = Int32Array.from({ length: n }, (_, i) => i);
        const random = mulberry32(seed);
        let q = modularity(g, community);
        for (let calls = 0; fastMoveNodes(baseLevel(g), community, g.totalWeight, 1, random) > 0; calls++) {
          expect(calls).toBeLessThan(100);
          const next = modularity(g, community);
          expect(next).toBeGreaterThan(q);
          q = next;
        }
        const used = new Set(community);
        const alone = Array.from({ length: n }, (_, i) => i).find((c) => !used.has(c));
        for (let u = 0; u < n; u++) {
          const targets = new Set(alone === undefined ? [] : [alone]);
          for (let p = g.offsets[u]!; p < g.offsets[u + 1]!; p++) targets.add(community[g.neighbours[p]!]!);
          for (const target of targets) {
            const moved = Int32Array.from(community);
            moved[u] = target;
            expect(modularity(g, moved)).toBeLessThanOrEqual(q + 1e-9);
          }
        }
      }),
    );
  });
});
