import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { OpenAPIHono } from '@hono/zod-openapi';
import { describe, expect, it } from 'vitest';
import { testApp } from '../../../../test/db.js';
import { policiesOf } from '../../routing.js';
import type { AppEnv } from '../../env.js';
import { registerWebRoutes } from './web.routes.js';

/** A built web app in a temporary folder, so the test does not depend on `npm run build:web`. */
function fakeDist() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'solmu-web-'));
  fs.mkdirSync(path.join(dir, 'assets'));
  fs.writeFileSync(
    path.join(dir, 'index.html'),
    '<!doctype html><html lang="fi"><div id="root"></div></html>',
  );
  fs.writeFileSync(path.join(dir, 'assets', 'index-abc123.js'), 'console.log(1)');
  fs.writeFileSync(path.join(dir, 'secret.txt'), 'not an asset');
  return dir;
}

describe('web app serving', () => {
  const dist = fakeDist();
  const app = new OpenAPIHono<AppEnv>();
  app.get('/api/v1/thing', (c) => c.json({ ok: true }));
  registerWebRoutes(app, 'test', dist);
  app.notFound((c) => c.json({ error: 'not found' }, 404));

  it('serves index.html, never cached, for the app and its pages in every language', async () => {
    for (const p of ['/', '/fi', '/fi/', '/sv/organisations', '/en/networks/some-network']) {
      const res = await app.request(p);
      expect(res.status, p).toBe(200);
      expect(res.headers.get('cache-control'), p).toBe('no-cache');
      expect(await res.text(), p).toContain('<div id="root">');
    }
  });

  it('falls back to index.html for other pages, not for the API, sign-in paths or files', async () => {
    expect(await (await app.request('/organisations/new')).text()).toContain('id="root"');
    expect((await app.request('/api/v1/nothing-here')).status).toBe(404);
    expect((await app.request('/api/v1/thing')).status).toBe(200);
    expect((await app.request('/auth/unknown')).status).toBe(404);
    expect((await app.request('/favicon.ico')).status).toBe(404);
    expect((await app.request('/fi/', { method: 'POST' })).status).toBe(404);
  });

  it('serves hashed assets with a long immutable cache and nothing outside assets/', async () => {
    const res = await app.request('/assets/index-abc123.js');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('javascript');
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect((await app.request('/assets/..%2Fsecret.txt')).status).toBe(404);
    expect((await app.request('/assets/missing.js')).status).toBe(404);
    expect((await app.request('/assets/.hidden.js')).status).toBe(404);
  });

  it('declares every route it adds as public', () => {
    for (const p of ['/', '/:lang{fi|sv|en}', '/:lang{fi|sv|en}/*', '/assets/:file'])
      expect(policiesOf(app).get('GET', p)).toBe('public');
  });
});

describe('web app in Solmu', async () => {
  const { app, anonymous } = await testApp();

  it('leaves the API and its policies alone', async () => {
    expect((await anonymous('GET', '/api/v1/admin/users')).status).toBe(401);
    expect((await anonymous('GET', '/api/v1/no-such-thing')).status).toBe(404);
    const page = await app.request('/fi/organisations');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
  });
});
