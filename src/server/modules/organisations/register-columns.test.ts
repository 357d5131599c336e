import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { testApp } from '../../../../test/db.js';
import { upload } from '../../../../test/support/imports.js';

const { app, call, admin } = await testApp();
const fixture = fs.readFileSync(
  new URL('../../../formats/ytj/fixtures/v3-companies.json', import.meta.url),
  'utf8',
);

describe('the register columns of an organisation', () => {
  it('are read with the organisation after a YTJ import, with their provenance', async () => {
    const run = await upload(app, admin.token, 'entity=organisations', { name: 'ytj.json', bytes: fixture });
    expect(run.status).toBe(201);
    const list = await call('GET', '/api/v1/organisations?businessId=1934561-5');
    expect(list.body.items).toHaveLength(1);
    const one = await call('GET', `/api/v1/organisations/${list.body.items[0].id}`);
    expect(one.body).toMatchObject({
      businessId: '1934561-5',
      companyForm: '13',
      registrationDate: '2005-02-14',
      endDate: '2025-03-31',
      status: 'ended',
      source: 'ytj',
      importRunId: run.body.id,
    });
    expect(one.body.lastImportedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(list.body.items[0]).toMatchObject({ status: 'ended', source: 'ytj' });
  });

  it('are null for an organisation typed in by hand, and cannot be written through the API', async () => {
    const created = await call('POST', '/api/v1/organisations', { kind: 'company', nameFi: 'Käsin Oy' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      companyForm: null,
      status: null,
      source: null,
      lastImportedAt: null,
    });
    const patched = await call('PATCH', `/api/v1/organisations/${created.body.id}`, { status: 'ended' });
    const after = await call('GET', `/api/v1/organisations/${created.body.id}`);
    expect(after.body.status).toBeNull();
    expect([200, 400]).toContain(patched.status);
  });

  it('are described in the OpenAPI document', async () => {
    const doc = await call('GET', '/api/v1/openapi.json');
    const props = doc.body.components.schemas.Organisation.properties;
    for (const name of ['tol2025Code', 'companyForm', 'registrationDate', 'endDate', 'status', 'source'])
      expect(props, name).toHaveProperty(name);
    expect(props).toHaveProperty('lastImportedAt');
  });
});
