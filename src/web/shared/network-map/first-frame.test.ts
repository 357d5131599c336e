import { describe, expect, it } from 'vitest';
import type { GraphData } from './data';
import { completeFirstFrame, FIRST_FRAME_NODES, firstFrameGraph } from './first-frame';
import { buildGraph, buildGraphLater, completeGraph, isLargeMap, relationCount } from './graph';

/** `n` members in a ring with `m` relations, each from member i to member i+1 (mod n). */
function ring(n: number, m: number): GraphData {
  const none = Array.from({ length: n }, () => null);
  return {
    nodes: {
      id: Array.from({ length: n }, (_, i) => `o${i}`),
      nameFi: Array.from({ length: n }, (_, i) => `O ${i}`),
      nameSv: none,
      nameEn: none,
      kind: Array.from({ length: n }, () => 'company'),
      municipalityCode: none,
      role: Array.from({ length: n }, () => 'member'),
    },
    measures: { degree: [], weightedDegree: [], pagerank: [], betweenness: [] },
    edges: {
      from: Array.from({ length: m }, (_, e) => e % n),
      to: Array.from({ length: m }, (_, e) => (e + 1) % n),
      kind: Array.from({ length: m }, () => 'collaboration'),
      weight: Array.from({ length: m }, () => 1),
    },
  };
}

const name = (i: number) => `O ${i}`;

/** Only what completeFirstFrame asks of sigma: which graph it draws, and a new one to draw. */
function fakeSigma(drawn: ReturnType<typeof buildGraph>) {
  const sigma = { drawn, getGraph: () => sigma.drawn, setGraph: (g: typeof drawn) => (sigma.drawn = g) };
  return sigma;
}

describe('the first frame of a map whose edges come later', () => {
  it('draws a large map’s nodes first, then the same graph as buildGraph makes, edges included', () => {
    const data = ring(2000, 6000);
    const graph = buildGraphLater(data, name);
    expect(graph.order).toBe(2000);
    expect(graph.size).toBe(0);
    expect(relationCount(graph)).toBe(6000);
    expect(isLargeMap(graph)).toBe(true);

    const first = firstFrameGraph(graph);
    expect(first).not.toBe(graph);
    expect(first.order).toBe(2000);
    expect(first.size).toBe(0);

    const sigma = fakeSigma(first);
    completeFirstFrame(sigma as never, graph);
    expect(sigma.drawn).toBe(graph);
    const whole = buildGraph(data, name);
    expect(graph.size).toBe(whole.size);
    expect(graph.export()).toEqual(whole.export());
  });

  it('adds the held-back edges once, however often it is completed', () => {
    const graph = buildGraphLater(ring(10, 7000), name);
    completeGraph(graph);
    completeGraph(graph);
    expect(graph.size).toBe(7000);
    expect(relationCount(graph)).toBe(7000);
  });

  it('draws a small map whole at once', () => {
    const graph = buildGraphLater(ring(30, 40), name);
    expect(isLargeMap(graph)).toBe(false);
    const first = firstFrameGraph(graph);
    expect(first).toBe(graph);
    expect(graph.size).toBe(40);
    expect(graph.extremities('0')).toEqual(['o0', 'o1']);
  });
});

describe('the first frame of a very large map', () => {
  it('is its largest nodes, as many as FIRST_FRAME_NODES, then the whole graph', () => {
    const n = FIRST_FRAME_NODES + 500;
    const graph = buildGraphLater(ring(n, 6000), name);
    // Sizes 1, 2, 3, 1, 2, 3, …: the first picture keeps every 3 and 2, then as many 1s as fit.
    graph.forEachNode((node, _) => graph.setNodeAttribute(node, 'size', 1 + (Number(node.slice(1)) % 3)));
    const first = firstFrameGraph(graph);
    expect(first.order).toBe(FIRST_FRAME_NODES);
    expect(first.size).toBe(0);
    const bySize = [1, 2, 3].map((s) => first.filterNodes((_, a) => a.size === s).length);
    expect(bySize[2]).toBe(graph.filterNodes((_, a) => a.size === 3).length);
    expect(bySize[1]).toBe(graph.filterNodes((_, a) => a.size === 2).length);
    expect(bySize[0]).toBe(FIRST_FRAME_NODES - bySize[1]! - bySize[2]!);
    expect(first.getNodeAttributes('o5')).toEqual(graph.getNodeAttributes('o5'));

    const sigma = fakeSigma(first);
    completeFirstFrame(sigma as never, graph);
    expect(sigma.drawn).toBe(graph);
    expect(graph.order).toBe(n);
    expect(graph.size).toBe(6000);
  });
});
