/**
 * GraphML (http://graphml.graphdrawing.org) for Gephi, yEd, Cytoscape and networkx. Keys are declared with
 * attr.name and attr.type; nodes carry label (Gephi shows it), name, kind, municipality, tol and measures
 * (typed: int, double or boolean); edges carry weight (Gephi's edge weight), kind and provenance. How a
 * node is drawn is written twice: as the keys Gephi's importer reads (r, g, b, x, y, size) and as a yEd
 * ShapeNode (yfiles.type="nodegraphics"). The ShapeNode comes first in a node, so readers that take x and
 * y from it (networkx) end with the layout's values from the later keys.
 */
import { rgbOf } from '../../domain/network-style.js';
import { xmlEscape } from './escape.js';
import {
  EDGE_ATTRIBUTES,
  NODE_ATTRIBUTES,
  checkNetwork,
  finite,
  measureText,
  type CheckedNetwork,
  type MeasureType,
  type NetworkExport,
  type NetworkNode,
} from './network.js';

type Value = string | number | null | undefined;

const key = (id: string, target: 'node' | 'edge', name: string, type: string) =>
  `  <key id="${xmlEscape(id)}" for="${target}" attr.name="${xmlEscape(name)}" attr.type="${type}"/>`;

const GRAPHML_TYPES: Record<MeasureType, string> = { integer: 'int', double: 'double', boolean: 'boolean' };

function data(values: [string, Value][]): string {
  return values
    .filter((v): v is [string, string | number] => v[1] !== null && v[1] !== undefined && v[1] !== '')
    .map(([k, v]) => `<data key="${xmlEscape(k)}">${xmlEscape(String(v))}</data>`)
    .join('');
}

/** Keys of the drawing: Gephi's by name, yEd's by yfiles.type (named too, so Gephi gives it a string column). */
function vizKeys({ viz }: CheckedNetwork): string[] {
  return [
    ...(viz.color || viz.size || viz.position
      ? [
          '  <key id="n_graphics" for="node" yfiles.type="nodegraphics" attr.name="graphics" attr.type="string"/>',
        ]
      : []),
    ...(viz.color ? ['r', 'g', 'b'].map((c) => key(`n_${c}`, 'node', c, 'int')) : []),
    ...(viz.position ? ['x', 'y'].map((c) => key(`n_${c}`, 'node', c, 'double')) : []),
    ...(viz.size ? [key('n_size', 'node', 'size', 'double')] : []),
  ];
}

/**
 * yEd's ShapeNode: a circle of the node's size (as a diameter) and colour, centred on its position. yEd's
 * y axis points down, Gephi's and the map's up, so y is turned over.
 */
function shapeNode({ name, viz }: NetworkNode): string {
  if (!viz) return '';
  const side = 2 * (viz.size ?? 5);
  const geometry =
    viz.x !== undefined && viz.y !== undefined
      ? `<y:Geometry height="${side}" width="${side}" x="${viz.x - side / 2}" y="${-viz.y - side / 2}"/>`
      : `<y:Geometry height="${side}" width="${side}"/>`;
  const fill = viz.color ? `<y:Fill color="${viz.color}" transparent="false"/>` : '';
  const label = `<y:NodeLabel>${xmlEscape(name)}</y:NodeLabel>`;
  return `<data key="n_graphics"><y:ShapeNode>${geometry}${fill}${label}<y:Shape type="ellipse"/></y:ShapeNode></data>`;
}

function vizData({ viz }: NetworkNode): [string, Value][] {
  if (!viz) return [];
  const color = viz.color ? rgbOf(viz.color) : null;
  return [
    ['n_r', color?.r],
    ['n_g', color?.g],
    ['n_b', color?.b],
    ['n_x', viz.x],
    ['n_y', viz.y],
    ['n_size', viz.size],
  ];
}

function nodeLine(node: NetworkNode, { measures, typeOf }: CheckedNetwork): string {
  const values = data([
    ['n_label', node.name],
    ['n_name', node.name],
    ['n_kind', node.kind],
    ['n_municipality', node.municipality],
    ['n_tol', node.tol],
    ...measures.map((m): [string, Value] => {
      const value = finite(node.measures?.[m]);
      return [`n_${m}`, value === null ? null : measureText(value, typeOf(m))];
    }),
    ...vizData(node),
  ]);
  return `    <node id="${xmlEscape(node.id)}">${shapeNode(node)}${values}</node>`;
}

/** Writes the network as GraphML text; throws FormatError for an inconsistent network (see network.ts). */
export function writeGraphml(network: NetworkExport): string {
  const checked = checkNetwork(network);
  const { nodes, edges, measures, directed } = checked;
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:y="http://www.yworks.com/xml/graphml" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    key('n_label', 'node', 'label', 'string'),
    ...NODE_ATTRIBUTES.map((n) => key(`n_${n}`, 'node', n, 'string')),
    ...measures.map((m) => key(`n_${m}`, 'node', m, GRAPHML_TYPES[checked.typeOf(m)])),
    ...vizKeys(checked),
    key('e_weight', 'edge', 'weight', 'double'),
    ...EDGE_ATTRIBUTES.map((n) => key(`e_${n}`, 'edge', n, 'string')),
    `  <graph id="G" edgedefault="${directed ? 'directed' : 'undirected'}">`,
    ...(network.title ? [`    <desc>${xmlEscape(network.title)}</desc>`] : []),
  ];
  for (const node of nodes) lines.push(nodeLine(node, checked));
  for (const edge of edges) {
    const values = data([
      ['e_weight', finite(edge.weight)],
      ['e_kind', edge.kind],
      ['e_provenance', edge.provenance],
    ]);
    lines.push(
      `    <edge id="${xmlEscape(edge.id)}" source="${xmlEscape(edge.source)}" target="${xmlEscape(edge.target)}">${values}</edge>`,
    );
  }
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}
