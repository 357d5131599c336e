/**
 * Imports explain themselves: a row lists every problem it has (each with its line, column, code and
 * values), not only the first; industry codes are checked against the classification the installation
 * holds; municipalities are found by name.
 */
import { describe, expect, it } from 'vitest';
import { testApp } from '../../../../test/db.js';
import { generatedDump, upload } from '../../../../test/support/imports.js';

const { app, db, admin, call } = await testApp();
const csv = (name: string, text: string) => ({ name, bytes: text });
const problems = (errors: { line: number; column: string; code: string; params: object }[]) =>
  errors.map((e) => [e.line, e.column, e.code, e.params]);

/** The rows of Statistics Finland's TOL 2008 file (levels 3–4) below divisions 99 and 62, as an import adds them. */
async function importDeeperLevels() {
  await db
    .insertInto('industries')
    .values(
      [
        ['990', 3, '99'],
        ['9900', 4, '990'],
        ['620', 3, '62'],
        ['6201', 4, '620'],
        ['6202', 4, '620'],
        ['6203', 4, '620'],
        ['6209', 4, '620'],
      ].map(([code, level, parentCode]) => ({
        classification: 'TOL2008',
        code: String(code),
        level: Number(level),
        parentCode: String(parentCode),
        nameFi: `Toimiala ${code}`,
      })),
    )
    .execute();
}

type Problem = [number, string, string, Record<string, string>];

/** Each case: the entity, a file of one row, and every problem that row has, in the order listed. */
const CASES: [string, string, string, Problem[]][] = [
  [
    'organisations: a bad business ID, industry and date, and an unknown municipality',
    'organisations',
    'Nimi;Y-tunnus;Kunta;Toimiala;Verkkosivu;Tarkistettu\nRikki Oy;1234567-2;Eikuntaa;04;www.example.fi;31.2.2026',
    [
      [2, 'Y-tunnus', 'invalid_business_id', { value: '1234567-2' }],
      [2, 'Toimiala', 'invalid_industry_code', { value: '04' }],
      [2, 'Tarkistettu', 'invalid_date', { value: '31.2.2026' }],
      [2, 'Kunta', 'unknown_municipality', { value: 'Eikuntaa' }],
    ],
  ],
  [
    'events: a bad date, an unknown municipality and an unknown project',
    'events',
    'Tapahtuma;Alkaa;Kunta;Hanke\nHankepäivä;32.12.2026;Eikuntaa;Ei tällaista hanketta\n',
    [
      [2, 'Alkaa', 'invalid_datetime', { value: '32.12.2026' }],
      [2, 'Kunta', 'unknown_municipality', { value: 'Eikuntaa' }],
      [2, 'Hanke', 'unknown_reference', { value: 'Ei tällaista hanketta' }],
    ],
  ],
  [
    'events that pass the file checks: every unknown reference, not only the first',
    'events',
    'Tapahtuma;Alkaa;Kunta;Hanke\nHankepäivä;2.12.2026;Eikuntaa;Ei tällaista hanketta\n',
    [
      [2, 'Kunta', 'unknown_municipality', { value: 'Eikuntaa' }],
      [2, 'Hanke', 'unknown_reference', { value: 'Ei tällaista hanketta' }],
    ],
  ],
  [
    'relations: both unknown organisations',
    'relations',
    'Organisaatio 1,Organisaatio 2,Suhde\nEi Ole Oy,Ei Myöskään Oy,yhteistyö\n',
    [
      [2, 'Organisaatio 1', 'unknown_organisation', { value: 'Ei Ole Oy' }],
      [2, 'Organisaatio 2', 'unknown_organisation', { value: 'Ei Myöskään Oy' }],
    ],
  ],
  [
    'people: a bad date and an unknown organisation',
    'people',
    'Nimi;Organisaatio;Käsittelyperuste;Käyttötarkoitus;Lähde;Kerätty\nMaija;Ei Ole Oy;suostumus;Verkosto;Kysely;1.13.2026\n',
    [
      [2, 'Kerätty', 'invalid_date', { value: '1.13.2026' }],
      [2, 'Organisaatio', 'unknown_organisation', { value: 'Ei Ole Oy' }],
    ],
  ],
];

describe('an import lists every problem of a row, not only the first', () => {
  it.each(CASES)('%s', async (_, entity, rows, expected) => {
    const res = await upload(app, admin.token, `entity=${entity}&dryRun=true`, csv('t.csv', rows));
    expect(res.status).toBe(200);
    expect(problems(res.body.errors)).toEqual(expected);
  });
});

describe('industry codes and municipality names', () => {
  const FILE = [
    'Nimi;Kunta;Toimiala;Verkkosivu',
    'Iisalmen Testi Oy;Iisalmi;62010;www.example.fi',
    'Idensalmi Test Ab;IDENSALMI;62;',
    'Väärä Toimiala Oy;iisalmi;999;',
    'Kaksi Vikaa Oy;Eikuntaa;6205;',
  ].join('\n');

  it('refuses a code with no such group or class, in a default installation and with the classification imported', async () => {
    const refusals = [
      [4, 'Toimiala', 'invalid_industry_code', { value: '999' }],
      // The code is refused as its cell is read, before names are looked up.
      [5, 'Toimiala', 'invalid_industry_code', { value: '6205' }],
      [5, 'Kunta', 'unknown_municipality', { value: 'Eikuntaa' }],
    ];
    for (const imported of [false, true]) {
      if (imported) await importDeeperLevels();
      const res = await upload(app, admin.token, 'entity=organisations&dryRun=true', csv('t.csv', FILE));
      expect(res.status).toBe(200);
      expect(problems(res.body.errors), `imported: ${imported}`).toEqual(refusals);
      // The organisation form refuses the same codes.
      for (const tolCode of ['999', '6205', '62050']) {
        const form = await call('POST', '/api/v1/organisations', { kind: 'company', nameFi: 'X', tolCode });
        expect([form.status, form.body.error.code], tolCode).toEqual([422, 'unknown_industry']);
      }
    }
  });

  it('imports municipalities by Finnish or Swedish name in any case, and a website without its scheme', async () => {
    const good = FILE.split('\n').slice(0, 3).join('\n');
    const res = await upload(app, admin.token, 'entity=organisations', csv('t.csv', good));
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const items = (await call('GET', '/api/v1/organisations?sort=nameFi')).body.items;
    expect(
      items.map((o: Record<string, unknown>) => [o.nameFi, o.municipalityCode, o.tolCode, o.website]),
    ).toEqual([
      ['Idensalmi Test Ab', '140', '62', null],
      ['Iisalmen Testi Oy', '140', '62010', 'https://www.example.fi'],
    ]);
  });
});

describe('imported records get the visibility the form says', () => {
  const visibilities = async (path: string) =>
    (await call('GET', `/api/v1/${path}?limit=100`)).body.items.map(
      (r: { visibility: string }) => r.visibility,
    );

  it('row by row (events, people and their roles), in bulk (organisations) and from YTJ', async () => {
    const events = 'Tapahtuma;Alkaa\nAvoin päivä;2.12.2026\n';
    expect(
      (await upload(app, admin.token, 'entity=events&visibility=public', csv('e.csv', events))).status,
    ).toBe(201);
    const people =
      'Nimi;Organisaatio;Käsittelyperuste;Käyttötarkoitus;Lähde;Kerätty\nMaija;Iisalmen Testi Oy;suostumus;Verkosto;Kysely;1.12.2026\n';
    const person = await upload(app, admin.token, 'entity=people&visibility=network', csv('p.csv', people));
    expect(person.status, JSON.stringify(person.body)).toBe(201);
    const orgs = 'Nimi;Kunta\nPiilo Oy;Iisalmi\n';
    expect(
      (await upload(app, admin.token, 'entity=organisations&visibility=private', csv('o.csv', orgs))).status,
    ).toBe(201);
    const dump = await generatedDump(2, 11);
    const ytj = await upload(app, admin.token, 'entity=organisations&visibility=network', {
      name: 'y.json',
      bytes: dump,
    });
    expect(ytj.status, JSON.stringify(ytj.body)).toBe(201);

    expect(await visibilities('events')).toEqual(['public']);
    expect(await visibilities('people')).toEqual(['network']);
    expect(await visibilities('person-roles')).toEqual(['network']);
    const byName = (await call('GET', '/api/v1/organisations?limit=100')).body.items.filter(
      (o: { nameFi: string; source?: string }) => o.nameFi === 'Piilo Oy' || o.source === 'ytj',
    );
    expect(byName.map((o: { visibility: string }) => o.visibility).sort()).toEqual([
      'network',
      'network',
      'private',
    ]);
  });
});
