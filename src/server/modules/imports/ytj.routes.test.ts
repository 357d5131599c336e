import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { caller, grantToken, testApp } from '../../../../test/db.js';
import { startYtjStub } from '../../../../test/support/ytj-stub.js';

const stub = await startYtjStub();
afterAll(() => stub.close());
// A fast back-off so the 429 test waits milliseconds, not seconds (Retry-After 1 s is honoured).
const { app, db, call, anonymous } = await testApp({ ytj: { baseUrl: stub.baseUrl, backoffBaseMs: 5 } });
const viewer = caller(
  app,
  (await grantToken(db, { email: 'viewer@test.example', workspace: 'v', role: 'viewer' })).token,
);
const editor = caller(app, (await grantToken(db, { email: 'editor@test.example', workspace: 'e' })).token);

const byBusinessId = async (id: string) =>
  (await sql<Record<string, unknown>>`select * from organisations where business_id = ${id}`.execute(db))
    .rows;

describe('GET /api/v1/ytj/lookup', () => {
  it('finds a company by business ID with its register facts', async () => {
    const res = await editor('GET', '/api/v1/ytj/lookup?businessId=3123456-3');
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.companies).toHaveLength(1);
    expect(res.body.companies[0]).toMatchObject({
      businessId: '3123456-3',
      name: 'Koivukosken Metsäkone Oy',
      companyForm: '16',
      registrationDate: '2020-03-02',
      active: true,
      organisationId: null,
    });
    expect(stub.hits.at(-1)).toBe('?businessId=3123456-3');
  });

  it('searches by name and says none for an unknown business ID', async () => {
    const res = await editor('GET', '/api/v1/ytj/lookup?name=Raahen');
    expect(res.status).toBe(200);
    expect(res.body.companies.map((c: { businessId: string }) => c.businessId)).toEqual(['1934561-5']);
    expect(res.body.companies[0].active).toBe(false);
    const none = await editor('GET', '/api/v1/ytj/lookup?businessId=2532004-3');
    expect(none.body).toMatchObject({ totalResults: 0, companies: [] });
  });

  it('validates the query before asking PRH', async () => {
    const before = stub.hits.length;
    expect((await editor('GET', '/api/v1/ytj/lookup')).status).toBe(400);
    expect((await editor('GET', '/api/v1/ytj/lookup?businessId=1&name=ab')).status).toBe(400);
    const bad = await editor('GET', '/api/v1/ytj/lookup?businessId=1234567-2');
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/not a valid business ID/);
    expect(stub.hits.length).toBe(before);
  });

  it('is for signed-in editors only', async () => {
    expect((await anonymous('GET', '/api/v1/ytj/lookup?businessId=3123456-3')).status).toBe(401);
    expect((await viewer('GET', '/api/v1/ytj/lookup?businessId=3123456-3')).status).toBe(403);
  });

  it('waits out a 429 from PRH and then answers', async () => {
    stub.tooMany(1);
    const started = Date.now();
    const res = await editor('GET', '/api/v1/ytj/lookup?businessId=0876543-8');
    expect(res.status).toBe(200);
    expect(res.body.companies[0].name).toBe('Kristinestads Bageri Ab');
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
  });
});

describe('POST /api/v1/ytj/import', () => {
  it('creates the organisation with provenance, and a second import updates the same one', async () => {
    const res = await editor('POST', '/api/v1/ytj/import', { businessId: '3123456-3' });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({ kind: 'ytj', state: 'done', counts: { created: 1 } });
    expect(res.headers.get('location')).toBe(`/api/v1/imports/${res.body.id}`);
    const rows = await byBusinessId('3123456-3');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      nameFi: 'Koivukosken Metsäkone Oy',
      source: 'ytj',
      importRunId: res.body.id,
      visibility: 'public',
    });
    const again = await editor('POST', '/api/v1/ytj/import', { businessId: '3123456-3' });
    expect(again.status).toBe(201);
    expect(again.body.counts.created).toBe(0);
    expect(await byBusinessId('3123456-3')).toHaveLength(1);
    const found = await editor('GET', '/api/v1/ytj/lookup?businessId=3123456-3');
    expect(found.body.companies[0].organisationId).toBe(rows[0]!.id);
  });

  it('says 404 for a company PRH does not have, and refuses viewers and the anonymous', async () => {
    expect((await call('POST', '/api/v1/ytj/import', { businessId: '2532004-3' })).status).toBe(404);
    expect((await viewer('POST', '/api/v1/ytj/import', { businessId: '0876543-8' })).status).toBe(403);
    expect((await anonymous('POST', '/api/v1/ytj/import', { businessId: '0876543-8' })).status).toBe(401);
    expect(await byBusinessId('0876543-8')).toHaveLength(0);
  });
});
