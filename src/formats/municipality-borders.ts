/**
 * Reader of municipality borders as GeoJSON (a FeatureCollection of Polygon or MultiPolygon features in
 * WGS84, such as the National Land Survey's "kuntajako" converted to GeoJSON). Pure: bytes in, borders or
 * a list of problems out. The code comes from a `municipality_code`, `kunta` or `code` property, or else
 * from the feature's id.
 */
import { z } from 'zod';

const position = z.tuple([z.number(), z.number()]).rest(z.number());
const ring = z.array(position).min(4);
const geometry = z.discriminatedUnion('type', [
  z.object({ type: z.literal('Polygon'), coordinates: z.array(ring).min(1) }),
  z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(ring).min(1)).min(1) }),
]);
const feature = z.object({
  type: z.literal('Feature'),
  id: z.union([z.string(), z.number()]).optional(),
  properties: z.record(z.string(), z.unknown()).nullable(),
  geometry,
});
const collection = z.object({ type: z.literal('FeatureCollection'), features: z.array(z.unknown()).min(1) });

export type BorderGeometry = z.infer<typeof geometry>;
export type MunicipalityBorder = { code: string; geometry: BorderGeometry };
export type BordersResult =
  { ok: true; borders: MunicipalityBorder[] } | { ok: false; errors: { feature: number; message: string }[] };

const CODE_PROPERTIES = ['municipality_code', 'kunta', 'code', 'natcode'];

function codeOf(f: z.infer<typeof feature>): string | null {
  const raw =
    CODE_PROPERTIES.map((p) => f.properties?.[p]).find((v) => v !== undefined && v !== null) ?? f.id;
  const text = raw === undefined ? '' : String(raw).trim();
  return /^\d{1,3}$/.test(text) ? text.padStart(3, '0') : null;
}

/** True when the bytes look like a GeoJSON FeatureCollection: the CLI then imports borders, not a code list. */
export function looksLikeGeoJson(bytes: Buffer, fileName = ''): boolean {
  if (/\.geojson$/i.test(fileName)) return true;
  const head = bytes
    .subarray(0, 4096)
    .toString('utf8')
    .replace(/^\uFEFF/, '');
  return /^\s*\{/.test(head) && /"FeatureCollection"/.test(head);
}

export function parseMunicipalityBorders(bytes: Buffer): BordersResult {
  let json: unknown;
  try {
    json = JSON.parse(bytes.toString('utf8').replace(/^\uFEFF/, ''));
  } catch (error) {
    return { ok: false, errors: [{ feature: 0, message: `Not JSON: ${(error as Error).message}` }] };
  }
  const top = collection.safeParse(json);
  if (!top.success)
    return { ok: false, errors: [{ feature: 0, message: 'Not a GeoJSON FeatureCollection' }] };
  const errors: { feature: number; message: string }[] = [];
  const byCode = new Map<string, MunicipalityBorder>();
  top.data.features.forEach((raw, i) => {
    const f = feature.safeParse(raw);
    if (!f.success) return errors.push({ feature: i + 1, message: 'Not a Polygon or MultiPolygon feature' });
    const code = codeOf(f.data);
    if (!code)
      return errors.push({ feature: i + 1, message: 'No municipality code (municipality_code or id)' });
    if (byCode.has(code))
      return errors.push({ feature: i + 1, message: `Municipality ${code} appears twice` });
    byCode.set(code, { code, geometry: f.data.geometry });
  });
  return errors.length ? { ok: false, errors } : { ok: true, borders: [...byCode.values()] };
}
