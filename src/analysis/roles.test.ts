/** Brokers, participation, isolated and peripheral actors by their stated rules. */
import { describe, expect, it } from 'vitest';
import { betweenness } from './betweenness.js';
import { buildGraph } from './graph.js';
import { connectedComponents } from './measures.js';
import { networkRoles, participation } from './roles.js';

// Two triangles 0-1-2 and 3-4-5 joined by 2–3; a pendant 6 on 5; a detached pair 7–8; 9 alone.
const graph = buildGraph(10, [
  { from: 0, to: 1 },
  { from: 1, to: 2 },
  { from: 0, to: 2 },
  { from: 3, to: 4 },
  { from: 4, to: 5 },
  { from: 3, to: 5 },
  { from: 2, to: 3, weight: 2 },
  { from: 5, to: 6 },
  { from: 7, to: 8 },
]);
const communities = Int32Array.from([0, 0, 0, 1, 1, 1, 1, 2, 2, 3]);

describe('roles', () => {
  it('participation coefficient by hand: node 2 has weight 2 in its own community and 2 in the other', () => {
    const { participation: p, communitiesReached } = participation(graph, communities);
    // 1 − (2/4)² − (2/4)² = 0.5
    expect(p[2]).toBeCloseTo(0.5, 12);
    // node 3: ties 3–4, 3–5 (own, weight 2) and 3–2 (weight 2): also 0.5
    expect(p[3]).toBeCloseTo(0.5, 12);
    expect(p[0]).toBe(0);
    expect(p[9]).toBe(0);
    expect(Array.from(communitiesReached)).toEqual([1, 1, 2, 2, 1, 1, 1, 1, 1, 1]);
  });

  it('brokers bridge communities with high betweenness; isolated and peripheral actors by rule', () => {
    const between = betweenness(graph).scores;
    const roles = networkRoles(graph, communities, between, connectedComponents(graph));
    expect(Array.from(roles.brokers)).toEqual([3, 2]); // 3 also carries the pendant's paths
    expect(Array.from(roles.isolated)).toEqual([9]);
    expect(roles.peripheral).toEqual([
      { node: 6, reason: 'single_tie' },
      { node: 7, reason: 'small_component' },
      { node: 8, reason: 'small_component' },
    ]);
  });

  it('options change the thresholds', () => {
    const between = betweenness(graph).scores;
    const roles = networkRoles(graph, communities, between, connectedComponents(graph), {
      minParticipation: 0.6,
      smallComponentMaxSize: 1,
    });
    expect(roles.brokers.length).toBe(0);
    expect(roles.peripheral.map((p) => p.reason)).toEqual(['single_tie', 'single_tie', 'single_tie']);
  });
});
