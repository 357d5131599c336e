import type { GraphData, Measure } from './data';
import { MEASURES } from './data';

/** What the map and the tables show; every field lives in the page address. */
export type MapView = {
  measure: Measure;
  kind: string | null;
  relation: string | null;
  municipality: string | null;
  /** The actor in focus (a node id); with depth > 0 only it and its neighbourhood are shown. */
  focus: string | null;
  depth: 0 | 1 | 2;
};

export type Selection = {
  /** nodes[i] is true when node i is shown. */
  nodes: boolean[];
  /** Positions of the shown relations. */
  edges: number[];
  nodeCount: number;
};

const param = (p: URLSearchParams, key: string) => p.get(key) || null;

export function viewFromParams(p: URLSearchParams): MapView {
  const measure = param(p, 'measure');
  const depth = Number(p.get('ego'));
  return {
    measure: MEASURES.includes(measure as Measure) ? (measure as Measure) : 'degree',
    kind: param(p, 'kind'),
    relation: param(p, 'relation'),
    municipality: param(p, 'municipality'),
    focus: param(p, 'focus'),
    depth: depth === 1 || depth === 2 ? depth : 0,
  };
}

/** The address keeps only what differs from the default view, so a plain link shows the whole network. */
export function paramsFromView(view: MapView): Record<string, string> {
  const out: Record<string, string> = {};
  if (view.measure !== 'degree') out.measure = view.measure;
  if (view.kind) out.kind = view.kind;
  if (view.relation) out.relation = view.relation;
  if (view.municipality) out.municipality = view.municipality;
  if (view.focus) out.focus = view.focus;
  if (view.focus && view.depth) out.ego = String(view.depth);
  return out;
}

/** Breadth-first from the focus over the given relations, up to depth steps in either direction. */
function neighbourhood(graph: GraphData, start: number, depth: number, edges: number[], allowed: boolean[]) {
  const near = new Map<number, number[]>();
  const link = (a: number, b: number) => near.set(a, [...(near.get(a) ?? []), b]);
  for (const e of edges) {
    link(graph.edges.from[e]!, graph.edges.to[e]!);
    link(graph.edges.to[e]!, graph.edges.from[e]!);
  }
  const reached = new Set([start]);
  let frontier = [start];
  for (let step = 0; step < depth; step++) {
    frontier = frontier.flatMap((n) => (near.get(n) ?? []).filter((m) => allowed[m] && !reached.has(m)));
    for (const n of frontier) reached.add(n);
  }
  return reached;
}

/** The nodes and relations the filters and the ego network leave on the map (and in the tables). */
export function select(graph: GraphData, view: MapView): Selection {
  let nodes = graph.nodes.id.map(
    (_, i) =>
      (!view.kind || graph.nodes.kind[i] === view.kind) &&
      (!view.municipality || graph.nodes.municipalityCode[i] === view.municipality),
  );
  const between = (e: number) => nodes[graph.edges.from[e]!]! && nodes[graph.edges.to[e]!]!;
  let edges = graph.edges.kind
    .map((_, e) => e)
    .filter((e) => (!view.relation || graph.edges.kind[e] === view.relation) && between(e));
  const start = view.focus ? graph.nodes.id.indexOf(view.focus) : -1;
  if (start >= 0 && view.depth > 0) {
    const reached = neighbourhood(graph, start, view.depth, edges, nodes);
    nodes = nodes.map((shown, i) => shown && reached.has(i));
    edges = edges.filter(between);
  }
  return { nodes, edges, nodeCount: nodes.filter(Boolean).length };
}

/** Node sizes by a measure, as the server's network exports size them too. */
export { nodeSizes as sizes } from '../../../domain/network-style';
