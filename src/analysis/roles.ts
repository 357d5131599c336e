/**
 * Roles of actors in the network, each by a stated rule:
 *
 * - participation coefficient (Guimerà & Amaral 2005): P_i = 1 − Σ_c (k_ic / k_i)², k_ic the weight of
 *   i's ties into community c, k_i its weighted degree. 0 = all ties in one community; it grows as ties
 *   spread over several. 0 for an isolated actor.
 * - broker: an actor that (1) has ties into at least one community besides its own, (2) has participation
 *   ≥ `minParticipation` (default 0.2: a real share of its ties crosses over, not one stray tie), and
 *   (3) has high betweenness: > 0 and at least the 75th percentile of the scope. Brokers are listed by
 *   betweenness, the top `maxBrokers` (default 20).
 * - isolated: degree 0 (no relation inside the scope).
 * - peripheral: not isolated, and either in a small component (at most `smallComponentMaxSize` actors,
 *   default 3, and not the largest component) — reason `small_component` — or with a single tie —
 *   reason `single_tie`.
 */
import type { CsrGraph } from './graph.js';
import type { Components } from './measures.js';

export interface RoleOptions {
  readonly minParticipation?: number;
  readonly maxBrokers?: number;
  readonly smallComponentMaxSize?: number;
}

export interface Roles {
  readonly participation: Float64Array;
  /** Distinct communities among an actor and its neighbours. */
  readonly communitiesReached: Int32Array;
  readonly isBroker: Uint8Array;
  /** Brokers by betweenness, at most maxBrokers (node indices). */
  readonly brokers: Int32Array;
  readonly isolated: Int32Array;
  readonly peripheral: readonly { node: number; reason: 'single_tie' | 'small_component' }[];
}

export const ROLE_DEFAULTS = { minParticipation: 0.2, maxBrokers: 20, smallComponentMaxSize: 3 } as const;

/** Participation coefficient and communities reached, in one pass over the rows. */
export function participation(
  graph: CsrGraph,
  communities: Int32Array,
): { participation: Float64Array; communitiesReached: Int32Array } {
  const n = graph.nodeCount;
  const out = new Float64Array(n);
  const reached = new Int32Array(n);
  const weightTo = new Float64Array(Math.max(1, n));
  const seenBy = new Int32Array(Math.max(1, n)).fill(-1);
  const touched = new Int32Array(Math.max(1, n));
  for (let u = 0; u < n; u++) {
    let count = 0;
    let strength = 0;
    seenBy[communities[u]!] = u;
    weightTo[communities[u]!] = 0;
    touched[count++] = communities[u]!;
    for (let p = graph.offsets[u]!, end = graph.offsets[u + 1]!; p < end; p++) {
      const c = communities[graph.neighbours[p]!]!;
      if (seenBy[c] !== u) {
        seenBy[c] = u;
        weightTo[c] = 0;
        touched[count++] = c;
      }
      weightTo[c]! += graph.weights[p]!;
      strength += graph.weights[p]!;
    }
    let squares = 0;
    for (let t = 0; t < count; t++) squares += (weightTo[touched[t]!]! / strength) ** 2;
    out[u] = strength > 0 ? Math.max(0, 1 - squares) : 0;
    reached[u] = count;
  }
  return { participation: out, communitiesReached: reached };
}

/** The value at the given quantile (0..1) of a copy of the scores (nearest rank). */
function quantile(scores: Float64Array, q: number): number {
  if (scores.length === 0) return 0;
  const sorted = Float64Array.from(scores).sort();
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

export function networkRoles(
  graph: CsrGraph,
  communities: Int32Array,
  betweenness: Float64Array,
  components: Components,
  options: RoleOptions = {},
): Roles {
  const { minParticipation, maxBrokers, smallComponentMaxSize } = { ...ROLE_DEFAULTS, ...options };
  const n = graph.nodeCount;
  const { participation: p, communitiesReached } = participation(graph, communities);
  const highBetweenness = quantile(betweenness, 0.75);
  const isBroker = new Uint8Array(n);
  const candidates: number[] = [];
  for (let u = 0; u < n; u++) {
    const b = betweenness[u]!;
    if (communitiesReached[u]! >= 2 && p[u]! >= minParticipation && b > 0 && b >= highBetweenness) {
      isBroker[u] = 1;
      candidates.push(u);
    }
  }
  candidates.sort((a, b) => betweenness[b]! - betweenness[a]! || p[b]! - p[a]! || a - b);

  let largest = 0;
  for (let c = 1; c < components.count; c++)
    if (components.sizes[c]! > components.sizes[largest]!) largest = c;
  const isolated: number[] = [];
  const peripheral: { node: number; reason: 'single_tie' | 'small_component' }[] = [];
  for (let u = 0; u < n; u++) {
    const degree = graph.offsets[u + 1]! - graph.offsets[u]!;
    const component = components.labels[u]!;
    if (degree === 0) isolated.push(u);
    else if (component !== largest && components.sizes[component]! <= smallComponentMaxSize) {
      peripheral.push({ node: u, reason: 'small_component' });
    } else if (degree === 1) peripheral.push({ node: u, reason: 'single_tie' });
  }
  return {
    participation: p,
    communitiesReached,
    isBroker,
    brokers: Int32Array.from(candidates.slice(0, maxBrokers)),
    isolated: Int32Array.from(isolated),
    peripheral,
  };
}
