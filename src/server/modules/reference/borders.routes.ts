import type { OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import type { BorderGeometry } from '../../../formats/municipality-borders.js';
import { route } from '../../routing.js';
import type { AppEnv } from '../../env.js';
import { jsonContent } from '../../openapi.js';

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

const borderCollection = z
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

export function registerBorderRoutes(app: OpenAPIHono<AppEnv>) {
  route(
    app,
    'public',
    {
      method: 'get',
      path: '/api/v1/reference/municipality-borders',
      tags: ['reference'],
      summary: 'Municipality borders as GeoJSON (WGS84, simplified); empty until a border file is imported',
      responses: { 200: jsonContent(borderCollection, 'The imported borders') },
    },
    async (c) => {
      const rows = await c.var.db
        .selectFrom('municipalityBorders')
        .select(['municipalityCode', 'geometry'])
        .orderBy('municipalityCode')
        .execute();
      const features = rows.map((r) => ({
        type: 'Feature' as const,
        id: r.municipalityCode,
        properties: { municipalityCode: r.municipalityCode },
        geometry: simplify(r.geometry as BorderGeometry),
      }));
      // Reference data changes once a year: browsers and proxies may keep it for an hour.
      c.header('cache-control', 'public, max-age=3600');
      return c.json({ type: 'FeatureCollection' as const, features }, 200);
    },
  );
}
