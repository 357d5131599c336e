import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { dryRunImport, type DryRunResult } from './dry-run.js';
import type { ImportEntity } from './entities.js';
import { readTable } from './table.js';

async function dryRun<E extends ImportEntity>(
  input: string | Uint8Array,
  entity: E,
  options: Parameters<typeof dryRunImport>[2] = {},
) {
  const read = await readTable(input);
  if (!read.ok) throw new Error(read.errors[0]?.message);
  const result = dryRunImport(read.table, entity, options);
  if (!result.ok) throw new Error(result.mappingErrors.map((e) => e.error).join('; '));
  return result as Extract<DryRunResult<E>, { ok: true }>;
}

/** Each bad row as 'line [column] code: message', so a test names both the code and the English text. */
const errorsOf = (r: { errors: { line: number; column: string | null; code: string; message: string }[] }) =>
  r.errors.map((e) => `${e.line}${e.column ? ` [${e.column}]` : ''} ${e.code}: ${e.message}`);

describe('dryRunImport: organisations', () => {
  const csv = [
    'Nimi;Y-tunnus;Kunta;Toimiala;Tyyppi;Verkkosivu;Julkinen',
    'Esimerkkilän kaupunki;0177736-4;Iisalmi;;kunta;www.iisalmi.fi;kyllä',
    'Savonlinnan Hankekehitys Oy;;740;70.22;kehitysyhtiö;;',
    'Rikkinäinen Oy;1234567-2;Raahe;ABC;yritys;ei osoite;ehkä',
    ';0112038-9;;;;;',
    'Tupla Oy;0177736-4;091;62010 Ohjelmistot;;;',
  ].join('\n');

  it('keeps valid rows with unresolved references and lists every bad row with line, column and reason', async () => {
    const r = await dryRun(csv, 'organisations');
    expect(r.counts).toEqual({ rows: 5, valid: 2, invalid: 3 });
    expect(r.rows).toEqual([
      {
        line: 2,
        data: {
          kind: 'municipality',
          nameFi: 'Esimerkkilän kaupunki',
          businessId: '0177736-4',
          website: 'https://www.iisalmi.fi',
          isPublic: true,
        },
        refs: { municipality: { by: 'name', value: 'Iisalmi' } },
        match: { businessId: '0177736-4' },
        extra: {},
      },
      {
        line: 3,
        data: { kind: 'development_company', nameFi: 'Savonlinnan Hankekehitys Oy', tolCode: '7022' },
        refs: { municipality: { by: 'code', value: '740' } },
        match: {},
        extra: {},
      },
    ]);
    expect(errorsOf(r)).toEqual([
      "4 [Y-tunnus] invalid_business_id: '1234567-2' is not a valid business ID (Y-tunnus, e.g. 0112038-9)",
      "4 [Toimiala] invalid_industry_code: 'ABC' is not a TOL 2008 industry code (e.g. 62010 or 62.01)",
      "4 [Verkkosivu] invalid_url: 'ei osoite' is not a web address",
      "4 [Julkinen] invalid_boolean: 'ehkä' is not yes or no (kyllä/ei, ja/nej, yes/no)",
      '5 [Nimi] missing_value: nameFi is missing',
      '6 duplicate_business_id: the same business ID 0177736-4 as on line 2',
    ]);
    expect(r.errors.map((e) => e.params)).toEqual([
      { value: '1234567-2' },
      { value: 'ABC' },
      { value: 'ei osoite' },
      { value: 'ehkä' },
      { field: 'nameFi' },
      { value: '0177736-4', line: 2 },
    ]);
  });

  it('uses the mapping the user corrected and their default values', async () => {
    const r = await dryRun('Toimija;Koodi\nXamk;2\n', 'organisations', {
      mapping: ['nameFi', 'municipality'],
      defaults: { kind: 'oppilaitos' },
    });
    expect(r.rows[0]).toMatchObject({
      data: { kind: 'education', nameFi: 'Xamk' },
      refs: { municipality: { value: '002' } },
    });
  });

  it('refuses a mapping it cannot use, with the suggestion to start from', async () => {
    const read = await readTable('Y-tunnus\n0112038-9\n');
    if (!read.ok) throw new Error('unreadable');
    const r = dryRunImport(read.table, 'organisations');
    expect(r).toMatchObject({
      ok: false,
      mappingErrors: [
        { code: 'column_missing', params: { field: 'nameFi' }, error: /no column gives 'nameFi'/ },
      ],
      suggestion: { mapping: ['businessId'] },
    });
    const badDefault = dryRunImport(read.table, 'organisations', {
      mapping: ['nameFi'],
      defaults: { kind: 'laiva' },
    });
    expect(badDefault).toMatchObject({
      ok: false,
      mappingErrors: [
        {
          code: 'unknown_value',
          params: { value: 'laiva', field: 'kind' },
          error: "default for 'kind': 'laiva' is not a known kind of organisation",
        },
      ],
    });
  });
});

describe('dryRunImport: people, relations, competences and events', () => {
  it('checks people with the GDPR fields from defaults and links them to organisations', async () => {
    const r = await dryRun(
      'Nimi,Titteli,Sähköposti,Organisaatio,Yhteyshenkilö\n' +
        'Elinkeinojohtaja,Elinkeinojohtaja,,0177736-4,kyllä\n' +
        'X,,ei-sähköposti,Xamk,\n',
      'people',
      {
        defaults: {
          lawfulBasis: 'yleinen etu',
          purpose: 'Ekosysteemikartoitus',
          source: 'Haastattelu',
          collectedOn: '1.10.2021',
        },
      },
    );
    expect(r.rows).toEqual([
      {
        line: 2,
        data: {
          fullName: 'Elinkeinojohtaja',
          title: 'Elinkeinojohtaja',
          lawfulBasis: 'public_task',
          purpose: 'Ekosysteemikartoitus',
          source: 'Haastattelu',
          collectedOn: '2021-10-01',
        },
        refs: { organisation: { by: 'businessId', value: '0177736-4' } },
        match: {},
        extra: { isContact: true },
      },
    ]);
    expect(errorsOf(r)).toEqual(['3 [Sähköposti] invalid_format: Invalid email address']);
  });

  it('checks relations: kinds in three languages, decimal commas, dates in order, two different ends', async () => {
    const r = await dryRun(
      'Organisaatio 1;Organisaatio 2;Suhde;Paino;Alkaa;Päättyy\n' +
        'Xamk;Teknologiapuisto Noheva;yhteistyö;1,5;1.10.2021;31.12.2023\n' +
        'Xamk;XAMK;samarbete;;;\n' +
        'Xamk;Noheva;ystävyys;-1;2023-01-01;2022-01-01\n' +
        'Xamk;;funding;;;\n',
      'relations',
    );
    expect(r.rows).toEqual([
      {
        line: 2,
        data: {
          kind: 'collaboration',
          weight: 1.5,
          startOn: '2021-10-01',
          endOn: '2023-12-31',
          source: 'import',
        },
        refs: { from: { by: 'name', value: 'Xamk' }, to: { by: 'name', value: 'Teknologiapuisto Noheva' } },
        match: {},
        extra: {},
      },
    ]);
    expect(errorsOf(r)).toEqual([
      '3 same_organisation: a relation joins two different organisations',
      "4 [Suhde] unknown_value: 'ystävyys' is not a known kind of relation",
      '4 [Paino] too_small: Too small: expected number to be >0',
      '5 [Organisaatio 2] missing_value: to is missing',
    ]);
    expect(r.errors[2]?.params).toEqual({ field: 'weight', minimum: '0' });
  });

  it('takes the competence as its tag and needs one', async () => {
    const r = await dryRun(
      'Yritys;Osaaminen;Suunta\nXamk;Metsäbiotalous;tarjonta\nXamk;;tarve\n',
      'competences',
    );
    expect(r.rows[0]).toMatchObject({
      data: { direction: 'offer', tag: 'Metsäbiotalous' },
      refs: { organisation: { value: 'Xamk' }, competence: { by: 'name', value: 'Metsäbiotalous' } },
    });
    expect(errorsOf(r)).toEqual(['3 competence_missing: give the competence (or a tag)']);
  });

  it('reads event times as Finnish time, from text and from Excel date cells', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Tapahtumat');
    ws.addRow(['Tapahtuma', 'Tyyppi', 'Alkaa', 'Päättyy', 'Kunta']);
    ws.addRow(['Webinaari: kasvualat', 'webinaari', '2.12.2022 klo 10.00', '2.12.2022 11:30', 'Iisalmi']);
    ws.addRow(['Kesäretki', 'vierailu', new Date(Date.UTC(2022, 5, 15, 9, 0)), null, '140']);
    ws.addRow(['Väärä', 'seminaari', '2.12.2022 10:00', '1.12.2022 10:00', '']);
    const r = await dryRun(new Uint8Array(await wb.xlsx.writeBuffer()), 'events');
    expect(
      r.rows.map((row) => [row.line, row.data.kind, row.data.startsAt, row.data.endsAt ?? null]),
    ).toEqual([
      [2, 'webinar', '2022-12-02T10:00:00+02:00', '2022-12-02T11:30:00+02:00'],
      [3, 'visit', '2022-06-15T09:00:00+03:00', null],
    ]);
    expect(errorsOf(r)).toEqual(['4 [Päättyy] rule_broken: endsAt must not be before startsAt']);
  });

  it('lists rows the file itself could not hold, and duplicate ids', async () => {
    const r = await dryRun('id,Nimi\n1,A\n1,B\n2,"C\n', 'organisations');
    expect(errorsOf(r)).toEqual([
      '3 duplicate_id: the same id 1 as on line 2',
      '4 malformed_row: unterminated quoted field (missing closing ")',
    ]);
    expect(r.counts).toEqual({ rows: 3, valid: 1, invalid: 2 });
  });
});
