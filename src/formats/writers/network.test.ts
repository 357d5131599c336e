import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import graphology from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import type { GraphConstructor } from 'graphology-types';
import { afterAll, describe, expect, it } from 'vitest';
import { GEXF_STRUCTURE, runPython } from '../../../test/support/networkx.js';
import { FormatError } from '../format-error.js';
import { writeGexf } from './gexf.js';
import { writeGraphml } from './graphml.js';
import type { NetworkExport } from './network.js';

// graphology's types describe its CommonJS build; under NodeNext the ESM default export is the class.
const Graph = graphology as unknown as GraphConstructor;

const network: NetworkExport = {
  title: 'Savonlinnan metsäbiotalous & <kumppanit>',
  date: new Date(Date.UTC(2026, 0, 15)),
  nodes: [
    {
      id: 'a1',
      name: 'Xamk',
      kind: 'education',
      municipality: 'Savonlinna',
      tol: '85420',
      measures: { degree: 3, betweenness: 0.5 },
      viz: { color: '#B35900', size: 20, x: 12.5, y: -3.25 },
    },
    {
      id: 'a2',
      name: 'Teknologiapuisto "Noheva"',
      kind: 'development_company',
      municipality: 'Savonlinna',
      measures: { degree: 2, broker: 1 },
      viz: { color: '#C13B00', size: 14.2, x: -40, y: 7 },
    },
    {
      id: 'a3',
      name: 'Saha & Höyläämö <Oy>\nrivi 2 🌲',
      kind: 'company',
      tol: '16100',
      measures: { degree: 1, betweenness: Number.NaN },
    },
    { id: 'a4', name: 'Yksinäinen ry', kind: 'association', viz: { color: '#7A6A00', size: 5 } },
  ],
  measureTypes: { degree: 'integer', broker: 'boolean' },
  edges: [
    { id: 'r1', source: 'a1', target: 'a2', kind: 'collaboration', weight: 2.5, provenance: 'interview' },
    { id: 'r2', source: 'a1', target: 'a2', kind: 'project_partner', weight: 1, provenance: 'project' },
    { id: 'r3', source: 'a3', target: 'a1', kind: 'education' },
  ],
};

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'solmu-network-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

interface NxGraph {
  directed: boolean;
  multigraph: boolean;
  nodes: Record<string, Record<string, unknown>>;
  edges: [string, string, Record<string, unknown>][];
}

/** Reads the file with networkx in python3 and returns what it saw, as JSON. */
function readWithNetworkx(text: string, format: 'gexf' | 'graphml'): NxGraph {
  const file = path.join(dir, `network.${format}`);
  fs.writeFileSync(file, text);
  const script = `
import json, math, sys, networkx as nx
g = nx.read_${format}(sys.argv[1])
clean = lambda d: {k: v for k, v in d.items() if not (isinstance(v, float) and math.isnan(v))}
print(json.dumps({
  "directed": g.is_directed(),
  "multigraph": g.is_multigraph(),
  "nodes": {n: clean(d) for n, d in g.nodes(data=True)},
  "edges": [[u, v, clean(d)] for u, v, d in g.edges(data=True)],
}))`;
  return JSON.parse(runPython(script, file)) as NxGraph;
}

describe('GEXF and GraphML read back with networkx', () => {
  for (const format of ['gexf', 'graphml'] as const) {
    it(`${format}: same nodes, edges and attributes`, () => {
      const text = format === 'gexf' ? writeGexf(network) : writeGraphml(network);
      const g = readWithNetworkx(text, format);
      expect(g.directed).toBe(true);
      expect(g.multigraph).toBe(true);
      expect(Object.keys(g.nodes).sort()).toEqual(['a1', 'a2', 'a3', 'a4']);
      expect(g.nodes.a1).toMatchObject({
        label: 'Xamk',
        name: 'Xamk',
        kind: 'education',
        municipality: 'Savonlinna',
        tol: '85420',
        degree: 3,
        betweenness: 0.5,
      });
      expect(g.nodes.a3).toMatchObject({ name: 'Saha & Höyläämö <Oy>\nrivi 2 🌲', tol: '16100', degree: 1 });
      expect(g.nodes.a3).not.toHaveProperty('betweenness');
      expect(g.nodes.a4).not.toHaveProperty('municipality');
      expect(g.nodes.a2?.name).toBe('Teknologiapuisto "Noheva"');
      expect(g.edges).toHaveLength(3);
      const byKind = new Map(g.edges.map(([u, v, d]) => [d.kind, { u, v, d }]));
      expect(byKind.get('collaboration')).toMatchObject({
        u: 'a1',
        v: 'a2',
        d: { weight: 2.5, provenance: 'interview' },
      });
      expect(byKind.get('project_partner')).toMatchObject({
        u: 'a1',
        v: 'a2',
        d: { weight: 1, provenance: 'project' },
      });
      expect(byKind.get('education')).toMatchObject({ u: 'a3', v: 'a1' });
      expect(byKind.get('education')?.d).not.toHaveProperty('provenance');
    });
  }

  it('writes undirected networks when asked', () => {
    const g = readWithNetworkx(writeGexf({ ...network, directed: false }), 'gexf');
    expect(g.directed).toBe(false);
    expect(readWithNetworkx(writeGraphml({ ...network, directed: false }), 'graphml').directed).toBe(false);
  });
});

describe('how the nodes are drawn, read back', () => {
  const nxViz = (text: string, format: 'gexf' | 'graphml') => {
    const file = path.join(dir, `viz.${format}`);
    fs.writeFileSync(file, text);
    const script = `
import json, sys, networkx as nx
g = nx.read_${format}(sys.argv[1])
print(json.dumps({n: d for n, d in g.nodes(data=True)}))`;
    return JSON.parse(runPython(script, file)) as Record<string, Record<string, unknown>>;
  };

  it('gexf: networkx reads viz:color, viz:size, viz:position and typed measures', () => {
    const nodes = nxViz(writeGexf(network), 'gexf');
    expect(nodes.a1?.viz).toEqual({
      color: { r: 0xb3, g: 0x59, b: 0x00, a: 1 },
      size: 20,
      position: { x: 12.5, y: -3.25, z: 0 },
    });
    expect(nodes.a4?.viz).toEqual({ color: { r: 0x7a, g: 0x6a, b: 0x00, a: 1 }, size: 5 });
    expect(nodes.a3).not.toHaveProperty('viz');
    expect(nodes.a2).toMatchObject({ degree: 2, broker: true });
  });

  it('graphml: networkx reads the Gephi keys after the yEd ShapeNode', () => {
    const nodes = nxViz(writeGraphml(network), 'graphml');
    expect(nodes.a2).toMatchObject({
      r: 0xc1,
      g: 0x3b,
      b: 0x00,
      x: -40,
      y: 7,
      size: 14.2,
      label: 'Teknologiapuisto "Noheva"',
      shape_type: 'ellipse',
      degree: 2,
      broker: true,
    });
    expect(nodes.a4).toMatchObject({ size: 5, r: 0x7a });
    // Unplaced: networkx takes x from the ShapeNode's Geometry, which then has none.
    expect(nodes.a4?.x ?? null).toBeNull();
  });

  it('gexf keeps to GEXF 1.3 as Gephi reads it', () => {
    const file = path.join(dir, 'structure.gexf');
    fs.writeFileSync(file, writeGexf(network));
    expect(JSON.parse(runPython(GEXF_STRUCTURE, file))).toEqual([]);
    // The check itself finds what it is for.
    fs.writeFileSync(file, writeGexf(network).replace('gexf.net/1.3/viz', 'gexf.net/1.2/viz'));
    expect(JSON.parse(runPython(GEXF_STRUCTURE, file))).toContain('no viz namespace');
  });

  it('graphology reads colours, sizes and positions', () => {
    const gexf = parseGexf(Graph, writeGexf(network));
    expect(gexf.getNodeAttributes('a1')).toMatchObject({
      color: 'rgb(179,89,0)',
      size: 20,
      x: 12.5,
      y: -3.25,
    });
    expect(gexf.getNodeAttribute('a2', 'broker')).toBe(true);
    const graphml = parseGraphml(Graph, writeGraphml(network));
    expect(graphml.getNodeAttributes('a1')).toMatchObject({ color: '#b35900', size: 20, x: 12.5, y: -3.25 });
    expect(graphml.getNodeAttribute('a2', 'degree')).toBe(2);
  });

  it('refuses a drawing the files cannot carry', () => {
    const node = { id: 'a', name: 'A' };
    for (const viz of [{ color: 'red' }, { size: 0 }, { x: 1 }, { x: 1, y: Number.NaN }]) {
      expect(() => writeGexf({ nodes: [{ ...node, viz }], edges: [] })).toThrow(FormatError);
    }
    expect(() => writeGraphml({ nodes: [{ ...node, measures: { size: 1 } }], edges: [] })).toThrow(
      /cannot name a measure/,
    );
  });
});

describe('GEXF and GraphML read back with graphology', () => {
  it('gexf: counts and attributes match', () => {
    const g = parseGexf(Graph, writeGexf(network));
    expect(g.order).toBe(4);
    expect(g.size).toBe(3);
    expect(g.multi).toBe(true);
    expect(g.getNodeAttributes('a1')).toMatchObject({
      label: 'Xamk',
      name: 'Xamk',
      kind: 'education',
      tol: '85420',
      degree: 3,
      betweenness: 0.5,
    });
    expect(g.getNodeAttribute('a3', 'name')).toBe('Saha & Höyläämö <Oy>\nrivi 2 🌲');
    expect(g.getEdgeAttributes('r1')).toMatchObject({
      kind: 'collaboration',
      weight: 2.5,
      provenance: 'interview',
    });
    expect(g.source('r3')).toBe('a3');
    expect(g.getAttribute('lastModifiedDate')).toBe('2026-01-15');
  });

  it('graphml: counts and attributes match', () => {
    const g = parseGraphml(Graph, writeGraphml(network));
    expect(g.order).toBe(4);
    expect(g.size).toBe(3);
    expect(g.getNodeAttributes('a2')).toMatchObject({
      label: 'Teknologiapuisto "Noheva"',
      kind: 'development_company',
      degree: 2,
    });
    expect(g.getEdgeAttributes('r2')).toMatchObject({
      kind: 'project_partner',
      weight: 1,
      provenance: 'project',
    });
    expect(g.type).toBe('directed');
  });

  it('writes an empty network', () => {
    expect(parseGexf(Graph, writeGexf({ nodes: [], edges: [] })).order).toBe(0);
    expect(parseGraphml(Graph, writeGraphml({ nodes: [], edges: [] })).order).toBe(0);
  });
});

describe('network checks', () => {
  it('refuses inconsistent networks with a clear error', () => {
    const bad: [NetworkExport, RegExp][] = [
      [
        {
          nodes: [
            { id: 'a', name: 'A' },
            { id: 'a', name: 'B' },
          ],
          edges: [],
        },
        /appears twice/,
      ],
      [
        { nodes: [{ id: 'a', name: 'A' }], edges: [{ source: 'a', target: 'x', kind: 'other' }] },
        /not in the network/,
      ],
      [{ nodes: [{ id: 'a', name: 'A', measures: { label: 1 } }], edges: [] }, /cannot name a measure/],
      [
        { nodes: [{ id: 'a', name: 'A', measures: { '__proto__ x': 1 } }], edges: [] },
        /cannot name a measure/,
      ],
      [{ nodes: [{ id: '', name: 'A' }], edges: [] }, /no id/],
    ];
    for (const [input, message] of bad) {
      expect(() => writeGexf(input)).toThrow(FormatError);
      expect(() => writeGraphml(input)).toThrow(message);
    }
  });
});
