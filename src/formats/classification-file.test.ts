import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sharedDataExists, sharedDataPath } from '../../test/support/reference.js';
import {
  detectIndustryClassification,
  parseClassificationFile,
  type ClassificationData,
  type ClassificationFileOptions,
  type ImportedIndustry,
  type RegionalClassification,
} from './classification-file.js';

/** Bytes of a Windows-1252 file (Latin-1 covers the Finnish and Swedish letters used here). */
const ansi = (text: string) => Uint8Array.from(Buffer.from(text.replace(/\n/g, '\r\n'), 'latin1'));
const utf8WithBom = (text: string) => Uint8Array.from([0xef, 0xbb, 0xbf, ...Buffer.from(text, 'utf8')]);

function parseOk(input: string | Uint8Array, options?: ClassificationFileOptions): ClassificationData {
  const result = parseClassificationFile(input, options);
  if (!result.ok) throw new Error(`expected success, got ${JSON.stringify(result.errors)}`);
  return result.data;
}

function regional(input: string | Uint8Array, options?: ClassificationFileOptions): RegionalClassification {
  const data = parseOk(input, options);
  if (data.kind !== 'municipalities') throw new Error(`expected municipalities, got ${data.kind}`);
  return data;
}

function industries(input: string | Uint8Array, options?: ClassificationFileOptions) {
  const data = parseOk(input, options);
  if (data.kind !== 'industries') throw new Error(`expected industries, got ${data.kind}`);
  return data;
}

function errorsOf(input: string | Uint8Array, options?: ClassificationFileOptions) {
  const result = parseClassificationFile(input, options);
  if (result.ok) throw new Error('expected errors');
  return result.errors;
}

describe.skipIf(!sharedDataExists('municipalities.csv'))('shared/data/municipalities.csv', () => {
  const bytes = sharedDataExists('municipalities.csv')
    ? readFileSync(sharedDataPath('municipalities.csv'))
    : '';

  it('parses to 308 municipalities in 19 regions, 2025 division', () => {
    const data = regional(bytes, { fileName: 'municipalities.csv' });
    expect(data.year).toBe(2025);
    expect(data.municipalities).toHaveLength(308);
    expect(data.regions).toHaveLength(19);
    const byCode = new Map(data.municipalities.map((m) => [m.code, m]));
    expect(byCode.get('507')).toMatchObject({ nameFi: 'Mäntyharju', regionCode: '10' });
    expect(byCode.has('588')).toBe(false);
    expect(byCode.get('287')).toEqual({
      code: '287',
      nameFi: 'Kristiinankaupunki',
      nameSv: 'Kristinestad',
      nameEn: 'Kristinestad',
      regionCode: '15',
    });
    expect(data.regions.find((r) => r.code === '21')).toEqual({
      code: '21',
      nameFi: 'Ahvenanmaa',
      nameSv: 'Åland',
      nameEn: 'Åland',
    });
  });

  it('reads the same from text as from bytes', () => {
    expect(regional(bytes.toString())).toEqual(regional(bytes));
  });
});

describe.skipIf(!sharedDataExists('tol2008.csv'))('shared/data/tol2008.csv', () => {
  const text = sharedDataExists('tol2008.csv') ? readFileSync(sharedDataPath('tol2008.csv'), 'utf8') : '';

  it('parses to 996 items: 21 sections, 88 divisions, 272 groups, 615 classes', () => {
    const result = parseClassificationFile(text, { fileName: 'tol2008.csv' });
    expect(result.ok && result.warnings).toEqual([]);
    const data = industries(text, { fileName: 'tol2008.csv' });
    expect(data.classification).toBe('TOL2008');
    expect(data.items).toHaveLength(996);
    const count = (level: number) => data.items.filter((i) => i.level === level).length;
    expect([1, 2, 3, 4].map(count)).toEqual([21, 88, 272, 615]);
    const byCode = new Map(data.items.map((i) => [i.code, i]));
    expect(byCode.get('A')?.parentCode).toBeNull();
    expect(byCode.get('01')?.parentCode).toBe('A');
    expect(byCode.get('7022')).toEqual({
      code: '7022',
      level: 4,
      parentCode: '702',
      nameFi: 'Muu liikkeenjohdon konsultointi',
      nameSv: 'Konsultverksamhet avseende företags organisation',
      nameEn: 'Business and other management consultancy activities',
    });
  });
});

describe('Statistics Finland regional exports', () => {
  const kunta = [
    '"code";"classificationItemName";"level"',
    '"005";"Alajärvi";"1"',
    '"091";"Helsinki";"1"',
    '"478";"Maarianhamina - Mariehamn";"1"',
    '"507";"Mäntyharju";"1"',
    '',
  ].join('\n');

  it('reads a Windows-1252 kunta_1 code list as municipalities without regions', () => {
    const data = regional(ansi(kunta), { fileName: 'C:\\lataukset\\kunta_1_20250101.csv' });
    expect(data).toEqual({
      kind: 'municipalities',
      year: 2025,
      regions: [],
      municipalities: [
        { code: '005', nameFi: 'Alajärvi', regionCode: null },
        { code: '091', nameFi: 'Helsinki', regionCode: null },
        { code: '478', nameFi: 'Maarianhamina - Mariehamn', regionCode: null },
        { code: '507', nameFi: 'Mäntyharju', regionCode: null },
      ],
    });
    // Three-digit codes are municipalities even without the file name.
    expect(regional(ansi(kunta)).municipalities).toHaveLength(4);
  });

  it('puts the plain name column in the declared language only when it is Finnish', () => {
    expect(errorsOf(kunta, { fileName: 'kunta_1_20250101.csv', language: 'sv' })).toEqual([
      {
        line: 1,
        message: 'no Finnish name column: the plain name column was declared to be in language "sv"',
      },
    ]);
  });

  const maakunta = [
    'koodi;nimike',
    '01;Uusimaa',
    '02;Varsinais-Suomi',
    '10;Etelä-Savo',
    '21;Ahvenanmaa',
  ].join('\r\n');

  it('reads a UTF-8 (BOM) maakunta_1 list with Finnish headers as regions', () => {
    const data = regional(utf8WithBom(maakunta), { fileName: 'maakunta_1_20250101.csv' });
    expect(data.municipalities).toEqual([]);
    expect(data.regions.map((r) => `${r.code} ${r.nameFi}`)).toEqual([
      '01 Uusimaa',
      '02 Varsinais-Suomi',
      '10 Etelä-Savo',
      '21 Ahvenanmaa',
    ]);
    // Without the file name, two-digit codes count as regions because the names are those of regions.
    expect(regional(maakunta).regions).toHaveLength(4);
  });

  const correspondence = [
    'sourceCode;sourceName;targetCode;targetName',
    '005;Alajärvi;14;Etelä-Pohjanmaa',
    '091;Helsinki;01;Uusimaa',
    '507;Mäntyharju;10;Etelä-Savo',
    '740;Savonlinna;10;Etelä-Savo',
  ].join('\n');

  it.each([
    'kunta_1_20250101#maakunta_1_20250101.csv',
    'kunta_1_20250101%23maakunta_1_20250101.csv',
    undefined,
  ])('reads a kunta→maakunta correspondence (file name %s)', (fileName) => {
    const data = regional(ansi(correspondence), { fileName });
    expect(data.year).toBe(fileName ? 2025 : undefined);
    expect(data.municipalities.map((m) => [m.code, m.nameFi, m.regionCode])).toEqual([
      ['005', 'Alajärvi', '14'],
      ['091', 'Helsinki', '01'],
      ['507', 'Mäntyharju', '10'],
      ['740', 'Savonlinna', '10'],
    ]);
    expect(data.regions).toEqual([
      { code: '01', nameFi: 'Uusimaa' },
      { code: '10', nameFi: 'Etelä-Savo' },
      { code: '14', nameFi: 'Etelä-Pohjanmaa' },
    ]);
  });

  it('refuses other correspondences, which also have two-digit targets', () => {
    const wellbeing =
      'sourceCode;sourceName;targetCode;targetName\n005;Alajärvi;16;Etelä-Pohjanmaan hyvinvointialue\n';
    expect(errorsOf(wellbeing)[0]?.message).toMatch(/cannot tell that the targets are regions/);
    expect(errorsOf(wellbeing, { fileName: 'kunta_1_20250101#hyvinvointialue_1_20250101.csv' })).toEqual([
      {
        line: 1,
        message:
          'only municipality→region (kunta→maakunta) correspondences can be imported, not kunta_1_20250101→hyvinvointialue_1_20250101.csv',
      },
    ]);
  });

  it('reports bad correspondence rows and a municipality mapped twice', () => {
    const text = `${correspondence}\n5x;Bad;01;Uusimaa\n091;Helsinki;02;Varsinais-Suomi\n`;
    expect(errorsOf(text, { fileName: 'kunta_1_20250101#maakunta_1_20250101.csv' })).toEqual([
      { line: 6, message: 'invalid municipality code "5x"' },
      { line: 7, message: 'municipality 091 appears more than once' },
    ]);
  });

  it('refuses sub-region lists, whose codes look like municipality codes', () => {
    expect(
      errorsOf('koodi;nimike\n011;Helsinki\n', { fileName: 'seutukunta_1_20250101.csv' })[0]?.message,
    ).toMatch(/not a municipality, region or industry classification/);
  });
});

describe('municipality key tables', () => {
  const header =
    'municipality_code,name_fi,name_sv,region_code,region_name_fi,region_name_sv,classification_year';

  it('accepts codes that lost their leading zeros and keeps optional languages out', () => {
    const data = regional(`${header}\n5,Alajärvi,,14,Etelä-Pohjanmaa,Södra Österbotten,2025\n`);
    expect(data.municipalities).toEqual([{ code: '005', nameFi: 'Alajärvi', regionCode: '14' }]);
    expect(data.regions).toEqual([{ code: '14', nameFi: 'Etelä-Pohjanmaa', nameSv: 'Södra Österbotten' }]);
  });

  it('takes the year from the file name when the table has no year column', () => {
    const data = regional('municipality_code,name_fi,region_code\n091,Helsinki,01\n', {
      fileName: 'kuntaavain_1_20240101.csv',
    });
    expect(data.year).toBe(2024);
    expect(data.municipalities).toEqual([{ code: '091', nameFi: 'Helsinki', regionCode: '01' }]);
  });

  it('reports every bad row with its line number', () => {
    const text = [
      header,
      '005,Alajärvi,Alajärvi,14,Etelä-Pohjanmaa,Södra Österbotten,2025',
      'ABC,Virhe,Fel,14,Etelä-Pohjanmaa,Södra Österbotten,2025',
      '009,Alavieska,Alavieska,,,,2025',
      '010,Alavus,Alavo,14,Etelä-Pohjanmaa,Södra Österbottén,2025',
      '016,Asikkala,Asikkala,07,Päijät-Häme,Päijänne-Tavastland,2024',
      '005,Alajärvi,Alajärvi,14,Etelä-Pohjanmaa,Södra Österbotten,2025',
      '018,,Askola,01,Uusimaa,Nyland,2025',
      '019,Aura,Aura,02',
    ].join('\n');
    expect(errorsOf(text)).toEqual([
      { line: 3, message: 'invalid municipality code "ABC"' },
      { line: 4, message: 'invalid region code ""' },
      { line: 5, message: 'region 14 is named differently than on line 2' },
      { line: 6, message: 'year 2024 differs from 2025 on line 2' },
      { line: 7, message: 'municipality 005 appears more than once' },
      { line: 8, message: 'the municipality has no Finnish name' },
      { line: 9, message: 'expected 7 fields as in the header, found 4' },
    ]);
  });
});

describe('industry files', () => {
  const tol2008Export = [
    'koodi;nimike;taso',
    'A;MAATALOUS, METSÄTALOUS JA KALATALOUS;1.00',
    '01;Kasvinviljely ja kotieläintalous, riistatalous ja niihin liittyvät palvelut;2.00',
    '011;Yksivuotisten kasvien viljely;3.00',
    '0111;Viljakasvien (pl. riisin), palkokasvien ja öljysiemenkasvien viljely;4.00',
    '01110;Viljakasvien (pl. riisin), palkokasvien ja öljysiemenkasvien viljely;5.00',
    'M;AMMATILLINEN, TIETEELLINEN JA TEKNINEN TOIMINTA;1.00',
    '70;"Pääkonttorien toiminta; liikkeenjohdon konsultointi";2.00',
  ].join('\n');

  it('reads a Windows-1252 TOL 2008 export with subclasses, deriving parents from codes', () => {
    const rows = `${tol2008Export}\n702;Liikkeenjohdon konsultointi;3\n7022;Muu liikkeenjohdon konsultointi;4\n70220;Muu liikkeenjohdon konsultointi;5\n`;
    const data = industries(ansi(rows), { fileName: 'toimiala_1_20080101.csv' });
    expect(data.classification).toBe('TOL2008');
    const parents = Object.fromEntries(data.items.map((i) => [i.code, i.parentCode]));
    expect(parents).toEqual({
      A: null,
      '01': 'A',
      '011': '01',
      '0111': '011',
      '01110': '0111',
      M: null,
      '70': 'M',
      '702': '70',
      '7022': '702',
      '70220': '7022',
    });
    expect(data.items.find((i) => i.code === '70')?.nameFi).toBe(
      'Pääkonttorien toiminta; liikkeenjohdon konsultointi',
    );
    expect(data.items.find((i) => i.code === '70220')?.level).toBe(5);
  });

  it("derives a TOL 2008 division's section from the built-in table when the file has no sections", () => {
    const data = industries(
      'code;name_fi;name_en\n62;Ohjelmistot;Computer programming\n62010;Ohjelmistojen suunnittelu ja valmistus;Software\n',
    );
    expect(data.items.map((i) => [i.code, i.parentCode])).toEqual([
      ['62', 'J'],
      ['62010', '6201'],
    ]);
  });

  const tol2025 = [
    'code;classificationItemName',
    'K;TELEVIESTINTÄ, OHJELMISTOT JA TIETOPALVELUT',
    '62;Ohjelmistot, konsultointi ja siihen liittyvä toiminta',
    '621;Ohjelmistojen suunnittelu ja valmistus',
    '6210;Ohjelmistojen suunnittelu ja valmistus',
    '62100;Ohjelmistojen suunnittelu ja valmistus',
    'V;KANSAINVÄLISTEN ORGANISAATIOIDEN JA TOIMIELINTEN TOIMINTA',
    '99;Kansainvälisten organisaatioiden ja toimielinten toiminta',
  ].join('\n');

  it("detects TOL 2025 from the file name and takes divisions' sections from the file order", () => {
    for (const fileName of ['toimiala_1_20250101.csv', 'TOL2025.csv', 'tol_2025_fi.csv']) {
      const data = industries(tol2025, { fileName });
      expect(data.classification).toBe('TOL2025');
      const parents = Object.fromEntries(data.items.map((i: ImportedIndustry) => [i.code, i.parentCode]));
      expect(parents).toMatchObject({ K: null, '62': 'K', '62100': '6210', V: null, '99': 'V' });
    }
    expect(industries(tol2025, { classification: 'TOL2025' }).classification).toBe('TOL2025');
  });

  it('does not take a TOL 2025 file for TOL 2008 silently', () => {
    // TOL 2025's group 621 and class 6210 are no TOL 2008 codes (TOL 2008 has 620 and 6201–6209).
    expect(errorsOf(tol2025, { fileName: 'toimialat.csv' })).toEqual([
      { line: 4, message: 'no TOL 2008 group or class in code "621"' },
      { line: 5, message: 'no TOL 2008 group or class in code "6210"' },
      { line: 6, message: 'no TOL 2008 group or class in code "62100"' },
      {
        line: 7,
        message: 'invalid TOL2008 code "V" (section V exists only in TOL 2025: is this a TOL 2025 file?)',
      },
    ]);
  });

  it('cannot place TOL 2025 divisions without sections or a parent column', () => {
    expect(errorsOf('code;name\n62;Ohjelmistot\n', { classification: 'TOL2025' })).toEqual([
      {
        line: 2,
        message:
          'cannot derive the section of division 62: the file has no parent column and no section rows',
      },
    ]);
  });

  it('warns about parents missing from a partial file', () => {
    const result = parseClassificationFile('code;name_fi\n70220;Muu liikkeenjohdon konsultointi\n', {
      fileName: 'tol2008-subclasses.csv',
    });
    expect(result).toEqual({
      ok: true,
      data: {
        kind: 'industries',
        classification: 'TOL2008',
        items: [{ code: '70220', level: 5, parentCode: '7022', nameFi: 'Muu liikkeenjohdon konsultointi' }],
      },
      warnings: [
        {
          line: 1,
          message: '1 item(s) have a parent that is not in the file (70220 → 7022); import the parents first',
        },
      ],
    });
  });

  it('reports every malformed row with its line number', () => {
    const text = [
      'code,level,parent,name_fi,name_sv,name_en',
      'A,1,,MAATALOUS,,',
      '01,2,A,Kasvinviljely,,',
      '04,2,B,Ei ole,,',
      '011,3,02,Väärä ylempi luokka,,',
      '0111,4,011',
      '0112,5,011,Väärä taso,,',
      '01,2,A,Kahdesti,,',
      '0113,4,011,,Utan finskt namn,',
      'A,1,B,Pääluokalla ei ole ylempää,,',
      '"0114,4,011,Rikki',
    ].join('\n');
    expect(errorsOf(text)).toEqual([
      { line: 4, message: 'unknown TOL 2008 division in code "04"' },
      { line: 5, message: 'parent "02" of 011 should be "01"' },
      { line: 6, message: 'expected 6 fields as in the header, found 3' },
      { line: 7, message: 'level "5" does not match code 0112 (a 4-level code)' },
      { line: 8, message: '01 appears more than once (first on line 3)' },
      { line: 9, message: '0113 has no Finnish name' },
      {
        line: 10,
        message:
          'A appears more than once (first on line 2); parent "B" of A should be none, it is a section',
      },
      { line: 11, message: 'unterminated quoted field (missing closing ")' },
    ]);
  });

  it('names the TOL version from file names', () => {
    expect(detectIndustryClassification('toimiala_1_20250101.csv')).toBe('TOL2025');
    expect(detectIndustryClassification('/data/toimiala_1_20080101.csv')).toBe('TOL2008');
    expect(detectIndustryClassification('nace_rev2.1.csv')).toBe('TOL2025');
    expect(detectIndustryClassification('industries.csv')).toBeUndefined();
  });
});

describe('files that cannot be read', () => {
  it('reports an empty file, a header without rows and an unknown header', () => {
    expect(errorsOf('')).toEqual([{ line: 1, message: 'the file is empty' }]);
    expect(errorsOf('\uFEFFcode;name\r\n')).toEqual([
      { line: 1, message: 'the file has a header but no data rows' },
    ]);
    expect(errorsOf('foo,bar\n1,2\n')[0]?.message).toMatch(/^unrecognised header \(foo, bar\)/);
  });

  it('asks for the kind when the codes do not tell', () => {
    expect(errorsOf('code;name\n04;Jotain\n')[0]?.message).toMatch(/cannot tell whether/);
    expect(regional('code;name\n11;Jotain\n', { kind: 'regions' }).regions).toEqual([
      { code: '11', nameFi: 'Jotain' },
    ]);
  });

  it('caps the number of errors for a file that is entirely wrong', () => {
    const rows = Array.from({ length: 300 }, (_, i) => `X${i},nimi`).join('\n');
    const errors = errorsOf(`code,name\n${rows}\n`, { kind: 'municipalities' });
    expect(errors).toHaveLength(201);
    expect(errors[200]).toEqual({ line: 201, message: '… and 100 more errors' });
  });
});
