import { describe, expect, it } from 'vitest';
import { securityWorld } from './world.js';

/** GET /api/v1/changes/recent lists what changed lately, and only what the caller may read. */
const world = await securityWorld();
const { call, actors } = world;

async function organisation(workspace: string, nameFi: string, visibility: string) {
  const res = await call('POST', `/api/v1/organisations?workspace=${workspace}`, {
    nameFi,
    kind: 'company',
    visibility,
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return String(res.body.id);
}

const ownPrivate = await organisation('ws-a', 'Oma yksityinen', 'private');
const otherPrivate = await organisation('ws-b', 'Toisen yksityinen', 'private');
const otherNetwork = await organisation('ws-b', 'Toisen verkoston', 'network');
const sharedNetwork = await organisation('ws-c', 'Jaetun verkoston', 'network');
const otherPublic = await organisation('ws-b', 'Toisen julkinen', 'public');

async function changedIds(who: keyof typeof actors, limit = 100) {
  const res = await actors[who]('GET', `/api/v1/changes/recent?limit=${limit}`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return (res.body.items as { id: string }[]).map((i) => i.id);
}

describe('recent changes', () => {
  it('the admin sees every change, newest first, with names and no people', async () => {
    const res = await call('GET', '/api/v1/changes/recent?limit=100');
    const items = res.body.items as { id: string; entity: string; changedAt: string; nameFi: string }[];
    expect(items.map((i) => i.id)).toEqual(
      expect.arrayContaining([ownPrivate, otherPrivate, otherNetwork, sharedNetwork, otherPublic]),
    );
    const times = items.map((i) => i.changedAt);
    expect(times).toEqual([...times].sort().reverse());
    expect(items.find((i) => i.id === otherPublic)).toMatchObject({
      entity: 'organisations',
      nameFi: 'Toisen julkinen',
      created: true,
    });
    expect(items.every((i) => i.entity !== 'people')).toBe(true);
  });

  it('a viewer of workspace A sees its own, the shared network and public records, nothing private of others', async () => {
    const ids = await changedIds('viewer');
    expect(ids).toEqual(expect.arrayContaining([ownPrivate, sharedNetwork, otherPublic]));
    expect(ids).not.toContain(otherPrivate);
    expect(ids).not.toContain(otherNetwork);
  });

  it('the anonymous public sees public records only', async () => {
    const ids = await changedIds('anonymous');
    expect(ids).toContain(otherPublic);
    for (const hidden of [ownPrivate, otherPrivate, otherNetwork, sharedNetwork])
      expect(ids).not.toContain(hidden);
  });

  it('an edit moves the record to the top and marks it changed, not created', async () => {
    const res = await call('PATCH', `/api/v1/organisations/${sharedNetwork}`, { nameFi: 'Muutettu' });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const top = (await actors.viewer('GET', '/api/v1/changes/recent?limit=1')).body.items;
    expect(top).toEqual([expect.objectContaining({ id: sharedNetwork, nameFi: 'Muutettu', created: false })]);
  });

  it('refuses a limit out of range', async () => {
    expect((await actors.viewer('GET', '/api/v1/changes/recent?limit=0')).status).toBe(400);
    expect((await actors.viewer('GET', '/api/v1/changes/recent?limit=101')).status).toBe(400);
  });
});
