import { describe, expect, it } from 'vitest';
import type { GraphData } from './data';
import { completeFirstFrame, firstFrameGraph } from './first-frame';
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
