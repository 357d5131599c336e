import { describe, expect, it } from 'vitest';
import { buildPicture } from '../analysis/picture.js';
import { townInput } from '../../test/support/analysis/town.js';
import { centralActorsChart } from './charts.js';

/** Axis figures of the bar charts (PageRank shares below one) follow the report's language. */
describe('the report charts', () => {
  const picture = buildPicture(townInput());
  const axisTexts = (svg: string) => [...svg.matchAll(/<text[^>]*>(0[.,]\d+)<\/text>/g)].map((m) => m[1]!);

  it('write decimals with a comma in Finnish and Swedish, with a point in English', () => {
    const fi = axisTexts(centralActorsChart(picture, 'fi').svg);
    expect(fi.length).toBeGreaterThan(0);
    expect(fi.every((t) => t.includes(','))).toBe(true);
    expect(axisTexts(centralActorsChart(picture, 'sv').svg).every((t) => t.includes(','))).toBe(true);
    expect(axisTexts(centralActorsChart(picture, 'en').svg).every((t) => t.includes('.'))).toBe(true);
  });
});
