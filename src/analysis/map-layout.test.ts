import { describe, expect, it } from 'vitest';
import { layoutRounds, mapLayout, startPositions } from './map-layout.js';

/** Two triangles joined by one tie. */
const edges = { from: [0, 1, 2, 3, 4, 5, 2], to: [1, 2, 0, 4, 5, 3, 3] };
const distance = (p: { x: Float64Array; y: Float64Array }, a: number, b: number) =>
  Math.hypot(p.x[a]! - p.x[b]!, p.y[a]! - p.y[b]!);

describe('the map layout', () => {
  it('starts from seeded places in a disc of radius 10·√n', () => {
    const start = startPositions(50);
    expect(startPositions(50)).toEqual(start);
    for (let i = 0; i < 50; i++)
      expect(Math.hypot(start.x[i]!, start.y[i]!)).toBeLessThanOrEqual(10 * Math.sqrt(50));
    expect(new Set(start.x).size).toBe(50);
  });

  it('gives the same positions for the same network, the start after no rounds', () => {
    expect(mapLayout(6, edges)).toEqual(mapLayout(6, edges));
    expect(mapLayout(6, edges, 0)).toEqual(startPositions(6));
    expect(mapLayout(6, edges)).not.toEqual(startPositions(6));
  });

  it('draws tied actors closer than untied ones', () => {
    const p = mapLayout(6, edges);
    const tied = (distance(p, 0, 1) + distance(p, 3, 4)) / 2;
    const apart = (distance(p, 0, 4) + distance(p, 1, 5)) / 2;
    expect(tied).toBeLessThan(apart);
  });

  it('runs fewer rounds on larger maps, within bounds', () => {
    expect(layoutRounds(10)).toBe(500);
    expect(layoutRounds(2000)).toBe(50);
    expect(layoutRounds(10_000)).toBe(20);
    expect(layoutRounds(1000)).toBeGreaterThan(layoutRounds(2000));
  });
});
