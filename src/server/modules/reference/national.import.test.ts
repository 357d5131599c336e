/**
 * The national baseline end to end: a PxWeb CSV of establishments or jobs imported whole or not at
 * all, the baseline the admin page reads, and pictures whose location quotients compare with Finland
 * once a table is there (and with the actors in Solmu before).
 */
import { describe, expect, it } from 'vitest';
import { testApp } from '../../../../test/db.js';
import { importNationalTable } from './national.import.js';
import { FULL_REGISTER_MIN_ROWS } from './national.repository.js';

const { db, call } = await testApp();

const ESTABLISHMENTS = [
  '"Toimipaikat toimialoittain ja kunnittain"',
  '',
  '"Alue";"Toimiala";"2023 Toimipaikkojen lukumäärä"',
  '"SSS KOKO MAA";"16 Sahatavaran sekä puu- ja korkkituotteiden valmistus";"2000"',
  '"SSS KOKO MAA";"62 Ohjelmistot, konsultointi ja siihen liittyvä toiminta";"18000"',
  '"SSS KOKO MAA";"47 Vähittäiskauppa (pl. moottoriajoneuvojen ja moottoripyörien kauppa)";"30000"',
  '"KU740 Savonlinna";"16 Sahatavaran sekä puu- ja korkkituotteiden valmistus";"40"',
  '"KU740 Savonlinna";"62 Ohjelmistot, konsultointi ja siihen liittyvä toiminta";".."',
].join('\n');

const JOBS = [
  '"Alue","Toimiala","2022 Työpaikat"',
  '"SSS KOKO MAA","16 Sahatavaran sekä puu- ja korkkituotteiden valmistus",24000',
  '"SSS KOKO MAA","62 Ohjelmistot, konsultointi ja siihen liittyvä toiminta",96000',
  '"KU740 Savonlinna","16 Sahatavaran sekä puu- ja korkkituotteiden valmistus",600',
  '"KU740 Savonlinna","62 Ohjelmistot, konsultointi ja siihen liittyvä toiminta",400',
  '"KU091 Helsinki","62 Ohjelmistot, konsultointi ja siihen liittyvä toiminta",40000',
].join('\n');

async function organisation(nameFi: string, tolCode: string) {
  const res = await call('POST', '/api/v1/organisations', {
    kind: 'company',
    nameFi,
    tolCode,
    municipalityCode: '740',
    visibility: 'public',
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
}

const picture = async () => (await call('GET', '/api/v1/pictures?scope=municipality&id=740')).body;
const row = (rows: { code: string }[], code: string) => rows.find((r) => r.code === code) as never;

describe('the national baseline', () => {
  it('compares with the actors in Solmu until a table is imported, and says so', async () => {
    for (let i = 0; i < 6; i++) await organisation(`Saha ${i}`, '16100');
    for (let i = 0; i < 2; i++) await organisation(`Koodi ${i}`, '62010');
    await organisation('Muualla', '47110');
    const status = (await call('GET', '/api/v1/national-baseline')).body;
    expect(status).toEqual({ organisationsBaseline: 'solmu', tables: [], fullRegisterImport: null });
    const p = await picture();
    expect(p.specialisation.organisations).toMatchObject({ baseline: 'solmu', year: null, source: null });
    expect(p.specialisation.jobs).toBeNull();
  });

  it('refuses a file with bad rows whole, naming every one', async () => {
    const bad = `${ESTABLISHMENTS}\n"KU999 Ei kunta";"16 Saha";"5"\n"KU740 Savonlinna";"C Teollisuus";"paljon"\n`;
    const result = await importNationalTable(db, bad, { basis: 'establishments' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.line)).toEqual([9, 10]);
    expect((await call('GET', '/api/v1/national-baseline')).body.tables).toEqual([]);
  });

  it('compares organisations with Finland’s establishments once imported: year, source and counts from the table', async () => {
    const result = await importNationalTable(db, ESTABLISHMENTS, {
      basis: 'establishments',
      fileName: 'toimipaikat.csv',
    });
    expect(result).toMatchObject({
      ok: true,
      year: 2023,
      municipalities: 1,
      counts: 4,
      hasWholeCountry: true,
    });
    const status = (await call('GET', '/api/v1/national-baseline')).body;
    expect(status.organisationsBaseline).toBe('finland');
    expect(status.tables).toEqual([
      expect.objectContaining({
        basis: 'establishments',
        year: 2023,
        source: 'Tilastokeskus: Toimipaikat toimialoittain ja kunnittain',
        measure: 'Toimipaikkojen lukumäärä',
        municipalities: 1,
        missingValues: 1,
      }),
    ]);
    const spec = (await picture()).specialisation.organisations;
    expect(spec).toMatchObject({ baseline: 'finland', year: 2023, finlandTotal: 50000, scopeTotal: 9 });
    // 16: (6/9) / (2000/50000) = 16.67, interval = exact limits of 6 (2.2019–13.0591) over 9 × 0.04
    const saw = row(spec.divisions, '16') as {
      lq: number;
      finlandCount: number;
      confidence: { low: number; high: number };
    };
    expect(saw.finlandCount).toBe(2000);
    expect(saw.lq).toBeCloseTo(6 / 9 / 0.04, 9);
    expect(saw.confidence.low).toBeCloseTo(2.2019 / 0.36, 2);
    expect(saw.confidence.high).toBeCloseTo(13.0591 / 0.36, 2);
  });

  it('adds the jobs table for a town the table covers, the whole country from its own row', async () => {
    const result = await importNationalTable(db, JOBS, { basis: 'jobs' });
    expect(result).toMatchObject({ ok: true, municipalities: 2 });
    const jobs = (await picture()).specialisation.jobs;
    expect(jobs).toMatchObject({ basis: 'jobs', baseline: 'finland', year: 2022, scopeTotal: 1000 });
    expect(jobs.finlandTotal).toBe(120000);
    // 16: (600/1000) / (24000/120000) = 3
    expect((row(jobs.divisions, '16') as { lq: number }).lq).toBeCloseTo(3, 12);
    const other = (await call('GET', '/api/v1/pictures?scope=municipality&id=140')).body;
    expect(other.specialisation.jobs).toBeNull();
  });

  it('a new import of a basis replaces the old table whole', async () => {
    const newer = JOBS.replace('2022 Työpaikat', '2023 Työpaikat').split('\n').slice(0, 3).join('\n');
    await importNationalTable(db, newer, { basis: 'jobs', source: 'Tilastokeskus, työssäkäynti' });
    const tables = (await call('GET', '/api/v1/national-baseline')).body.tables;
    expect(tables.find((t: { basis: string }) => t.basis === 'jobs')).toMatchObject({
      year: 2023,
      source: 'Tilastokeskus, työssäkäynti',
      municipalities: 0,
    });
    expect((await picture()).specialisation.jobs).toBeNull();
  });

  it('takes a YTJ import of the whole register as Finland when no establishments table is there', async () => {
    await db.deleteFrom('nationalTables').execute();
    const workspace = await db.selectFrom('workspaces').select('id').executeTakeFirstOrThrow();
    const run = {
      workspaceId: workspace.id,
      kind: 'ytj',
      entity: 'organisations',
      state: 'done',
      fileName: 'all_companies.zip',
      finishedAt: new Date('2026-11-30T12:00:00Z'),
    };
    await db
      .insertInto('importRuns')
      .values({ ...run, rowCount: 500 })
      .execute();
    expect((await call('GET', '/api/v1/national-baseline')).body.organisationsBaseline).toBe('solmu');
    await db
      .insertInto('importRuns')
      .values({ ...run, rowCount: FULL_REGISTER_MIN_ROWS })
      .execute();
    const status = (await call('GET', '/api/v1/national-baseline')).body;
    expect(status).toMatchObject({
      organisationsBaseline: 'finland',
      fullRegisterImport: { companies: FULL_REGISTER_MIN_ROWS, fileName: 'all_companies.zip' },
    });
    expect((await picture()).specialisation.organisations).toMatchObject({
      baseline: 'finland',
      year: 2026,
      source: 'PRH/YTJ: all_companies.zip',
    });
  });
});
