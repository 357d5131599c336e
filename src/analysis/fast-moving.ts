/**
 * Leiden's fast local moving (Traag, Waltman & van Eck 2019, "FastMoveNodes"): every node is queued once
 * in a seeded random order; a node taken from the queue moves to the community with the largest
 * modularity gain, an empty community included, and when it moves, its neighbours outside its new
 * community are queued again. Unlike Louvain's full passes, only nodes whose surroundings changed are
 * visited again, so the phase ends when the queue is empty: no node then has a move that raises
 * modularity.
 *
 * Gains are in units of m, as in Louvain: ΔQ·m = k_i,c − k_i,own − γ·k_i·(Σtot_c − Σtot_own)/(2m).
 */
import type { LevelGraph } from './community-levels.js';
import { shuffleInPlace } from '../domain/random.js';

/** The communities a moving phase keeps up to date: total strength and member count of each. */
interface CommunityState {
  readonly community: Int32Array;
  readonly total: Float64Array;
  readonly size: Int32Array;
  /** Ids of empty communities, a stack; `emptyCount` of them are valid. */
  readonly empty: Int32Array;
  emptyCount: number;
}

function communityState(level: LevelGraph, community: Int32Array): CommunityState {
  const total = new Float64Array(level.n);
  const size = new Int32Array(level.n);
  for (let u = 0; u < level.n; u++) {
    total[community[u]!]! += level.strength[u]!;
    size[community[u]!]!++;
  }
  const empty = new Int32Array(level.n);
  let emptyCount = 0;
  for (let c = level.n - 1; c >= 0; c--) if (size[c] === 0) empty[emptyCount++] = c;
  return { community, total, size, empty, emptyCount };
}

/**
 * Moves nodes of `level` between communities in place (`community[u]`, ids below level.n) until the
 * queue is empty or `budget` nodes have been visited. Returns the number of moves made.
 */
export function fastMoveNodes(
  level: LevelGraph,
  community: Int32Array,
  m: number,
  resolution: number,
  random: () => number,
  budget = Infinity,
): number {
  const { n, offsets, neighbours, weights, strength } = level;
  const state = communityState(level, community);
  const { total, size } = state;
  const queue = shuffleInPlace(
    Int32Array.from({ length: n }, (_, i) => i),
    random,
  );
  const queued = new Uint8Array(n).fill(1);
  let head = 0;
  let queueLength = n;
  const toCommunity = new Float64Array(n);
  // seenBy[c] === visit marks c as gathered in this visit (a counter: a node may be visited again)
  const seenBy = new Int32Array(n).fill(-1);
  const touched = new Int32Array(n);
  const scale = resolution / (2 * m);
  let visit = 0;
  let moves = 0;
  while (queueLength > 0 && visit < budget) {
    const u = queue[head]!;
    head = head + 1 === n ? 0 : head + 1;
    queueLength--;
    queued[u] = 0;
    const ku = strength[u]!;
    const own = community[u]!;
    let touchedCount = 0;
    visit++;
    for (let p = offsets[u]!, end = offsets[u + 1]!; p < end; p++) {
      const c = community[neighbours[p]!]!;
      if (seenBy[c] !== visit) {
        seenBy[c] = visit;
        toCommunity[c] = 0;
        touched[touchedCount++] = c;
      }
      toCommunity[c]! += weights[p]!;
    }
    total[own]! -= ku;
    const stay = (seenBy[own] === visit ? toCommunity[own]! : 0) - scale * total[own]! * ku;
    let best = own;
    // a move must gain more than rounding noise, or floating point could swap a node back and forth
    let bestGain = 1e-12 * ku;
    for (let t = 0; t < touchedCount; t++) {
      const c = touched[t]!;
      const gain = toCommunity[c]! - scale * total[c]! * ku - stay;
      if (gain > bestGain) {
        bestGain = gain;
        best = c;
      }
    }
    // alone, u would gain −stay; only worth a look when u is not alone already
    if (size[own]! > 1 && -stay > bestGain && state.emptyCount > 0) best = state.empty[--state.emptyCount]!;
    total[best]! += ku;
    if (best === own) continue;
    community[u] = best;
    size[best]!++;
    if (--size[own]! === 0) state.empty[state.emptyCount++] = own;
    moves++;
    for (let p = offsets[u]!, end = offsets[u + 1]!; p < end; p++) {
      const v = neighbours[p]!;
      if (queued[v] === 0 && community[v] !== best) {
        queued[v] = 1;
        queue[(head + queueLength++) % n] = v;
      }
    }
  }
  return moves;
}
