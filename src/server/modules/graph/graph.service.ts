import type { Caller } from '../../auth/caller.js';
import type { Database } from '../../db/database.js';
import { notFound } from '../../errors.js';
import { findCommunity } from '../pictures/picture.repository.js';
import type { GraphMap } from './graph.presenter.js';
import { graphEdges, graphNodes, type GraphScope } from './graph.repository.js';
import { graphMeasures } from './graph.measures.js';

/**
 * What a map of a network or ecosystem the caller may see (by id or slug) is drawn from: its visible
 * members in the map's order and the ties among them. The network exports lay it out the same way.
 */
export async function mapInput(db: Database, caller: Caller, scope: GraphScope, key: string) {
  const found = await findCommunity(db, caller, scope === 'network' ? 'networks' : 'ecosystems', key);
  if (!found) throw notFound(scope === 'network' ? 'Network' : 'Ecosystem');
  const rows = await graphNodes(db, scope, found.id, caller);
  const edges = await graphEdges(
    db,
    rows.map((r) => r.id),
    caller,
  );
  return { found, rows, edges };
}

/** The map of a network or ecosystem the caller may see (by id or slug): its visible members and ties. */
export async function graphOf(
  db: Database,
  caller: Caller,
  scope: GraphScope,
  key: string,
): Promise<GraphMap> {
  const { found, rows, edges } = await mapInput(db, caller, scope, key);
  return {
    scope: { kind: scope, id: found.id, name: found.nameFi },
    rows,
    measured: graphMeasures(rows.length, edges),
    edges,
  };
}
