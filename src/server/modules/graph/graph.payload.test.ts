import { describe, expect, it } from 'vitest';
import { decodeGraphBinary, GRAPH_BINARY_TYPE } from '../../../formats/graph-binary.js';
import { testApp } from '../../../../test/db.js';
import { loadDemoWorld } from '../demo/demo.service.js';

const { app, db, call, admin } = await testApp();
await loadDemoWorld(db);

const TOWN_NETWORK = 'seutukaupunkien-innovaatioekosysteemiverkosto';
const GRAPH = `/api/v1/graph?scope=network&id=${TOWN_NETWORK}`;

const get = (path: string, headers: Record<string, string> = {}) =>
  app.request(path, { headers: { authorization: `Bearer ${admin.token}`, ...headers } });

describe('GET /api/v1/graph: the binary form and the ETag', () => {
  it('gives the same columns in binary as in JSON, numbers as float32', async () => {
    const json = (await call('GET', GRAPH)).body as ReturnType<typeof decodeGraphBinary>;
    const res = await get(`${GRAPH}&format=binary`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(GRAPH_BINARY_TYPE);
    const graph = decodeGraphBinary(new Uint8Array(await res.arrayBuffer()));
    expect(graph.nodes).toEqual(json.nodes);
    expect(graph.scope).toEqual(json.scope);
    expect(graph.edges.from).toEqual(json.edges.from);
    expect(graph.edges.kind).toEqual(json.edges.kind);
    expect(graph.measures.pagerank).toEqual(json.measures.pagerank.map(Math.fround));
    expect(graph.edges.weight).toEqual(json.edges.weight.map(Math.fround));
  });

  it('answers 304 to the ETag it gave while the data is unchanged, and 200 with a new one after a write', async () => {
    const first = await get(GRAPH);
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^"\d+-[\w-]+"$/);
    expect(first.headers.get('cache-control')).toBe('private, no-cache');
    const again = await get(GRAPH, { 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    // The binary form is another representation: another tag.
    const binary = await get(`${GRAPH}&format=binary`, { 'if-none-match': etag });
    expect(binary.status).toBe(200);
    expect(binary.headers.get('etag')).not.toBe(etag);

    const created = await call('POST', '/api/v1/organisations?workspace=test', {
      kind: 'company',
      nameFi: 'Uusi Oy',
    });
    expect(created.status).toBe(201);
    const changed = await get(GRAPH, { 'if-none-match': etag });
    expect(changed.status).toBe(200);
    expect(changed.headers.get('etag')).not.toBe(etag);
  });

  it('gives another tag to a caller who may see other rows', async () => {
    const mine = (await get(GRAPH)).headers.get('etag')!;
    const anonymous = await app.request(GRAPH, { headers: { 'if-none-match': mine } });
    expect(anonymous.status).toBe(200);
    expect(anonymous.headers.get('etag')).not.toBe(mine);
  });
});
