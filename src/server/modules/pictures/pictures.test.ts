import { describe, expect, it } from 'vitest';
import { testApp } from '../../../../test/db.js';
import { loadDemoWorld } from '../demo/demo.service.js';

const { db, call, anonymous } = await testApp();
await loadDemoWorld(db);

const TOWNS = ['140', '740', '678', '287', '111', '232', '249', '684', '305', '832'];

describe('situational pictures of the demo world', () => {
  it.each(TOWNS)('municipality %s has a picture with its network measures', async (code) => {
    const res = await call('GET', `/api/v1/pictures?scope=municipality&id=${code}`);
    expect(res.status, JSON.stringify(res.body).slice(0, 300)).toBe(200);
    expect(res.body.scope).toMatchObject({ kind: 'municipality', id: code });
    expect(res.body.network.actors.length).toBeGreaterThan(0);
    for (const a of res.body.network.actors) {
      expect(a).toEqual(
        expect.objectContaining({
          organisationId: expect.any(String),
          name: expect.any(String),
          degree: expect.any(Number),
          weightedDegree: expect.any(Number),
          pagerank: expect.any(Number),
          betweenness: expect.any(Number),
        }),
      );
    }
    expect(typeof res.body.network.modularity).toBe('number');
  });

  it('the town network has a picture with its towns side by side', async () => {
    const res = await call(
      'GET',
      '/api/v1/pictures?scope=network&id=seutukaupunkien-innovaatioekosysteemiverkosto',
    );
    expect(res.status).toBe(200);
    expect(res.body.network.actors.length).toBeGreaterThanOrEqual(9); // Naturpolis stands for two towns
    expect(res.body.peers.map((p: { scope: { id: string } }) => p.scope.id).sort()).toEqual(
      [...TOWNS].sort(),
    );
  });

  it("Savonlinna's forest bioeconomy ecosystem and the Pohjois-Savo region have pictures", async () => {
    expect((await call('GET', '/api/v1/pictures?scope=ecosystem&id=savonlinnan-metsabiotalous')).status).toBe(
      200,
    );
    expect((await call('GET', '/api/v1/pictures?scope=region&id=11')).status).toBe(200);
  });

  it('computes from what the caller may see, and answers 404 for unknown scopes', async () => {
    const open = await anonymous('GET', '/api/v1/pictures?scope=municipality&id=740');
    const full = await call('GET', '/api/v1/pictures?scope=municipality&id=740');
    expect(open.body.network.actors.length).toBeLessThanOrEqual(full.body.network.actors.length);
    expect((await call('GET', '/api/v1/pictures?scope=municipality&id=999')).status).toBe(404);
    expect((await call('GET', '/api/v1/pictures?scope=network&id=no-such-network')).status).toBe(404);
    expect((await call('GET', '/api/v1/pictures?scope=planet&id=1')).status).toBe(400);
  });
});

describe('snapshots and change', () => {
  it('saves a dated snapshot and shows what changed since', async () => {
    const saved = await call('POST', '/api/v1/pictures/snapshots?scope=municipality&id=740');
    expect(saved.status, JSON.stringify(saved.body)).toBe(201);
    const list = await call('GET', '/api/v1/pictures/snapshots?scope=municipality&scopeId=740');
    expect(list.body.items.map((s: { id: string }) => s.id)).toContain(saved.body.id);
    const org = await call('POST', '/api/v1/organisations', {
      kind: 'company',
      nameFi: 'Uusi Saha Oy',
      municipalityCode: '740',
      tolCode: '16100',
    });
    const changes = await call(
      'GET',
      `/api/v1/pictures/changes?scope=municipality&id=740&since=${saved.body.id}`,
    );
    expect(changes.status, JSON.stringify(changes.body).slice(0, 300)).toBe(200);
    expect(changes.body.actors.added.map((a: { organisationId: string }) => a.organisationId)).toContain(
      org.body.id,
    );
    expect((await anonymous('POST', '/api/v1/pictures/snapshots?scope=municipality&id=740')).status).toBe(
      401,
    );
  });
});
