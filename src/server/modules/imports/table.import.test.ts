import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { caller, grantToken, testApp } from '../../../../test/db.js';
import { upload } from '../../../../test/support/imports.js';

const { app, db, admin, call } = await testApp();
const count = async (table: string) =>
  Number(
    (await sql<{ n: number }>`select count(*)::int as n from ${sql.table(table)}`.execute(db)).rows[0]!.n,
  );
const csv = (name: string, text: string) => ({ name, bytes: text });

const ORGANISATIONS_BAD = [
  'Nimi;Y-tunnus;Kunta;Toimiala;Verkkosivu;Tunniste',
  'Savonlinnan Saha Oy;2532004-3;Savonlinna;16100;www.saha.fi;ORG-1',
  'Iisalmen Kone Oy;;140;28;;ORG-2',
  'Rikki Oy;1234567-2;Iisalmi;;;ORG-3',
  'Tuntematon Oy;;Eikuntaa;;;ORG-4',
].join('\r\n');
const ORGANISATIONS = ORGANISATIONS_BAD.split('\r\n').slice(0, 3).join('\r\n');

describe('spreadsheet import', () => {
  it('dry-runs: every bad row with its line, column and reason, and the suggested mapping', async () => {
    const res = await upload(
      app,
      admin.token,
      'entity=organisations&dryRun=true',
      csv('toimijat.csv', ORGANISATIONS_BAD),
    );
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      kind: 'csv',
      state: 'dry_run',
      counts: { rows: 4, created: 2, failed: 2 },
    });
    expect(res.body.errors).toEqual([
      expect.objectContaining({
        line: 4,
        column: 'Y-tunnus',
        field: 'businessId',
        code: 'invalid_business_id',
        params: { value: '1234567-2' },
      }),
      expect.objectContaining({
        line: 5,
        column: 'Kunta',
        code: 'unknown_municipality',
        params: { value: 'Eikuntaa' },
        message: expect.stringMatching(/Eikuntaa/),
      }),
    ]);
    expect(res.body.mapping.suggestion.mapping).toEqual([
      'nameFi',
      'businessId',
      'municipality',
      'tolCode',
      'website',
      'id',
    ]);
    expect(await count('organisations')).toBe(0);
  });

  it('imports all or nothing: a file with bad rows changes nothing and the failed run lists them', async () => {
    const res = await upload(
      app,
      admin.token,
      'entity=organisations',
      csv('toimijat.csv', ORGANISATIONS_BAD),
    );
    expect(res.status).toBe(422);
    expect(res.body.error.details).toEqual([
      { path: 'line 4, Y-tunnus', message: expect.any(String) },
      { path: 'line 5, Kunta', message: expect.stringMatching(/Eikuntaa/) },
    ]);
    expect(await count('organisations')).toBe(0);
    const run = await call('GET', res.headers.get('location')!);
    expect(run.body).toMatchObject({ state: 'failed', counts: { rows: 4, created: 0, failed: 2 } });
    // The stored run keeps each reason's code and parameters, for the web to say it in the user's language.
    expect(run.body.errors.map((e: { code: string; params: object }) => [e.code, e.params])).toEqual([
      ['invalid_business_id', { value: '1234567-2' }],
      ['unknown_municipality', { value: 'Eikuntaa' }],
    ]);
  });

  it('imports a good file, and a re-import updates by business ID or the stable id column', async () => {
    const first = await upload(app, admin.token, 'entity=organisations', csv('toimijat.csv', ORGANISATIONS));
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    expect(first.body.counts).toMatchObject({ rows: 2, created: 2, updated: 0 });
    const saha = (await call('GET', '/api/v1/organisations?businessId=2532004-3')).body.items[0];
    expect(saha).toMatchObject({
      municipalityCode: '740',
      website: 'https://www.saha.fi',
      visibility: 'private',
    });
    const renamed = ORGANISATIONS.replace('Iisalmen Kone Oy', 'Iisalmen Konepaja Oy');
    const again = await upload(app, admin.token, 'entity=organisations', csv('toimijat.csv', renamed));
    expect(again.body.counts).toMatchObject({ created: 0, updated: 2 });
    expect(await count('organisations')).toBe(2);
    const names = (await call('GET', '/api/v1/organisations?sort=nameFi')).body.items.map(
      (o: { nameFi: string }) => o.nameFi,
    );
    expect(names).toEqual(['Iisalmen Konepaja Oy', 'Savonlinnan Saha Oy']);
  });

  it('reads Excel, with the user correcting the suggested mapping', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Toimijat');
    ws.addRow(['Organisation', 'Kommun', 'Anteckning']);
    ws.addRow(['Nyslotts Båtvarv Ab', 'Nyslott', 'Båtar']);
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const mapping = JSON.stringify(['nameFi', 'municipality', 'descriptionSv']);
    const res = await upload(
      app,
      admin.token,
      'entity=organisations&visibility=network',
      { name: 'x.xlsx', bytes },
      { mapping },
    );
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({ kind: 'xlsx', counts: { created: 1 } });
    const boat = (await call('GET', '/api/v1/organisations?q=Båtvarv')).body.items[0];
    expect(boat).toMatchObject({ municipalityCode: '740', descriptionSv: 'Båtar', visibility: 'network' });
  });

  it('imports people with defaults and links them to their organisation; never as public', async () => {
    const people =
      'Nimi,Sähköposti,Organisaatio,Yhteyshenkilö\nMaija Meikäläinen,maija@example.fi,2532004-3,kyllä\n';
    const defaults = JSON.stringify({
      lawfulBasis: 'oikeutettu etu',
      purpose: 'Verkostoyhteistyö',
      source: 'Metsäpäivä 2026',
      collectedOn: '1.10.2026',
      ['__proto__']: { polluted: true },
    });
    const res = await upload(app, admin.token, 'entity=people', csv('ihmiset.csv', people), { defaults });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const person = (await call('GET', '/api/v1/people?q=Maija')).body.items[0];
    expect(person).toMatchObject({ lawfulBasis: 'legitimate_interests', collectedOn: '2026-10-01' });
    const roles = (await call('GET', `/api/v1/person-roles?personId=${person.id}`)).body.items;
    expect(roles).toEqual([expect.objectContaining({ isContact: true, title: 'Yhteyshenkilö' })]);
    const publicPeople = await upload(
      app,
      admin.token,
      'entity=people&visibility=public',
      csv('p.csv', people),
      { defaults },
    );
    expect(publicPeople.status).toBe(400);
  });

  it('resolves relations by business ID or name, refuses unknown ones, and updates on re-import', async () => {
    const bad =
      'Organisaatio 1,Organisaatio 2,Suhde,Paino\n2532004-3,Iisalmen Konepaja Oy,yhteistyö,2\n2532004-3,Ei Ole Oy,yhteistyö,1\n';
    const refused = await upload(app, admin.token, 'entity=relations', csv('suhteet.csv', bad));
    expect(refused.status).toBe(422);
    expect(refused.body.error.details).toEqual([
      { path: 'line 3, Organisaatio 2', message: 'no organisation called Ei Ole Oy' },
    ]);
    const stored = await call('GET', refused.headers.get('location')!);
    expect(stored.body.errors).toEqual([
      expect.objectContaining({ code: 'unknown_organisation', params: { value: 'Ei Ole Oy' } }),
    ]);
    const good = bad.split('\n').slice(0, 2).join('\n');
    expect(
      (await upload(app, admin.token, 'entity=relations', csv('suhteet.csv', good))).body.counts,
    ).toMatchObject({
      created: 1,
    });
    const again = await upload(
      app,
      admin.token,
      'entity=relations',
      csv('suhteet.csv', good.replace(',2', ',3')),
    );
    expect(again.body.counts).toMatchObject({ created: 0, updated: 1 });
    expect((await call('GET', '/api/v1/relations')).body.items).toEqual([
      expect.objectContaining({ kind: 'collaboration', weight: 3, source: 'import' }),
    ]);
  });

  it('matches competences to the vocabulary by slug or name and keeps the rest as tags', async () => {
    await call('POST', '/api/v1/competences', { slug: 'puurakentaminen', nameFi: 'Puurakentaminen' });
    const rows =
      'Yritys,Osaaminen,Suunta\n2532004-3,puurakentaminen,tarjonta\nIisalmen Konepaja Oy,Hitsausrobotiikka,tarve\n';
    const res = await upload(app, admin.token, 'entity=competences', csv('osaaminen.csv', rows));
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const items = (await call('GET', '/api/v1/organisation-competences?sort=direction')).body.items;
    expect(items).toEqual([
      expect.objectContaining({ direction: 'need', competenceId: null, tag: 'Hitsausrobotiikka' }),
      expect.objectContaining({ direction: 'offer', competenceId: expect.any(String), tag: null }),
    ]);
  });

  it('imports events with Finnish times and municipality names', async () => {
    const rows =
      'Tapahtuma;Alkaa;Päättyy;Kunta;Tyyppi\nMetsäpäivä;2.12.2026 klo 10.00;2.12.2026 klo 12.00;Savonlinna;seminaari\n';
    const res = await upload(app, admin.token, 'entity=events', csv('tapahtumat.csv', rows));
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const event = (await call('GET', '/api/v1/events')).body.items[0];
    expect(event).toMatchObject({
      kind: 'seminar',
      municipalityCode: '740',
      startsAt: '2026-12-02T08:00:00.000Z',
    });
  });

  it('codes a reference the database does not hold', async () => {
    const rows = 'Tapahtuma;Alkaa;Hanke\nHankepäivä;3.12.2026 klo 10.00;Ei tällaista hanketta\n';
    const res = await upload(app, admin.token, 'entity=events&dryRun=true', csv('tapahtumat.csv', rows));
    expect(res.status).toBe(200);
    expect(res.body.errors).toEqual([
      expect.objectContaining({
        line: 2,
        column: 'Hanke',
        code: 'unknown_reference',
        params: { value: 'Ei tällaista hanketta' },
      }),
    ]);
  });

  it('codes a mapping it cannot use, and documents the codes in the OpenAPI schema of a run', async () => {
    const res = await upload(
      app,
      admin.token,
      'entity=organisations&dryRun=true',
      csv('toimijat.csv', ORGANISATIONS),
      { mapping: JSON.stringify(['nameFi']) },
    );
    expect(res.status).toBe(200);
    expect(res.body.errors).toEqual([
      expect.objectContaining({ line: null, code: 'mapping_length', params: { entries: 1, columns: 6 } }),
    ]);
    const doc = (await call('GET', '/api/v1/openapi.json')).body;
    const error = doc.components.schemas.ImportRun.properties.errors.items;
    expect(error.properties.code.enum).toEqual(
      expect.arrayContaining(['invalid_business_id', 'missing_value']),
    );
    expect(error.properties.params).toBeDefined();
  });

  it('shows runs to their workspace only, and refuses files it cannot read', async () => {
    const list = await call('GET', '/api/v1/imports?limit=100');
    expect(list.body.items.length).toBeGreaterThanOrEqual(8);
    expect(list.body.items[0].errors).toEqual([]);
    const other = await grantToken(db, { email: 'outsider@test.example', workspace: 'outside' });
    const outsider = caller(app, other.token);
    expect((await outsider('GET', '/api/v1/imports')).body.items).toEqual([]);
    expect((await outsider('GET', `/api/v1/imports/${list.body.items[0].id}`)).status).toBe(404);
    const odt = await upload(app, admin.token, 'entity=organisations', { name: 'a.ods', bytes: 'x' });
    expect(odt.status).toBe(400);
    const empty = await upload(app, admin.token, 'entity=organisations', csv('tyhjä.csv', ''));
    expect(empty.status).toBe(422);
    const unread = await call('GET', empty.headers.get('location')!);
    expect(unread.body.errors).toEqual([
      { line: null, column: null, field: null, code: 'empty_file', params: {}, message: 'the file is empty' },
    ]);
  });
});
