import Graph from 'graphology';
import type { RELATION_KINDS } from '../../../domain/enums';
import { kindColor } from '../../../domain/network-style';
import type { GraphData } from './data';
import { startPositions } from '../../../analysis/map-layout';

/** The kinds' colours are shared with the server's network exports, so Gephi shows what the map does. */
export { KIND_COLORS } from '../../../domain/network-style';

type RelationKind = (typeof RELATION_KINDS)[number];

/**
 * A relation kind is told by its colour and by its shape: kinds that run one way (a supplier to its
 * customer, a funder to the funded) are drawn as arrows, mutual ones (collaboration, membership) as plain
 * lines, so the map does not rest on colour alone.
 */
export const RELATION_STYLES: Record<RelationKind, { color: string; directed: boolean }> = {
  collaboration: { color: '#2A6EBB', directed: false },
  project_partner: { color: '#007A5E', directed: false },
  supply_chain: { color: '#C13B00', directed: true },
  customer: { color: '#B35900', directed: true },
  education: { color: '#A6457F', directed: true },
  ownership: { color: '#6A3D9A', directed: true },
  membership: { color: '#3B8FB6', directed: false },
  funding: { color: '#7A6A00', directed: true },
  met_at_event: { color: '#8A8A8A', directed: false },
  other: { color: '#8A8A8A', directed: false },
};

export const relationStyle = (kind: string) => RELATION_STYLES[kind as RelationKind] ?? RELATION_STYLES.other;

export type NodeAttributes = {
  label: string;
  kind: string;
  x: number;
  y: number;
  size: number;
  color: string;
};
/** arrow and line are sigma's; thin is a one-pixel line (see NetworkMap) for maps of many relations. */
export type EdgeAttributes = { kind: string; color: string; size: number; type: 'arrow' | 'line' | 'thin' };

/** Above this many relations every edge is a thin line: arrows and wide lines cost triangles per edge. */
export const LARGE_MAP_EDGES = 5000;

type MapGraph = Graph<NodeAttributes, EdgeAttributes>;

/**
 * The map's nodes as a graphology graph, built from the server's columns: a node per member. Nodes start
 * at seeded random places in a disc, so the first picture appears at once and the layout in the worker
 * refines it.
 */
function buildNodes(data: GraphData, nameOf: (i: number) => string): MapGraph {
  const graph = new Graph<NodeAttributes, EdgeAttributes>({
    multi: true,
    type: 'mixed',
    allowSelfLoops: true,
  });
  // The same network starts from the same positions, as the server's network exports do.
  const start = startPositions(data.nodes.id.length);
  data.nodes.id.forEach((id, i) => {
    graph.addNode(id, {
      label: nameOf(i),
      kind: data.nodes.kind[i]!,
      x: start.x[i]!,
      y: start.y[i]!,
      size: 5,
      color: kindColor(data.nodes.kind[i]),
    });
  });
  return graph;
}

/** An edge per relation (keys are positions in the columns). */
function addEdges(graph: MapGraph, data: GraphData) {
  const large = data.edges.from.length > LARGE_MAP_EDGES;
  data.edges.from.forEach((from, e) => {
    const style = relationStyle(data.edges.kind[e]!);
    graph.addDirectedEdgeWithKey(String(e), data.nodes.id[from]!, data.nodes.id[data.edges.to[e]!]!, {
      kind: data.edges.kind[e]!,
      color: style.color,
      size: large ? 1 : 2,
      type: large ? 'thin' : style.directed ? 'arrow' : 'line',
    });
  });
}

/** The map as a graphology graph, nodes and edges. */
export function buildGraph(data: GraphData, nameOf: (i: number) => string): MapGraph {
  const graph = buildNodes(data, nameOf);
  addEdges(graph, data);
  return graph;
}

/** Graphs whose edges are still to be added, and how many there will be. */
const pending = new WeakMap<MapGraph, { count: number; add: () => void }>();

/**
 * The map with its nodes now and its edges when completeGraph asks for them: reading 50,000 relations
 * into graphology takes a few hundred milliseconds on a slow machine, and the first picture of a large
 * map is its nodes alone (first-frame.ts), so the edges are read after it is on screen.
 */
export function buildGraphLater(data: GraphData, nameOf: (i: number) => string): MapGraph {
  const graph = buildNodes(data, nameOf);
  if (data.edges.from.length > 0)
    pending.set(graph, { count: data.edges.from.length, add: () => addEdges(graph, data) });
  return graph;
}

/** Adds the edges buildGraphLater held back (once); nothing to do for a graph that has them. */
export function completeGraph(graph: MapGraph) {
  const later = pending.get(graph);
  pending.delete(graph);
  later?.add();
}

/** How many relations the map has, counting those still to be added. */
export const relationCount = (graph: MapGraph) => graph.size + (pending.get(graph)?.count ?? 0);

/** A large map: thin lines, no arrows, nodes first (see LARGE_MAP_EDGES). */
export const isLargeMap = (graph: MapGraph) => relationCount(graph) > LARGE_MAP_EDGES;
