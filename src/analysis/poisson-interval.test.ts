/** Against the exact 95 % Poisson limits tabulated in the literature (e.g. Garwood 1936; Ulm 1990). */
import { describe, expect, it } from 'vitest';
import { poissonInterval } from './poisson-interval.js';

const TABLE: [number, number, number][] = [
  [0, 0, 3.6889],
  [1, 0.0253, 5.5716],
  [2, 0.2422, 7.2247],
  [5, 1.6235, 11.6683],
  [10, 4.7954, 18.3904],
  [20, 12.2165, 30.8884],
  [50, 37.111, 65.9188],
  [100, 81.3638, 121.628],
];

describe('Poisson interval of a count', () => {
  it.each(TABLE)('count %d: %f–%f', (count, low, high) => {
    const i = poissonInterval(count);
    expect(Math.abs(i.low - low)).toBeLessThan(Math.max(5e-4, low * 1e-3));
    expect(Math.abs(i.high - high)).toBeLessThan(Math.max(5e-4, high * 1e-3));
  });

  it('joins the exact and approximate limits smoothly and stays around the count for large ones', () => {
    const below = poissonInterval(99);
    const at = poissonInterval(100);
    expect(at.low - below.low).toBeGreaterThan(0.5);
    expect(at.low - below.low).toBeLessThan(1.5);
    const big = poissonInterval(1_000_000);
    expect(big.low).toBeCloseTo(1_000_000 - 1.96 * 1000, -1);
    expect(big.high).toBeCloseTo(1_000_000 + 1.96 * 1000, -1);
  });
});
