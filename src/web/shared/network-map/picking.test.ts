import { describe, expect, it } from 'vitest';
import { NodeGrid } from './picking';

// A 30×30 lattice with a spacing of 1, and one node far out.
const keys: string[] = [];
const xs: number[] = [];
const ys: number[] = [];
for (let i = 0; i < 30; i++)
  for (let j = 0; j < 30; j++) {
    keys.push(`${i},${j}`);
    xs.push(i);
    ys.push(j);
  }
keys.push('far');
xs.push(1000);
ys.push(-1000);
const grid = new NodeGrid(keys, Float64Array.from(xs), Float64Array.from(ys));
const near = (x: number, y: number, r: number) =>
  grid
    .near({ x, y }, r)
    .map((i) => keys[i])
    .sort();

/** What a scan of every node finds: the grid must find the same. */
const scan = (x: number, y: number, r: number) =>
  keys.filter((_, i) => Math.abs(xs[i]! - x) <= r && Math.abs(ys[i]! - y) <= r).sort();

describe('the grid of node places', () => {
  it('finds the nodes within reach of a point, and only those', () => {
    expect(near(10.2, 10.1, 0.5)).toEqual(['10,10']);
    expect(near(10.5, 10.5, 0.6)).toEqual(['10,10', '10,11', '11,10', '11,11']);
    expect(near(1000, -1000, 0.1)).toEqual(['far']);
    expect(near(500, 500, 3)).toEqual([]);
  });

  it('finds what a scan of every node finds, also at the edges and beyond them', () => {
    for (const [x, y, r] of [
      [0, 0, 2.5],
      [29.9, 29.9, 1],
      [-5, 15, 6],
      [15, 40, 11],
      [999, -999, 2],
      [15, 15, 2000],
    ] as const)
      expect(near(x, y, r)).toEqual(scan(x, y, r));
  });
});
