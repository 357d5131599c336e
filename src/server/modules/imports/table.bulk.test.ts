import { sql, type KyselyPlugin } from 'kysely';
import { describe, expect, it } from 'vitest';
import { grantToken, testApp } from '../../../../test/db.js';
import { systemCaller } from '../../auth/caller.js';
import { importBytes } from './imports.service.js';
import { upload } from '../../../../test/support/imports.js';

const { app, db, admin, call } = await testApp();
const other = await grantToken(db, { email: 'muu@test.example', workspace: 'muu' });
const editor = await grantToken(db, { email: 'editor@test.example', workspace: 'test' });
const csv = (...lines: string[]) => ({ name: 'toimijat.csv', bytes: lines.join('\n') });
const organisation = async (businessId: string) =>
  (
    await sql<Record<string, unknown>>`select * from organisations where business_id = ${businessId}`.execute(
      db,
    )
  ).rows[0];
const count = async () =>
  Number((await sql<{ n: number }>`select count(*)::int as n from organisations`.execute(db)).rows[0]!.n);

describe('organisations from a table, written set-based', () => {
  it('creates new organisations in the workspace with the chosen visibility, audited once', async () => {
    const res = await upload(
      app,
      admin.token,
      'entity=organisations&visibility=network',
      csv(
        'Nimi;Y-tunnus;Kunta;Verkkosivu;Kokoluokka',
        'Saha Oy;2532004-3;Savonlinna;www.saha.fi;pieni',
        'Kone Oy;;140;;',
      ),
    );
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.counts).toMatchObject({ rows: 2, created: 2, updated: 0 });
    expect(await organisation('2532004-3')).toMatchObject({
      nameFi: 'Saha Oy',
      municipalityCode: '740',
      website: 'https://www.saha.fi',
      sizeClass: 'small',
      visibility: 'network',
      isPublic: false,
      workspaceId: admin.workspaceId,
      createdBy: expect.stringMatching(/^user:/),
    });
    const kone = (await call('GET', '/api/v1/organisations?q=Kone')).body.items[0];
    expect(kone).toMatchObject({ municipalityCode: '140', sizeClass: 'unknown', visibility: 'network' });
    const audits = await sql<{ action: string }>`
      select action from audit_log where entity_id = ${res.body.id}`.execute(db);
    expect(audits.rows).toEqual([{ action: 'import' }]);
  });

  it('updates what a row gives and keeps what it leaves empty, found by business ID or by its id', async () => {
    const saha = await organisation('2532004-3');
    const res = await upload(
      app,
      admin.token,
      'entity=organisations',
      csv('Tunniste;Nimi;Y-tunnus;Verkkosivu', `${String(saha!.id)};Saha Oyj;;`, ';Uusi Oy;0112038-9;'),
    );
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.counts).toMatchObject({ created: 1, updated: 1 });
    expect(await organisation('2532004-3')).toMatchObject({
      id: saha!.id,
      nameFi: 'Saha Oyj',
      website: 'https://www.saha.fi',
      municipalityCode: '740',
      visibility: 'network',
    });
    const again = await upload(
      app,
      admin.token,
      'entity=organisations&dryRun=true',
      csv('Nimi;Y-tunnus', 'Uusi Oy;0112038-9', 'Toinen Oy;0177736-4'),
    );
    expect(again.body).toMatchObject({ state: 'dry_run', counts: { created: 1, updated: 1 }, errors: [] });
  });

  it('remembers the keys of the file, and finds the records by them next time', async () => {
    const first = await upload(
      app,
      admin.token,
      'entity=organisations',
      csv('Tunniste;Nimi', 'K-1;Avain Oy'),
    );
    expect(first.body.counts).toMatchObject({ created: 1 });
    const before = await count();
    const second = await upload(
      app,
      admin.token,
      'entity=organisations',
      csv('Tunniste;Nimi;Y-tunnus', 'K-1;Avain Oyj;1572860-0'),
    );
    expect(second.body.counts).toMatchObject({ created: 0, updated: 1 });
    expect(await count()).toBe(before);
    expect(await organisation('1572860-0')).toMatchObject({ nameFi: 'Avain Oyj' });
    // A record found by its key cannot take the business ID of another organisation.
    const taken = await upload(
      app,
      admin.token,
      'entity=organisations',
      csv('Tunniste;Nimi;Y-tunnus', 'K-1;Avain Oyj;2532004-3'),
    );
    expect(taken.status).toBe(422);
    const run = await call('GET', taken.headers.get('location')!);
    expect(run.body.errors).toEqual([
      expect.objectContaining({ line: 2, column: 'Y-tunnus', code: 'already_exists' }),
    ]);
  });

  it('refuses organisations of another workspace: unseen ones by business ID, seen ones as not allowed', async () => {
    await upload(
      app,
      other.token,
      'entity=organisations&visibility=private',
      csv('Nimi;Y-tunnus', 'Salainen Oy;0201256-6'),
    );
    await upload(
      app,
      other.token,
      'entity=organisations&visibility=public',
      csv('Nimi;Y-tunnus', 'Julkinen Oy;0109862-8'),
    );
    const res = await upload(
      app,
      editor.token,
      'entity=organisations',
      csv('Nimi;Y-tunnus;Kunta', 'Salainen Oy;0201256-6;', 'Julkinen Oy;0109862-8;', 'Hyvä Oy;;Eikuntaa'),
    );
    expect(res.status).toBe(422);
    const run = await call('GET', res.headers.get('location')!);
    expect(
      run.body.errors.map((e: { line: number; column: string; code: string }) => [e.line, e.column, e.code]),
    ).toEqual([
      [2, 'Y-tunnus', 'business_id_elsewhere'],
      [3, null, 'not_allowed'],
      [4, 'Kunta', 'unknown_municipality'],
    ]);
    expect(await organisation('0201256-6')).toMatchObject({ nameFi: 'Salainen Oy' });
  });
});

describe('the number of statements of a table import', () => {
  /** Counts the statements sent through Kysely (the COPYs of the staging table go past it). */
  class Counter implements KyselyPlugin {
    statements = 0;
    transformQuery: KyselyPlugin['transformQuery'] = (args) => {
      this.statements++;
      return args.node;
    };
    transformResult: KyselyPlugin['transformResult'] = async (args) => args.result;
  }
  const statements = async (rows: number, dryRun: boolean) => {
    const lines = Array.from({ length: rows }, (_, i) => `Määrä ${rows}-${i} Oy;Iisalmi`);
    const counter = new Counter();
    const run = await importBytes(db.withPlugin(counter), Buffer.from(['Nimi;Kunta', ...lines].join('\n')), {
      caller: systemCaller('system:test'),
      workspaceId: admin.workspaceId!,
      entity: 'organisations',
      dryRun,
      fileName: 'paljon.csv',
    });
    expect(run.counts).toMatchObject({ rows, created: rows });
    return counter.statements;
  };

  it('does not grow with the rows: the checks and writes are set-based, not a query per row', async () => {
    for (const dryRun of [true, false])
      expect(await statements(400, dryRun)).toBe(await statements(20, dryRun));
  });
});
