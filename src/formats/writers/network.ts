/**
 * A network to export (organisations and their relations), and the checks every network writer runs
 * first: node ids unique, edges between known nodes, measure names usable as Gephi column ids.
 */
import { FormatError } from '../format-error.js';

export interface NetworkNode {
  id: string;
  name: string;
  /** Organisation kind (company, education, rdi, …). */
  kind?: string | null;
  /** Municipality name or code, as the caller wants it shown. */
  municipality?: string | null;
  /** TOL 2008 code. */
  tol?: string | null;
  /** Computed measures (degree, betweenness, community, …) by name. */
  measures?: Readonly<Record<string, number | null | undefined>>;
  /** How the node is drawn: GEXF's viz:color, viz:size and viz:position, GraphML's Gephi and yEd keys. */
  viz?: NodeViz;
}

export interface NodeViz {
  /** #rrggbb. */
  color?: string;
  /** Circle size (radius, as the map draws it). */
  size?: number;
  /** Position from a layout; both or neither. */
  x?: number;
  y?: number;
}

/** A measure's type in the files: whole numbers, decimals or yes/no (non-zero is yes). */
export type MeasureType = 'integer' | 'double' | 'boolean';

export interface NetworkEdge {
  /** Stable id (the relation's); generated from the position when absent. */
  id?: string;
  source: string;
  target: string;
  /** Relation kind (collaboration, funding, …). */
  kind: string;
  weight?: number | null;
  /** Where the relation is known from (interview, survey, project, …): the relation's `source` field. */
  provenance?: string | null;
}

export interface NetworkExport {
  /** Shown as the graph's description in Gephi. */
  title?: string;
  /** Relations are directed (from → to); default true. */
  directed?: boolean;
  nodes: readonly NetworkNode[];
  edges: readonly NetworkEdge[];
  /** The export's date (GEXF lastmodifieddate); default today. */
  date?: Date;
  /** Types of the measures by name; a measure not listed is a double. */
  measureTypes?: Readonly<Record<string, MeasureType>>;
}

/** Node attributes every export has, in this order; measures follow. */
export const NODE_ATTRIBUTES = ['name', 'kind', 'municipality', 'tol'] as const;
/** Edge attributes besides the weight. */
export const EDGE_ATTRIBUTES = ['kind', 'provenance'] as const;

/** Names the files use for drawing (Gephi reads x, y, z, size, r, g, b from GraphML) or for structure. */
const VIZ_NAMES = ['x', 'y', 'z', 'size', 'r', 'g', 'b', 'color', 'graphics'];
const RESERVED = new Set<string>([
  'id',
  'label',
  'weight',
  'source',
  'target',
  'type',
  ...NODE_ATTRIBUTES,
  ...VIZ_NAMES,
]);
const COLOR = /^#[0-9a-f]{6}$/i;
const MEASURE_NAME = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;

export interface CheckedNetwork {
  nodes: readonly NetworkNode[];
  edges: (NetworkEdge & { id: string })[];
  measures: string[];
  directed: boolean;
  /** The measure's type (double unless the network says otherwise). */
  typeOf: (measure: string) => MeasureType;
  /** Which drawing parts any node has: a file declares only those. */
  viz: { color: boolean; size: boolean; position: boolean };
}

/** Checks a network before writing; throws FormatError('invalid_input') with the first problem. */
export function checkNetwork(network: NetworkExport): CheckedNetwork {
  const ids = new Set<string>();
  const measures = new Set<string>();
  for (const node of network.nodes) {
    if (typeof node.id !== 'string' || node.id === '')
      throw new FormatError('invalid_input', 'a node has no id');
    if (ids.has(node.id)) throw new FormatError('invalid_input', `node id '${node.id}' appears twice`);
    ids.add(node.id);
    for (const name of Object.keys(node.measures ?? {})) {
      if (!MEASURE_NAME.test(name) || RESERVED.has(name.toLowerCase())) {
        throw new FormatError(
          'invalid_input',
          `'${name.slice(0, 40)}' cannot name a measure (letters, digits, _; not a reserved name)`,
        );
      }
      const other = [...measures].find((m) => m !== name && m.toLowerCase() === name.toLowerCase());
      if (other)
        throw new FormatError('invalid_input', `measures '${other}' and '${name}' differ only in case`);
      measures.add(name);
    }
  }
  const edgeIds = new Set<string>();
  const edges = network.edges.map((edge, i) => {
    if (!ids.has(edge.source) || !ids.has(edge.target)) {
      throw new FormatError('invalid_input', `edge ${edge.id ?? i} joins a node that is not in the network`);
    }
    const id = edge.id ?? `e${i}`;
    if (edgeIds.has(id)) throw new FormatError('invalid_input', `edge id '${id}' appears twice`);
    edgeIds.add(id);
    return { ...edge, id };
  });
  return {
    nodes: network.nodes,
    edges,
    measures: [...measures].sort(),
    directed: network.directed ?? true,
    typeOf: (m) => network.measureTypes?.[m] ?? 'double',
    viz: checkViz(network.nodes),
  };
}

/** Colours are #rrggbb, sizes positive, positions finite and whole (x with y); throws FormatError. */
function checkViz(nodes: readonly NetworkNode[]): CheckedNetwork['viz'] {
  const found = { color: false, size: false, position: false };
  for (const { id, viz } of nodes) {
    if (!viz) continue;
    if (viz.color !== undefined && !COLOR.test(viz.color))
      throw new FormatError('invalid_input', `node '${id}' has a colour that is not #rrggbb`);
    if (viz.size !== undefined && !(Number.isFinite(viz.size) && viz.size > 0))
      throw new FormatError('invalid_input', `node '${id}' has a size that is not a positive number`);
    const placed = [viz.x, viz.y].filter((v) => v !== undefined);
    if (placed.length === 1 || !placed.every((v) => Number.isFinite(v)))
      throw new FormatError('invalid_input', `node '${id}' needs a finite x and y, or neither`);
    found.color ||= viz.color !== undefined;
    found.size ||= viz.size !== undefined;
    found.position ||= placed.length === 2;
  }
  return found;
}

/** A measure's value as the file writes it: yes/no as true/false, numbers as they are. */
export function measureText(value: number, type: MeasureType): string | number {
  if (type === 'boolean') return value !== 0 ? 'true' : 'false';
  return type === 'integer' ? Math.round(value) : value;
}

/** A number fit for a file: finite, or nothing. */
export function finite(value: number | null | undefined): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}
