import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sharedDataPath } from '../../../../test/support/reference.js';
import { looksLikeGeoJson, parseMunicipalityBorders } from '../../../formats/municipality-borders.js';
import { testApp } from '../../../../test/db.js';
import { importBorders } from './borders.import.js';

const { db, anonymous } = await testApp();

/** The shared border file, read at run time: the project never ships a copy. */
const SHARED = fs.readFileSync(sharedDataPath('municipalities.geojson'));

type Feature = { id: string; geometry: { type: string; coordinates: unknown[] } };

describe('municipality borders', () => {
  it('are empty until imported, and say so with an empty collection', async () => {
    const res = await anonymous('GET', '/api/v1/reference/municipality-borders');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ type: 'FeatureCollection', features: [] });
  });

  it('import from the shared GeoJSON: 308 municipalities, served publicly and simplified', async () => {
    expect(looksLikeGeoJson(SHARED, 'municipalities.geojson')).toBe(true);
    const parsed = parseMunicipalityBorders(SHARED);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    expect(await importBorders(db, parsed.borders, 'municipalities.geojson')).toEqual({
      municipalities: 308,
    });
    const res = await anonymous('GET', '/api/v1/reference/municipality-borders');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toContain('public');
    const features = res.body.features as Feature[];
    expect(features).toHaveLength(308);
    const iisalmi = features.find((f) => f.id === '140')!;
    expect(['Polygon', 'MultiPolygon']).toContain(iisalmi.geometry.type);
    // Simplified: smaller than the file, every coordinate at three decimals at most.
    expect(JSON.stringify(res.body).length).toBeLessThan(SHARED.length);
    const text = JSON.stringify(iisalmi.geometry.coordinates);
    expect(text).not.toMatch(/\.\d{4}/);
    expect(features.some((f) => f.id === '588')).toBe(false); // merged into Mäntyharju in 2025
  });

  it('a second import replaces the first', async () => {
    const parsed = parseMunicipalityBorders(SHARED);
    if (!parsed.ok) throw new Error('parse');
    await importBorders(db, parsed.borders.slice(0, 5), 'part.geojson');
    expect((await anonymous('GET', '/api/v1/reference/municipality-borders')).body.features).toHaveLength(5);
  });

  it('refuses a file that is not borders, naming the feature', () => {
    expect(parseMunicipalityBorders(Buffer.from('not json')).ok).toBe(false);
    const point = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { municipality_code: '140' },
          geometry: { type: 'Point', coordinates: [1, 2] },
        },
      ],
    };
    expect(parseMunicipalityBorders(Buffer.from(JSON.stringify(point)))).toEqual({
      ok: false,
      errors: [{ feature: 1, message: 'Not a Polygon or MultiPolygon feature' }],
    });
    expect(looksLikeGeoJson(Buffer.from('code;name\n140;Iisalmi'), 'kunnat.csv')).toBe(false);
  });
});
