import { z } from 'zod';
import type { BorderGeometry } from '../../../formats/municipality-borders.js';
import type { JsonValue } from '../../db/schema.js';

export const regionSchema = z
  .object({
    code: z.string(),
    nameFi: z.string(),
    nameSv: z.string().nullable(),
    nameEn: z.string().nullable(),
    nuts3: z.string().nullable(),
    nuts3V2024: z.string().nullable(),
  })
  .meta({ id: 'Region' });

export const municipalitySchema = z
  .object({
    code: z.string(),
    nameFi: z.string(),
    nameSv: z.string().nullable(),
    nameEn: z.string().nullable(),
    regionCode: z.string().nullable(),
    isActive: z.boolean(),
  })
  .meta({ id: 'Municipality' });

export const industrySchema = z
  .object({
    classification: z.string(),
    code: z.string(),
    level: z.number().int(),
    parentCode: z.string().nullable(),
    nameFi: z.string(),
    nameSv: z.string().nullable(),
    nameEn: z.string().nullable(),
  })
  .meta({ id: 'Industry' });

export const borderCollectionSchema = z
  .object({
    type: z.literal('FeatureCollection'),
    features: z.array(
      z.object({
        type: z.literal('Feature'),
        id: z.string(),
        properties: z.object({ municipalityCode: z.string() }),
        geometry: z.object({ type: z.enum(['Polygon', 'MultiPolygon']), coordinates: z.array(z.any()) }),
      }),
    ),
  })
  .meta({ id: 'MunicipalityBorders' });

type Region = z.infer<typeof regionSchema>;
type Municipality = z.infer<typeof municipalitySchema>;
type Industry = z.infer<typeof industrySchema>;

export const presentRegion = (r: Region): Region => ({
  code: r.code,
  nameFi: r.nameFi,
  nameSv: r.nameSv,
  nameEn: r.nameEn,
  nuts3: r.nuts3,
  nuts3V2024: r.nuts3V2024,
});

export const presentMunicipality = (m: Municipality): Municipality => ({
  code: m.code,
  nameFi: m.nameFi,
  nameSv: m.nameSv,
  nameEn: m.nameEn,
  regionCode: m.regionCode,
  isActive: m.isActive,
});

export const presentIndustry = (i: Industry): Industry => ({
  classification: i.classification,
  code: i.code,
  level: i.level,
  parentCode: i.parentCode,
  nameFi: i.nameFi,
  nameSv: i.nameSv,
  nameEn: i.nameEn,
});

type Ring = number[][];

/**
 * Three decimals (about 100 m) are finer than a map of all Finland can show; dropping the points that
 * then coincide shrinks the answer without changing the picture.
 */
function simplifyRing(ring: Ring): Ring {
  const out: Ring = [];
  for (const [x, y] of ring) {
    const p = [Math.round(x! * 1000) / 1000, Math.round(y! * 1000) / 1000];
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  return out.length >= 4 ? out : ring.map(([x, y]) => [x!, y!]);
}

function simplify(g: BorderGeometry) {
  return g.type === 'Polygon'
    ? { type: g.type, coordinates: g.coordinates.map(simplifyRing) }
    : { type: g.type, coordinates: g.coordinates.map((polygon) => polygon.map(simplifyRing)) };
}

/** The stored borders as a GeoJSON feature collection, simplified for a map of all Finland. */
export function presentBorders(rows: { municipalityCode: string; geometry: JsonValue }[]) {
  const features = rows.map((r) => ({
    type: 'Feature' as const,
    id: r.municipalityCode,
    properties: { municipalityCode: r.municipalityCode },
    // Stored by the border import from a checked GeoJSON file (formats/municipality-borders.ts).
    geometry: simplify(r.geometry as BorderGeometry),
  }));
  return { type: 'FeatureCollection' as const, features };
}
