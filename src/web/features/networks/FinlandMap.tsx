import { geoArea, geoMercator, geoPath, type GeoGeometryObjects, type GeoPermissibleObjects } from 'd3-geo';
import { useTranslation } from 'react-i18next';
import { api, type Schema } from '../../api/client';
import { useApi } from '../../api/useApi';

type Feature = Schema<'MunicipalityBorders'>['features'][number];
/**
 * A border as d3-geo reads it. The document leaves a geometry's coordinates open (`unknown[]`: how deep
 * the positions nest depends on its type), so the geometry is taken as the GeoJSON it is.
 */
type Border = Omit<Feature, 'geometry'> & { geometry: GeoGeometryObjects };
const asBorder = (feature: Feature): Border => ({
  ...feature,
  geometry: feature.geometry as GeoGeometryObjects,
});

/**
 * GeoJSON (RFC 7946) winds outer rings anticlockwise, d3-geo clockwise: a ring read the other way round
 * encloses the rest of the globe. A border larger than a hemisphere is such a ring and is turned around.
 */
function rewound(border: Border): Border {
  if (geoArea(border) <= 2 * Math.PI) return border;
  const g = border.geometry as { type: string; coordinates: number[][][] | number[][][][] };
  const flip = (polygon: number[][][]) => polygon.map((ring) => [...ring].reverse());
  const coordinates =
    g.type === 'Polygon' ? flip(g.coordinates as number[][][]) : (g.coordinates as number[][][][]).map(flip);
  return { ...border, geometry: { ...g, coordinates } as GeoGeometryObjects };
}

const WIDTH = 300;
const HEIGHT = 520;

/**
 * The member municipalities filled on a map of Finland, drawn only when municipality borders have been
 * imported (`solmu reference import <borders.geojson>`); without them the list beside it says it all.
 * A picture for the eye (role img with a summary); the list of municipalities is the accessible form.
 */
export function FinlandMap({ codes, summary }: { codes: string[]; summary: string }) {
  const { t } = useTranslation();
  const result = useApi('borders', async (signal) => {
    const borders = await api.get('/reference/municipality-borders', { signal });
    return { ...borders, features: borders.features.map((f) => rewound(asBorder(f))) };
  });
  const borders = result.data;
  if (!borders || borders.features.length === 0) return null;
  const member = new Set(codes);
  const projection = geoMercator().fitSize([WIDTH, HEIGHT], borders as GeoPermissibleObjects);
  const path = geoPath(projection);
  return (
    <figure className="finland-map">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-label={summary}
        data-testid="finland-map"
        data-filled={codes.filter((c) => borders.features.some((f) => f.id === c)).length}
      >
        {borders.features.map((f) => (
          <path key={f.id} d={path(f.geometry) ?? ''} className={member.has(f.id) ? 'member' : undefined} />
        ))}
      </svg>
      <figcaption className="muted">{t('map.bordersSource')}</figcaption>
    </figure>
  );
}
