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

function positionsOf({ ids, x, y }: MapLayout): Map<string, Position> {
  return new Map(ids.map((id, i) => [id, { x: round(x[i]!), y: round(y[i]!) }]));
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
