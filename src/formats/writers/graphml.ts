/**
 * GraphML (http://graphml.graphdrawing.org) for Gephi, yEd, Cytoscape and networkx. Keys are declared with
 * attr.name and attr.type; nodes carry label (Gephi shows it), name, kind, municipality, tol and measures;
 * edges carry weight (Gephi's edge weight), kind and provenance.
 */
import { xmlEscape } from './escape.js';
import { EDGE_ATTRIBUTES, NODE_ATTRIBUTES, checkNetwork, finite, type NetworkExport } from './network.js';

const key = (id: string, target: 'node' | 'edge', name: string, type: string) =>
  `  <key id="${xmlEscape(id)}" for="${target}" attr.name="${xmlEscape(name)}" attr.type="${type}"/>`;

function data(values: [string, string | number | null | undefined][]): string {
  return values
    .filter((v): v is [string, string | number] => v[1] !== null && v[1] !== undefined && v[1] !== '')
    .map(([k, v]) => `<data key="${xmlEscape(k)}">${xmlEscape(String(v))}</data>`)
    .join('');
}

/** Writes the network as GraphML text; throws FormatError for an inconsistent network (see network.ts). */
export function writeGraphml(network: NetworkExport): string {
  const { nodes, edges, measures, directed } = checkNetwork(network);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    key('n_label', 'node', 'label', 'string'),
    ...NODE_ATTRIBUTES.map((n) => key(`n_${n}`, 'node', n, 'string')),
    ...measures.map((m) => key(`n_${m}`, 'node', m, 'double')),
    key('e_weight', 'edge', 'weight', 'double'),
    ...EDGE_ATTRIBUTES.map((n) => key(`e_${n}`, 'edge', n, 'string')),
    `  <graph id="G" edgedefault="${directed ? 'directed' : 'undirected'}">`,
    ...(network.title ? [`    <desc>${xmlEscape(network.title)}</desc>`] : []),
  ];
  for (const node of nodes) {
    const values = data([
      ['n_label', node.name],
      ['n_name', node.name],
      ['n_kind', node.kind],
      ['n_municipality', node.municipality],
      ['n_tol', node.tol],
      ...measures.map((m): [string, number | null] => [`n_${m}`, finite(node.measures?.[m])]),
    ]);
    lines.push(`    <node id="${xmlEscape(node.id)}">${values}</node>`);
  }
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
