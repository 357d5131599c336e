import fs from 'node:fs';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { grantToken, testApp } from '../../../../test/db.js';
import { upload } from '../../../../test/support/imports.js';

const { app, db, admin, call } = await testApp();
const companies = (
  JSON.parse(
    fs.readFileSync(new URL('../../../formats/ytj/fixtures/v3-companies.json', import.meta.url), 'utf8'),
  ) as { companies: unknown[] }
).companies;
const organisationCount = async () =>
  Number((await sql<{ n: number }>`select count(*)::int as n from organisations`.execute(db)).rows[0]!.n);

/** One valid company between two that cannot be used (a bad check digit, no name). */
const FILE = {
  name: 'ytj.json',
  bytes: JSON.stringify([
    { businessId: { value: '1234567-2' }, names: [{ name: 'Väärä Oy', type: '1' }] },
    companies[0],
    { businessId: { value: '2532004-3' }, names: [] },
  ]),
};

describe('a YTJ file with bad records is all or nothing, like a table', () => {
  it('lists every bad record in the dry run', async () => {
    const dry = await upload(app, admin.token, 'entity=organisations&dryRun=true', FILE);
    expect(dry.status).toBe(200);
    expect(dry.body).toMatchObject({ state: 'dry_run', counts: { rows: 3, created: 1, failed: 2 } });
    expect(dry.body.errors.map((e: { line: number; code: string }) => [e.line, e.code])).toEqual([
      [1, 'invalid_record'],
      [3, 'invalid_record'],
    ]);
  });

  it('writes nothing when a record is bad and the user did not skip it', async () => {
    const res = await upload(app, admin.token, 'entity=organisations', FILE);
    expect(res.status).toBe(422);
    expect(res.body.error.details.map((d: { path: string }) => d.path)).toEqual(['line 1', 'line 3']);
    expect(await organisationCount()).toBe(0);
    const run = await call('GET', res.headers.get('location')!);
    expect(run.body).toMatchObject({
      state: 'failed',
      counts: { rows: 3, created: 0, failed: 2 },
      message: 'Nothing was imported: 2 bad records',
    });
    // Skipping one of the two is not enough.
    const half = await upload(app, admin.token, 'entity=organisations', FILE, { skip: '[1]' });
    expect(half.status).toBe(422);
    expect(await organisationCount()).toBe(0);
  });

  it('imports the rest when the user skips the bad records the dry run listed', async () => {
    const res = await upload(app, admin.token, 'entity=organisations', FILE, { skip: '[1, 3]' });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({
      state: 'done',
      counts: { rows: 1, created: 1, failed: 0 },
      errors: [],
      message: '2 rows skipped',
    });
    expect(await organisationCount()).toBe(1);
  });

  it('names the record of a company the importer may not change, which can be skipped too', async () => {
    const editor = await grantToken(db, { email: 'muu@test.example', workspace: 'muu' });
    const file = { name: 'ytj.json', bytes: JSON.stringify([companies[1], companies[0]]) };
    const refused = await upload(app, editor.token, 'entity=organisations', file);
    expect(refused.status).toBe(422);
    const run = await call('GET', refused.headers.get('location')!);
    expect(run.body.errors).toEqual([
      expect.objectContaining({ line: 2, code: 'business_id_elsewhere', params: { value: '3123456-3' } }),
    ]);
    const before = await organisationCount();
    const res = await upload(app, editor.token, 'entity=organisations', file, { skip: '[2]' });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.counts).toMatchObject({ rows: 1, created: 1 });
    expect(await organisationCount()).toBe(before + 1);
  });
});
