/**
 * The network map's data as bytes (`application/vnd.solmu.graph+binary`, docs/formats.md): the same
 * columns as the JSON answer of `GET /api/v1/graph`, numbers as little-endian typed arrays a browser
 * reads without parsing, text once in a string table.
 *
 *   bytes 0–3   "SLMG"
 *   bytes 4–7   format version (uint32), GRAPH_BINARY_VERSION
 *   bytes 8–11  length of the header in bytes (uint32)
 *   header      UTF-8 JSON: { scope, betweenness, nodes, edges, strings }, padded with spaces to 4 bytes
 *   columns     in COLUMNS' order, each nodes or edges long: text columns as uint32 positions in
 *               `strings` (0xFFFFFFFF for none), number columns as float32
 *
 * A reader refuses another version: a new layout is a new version, and the old one is still answered.
 */

export const GRAPH_BINARY_TYPE = 'application/vnd.solmu.graph+binary';
export const GRAPH_BINARY_VERSION = 1;
const MAGIC = 'SLMG';
const NONE = 0xffffffff;

// Typed arrays use the machine's byte order; the format is little-endian, as every machine Solmu and its
// browsers run on is.
if (new Uint8Array(new Uint16Array([1]).buffer)[0] !== 1) throw new Error('A big-endian machine');
const PREFIX = 12;

/** The columns are the JSON answer's, whose schema is the domain's (one source for both forms). */
import type { GraphColumns } from '../domain/graph.js';

export type { GraphColumns };

type Part = 'nodes' | 'measures' | 'edges';
type Column = { part: Part; name: string; type: 'text' | 'index' | 'number' };

/** The columns in the order they follow the header; a change here is a new GRAPH_BINARY_VERSION. */
const COLUMNS: readonly Column[] = [
  ...['id', 'nameFi', 'nameSv', 'nameEn', 'kind', 'municipalityCode', 'role'].map((name): Column => ({
    part: 'nodes',
    name,
    type: 'text',
  })),
  ...['degree', 'weightedDegree', 'pagerank', 'betweenness'].map((name): Column => ({
    part: 'measures',
    name,
    type: 'number',
  })),
  { part: 'edges', name: 'from', type: 'index' },
  { part: 'edges', name: 'to', type: 'index' },
  { part: 'edges', name: 'kind', type: 'text' },
  { part: 'edges', name: 'weight', type: 'number' },
];

type Header = Pick<GraphColumns, 'scope' | 'betweenness'> & {
  nodes: number;
  edges: number;
  strings: string[];
};

const columnOf = (graph: GraphColumns, c: Column) =>
  (graph[c.part] as Record<string, readonly unknown[]>)[c.name]!;

/** Every text of the text columns once, in order of first use. */
function stringTable(graph: GraphColumns) {
  const at = new Map<string, number>();
  for (const c of COLUMNS) {
    if (c.type !== 'text') continue;
    for (const v of columnOf(graph, c) as (string | null)[]) if (v !== null && !at.has(v)) at.set(v, at.size);
  }
  return at;
}

const padded = (n: number) => Math.ceil(n / 4) * 4;

/** The graph as bytes in the layout above. */
export function encodeGraphBinary(graph: GraphColumns): Uint8Array {
  const at = stringTable(graph);
  const n = graph.nodes.id.length;
  const m = graph.edges.from.length;
  const header: Header = {
    scope: graph.scope,
    betweenness: graph.betweenness,
    nodes: n,
    edges: m,
    strings: [...at.keys()],
  };
  const json = new TextEncoder().encode(JSON.stringify(header));
  const headerBytes = padded(json.length);
  const total = PREFIX + headerBytes + COLUMNS.reduce((sum, c) => sum + 4 * (c.part === 'edges' ? m : n), 0);
  const bytes = new Uint8Array(total).fill(0x20, PREFIX, PREFIX + headerBytes);
  const view = new DataView(bytes.buffer);
  bytes.set(new TextEncoder().encode(MAGIC), 0);
  view.setUint32(4, GRAPH_BINARY_VERSION, true);
  view.setUint32(8, headerBytes, true);
  bytes.set(json, PREFIX);
  let offset = PREFIX + headerBytes;
  for (const c of COLUMNS) {
    const values = columnOf(graph, c);
    // Every column starts 4-byte aligned: a typed array over the bytes writes it in one pass.
    if (c.type === 'number') new Float32Array(bytes.buffer, offset, values.length).set(values as number[]);
    else if (c.type === 'index') new Uint32Array(bytes.buffer, offset, values.length).set(values as number[]);
    else {
      const out = new Uint32Array(bytes.buffer, offset, values.length);
      values.forEach((v, i) => (out[i] = v === null ? NONE : at.get(v as string)!));
    }
    offset += 4 * values.length;
  }
  return bytes;
}

export class GraphBinaryError extends Error {}

function readHeader(bytes: Uint8Array) {
  if (bytes.length < PREFIX || new TextDecoder().decode(bytes.subarray(0, 4)) !== MAGIC)
    throw new GraphBinaryError('Not a Solmu graph');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const version = view.getUint32(4, true);
  if (version !== GRAPH_BINARY_VERSION) throw new GraphBinaryError(`Unknown graph format version ${version}`);
  const length = view.getUint32(8, true);
  if (PREFIX + length > bytes.length) throw new GraphBinaryError('The graph is cut short');
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(PREFIX, PREFIX + length))) as Header;
  return { header, offset: PREFIX + length };
}

/** A column's 4-byte words as a typed array over the bytes (over a copy when they are not aligned). */
function words<T extends Float32Array | Uint32Array>(
  Type: new (buffer: ArrayBuffer, offset?: number, length?: number) => T,
  bytes: Uint8Array,
  offset: number,
  length: number,
): T {
  const at = bytes.byteOffset + offset;
  if (at % 4 === 0) return new Type(bytes.buffer as ArrayBuffer, at, length);
  return new Type(bytes.slice(offset, offset + 4 * length).buffer);
}

/** The graph from bytes in the layout above; throws GraphBinaryError on anything else. */
export function decodeGraphBinary(bytes: Uint8Array): GraphColumns {
  const { header, offset: start } = readHeader(bytes);
  const { strings, nodes: n, edges: m } = header;
  const out = { nodes: {}, measures: {}, edges: {} } as Record<Part, Record<string, unknown[]>>;
  let offset = start;
  if (offset + COLUMNS.reduce((s, c) => s + 4 * (c.part === 'edges' ? m : n), 0) > bytes.length)
    throw new GraphBinaryError('The graph is cut short');
  for (const c of COLUMNS) {
    const length = c.part === 'edges' ? m : n;
    if (c.type === 'number') out[c.part][c.name] = Array.from(words(Float32Array, bytes, offset, length));
    else {
      const raw = words(Uint32Array, bytes, offset, length);
      out[c.part][c.name] =
        c.type === 'index' ? Array.from(raw) : Array.from(raw, (v) => (v === NONE ? null : strings[v]!));
    }
    offset += 4 * length;
  }
  return { scope: header.scope, betweenness: header.betweenness, ...out } as GraphColumns;
}
