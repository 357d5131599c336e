import fs from 'node:fs';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { grantToken, testApp } from '../../../../test/db.js';
import { readYtjDump, type YtjDumpItem } from '../../../formats/ytj/index.js';
import { systemCaller } from '../../auth/caller.js';
import { importYtjItems } from './imports.service.js';
import { generatedDump, upload } from '../../../../test/support/imports.js';

const { app, db, admin } = await testApp();
const fixture = fs.readFileSync(
  new URL('../../../formats/ytj/fixtures/v3-companies.json', import.meta.url),
  'utf8',
);
const ytj = (text: string, name = 'ytj.json') => ({ name, bytes: text });
const organisationCount = async () =>
  Number((await sql<{ n: number }>`select count(*)::int as n from organisations`.execute(db)).rows[0]!.n);
const byBusinessId = async (id: string) =>
  (await sql<Record<string, unknown>>`select * from organisations where business_id = ${id}`.execute(db))
    .rows[0];

/** A file that breaks part-way, imported in batches of 400. */
const importBroken = (items: AsyncIterable<YtjDumpItem>) =>
  importYtjItems(db, items, {
    caller: systemCaller('system:test'),
    workspaceId: admin.workspaceId!,
    entity: 'organisations',
    dryRun: false,
    fileName: 'broken.json',
    batchSize: 400,
  });

describe('YTJ import', () => {
  it('creates organisations with register columns, provenance and the municipality of the postal code', async () => {
    const res = await upload(app, admin.token, 'entity=organisations', ytj(fixture, 'companies.json'));
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({
      kind: 'ytj',
      entity: 'organisations',
      state: 'done',
      fileName: 'companies.json',
      counts: { rows: 3, created: 3, updated: 0, unchanged: 0, failed: 0 },
      workspaceId: admin.workspaceId,
    });
    expect(res.headers.get('location')).toBe(`/api/v1/imports/${res.body.id}`);
    const koivukoski = await byBusinessId('3123456-3');
    expect(koivukoski).toMatchObject({
      nameFi: 'Koivukosken Metsäkone Oy',
      nameEn: 'Koivukoski Forest Machines Ltd',
      kind: 'company',
      companyForm: '16',
      municipalityCode: '140',
      registrationDate: '2020-03-02',
      endDate: null,
      status: 'active',
      source: 'ytj',
      importRunId: res.body.id,
      visibility: 'public',
      workspaceId: admin.workspaceId,
    });
    expect(koivukoski!.lastImportedAt).toBeInstanceOf(Date);
    const history = koivukoski!.nameHistory as { name: string; endDate: string | null }[];
    expect(history.map((n) => n.name)).toContain('Koivukosken Konepaja Oy');
    expect(history.find((n) => n.name === 'Koivukosken Konepaja Oy')?.endDate).toBe('2023-05-09');
    const bakery = await byBusinessId('0876543-8');
    expect(bakery).toMatchObject({
      nameFi: 'Kristiinankaupungin Leipomo Oy',
      nameSv: 'Kristinestads Bageri Ab',
    });
    expect(await byBusinessId('1934561-5')).toMatchObject({ status: 'ended', endDate: '2025-03-31' });
    // The public API shows them to everyone (business-register data is public).
    const anonymous = await app.request('/api/v1/organisations?businessId=3123456-3');
    expect(((await anonymous.json()) as { total: number }).total).toBe(1);
  });

  it('re-imports without duplicates and updates only what changed', async () => {
    const before = await organisationCount();
    const again = await upload(app, admin.token, 'entity=organisations', ytj(fixture));
    expect(again.body.counts).toMatchObject({ created: 0, updated: 0, unchanged: 3 });
    const changed = fixture.replace('Koivukosken Metsäkone Oy', 'Koivukosken Metsäkoneet Oy');
    const third = await upload(app, admin.token, 'entity=organisations', ytj(changed));
    expect(third.body.counts).toMatchObject({ created: 0, updated: 1, unchanged: 2 });
    expect(await organisationCount()).toBe(before);
    const row = await byBusinessId('3123456-3');
    expect(row).toMatchObject({ nameFi: 'Koivukosken Metsäkoneet Oy', importRunId: third.body.id });
  });

  it('takes a batch of new and known companies apart: new ones are created, known ones upserted', async () => {
    const known = JSON.parse(await generatedDump(100, 21)) as unknown[];
    const extra = JSON.parse(await generatedDump(60, 22)) as unknown[];
    const first = await upload(app, admin.token, 'entity=organisations', ytj(JSON.stringify(known)));
    expect(first.body.counts).toMatchObject({ rows: 100, created: 100 });
    const before = await organisationCount();
    // New companies first, so the batch's direct COPY meets a known business ID half-way and falls back.
    const mixed = [...extra.slice(0, 30), ...known, ...extra.slice(30)];
    const second = await upload(app, admin.token, 'entity=organisations', ytj(JSON.stringify(mixed)));
    expect(second.status).toBe(201);
    const { created, updated, unchanged } = second.body.counts;
    expect(created + updated + unchanged).toBe(160);
    expect(unchanged).toBeGreaterThanOrEqual(100);
    expect(await organisationCount()).toBe(before + created);
  });

  it('dry-runs without writing', async () => {
    const dump = await generatedDump(20, 99);
    const before = await organisationCount();
    const res = await upload(app, admin.token, 'entity=organisations&dryRun=true', ytj(dump));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ state: 'dry_run', counts: { rows: 20, created: 20, failed: 0 } });
    expect(await organisationCount()).toBe(before);
  });

  it('lists a record without a valid business ID, and imports the rest only when it is skipped', async () => {
    const companies = JSON.parse(fixture).companies as unknown[];
    const bad = { businessId: { value: '1234567-2' }, names: [{ name: 'Väärä Oy', type: '1' }] };
    const file = ytj(JSON.stringify([bad, ...companies]));
    const res = await upload(app, admin.token, 'entity=organisations', file);
    expect(res.status).toBe(422);
    const skipped = await upload(app, admin.token, 'entity=organisations', file, { skip: '[1]' });
    expect(skipped.status).toBe(201);
    expect(skipped.body.counts).toMatchObject({ rows: 3, failed: 0, unchanged: 2, updated: 1 });
    const run = await app.request(res.headers.get('location')!, {
      headers: { authorization: `Bearer ${admin.token}` },
    });
    const errors = ((await run.json()) as { errors: { line: number; message: string }[] }).errors;
    expect(errors).toEqual([
      {
        line: 1,
        column: null,
        code: 'invalid_record',
        params: { businessId: '1234567-2' },
        message: expect.stringMatching(/1234567-2/),
      },
    ]);
  });

  it('refuses broken JSON whole, and records the failed run', async () => {
    const before = await organisationCount();
    const res = await upload(app, admin.token, 'entity=organisations', ytj('{"companies": [ {"busi'));
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('import_failed');
    expect(await organisationCount()).toBe(before);
    const id = res.headers.get('location')!.split('/').pop();
    const run = await app.request(`/api/v1/imports/${id}`, {
      headers: { authorization: `Bearer ${admin.token}` },
    });
    expect(await run.json()).toMatchObject({
      state: 'failed',
      message: expect.stringMatching(/^Nothing was imported/),
    });
  });

  it('accepts files up to 20 MiB past the 1 MiB API body limit, and refuses larger ones', async () => {
    const dump = await generatedDump(1500, 3);
    expect(dump.length).toBeGreaterThan(1024 * 1024);
    const res = await upload(app, admin.token, 'entity=organisations', ytj(dump));
    expect(res.status, JSON.stringify(res.body).slice(0, 300)).toBe(201);
    expect(res.body.counts).toMatchObject({ rows: 1500, created: 1500 });
    const huge = await upload(app, admin.token, 'entity=organisations', ytj(' '.repeat(21 * 1024 * 1024)));
    expect(huge.status).toBe(413);
    const json = await app.request('/api/v1/competences', {
      method: 'POST',
      headers: { authorization: `Bearer ${admin.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ slug: 'x', nameFi: 'x'.repeat(2 * 1024 * 1024) }),
    });
    expect(json.status).toBe(413);
  });

  it('does not change an organisation of a workspace the importer cannot write', async () => {
    const other = await grantToken(db, { email: 'other@test.example', workspace: 'other', role: 'editor' });
    const changed = fixture.replace('Kristinestads Bageri Ab', 'Kristinestads Nya Bageri Ab');
    const res = await upload(app, other.token, 'entity=organisations', ytj(changed));
    expect(res.status).toBe(422);
    const run = await app.request(res.headers.get('location')!, {
      headers: { authorization: `Bearer ${other.token}` },
    });
    expect(await run.json()).toMatchObject({ state: 'failed', counts: { rows: 3, failed: 3, created: 0 } });
    expect((await byBusinessId('0876543-8'))!.nameSv).toBe('Kristinestads Bageri Ab');
    const anonymous = await upload(app, null, 'entity=organisations', ytj(fixture));
    expect(anonymous.status).toBe(401);
  });

  it('streams a dump in batches in one transaction, and rolls all of it back when the dump breaks', async () => {
    const dump = await generatedDump(2500, 11);
    const caller = systemCaller('system:test');
    const before = await organisationCount();
    const progress: number[] = [];
    const ok = await importYtjItems(db, readYtjDump([dump], { engine: 'split' }), {
      caller,
      workspaceId: admin.workspaceId!,
      entity: 'organisations',
      dryRun: false,
      fileName: 'dump.json',
      batchSize: 400,
      progressEvery: 1000,
      onProgress: (c) => progress.push(c.rows),
    });
    // Generated business IDs may repeat one of an earlier test's dump: those are updates.
    expect(ok).toMatchObject({ state: 'done', counts: { rows: 2500, failed: 0 } });
    const { created, updated, unchanged } = ok.counts;
    expect(created + updated + unchanged).toBe(2500);
    expect(created).toBeGreaterThan(2400);
    expect(progress).toEqual([1000, 2000, 2500]);
    expect(await organisationCount()).toBe(before + created);

    const next = await generatedDump(2500, 12);
    const broken = next.slice(0, Math.floor(next.length * 0.8));
    const failed = await importBroken(readYtjDump([broken], { engine: 'split' }));
    expect(failed.state).toBe('failed');
    expect(failed.counts.created).toBe(0);
    expect(failed.message).toMatch(/^Nothing was imported/);
    expect(await organisationCount()).toBe(before + created);
  });

  it('writes nothing when the file breaks while a batch is still being written', async () => {
    const before = await organisationCount();
    const companies: YtjDumpItem[] = [];
    for await (const item of readYtjDump([await generatedDump(900, 21)], { engine: 'split' }))
      if (item.kind === 'company') companies.push(item);
    // The first batch (400 rows) starts writing; the file breaks at once, while that write is in flight.
    async function* breaksMidBatch(): AsyncGenerator<YtjDumpItem> {
      yield* companies.slice(0, 500);
      yield { kind: 'fatal', index: 500, message: 'unexpected end of the file' };
    }
    const failed = await importBroken(breaksMidBatch());
    expect(failed.state).toBe('failed');
    // A statement of the batch sent after the rollback would run outside the transaction and stay.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await organisationCount()).toBe(before);
  });
});
