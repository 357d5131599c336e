/**
 * Leiden's refinement (Traag, Waltman & van Eck 2019, "RefinePartition"/"MergeNodesSubset"): inside each
 * community of the local moving phase, start from singletons and merge, in a seeded random order, each
 * node that is still alone and well connected to its community into the well-connected sub-community of
 * the same community that gains the most modularity (gain ≥ 0). A sub-community only ever grows by a node
 * joined to it by an edge, so every sub-community is connected; aggregating by sub-communities rather
 * than by communities is what keeps Leiden's communities connected, which plain Louvain does not ensure.
 *
 * The paper draws the sub-community at random with probability ∝ exp(ΔH/θ), θ = 0.01; with gains in
 * units of edge weight that is the greedy choice except for near-ties, so we take the greedy choice
 * (the θ → 0 limit) and keep the seeded random node order as the only randomness.
 *
 * "Well connected" with resolution γ: a set C inside community S qualifies when the weight of its edges
 * to the rest of S is at least γ·K_C·(K_S − K_C)/(2m), K the summed strengths.
 */
import type { LevelGraph } from './community-levels.js';
import { shuffleInPlace } from '../domain/random.js';

/** Sub-community of each node of `level` (ids are node ids), each inside its node's community. */
export function refinePartition(
  level: LevelGraph,
  community: Int32Array,
  m: number,
  resolution: number,
  random: () => number,
): Int32Array {
  const { n, offsets, neighbours, weights, strength } = level;
  const scale = resolution / (2 * m);
  const communityTotal = new Float64Array(n);
  for (let u = 0; u < n; u++) communityTotal[community[u]!]! += strength[u]!;
  const refined = Int32Array.from({ length: n }, (_, i) => i);
  const clusterTotal = Float64Array.from(strength);
  const clusterSize = new Int32Array(n).fill(1);
  // weight from each sub-community to the rest of its community
  const external = new Float64Array(n);
  for (let u = 0; u < n; u++) {
    for (let p = offsets[u]!, end = offsets[u + 1]!; p < end; p++) {
      if (community[neighbours[p]!] === community[u]) external[u]! += weights[p]!;
    }
  }
  const wellConnected = (weight: number, part: number, whole: number) =>
    weight >= scale * part * (whole - part);
  const toCluster = new Float64Array(n);
  const seenBy = new Int32Array(n).fill(-1);
  const touched = new Int32Array(n);
  const order = shuffleInPlace(
    Int32Array.from({ length: n }, (_, i) => i),
    random,
  );
  for (const u of order) {
    const ku = strength[u]!;
    const whole = communityTotal[community[u]!]!;
    if (clusterSize[u] !== 1 || !wellConnected(external[u]!, ku, whole)) continue;
    let touchedCount = 0;
    for (let p = offsets[u]!, end = offsets[u + 1]!; p < end; p++) {
      const v = neighbours[p]!;
      if (community[v] !== community[u]) continue;
      const r = refined[v]!;
      if (seenBy[r] !== u) {
        seenBy[r] = u;
        toCluster[r] = 0;
        touched[touchedCount++] = r;
      }
      toCluster[r]! += weights[p]!;
    }
    let best = -1;
    let bestGain = -Infinity;
    for (let t = 0; t < touchedCount; t++) {
      const r = touched[t]!;
      if (r === u || !wellConnected(external[r]!, clusterTotal[r]!, whole)) continue;
      const gain = toCluster[r]! - scale * ku * clusterTotal[r]!;
      if (gain >= 0 && gain > bestGain) {
        bestGain = gain;
        best = r;
      }
    }
    if (best < 0) continue;
    refined[u] = best;
    clusterTotal[best]! += ku;
    clusterSize[best]!++;
    clusterSize[u] = 0;
    external[best] = external[best]! + external[u]! - 2 * toCluster[best]!;
  }
  return refined;
}
