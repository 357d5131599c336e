/** Properties that hold for every graph, checked on random ones (fast-check). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { betweenness } from './betweenness.js';
import { buildGraph, edgeWeight, type CsrGraph, type IndexedEdge } from './graph.js';
import { firstLevelCommunities, louvain, modularity } from './louvain.js';
import { connectedComponents, degrees, weightedDegrees } from './measures.js';
import { pagerank } from './pagerank.js';

/** Random graphs with parallel relations and self-loops; integer weights keep sums exact. */
const graphs = fc.integer({ min: 1, max: 30 }).chain((n) =>
  fc.record({
    n: fc.constant(n),
    edges: fc.array(
      fc.record({
        from: fc.integer({ min: 0, max: n - 1 }),
        to: fc.integer({ min: 0, max: n - 1 }),
        weight: fc.integer({ min: 1, max: 5 }),
      }),
      { maxLength: 90 },
    ),
  }),
);

function aggregated(edges: readonly IndexedEdge[]): IndexedEdge[] {
  const sums = new Map<string, number>();
  for (const e of edges) {
    if (e.from === e.to) continue;
    const key = e.from < e.to ? `${e.from},${e.to}` : `${e.to},${e.from}`;
    sums.set(key, (sums.get(key) ?? 0) + (e.weight ?? 1));
  }
  return [...sums].map(([key, weight]) => {
    const [from, to] = key.split(',').map(Number);
    return { from: from!, to: to!, weight };
  });
}

const sum = (xs: ArrayLike<number>) => Array.from(xs).reduce((a, b) => a + b, 0);

describe('graph properties', () => {
  it('merging parallel relations equals summing their weights first; rows sorted and symmetric', () => {
    fc.assert(
      fc.property(graphs, ({ n, edges }) => {
        const g = buildGraph(n, edges);
        const h = buildGraph(n, aggregated(edges));
        expect(Array.from(g.offsets)).toEqual(Array.from(h.offsets));
        expect(Array.from(g.neighbours)).toEqual(Array.from(h.neighbours));
        expect(Array.from(g.weights)).toEqual(Array.from(h.weights));
        for (let u = 0; u < n; u++) {
          for (let p = g.offsets[u]!; p < g.offsets[u + 1]!; p++) {
            const v = g.neighbours[p]!;
            if (p > g.offsets[u]!) expect(g.neighbours[p - 1]!).toBeLessThan(v);
            expect(edgeWeight(g, v, u)).toBe(g.weights[p]);
          }
        }
        expect(sum(degrees(g))).toBe(2 * g.edgeCount);
        expect(sum(weightedDegrees(g))).toBe(2 * g.totalWeight);
      }),
    );
  });

  it('PageRank is a probability distribution', () => {
    fc.assert(
      fc.property(graphs, ({ n, edges }) => {
        const { scores, converged } = pagerank(buildGraph(n, edges));
        expect(converged).toBe(true);
        expect(Math.abs(sum(scores) - 1)).toBeLessThan(1e-9);
        for (const s of scores) expect(s).toBeGreaterThan(0);
      }),
    );
  });

  it('Louvain: modularity in [-0.5, 1], equal to the modularity of its partition, reproducible', () => {
    fc.assert(
      fc.property(graphs, fc.integer({ min: 0, max: 1000 }), ({ n, edges }, seed) => {
        const g: CsrGraph = buildGraph(n, edges);
        const result = louvain(g, { seed });
        expect(result.modularity).toBeGreaterThanOrEqual(-0.5);
        expect(result.modularity).toBeLessThanOrEqual(1);
        expect(result.modularity).toBeCloseTo(modularity(g, result.communities), 12);
        for (const c of result.communities) expect(c).toBeLessThan(result.count);
        expect(Array.from(louvain(g, { seed }).communities)).toEqual(Array.from(result.communities));
        // Louvain never ends below the all-singletons partition
        const singletons = Int32Array.from({ length: n }, (_, i) => i);
        expect(result.modularity).toBeGreaterThanOrEqual(modularity(g, singletons) - 1e-12);
      }),
    );
  });

  it('after local moving no single node can raise modularity by changing community', () => {
    fc.assert(
      fc.property(graphs, fc.integer({ min: 0, max: 1000 }), ({ n, edges }, seed) => {
        const g = buildGraph(n, edges);
        const communities = firstLevelCommunities(g, seed);
        const q = modularity(g, communities);
        for (let u = 0; u < n; u++) {
          const own = communities[u]!;
          for (let p = g.offsets[u]!; p < g.offsets[u + 1]!; p++) {
            const moved = Int32Array.from(communities);
            moved[u] = communities[g.neighbours[p]!]!;
            if (moved[u] !== own) expect(modularity(g, moved)).toBeLessThanOrEqual(q + 1e-9);
          }
        }
      }),
    );
  });

  it('modularity of any partition is in [-0.5, 1]', () => {
    fc.assert(
      fc.property(
        graphs,
        fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 30, maxLength: 30 }),
        ({ n, edges }, labels) => {
          const q = modularity(buildGraph(n, edges), Int32Array.from(labels.slice(0, n)));
          expect(q).toBeGreaterThanOrEqual(-0.5);
          expect(q).toBeLessThanOrEqual(1);
        },
      ),
    );
  });

  it('betweenness is in [0, 1]; components partition the nodes and contain every edge', () => {
    fc.assert(
      fc.property(graphs, ({ n, edges }) => {
        const g = buildGraph(n, edges);
        for (const b of betweenness(g).scores) {
          expect(b).toBeGreaterThanOrEqual(0);
          expect(b).toBeLessThanOrEqual(1 + 1e-12);
        }
        const { labels, sizes } = connectedComponents(g);
        expect(sum(sizes)).toBe(n);
        for (const e of edges) expect(labels[e.from]).toBe(labels[e.to]);
      }),
    );
  });
});
