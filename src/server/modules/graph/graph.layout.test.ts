import graphology from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import type { GraphConstructor } from 'graphology-types';
import { describe, expect, it, vi } from 'vitest';
import { TOWN_NETWORK } from '../../../../data/demo/index.js';
import { testApp } from '../../../../test/db.js';
import { loadDemoWorld } from '../demo/demo.service.js';
import * as layout from '../../../analysis/map-layout.js';

// Counts the layouts actually computed; the real layout still runs.
vi.mock('../../../analysis/map-layout.js', async (original) => {
  const real = await original<typeof import('../../../analysis/map-layout.js')>();
  return { ...real, mapLayout: vi.fn(real.mapLayout) };
});
const computed = vi.mocked(layout.mapLayout);

const Graph = graphology as unknown as GraphConstructor;
const { app, db, admin, call } = await testApp();
await loadDemoWorld(db);

const EXPORT = `/api/v1/exports/network.gexf?scope=network&id=${TOWN_NETWORK}`;

async function positions(url: string, token = admin.token) {
  const res = await app.request(url, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  expect(res.status).toBe(200);
  const g = parseGexf(Graph, await res.text());
  return new Map(g.mapNodes((id, a) => [id, [a.x as number, a.y as number]] as const));
}

describe('the map layout kept by the data version', () => {
  it('lays a network out once for repeated exports of unchanged data, again after a write', async () => {
    computed.mockClear();
    const first = await positions(EXPORT);
    expect(computed).toHaveBeenCalledTimes(1);
    // Another format and another size measure draw the same map: no new layout.
    const again = await positions(`${EXPORT}&sizeBy=pagerank`);
    const graphml = await app.request(EXPORT.replace('.gexf', '.graphml'), {
      headers: { authorization: `Bearer ${admin.token}` },
    });
    expect(graphml.status).toBe(200);
    expect(computed).toHaveBeenCalledTimes(1);
    expect(again).toEqual(first);

    // A new tie between two members changes the data version, and so the layout.
    const map = (await call('GET', `/api/v1/graph?scope=network&id=${TOWN_NETWORK}`)).body as {
      nodes: { id: string[] };
      edges: { from: number[]; to: number[] };
    };
    const tied = new Set(map.edges.from.map((f, e) => `${f}:${map.edges.to[e]}`));
    const [a, b] = [0, map.nodes.id.findIndex((_, j) => j > 0 && !tied.has(`0:${j}`))];
    const created = await call('POST', '/api/v1/relations', {
      fromOrganisationId: map.nodes.id[a],
      toOrganisationId: map.nodes.id[b!],
      kind: 'customer',
    });
    expect(created.status).toBe(201);
    const changed = await positions(EXPORT);
    expect(computed).toHaveBeenCalledTimes(2);
    expect(changed).not.toEqual(first);
    await positions(EXPORT);
    expect(computed).toHaveBeenCalledTimes(2);
  });

  it('keeps a layout per reader: a caller who sees other rows gets its own', async () => {
    computed.mockClear();
    await positions(EXPORT);
    const anonymous = await app.request(EXPORT);
    expect(anonymous.status).toBe(200);
    expect(computed).toHaveBeenCalledTimes(1);
  });
});
