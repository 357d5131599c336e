import { describe, expect, it } from 'vitest';
import { plainRoute, policiesOf } from '../../src/server/routing.js';
import { testApp } from '../db.js';

const { app, call } = await testApp();

describe('default deny', () => {
  it('every route declares who may call it', () => {
    const routes = app.routes.filter((r) => r.method !== 'ALL');
    expect(routes.length).toBeGreaterThan(120);
    const undeclared = routes
      .filter((r) => !policiesOf(app).get(r.method, r.path))
      .map((r) => `${r.method} ${r.path}`);
    expect(undeclared).toEqual([]);
  });

  it('refuses a route that declares nothing, even to the admin', async () => {
    app.get('/api/v1/undeclared-test-route', (c) => c.json({ secret: true }));
    const res = await call('GET', '/api/v1/undeclared-test-route');
    expect(res.status).toBe(403);
    expect(JSON.stringify(res.body)).not.toContain('secret');
  });

  it("keeps each app's policies to itself", async () => {
    const other = await testApp();
    plainRoute(other.app, 'public', 'GET', '/api/v1/only-in-the-other-app', (c) => c.json({ ok: true }));
    expect(policiesOf(other.app).get('GET', '/api/v1/only-in-the-other-app')).toBe('public');
    expect(policiesOf(app).get('GET', '/api/v1/only-in-the-other-app')).toBeUndefined();
  });

  it('keeps admin routes from everyone but admins', async () => {
    const { anonymous } = await testApp();
    expect((await anonymous('GET', '/api/v1/admin/users')).status).toBe(401);
    expect((await call('GET', '/api/v1/admin/users')).status).toBe(200);
  });
});
