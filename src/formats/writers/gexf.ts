/**
 * GEXF 1.3 (https://gexf.net) for Gephi and Gephi Lite. Nodes carry their name as label and the attributes
 * name, kind, municipality, tol and any measures (double); edges carry weight and GEXF 1.3's `kind` (so
 * Gephi keeps parallel relations of different kinds apart), and the attributes kind and provenance.
 * Attribute ids equal their titles, which is what graphology's and networkx's readers key on.
 */
import { xmlEscape } from './escape.js';
import { EDGE_ATTRIBUTES, NODE_ATTRIBUTES, checkNetwork, finite, type NetworkExport } from './network.js';

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

/** Writes the network as GEXF 1.3 text; throws FormatError for an inconsistent network (see network.ts). */
export function writeGexf(network: NetworkExport): string {
  const { nodes, edges, measures, directed } = checkNetwork(network);
  const date = (network.date ?? new Date()).toISOString().slice(0, 10);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">',
    `  <meta lastmodifieddate="${date}">`,
    '    <creator>Solmu</creator>',
    ...(network.title ? [`    <description>${xmlEscape(network.title)}</description>`] : []),
    '  </meta>',
    `  <graph defaultedgetype="${directed ? 'directed' : 'undirected'}" mode="static">`,
    ...attributes('node', [...NODE_ATTRIBUTES, ...measures], (n) =>
      measures.includes(n) ? 'double' : 'string',
    ),
    ...attributes('edge', EDGE_ATTRIBUTES, () => 'string'),
    '    <nodes>',
  ];
  for (const node of nodes) {
    const values: [string, string | number | null | undefined][] = [
      ['name', node.name],
      ['kind', node.kind],
      ['municipality', node.municipality],
      ['tol', node.tol],
      ...measures.map((m): [string, number | null] => [m, finite(node.measures?.[m])]),
    ];
    lines.push(`      <node${attr('id', node.id)}${attr('label', node.name)}>${attvalues(values)}</node>`);
  }
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
