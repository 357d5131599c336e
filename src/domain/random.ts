/**
 * Seeded pseudo-random numbers, the one generator of the project: the same data and the same seed give
 * the same picture (communities, sampled betweenness sources; the seed is reported with the result), the
 * same generated YTJ dump and the same first positions on a network map.
 */

/** mulberry32: a small, fast 32-bit generator; statistically good enough for shuffles and sampling. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A uniform integer in [0, bound). */
export function randomInt(random: () => number, bound: number): number {
  return Math.floor(random() * bound);
}

/** Shuffles in place (Fisher–Yates) and returns the same array. */
export function shuffleInPlace<T extends { length: number; [i: number]: unknown }>(
  values: T,
  random: () => number,
): T {
  for (let i = values.length - 1; i > 0; i--) {
    const j = randomInt(random, i + 1);
    const tmp = values[i]!;
    values[i] = values[j]!;
    values[j] = tmp;
  }
  return values;
}

/**
 * k distinct indices from [0, n), in the order drawn (a partial Fisher–Yates shuffle). Costs O(n) memory
 * once, which is negligible next to the graph itself.
 */
export function sampleIndices(n: number, k: number, random: () => number): Int32Array {
  if (k > n) throw new RangeError(`Cannot sample ${k} of ${n}`);
  const pool = new Int32Array(n);
  for (let i = 0; i < n; i++) pool[i] = i;
  for (let i = 0; i < k; i++) {
    const j = i + randomInt(random, n - i);
    const tmp = pool[i]!;
    pool[i] = pool[j]!;
    pool[j] = tmp;
  }
  return pool.slice(0, k);
}
