import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/server/app.js';
import { caller, testApp } from '../db.js';

/** The small routes the account and admin screens lean on: sign-in options and the audit log by date. */
let clock = new Date('2026-03-01T10:00:00Z');
const { call, anonymous, db } = await testApp({ now: () => clock });

describe('GET /api/v1/auth/options', () => {
  it('says single sign-on is off when it is not configured', async () => {
    const res = await anonymous('GET', '/api/v1/auth/options');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ oidc: false });
  });

  it('says it is on when an issuer is configured (without contacting it)', async () => {
    const app = createApp({
      db,
      version: 'test',
      oidc: {
        issuer: 'https://login.example.invalid',
        clientId: 'solmu',
        clientSecret: 'secret',
        redirectUri: 'https://solmu.example.invalid/auth/oidc/callback',
        autoCreate: false,
      },
    });
    const res = await caller(app, null)('GET', '/api/v1/auth/options');
    expect(res.body).toEqual({ oidc: true });
  });
});

describe('GET /api/v1/admin/audit?from&to', () => {
  it('keeps the entries of the period only', async () => {
    const made = async (slug: string) => {
      const res = await call('POST', '/api/v1/admin/workspaces', { slug, nameFi: slug });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      return String(res.body.id);
    };
    const march = await made('march-ws');
    clock = new Date('2026-04-01T10:00:00Z');
    const april = await made('april-ws');
    const entities = async (query: string) => {
      const res = await call('GET', `/api/v1/admin/audit?${query}`);
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      return (res.body.items as { entityId: string }[]).map((i) => i.entityId);
    };
    const inMarch = await entities('from=2026-03-01T00:00:00Z&to=2026-03-31T00:00:00Z');
    expect(inMarch).toContain(march);
    expect(inMarch).not.toContain(april);
    const fromApril = await entities('from=2026-04-01T00:00:00Z');
    expect(fromApril).toContain(april);
    expect(fromApril).not.toContain(march);
    expect((await call('GET', '/api/v1/admin/audit?from=yesterday')).status).toBe(400);
  });
});

describe('GET /api/v1/admin/workspaces/{id}/members', () => {
  it("lists a workspace's members with their roles, for admins only", async () => {
    const ws = await call('POST', '/api/v1/admin/workspaces', { slug: 'members-ws', nameFi: 'Jäsenet' });
    const user = await call('POST', '/api/v1/admin/users', { email: 'member@test.example' });
    const path = `/api/v1/admin/workspaces/${ws.body.id}/members`;
    expect((await call('PUT', `${path}/${user.body.user.id}`, { role: 'viewer' })).status).toBe(204);
    const res = await call('GET', path);
    expect(res.status).toBe(200);
    expect(res.body.items).toEqual([
      { userId: user.body.user.id, email: 'member@test.example', role: 'viewer' },
    ]);
    expect((await anonymous('GET', path)).status).toBe(401);
  });
});

describe('GET /api/v1/admin/workspaces/{id}/networks and /admin/networks/{id}/coordinators', () => {
  it('list what the PUT routes granted, and forget what DELETE revoked', async () => {
    const ws = await call('POST', '/api/v1/admin/workspaces', { slug: 'links-ws', nameFi: 'Linkit' });
    const network = await call('POST', '/api/v1/networks?workspace=test', {
      slug: 'links-network',
      kind: 'town_network',
      nameFi: 'Linkkiverkosto',
      visibility: 'public',
    });
    const user = await call('POST', '/api/v1/admin/users', { email: 'coordinator@test.example' });
    const networks = `/api/v1/admin/workspaces/${ws.body.id}/networks`;
    const coordinators = `/api/v1/admin/networks/${network.body.id}/coordinators`;
    expect((await call('PUT', `${networks}/${network.body.id}`)).status).toBe(204);
    expect((await call('PUT', `${coordinators}/${user.body.user.id}`)).status).toBe(204);
    expect((await call('GET', networks)).body.items).toEqual([
      { networkId: network.body.id, slug: 'links-network', nameFi: 'Linkkiverkosto' },
    ]);
    expect((await call('GET', coordinators)).body.items).toEqual([
      { userId: user.body.user.id, email: 'coordinator@test.example' },
    ]);
    expect((await call('DELETE', `${networks}/${network.body.id}`)).status).toBe(204);
    expect((await call('DELETE', `${coordinators}/${user.body.user.id}`)).status).toBe(204);
    expect((await call('GET', networks)).body.items).toEqual([]);
    expect((await call('GET', coordinators)).body.items).toEqual([]);
    expect((await anonymous('GET', coordinators)).status).toBe(401);
  });
});
