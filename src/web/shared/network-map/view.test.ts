import { describe, expect, it } from 'vitest';
import type { GraphData } from './data';
import { paramsFromView, select, sizes, viewFromParams, type MapView } from './view';

// a—b—c—d in a line, e alone; a and b are companies in Iisalmi (140), the rest elsewhere.
const graph: GraphData = {
  nodes: {
    id: ['a', 'b', 'c', 'd', 'e'],
    nameFi: ['A', 'B', 'C', 'D', 'E'],
    nameSv: [null, null, null, null, null],
    nameEn: [null, null, null, null, null],
    kind: ['company', 'company', 'rdi', 'education', 'company'],
    municipalityCode: ['140', '140', '740', '740', null],
    role: ['member', 'member', 'member', 'member', 'member'],
  },
  measures: {
    degree: [1, 2, 2, 1, 0],
    weightedDegree: [1, 3, 3, 1, 0],
    pagerank: [0.1, 0.3, 0.3, 0.1, 0.2],
    betweenness: [0, 0.6, 0.6, 0, 0],
  },
  edges: {
    from: [0, 1, 2],
    to: [1, 2, 3],
    kind: ['collaboration', 'customer', 'collaboration'],
    weight: [1, 2, 1],
  },
};
const whole: MapView = viewFromParams(new URLSearchParams());
const shownIds = (v: Partial<MapView>) =>
  graph.nodes.id.filter((_, i) => select(graph, { ...whole, ...v }).nodes[i]);

describe('the map view', () => {
  it('shows everything by default', () => {
    expect(select(graph, whole)).toEqual({
      nodes: [true, true, true, true, true],
      edges: [0, 1, 2],
      nodeCount: 5,
    });
  });

  it('filters by organisation kind, relation kind and municipality', () => {
    expect(shownIds({ kind: 'company' })).toEqual(['a', 'b', 'e']);
    expect(select(graph, { ...whole, kind: 'company' }).edges).toEqual([0]);
    expect(select(graph, { ...whole, relation: 'collaboration' }).edges).toEqual([0, 2]);
    expect(shownIds({ municipality: '740' })).toEqual(['c', 'd']);
  });

  it('keeps an actor and its neighbours up to the chosen depth in the ego network', () => {
    expect(shownIds({ focus: 'a', depth: 1 })).toEqual(['a', 'b']);
    expect(shownIds({ focus: 'a', depth: 2 })).toEqual(['a', 'b', 'c']);
    expect(shownIds({ focus: 'a', depth: 0 })).toHaveLength(5);
    // Through the shown relations only: without "customer" b does not reach c.
    expect(shownIds({ focus: 'a', depth: 2, relation: 'collaboration' })).toEqual(['a', 'b']);
  });

  it('round-trips through the address, keeping only what differs from the default', () => {
    const view: MapView = { ...whole, measure: 'pagerank', kind: 'rdi', focus: 'c', depth: 2 };
    const params = paramsFromView(view);
    expect(params).toEqual({ measure: 'pagerank', kind: 'rdi', focus: 'c', ego: '2' });
    expect(viewFromParams(new URLSearchParams(params))).toEqual(view);
    expect(paramsFromView(whole)).toEqual({});
    expect(viewFromParams(new URLSearchParams('measure=nonsense&ego=7')).measure).toBe('degree');
  });

  it('sizes grow with the measure, the largest the same whatever its scale', () => {
    const s = sizes([0, 1, 4], false);
    expect(s[0]).toBeLessThan(s[1]!);
    expect(s[1]).toBeLessThan(s[2]!);
    expect(sizes([0, 100, 400], false)).toEqual(s);
  });
});
