import { describe, expect, it } from 'vitest';
import { decodeGraphBinary, encodeGraphBinary, GraphBinaryError, type GraphColumns } from './graph-binary.js';

const graph: GraphColumns = {
  scope: { kind: 'network', id: 'n1', name: 'Verkko' },
  betweenness: { mode: 'exact', sources: 3 },
  nodes: {
    id: ['a', 'b', 'c'],
    nameFi: ['Åbo Akademi', 'Oy Ääkkönen Ab', 'a'],
    nameSv: ['Åbo Akademi', null, null],
    nameEn: [null, null, 'A ltd "quoted"'],
    kind: ['education', 'company', 'company'],
    municipalityCode: ['853', null, '091'],
    role: ['member', 'member', 'lead'],
  },
  measures: {
    degree: [2, 1, 1],
    weightedDegree: [3.5, 1, 2.5],
    pagerank: [0.4123, 0.2939, 0.2938],
    betweenness: [1, 0, 0],
  },
  edges: { from: [0, 0], to: [1, 2], kind: ['customer', 'collaboration'], weight: [1, 2.5] },
};

describe('the graph in binary', () => {
  it('reads back what was written: texts exactly (nulls too), numbers as float32', () => {
    const back = decodeGraphBinary(encodeGraphBinary(graph));
    expect(back.nodes).toEqual(graph.nodes);
    expect(back.scope).toEqual(graph.scope);
    expect(back.betweenness).toEqual(graph.betweenness);
    expect(back.edges).toEqual(graph.edges);
    expect(back.measures.pagerank).toEqual(graph.measures.pagerank.map(Math.fround));
    expect(back.measures.degree).toEqual(graph.measures.degree);
  });

  it('reads bytes that do not start at a 4-byte boundary of their buffer', () => {
    const bytes = encodeGraphBinary(graph);
    const shifted = new Uint8Array(bytes.length + 1);
    shifted.set(bytes, 1);
    expect(decodeGraphBinary(shifted.subarray(1))).toEqual(decodeGraphBinary(bytes));
  });

  it('reads a graph with no nodes or edges', () => {
    const empty: GraphColumns = {
      ...graph,
      nodes: { id: [], nameFi: [], nameSv: [], nameEn: [], kind: [], municipalityCode: [], role: [] },
      measures: { degree: [], weightedDegree: [], pagerank: [], betweenness: [] },
      edges: { from: [], to: [], kind: [], weight: [] },
    };
    expect(decodeGraphBinary(encodeGraphBinary(empty))).toEqual(empty);
  });

  it('keeps every column 4-byte aligned and writes each text once', () => {
    const bytes = encodeGraphBinary(graph);
    expect(bytes.length % 4).toBe(0);
    const header = new TextDecoder().decode(
      bytes.subarray(12, 12 + new DataView(bytes.buffer).getUint32(8, true)),
    );
    expect(JSON.parse(header).strings.filter((s: string) => s === 'Åbo Akademi')).toHaveLength(1);
  });

  it('refuses other bytes, another version and a cut answer', () => {
    expect(() => decodeGraphBinary(new TextEncoder().encode('{"nodes":[]}'))).toThrow(GraphBinaryError);
    const other = encodeGraphBinary(graph);
    new DataView(other.buffer).setUint32(4, 99, true);
    expect(() => decodeGraphBinary(other)).toThrow(/version 99/);
    expect(() => decodeGraphBinary(encodeGraphBinary(graph).subarray(0, 100))).toThrow(GraphBinaryError);
  });
});
