/** Every network measure against networkx on graphs chosen to exercise the conventions. */
import { describe, expect, it } from 'vitest';
import { betweenness } from './betweenness.js';
import { buildGraph, type CsrGraph } from './graph.js';
import { leiden } from './leiden.js';
import { louvain } from './louvain.js';
import { connectedComponents, degrees, density, weightedDegrees } from './measures.js';
import { pagerank } from './pagerank.js';
import {
  mixed,
  path,
  plantedGraph,
  star,
  twoCliques,
  type TestGraph,
} from '../../test/support/analysis/graphs.js';
import {
  networkxAvailable,
  networkxReference,
  type ReferenceAnswer,
} from '../../test/support/analysis/networkx.js';

const TOLERANCE = 1e-6;

function expectClose(actual: ArrayLike<number>, expected: readonly number[], tolerance = TOLERANCE) {
  expect(actual.length).toBe(expected.length);
  for (let i = 0; i < expected.length; i++) {
    expect(Math.abs(actual[i]! - expected[i]!), `index ${i}: ${actual[i]} vs ${expected[i]}`).toBeLessThan(
      tolerance,
    );
  }
}

function componentSets(graph: CsrGraph): number[][] {
  const { labels, count } = connectedComponents(graph);
  const sets: number[][] = Array.from({ length: count }, () => []);
  labels.forEach((label, node) => sets[label]!.push(node));
  return sets.sort((a, b) => a[0]! - b[0]!);
}

function checkAgainstNetworkx(graph: CsrGraph, reference: ReferenceAnswer) {
  expect(graph.edgeCount).toBe(reference.edgeCount);
  expect(Array.from(degrees(graph))).toEqual(reference.degree);
  expectClose(weightedDegrees(graph), reference.weightedDegree, 1e-9);
  expect(density(graph)).toBeCloseTo(reference.density, 12);
  expect(componentSets(graph)).toEqual(reference.components);
  const rank = pagerank(graph);
  expect(rank.converged).toBe(true);
  expectClose(rank.scores, reference.pagerank);
  const between = betweenness(graph);
  expect(between.mode).toBe('exact');
  expectClose(between.scores, reference.betweenness);
}

const karate = networkxAvailable ? networkxReference({ named: 'karate' }) : null;
const named: TestGraph[] = [mixed, star, path, twoCliques, plantedGraph(400, 1600, 8, 11)];
if (karate) named.push({ name: 'karate club', nodes: karate.nodes, edges: karate.edges });

describe.skipIf(!networkxAvailable)('network measures against networkx', () => {
  for (const g of named) {
    describe(g.name, () => {
      const graph = buildGraph(
        g.nodes,
        g.edges.map(([from, to, weight]) => ({ from, to, weight })),
      );
      const result = louvain(graph, { seed: 42 });
      const communities = leiden(graph, { seed: 42 });
      const reference = networkxReference({
        nodes: g.nodes,
        edges: g.edges,
        partition: Array.from(communities.communities),
        louvainSeed: 42,
      });

      it('degree, weighted degree, density, components, PageRank and betweenness agree', () => {
        checkAgainstNetworkx(graph, reference);
      });

      it('Leiden modularity is exact and at least networkx Louvain’s; Louvain within a few % of it', () => {
        expect(communities.modularity).toBeCloseTo(reference.modularity!, 12);
        const theirs = reference.louvainModularity!;
        expect(communities.modularity).toBeGreaterThanOrEqual(theirs - 1e-9);
        expect(result.modularity).toBeGreaterThanOrEqual(theirs - Math.max(0.03 * Math.abs(theirs), 1e-9));
      });
    });
  }

  it('the mixed graph merges parallel relations and drops self-loops as documented', () => {
    const graph = buildGraph(
      mixed.nodes,
      mixed.edges.map(([from, to, weight]) => ({ from, to, weight })),
    );
    expect(graph.stats).toEqual({ inputEdges: 13, selfLoopsDropped: 2, parallelMerged: 3 });
    expect(graph.edgeCount).toBe(8);
    expect(graph.totalWeight).toBe(2 + 3 + 1 + 0.5 + 4 + 1 + 1.5 + 1 + 2 + 3 + 1);
  });

  it('sampled betweenness reports its k and seed, matches networkx for the same sources, approximates exact', () => {
    const g = plantedGraph(600, 2400, 6, 5);
    const graph = buildGraph(
      g.nodes,
      g.edges.map(([from, to, weight]) => ({ from, to, weight })),
    );
    const sampled = betweenness(graph, { exactLimit: 500, samples: 150, seed: 7 });
    expect(sampled).toMatchObject({ mode: 'sampled', sources: 150, seed: 7 });
    expect(new Set(sampled.sampledSources).size).toBe(150);
    const again = betweenness(graph, { exactLimit: 500, samples: 150, seed: 7 });
    expect(Array.from(again.scores)).toEqual(Array.from(sampled.scores));

    const reference = networkxReference({
      nodes: g.nodes,
      edges: g.edges,
      sources: [...sampled.sampledSources],
    });
    expectClose(sampled.scores, reference.sampledBetweenness!);
    const exact = reference.betweenness;
    expect(correlation(sampled.scores, exact)).toBeGreaterThan(0.9);
    const top = (xs: ArrayLike<number>) =>
      new Set(
        Array.from(xs, (x, i) => [x, i] as const)
          .sort((a, b) => b[0] - a[0])
          .slice(0, 10)
          .map(([, i]) => i),
      );
    const overlap = [...top(sampled.scores)].filter((i) => top(exact).has(i)).length;
    expect(overlap).toBeGreaterThanOrEqual(6);
  });
});

function correlation(xs: ArrayLike<number>, ys: readonly number[]): number {
  const n = ys.length;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += xs[i]! / n;
    my += ys[i]! / n;
  }
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    sxy += (xs[i]! - mx) * (ys[i]! - my);
    sxx += (xs[i]! - mx) ** 2;
    syy += (ys[i]! - my) ** 2;
  }
  return sxy / Math.sqrt(sxx * syy);
}

describe('measures on degenerate graphs', () => {
  it('empty, single node and a single edge', () => {
    const empty = buildGraph(0, []);
    expect(pagerank(empty).scores.length).toBe(0);
    expect(louvain(empty).count).toBe(0);
    const one = buildGraph(1, []);
    expect(Array.from(pagerank(one).scores)).toEqual([1]);
    expect(Array.from(betweenness(one).scores)).toEqual([0]);
    expect(louvain(one)).toMatchObject({ count: 1, modularity: 0 });
    const pair = buildGraph(2, [{ from: 0, to: 1 }]);
    expect(Array.from(betweenness(pair).scores)).toEqual([0, 0]);
    expect(density(pair)).toBe(1);
  });

  it('rejects edges outside the node range and non-positive weights', () => {
    expect(() => buildGraph(2, [{ from: 0, to: 2 }])).toThrow(RangeError);
    expect(() => buildGraph(2, [{ from: 0, to: 1, weight: 0 }])).toThrow(RangeError);
    expect(() => buildGraph(2, [{ from: 0.5, to: 1 }])).toThrow(RangeError);
  });
});
