/**
 * The maps of a public page as SVG, drawn on the server so they show without JavaScript: towns from the
 * municipality borders (WGS84 GeoJSON, projected with the longitude shrunk by the cosine of the middle
 * latitude), and the key actors with their public relations on a circle.
 */
import { html } from 'hono/html';
import type { Border } from './site.model.js';

type Ring = [number, number][];
type Geometry = { type: 'Polygon'; coordinates: Ring[] } | { type: 'MultiPolygon'; coordinates: Ring[][] };

const WIDTH = 600;
const PAD = 10;

function ringsOf(geometry: unknown): Ring[] {
  const g = geometry as Geometry | null;
  if (g?.type === 'Polygon') return g.coordinates;
  if (g?.type === 'MultiPolygon') return g.coordinates.flat();
  return [];
}

type Bounds = { minLon: number; maxLon: number; minLat: number; maxLat: number };

/** The extent of the points (a loop: a spread of a large town's points would overflow the stack). */
function boundsOf(rings: readonly Ring[]): Bounds | null {
  const b = { minLon: Infinity, maxLon: -Infinity, minLat: Infinity, maxLat: -Infinity };
  for (const ring of rings)
    for (const [lon, lat] of ring) {
      b.minLon = Math.min(b.minLon, lon);
      b.maxLon = Math.max(b.maxLon, lon);
      b.minLat = Math.min(b.minLat, lat);
      b.maxLat = Math.max(b.maxLat, lat);
    }
  return Number.isFinite(b.minLon) ? b : null;
}

/** Town outlines as SVG paths fitted to the width (a tall area to 1.2 × the width); null without borders. */
export function townsSvg(borders: readonly Border[], title: string) {
  const shapes = borders.map((b) => ({ ...b, rings: ringsOf(b.geometry) })).filter((b) => b.rings.length);
  const b = boundsOf(shapes.flatMap((s) => s.rings));
  if (!b) return null;
  const shrink = Math.cos((((b.minLat + b.maxLat) / 2) * Math.PI) / 180);
  const minX = b.minLon * shrink;
  const maxY = b.maxLat;
  const spanX = Math.max(b.maxLon * shrink - minX, 1e-6);
  const spanY = Math.max(b.maxLat - b.minLat, 1e-6);
  const scale = Math.min((WIDTH - 2 * PAD) / spanX, (1.2 * WIDTH - 2 * PAD) / spanY);
  const height = Math.round(spanY * scale + 2 * PAD);
  const xy = ([lon, lat]: [number, number]) =>
    `${(PAD + (lon * shrink - minX) * scale).toFixed(1)},${(PAD + (maxY - lat) * scale).toFixed(1)}`;
  const path = (rings: Ring[]) => rings.map((r) => `M${r.map(xy).join('L')}Z`).join('');
  return html`<svg class="map" viewBox="0 0 ${WIDTH} ${height}" role="img" aria-labelledby="map-title">
    <title id="map-title">${title}</title>
    ${shapes.map((s) => html`<path class="town member" d="${path(s.rings)}"><title>${s.name}</title></path>`)}
  </svg>`;
}

type Node = { id: string; name: string };

/** The key actors on a circle, a line for each public relation between two of them. */
export function actorsSvg(
  nodes: readonly Node[],
  links: readonly { from: string; to: string }[],
  title: string,
) {
  if (nodes.length === 0) return null;
  const size = 600;
  const radius = nodes.length === 1 ? 0 : 200;
  const at = new Map(
    nodes.map((n, i) => {
      const angle = (2 * Math.PI * i) / nodes.length - Math.PI / 2;
      return [n.id, { x: size / 2 + radius * Math.cos(angle), y: size / 2 + radius * Math.sin(angle), n }];
    }),
  );
  const lines = links.flatMap((l) => {
    const a = at.get(l.from);
    const b = at.get(l.to);
    return a && b
      ? [
          html`<line
            x1="${a.x.toFixed(1)}"
            y1="${a.y.toFixed(1)}"
            x2="${b.x.toFixed(1)}"
            y2="${b.y.toFixed(1)}"
          />`,
        ]
      : [];
  });
  return html`<svg
    class="actors-map"
    viewBox="0 0 ${size} ${size}"
    role="img"
    aria-labelledby="actors-map-title"
  >
    <title id="actors-map-title">${title}</title>
    <g class="links">${lines}</g>
    ${[...at.values()].map(
      ({ x, y, n }) =>
        html`<g class="node"
          ><circle cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="8" /><text
            x="${x.toFixed(1)}"
            y="${(y + 24).toFixed(1)}"
            text-anchor="middle"
            >${n.name}</text
          ></g
        >`,
    )}
  </svg>`;
}
