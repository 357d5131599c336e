import { describe, expect, it } from 'vitest';
import { testApp } from '../../../../test/db.js';

const { app } = await testApp();

describe('API docs page', () => {
  it('serves Swagger UI and its assets from the installation, not from a CDN', async () => {
    const page = await (await app.request('/api/docs')).text();
    expect(page).toContain('/api/docs/assets/swagger-ui-bundle.js');
    expect(page).not.toMatch(/https?:\/\//);
    const bundle = await app.request('/api/docs/assets/swagger-ui-bundle.js');
    expect(bundle.status).toBe(200);
    expect(bundle.headers.get('content-type')).toContain('javascript');
    expect((await bundle.text()).length).toBeGreaterThan(100_000);
    expect((await app.request('/api/docs/assets/init.js')).status).toBe(200);
    expect((await app.request('/api/docs/assets/..%2Fpackage.json')).status).toBe(404);
  });
});
