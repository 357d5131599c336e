import { describe, expect, it } from 'vitest';
import { caller, grantToken, testApp } from '../../../../test/db.js';
import { loadDemoWorld } from '../demo/demo.service.js';

const { app, db, call, anonymous } = await testApp();
await loadDemoWorld(db);

const TOWN_NETWORK = 'seutukaupunkien-innovaatioekosysteemiverkosto';

type Graph = {
  nodes: { id: string[]; nameFi: string[]; kind: string[]; role: string[] };
  measures: Record<'degree' | 'weightedDegree' | 'pagerank' | 'betweenness', number[]>;
  edges: { from: number[]; to: number[]; kind: string[]; weight: number[] };
};

async function create(path: string, body: object, workspace = 'test') {
  const res = await call('POST', `/api/v1/${path}?workspace=${workspace}`, body);
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.id as string;
}

describe('GET /api/v1/graph', () => {
  it('gives the town network as columns: 9 members, 8 relations, a measure per member', async () => {
    const res = await call('GET', `/api/v1/graph?scope=network&id=${TOWN_NETWORK}`);
    expect(res.status, JSON.stringify(res.body).slice(0, 300)).toBe(200);
    const g = res.body as Graph;
    expect(g.nodes.id).toHaveLength(9);
    expect(g.nodes.nameFi).toContain('Iisalmen kaupunki');
    expect(g.edges.from).toHaveLength(8);
    for (const column of [g.edges.to, g.edges.kind, g.edges.weight]) expect(column).toHaveLength(8);
    for (const m of Object.values(g.measures)) expect(m).toHaveLength(9);
    const n = g.nodes.id.length;
    for (const i of [...g.edges.from, ...g.edges.to]) expect(i >= 0 && i < n).toBe(true);
    // The degree is the number of distinct partners the edges give each node.
    const partners = g.nodes.id.map(() => new Set<number>());
    g.edges.from.forEach((f, e) => {
      partners[f]!.add(g.edges.to[e]!);
      partners[g.edges.to[e]!]!.add(f);
    });
    expect(g.measures.degree).toEqual(partners.map((s) => s.size));
    expect(g.measures.pagerank.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 2);
  });

  it('honours visibility like the resources: a private organisation of another workspace is not in it', async () => {
    await grantToken(db, { email: 'other@test.example', workspace: 'other' });
    const viewer = caller(
      app,
      (await grantToken(db, { email: 'v@test.example', workspace: 'test', role: 'viewer' })).token,
    );
    const network = await create('networks', { slug: 'graph-test', kind: 'town_network', nameFi: 'Verkko' });
    const open = await create('organisations', { kind: 'company', nameFi: 'Avoin Oy', visibility: 'public' });
    const hidden = await create(
      'organisations',
      { kind: 'company', nameFi: 'Salainen Oy', visibility: 'private' },
      'other',
    );
    for (const organisationId of [open, hidden])
      await create('network-members', { networkId: network, organisationId, role: 'member' });
    await create('relations', { fromOrganisationId: open, toOrganisationId: hidden, kind: 'customer' });

    const full = (await call('GET', '/api/v1/graph?scope=network&id=graph-test')).body as Graph;
    expect(full.nodes.nameFi).toEqual(['Avoin Oy', 'Salainen Oy']);
    expect(full.edges.kind).toEqual(['customer']);

    const seen = await viewer('GET', `/api/v1/graph?scope=network&id=${network}`);
    expect(seen.status).toBe(200);
    expect((seen.body as Graph).nodes.nameFi).toEqual(['Avoin Oy']);
    expect((seen.body as Graph).edges.from).toEqual([]);
    expect((await viewer('GET', '/api/v1/organisations?q=Salainen')).body.items).toEqual([]);
  });

  it('answers 404 for a network the caller may not see or that does not exist, 400 for a bad scope', async () => {
    const secret = await create(
      'networks',
      { slug: 'secret-net', kind: 'town_network', nameFi: 'Salainen verkko', visibility: 'private' },
      'other',
    );
    expect((await call('GET', `/api/v1/graph?scope=network&id=${secret}`)).status).toBe(200);
    expect((await anonymous('GET', '/api/v1/graph?scope=network&id=secret-net')).status).toBe(404);
    expect((await call('GET', '/api/v1/graph?scope=ecosystem&id=savonlinnan-metsabiotalous')).status).toBe(
      200,
    );
    expect((await call('GET', '/api/v1/graph?scope=network&id=no-such')).status).toBe(404);
    expect((await call('GET', '/api/v1/graph?scope=planet&id=x')).status).toBe(400);
  });
});
