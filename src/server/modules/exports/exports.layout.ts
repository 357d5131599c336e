/**
 * Where a network export places its nodes: where the map the user sees places them. A network's or an
 * ecosystem's map is drawn from its members and ties as GET /api/v1/graph gives them; a picture's map from
 * the picture's actors (PageRank order) and merged ties. Either is laid out by the map's own layout
 * (seeded start, ForceAtlas2 with the map's settings) for a fixed number of rounds, once per data
 * version: the layout is kept (graph.layout.ts), so exporting unchanged data again does not lay it out again.
 */
import type { LayoutEdges } from '../../../analysis/map-layout.js';
import type { Picture, ScopeKind } from '../../../analysis/picture.schema.js';
import type { Caller } from '../../auth/caller.js';
import type { Database } from '../../db/database.js';
import { layoutFor, layoutKey, type MapLayout } from '../graph/graph.layout.js';
import { mapInput } from '../graph/graph.service.js';
import { dataVersion } from '../pictures/picture.repository.js';

export type Position = { x: number; y: number };

/** Six significant digits: finer than any screen shows the layout, and the file stays small. */
const round = (v: number) => Number(v.toPrecision(6));

/**
 * How wide the exported layout is, in the units of its positions. Solmu's map fits the layout into a canvas
 * about a thousand pixels wide and draws node sizes in pixels; Gephi and Gephi Lite draw viz:size in the
 * positions' own units. ForceAtlas2 leaves a 10,000-node network thousands of units wide, where sizes of
 * 1.5–13.5 would be specks, so the positions are scaled to this width, centred on the origin, and the file
 * shows nodes as large beside their network as Solmu's map does.
 */
export const LAYOUT_WIDTH = 1000;

function positionsOf({ ids, x, y }: MapLayout): Map<string, Position> {
  const [minX, maxX] = extent(x);
  const [minY, maxY] = extent(y);
  const widest = Math.max(maxX - minX, maxY - minY);
  const scale = widest > 0 ? LAYOUT_WIDTH / widest : 1;
  const [midX, midY] = [(minX + maxX) / 2, (minY + maxY) / 2];
  const at = (v: number, mid: number) => round((v - mid) * scale) + 0; // + 0: no -0 in the file
  return new Map(ids.map((id, i) => [id, { x: at(x[i]!, midX), y: at(y[i]!, midY) }]));
}

function extent(values: ArrayLike<number>): [number, number] {
  let [min, max] = [Infinity, -Infinity];
  for (let i = 0; i < values.length; i++) [min, max] = [Math.min(min, values[i]!), Math.max(max, values[i]!)];
  return values.length ? [min, max] : [0, 0];
}

/** The picture map's nodes and ties (see PictureMap in the web app). */
function pictureMap(picture: Picture): { ids: string[]; edges: LayoutEdges } {
  const ids = picture.network.actors.map((a) => a.organisationId);
  const at = new Map(ids.map((id, i) => [id, i]));
  const ties = (picture.network.edgeList ?? []).filter((e) => at.has(e.from) && at.has(e.to));
  return { ids, edges: { from: ties.map((e) => at.get(e.from)!), to: ties.map((e) => at.get(e.to)!) } };
}

/**
 * Node positions by organisation id, as the scope's map lays them out. A picture's map depends on the
 * picture too (its day and seed), so `picture` names it in the key; the network's and ecosystem's do not.
 */
export async function mapPositions(
  db: Database,
  caller: Caller,
  scope: ScopeKind,
  id: string,
  picture: { value: Picture; key: string },
): Promise<Map<string, Position>> {
  const version = await dataVersion(db);
  if (scope === 'network' || scope === 'ecosystem') {
    const at = { key: layoutKey(caller, scope, id), version };
    return positionsOf(
      await layoutFor(at, async () => {
        const { rows, edges } = await mapInput(db, caller, scope, id);
        return { ids: rows.map((r) => r.id), edges };
      }),
    );
  }
  const at = { key: layoutKey(caller, scope, id, picture.key), version };
  return positionsOf(await layoutFor(at, async () => pictureMap(picture.value)));
}
