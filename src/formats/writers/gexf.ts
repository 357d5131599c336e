/**
 * GEXF 1.3 (https://gexf.net) for Gephi and Gephi Lite. Nodes carry their name as label, the attributes
 * name, kind, municipality, tol and any measures (typed: integer, double or boolean), and how they are
 * drawn (viz:color, viz:size, viz:position in GEXF 1.3's viz namespace); edges carry weight and GEXF 1.3's
 * `kind` (so Gephi keeps parallel relations of different kinds apart), and the attributes kind and
 * provenance. Attribute ids equal their titles, which is what graphology's and networkx's readers key on.
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
  type NetworkExport,
  type NetworkNode,
} from './network.js';

const attr = (name: string, value: string | number) => ` ${name}="${xmlEscape(String(value))}"`;

function attributes(
  cls: 'node' | 'edge',
  names: readonly string[],
  types: (name: string) => string,
): string[] {
  return [
    `    <attributes class="${cls}" mode="static">`,
    ...names.map((n) => `      <attribute${attr('id', n)}${attr('title', n)}${attr('type', types(n))}/>`),
    '    </attributes>',
  ];
}

function attvalues(values: [string, string | number | null | undefined][]): string {
  const present = values.filter(
    (v): v is [string, string | number] => v[1] !== null && v[1] !== undefined && v[1] !== '',
  );
  if (present.length === 0) return '';
  return `<attvalues>${present.map(([k, v]) => `<attvalue${attr('for', k)}${attr('value', v)}/>`).join('')}</attvalues>`;
}

/** The node's drawing in GEXF 1.3's viz namespace: colour, size, position (z is 0: the map is flat). */
function viz({ viz }: NetworkNode): string {
  if (!viz) return '';
  const parts: string[] = [];
  if (viz.color !== undefined) {
    const { r, g, b } = rgbOf(viz.color);
    parts.push(`<viz:color r="${r}" g="${g}" b="${b}"/>`);
  }
  if (viz.size !== undefined) parts.push(`<viz:size value="${viz.size}"/>`);
  if (viz.x !== undefined && viz.y !== undefined)
    parts.push(`<viz:position x="${viz.x}" y="${viz.y}" z="0"/>`);
  return parts.join('');
}

function nodeLine(node: NetworkNode, { measures, typeOf }: CheckedNetwork): string {
  const values: [string, string | number | null | undefined][] = [
    ['name', node.name],
    ['kind', node.kind],
    ['municipality', node.municipality],
    ['tol', node.tol],
    ...measures.map((m): [string, string | number | null] => {
      const value = finite(node.measures?.[m]);
      return [m, value === null ? null : measureText(value, typeOf(m))];
    }),
  ];
  return `      <node${attr('id', node.id)}${attr('label', node.name)}>${attvalues(values)}${viz(node)}</node>`;
}

/** Writes the network as GEXF 1.3 text; throws FormatError for an inconsistent network (see network.ts). */
export function writeGexf(network: NetworkExport): string {
  const checked = checkNetwork(network);
  const { nodes, edges, measures, directed } = checked;
  const date = (network.date ?? new Date()).toISOString().slice(0, 10);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">',
    `  <meta lastmodifieddate="${date}">`,
    '    <creator>Solmu</creator>',
    ...(network.title ? [`    <description>${xmlEscape(network.title)}</description>`] : []),
    '  </meta>',
    `  <graph defaultedgetype="${directed ? 'directed' : 'undirected'}" mode="static">`,
    ...attributes('node', [...NODE_ATTRIBUTES, ...measures], (n) =>
      measures.includes(n) ? checked.typeOf(n) : 'string',
    ),
    ...attributes('edge', EDGE_ATTRIBUTES, () => 'string'),
    '    <nodes>',
  ];
  for (const node of nodes) lines.push(nodeLine(node, checked));
  lines.push('    </nodes>', '    <edges>');
  for (const edge of edges) {
    const weight = finite(edge.weight);
    const head = `${attr('id', edge.id)}${attr('source', edge.source)}${attr('target', edge.target)}`;
    const extra = `${weight !== null ? attr('weight', weight) : ''}${attr('kind', edge.kind)}`;
    const values = attvalues([
      ['kind', edge.kind],
      ['provenance', edge.provenance],
    ]);
    lines.push(`      <edge${head}${extra}>${values}</edge>`);
  }
  lines.push('    </edges>', '  </graph>', '</gexf>', '');
  return lines.join('\n');
}
