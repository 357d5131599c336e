import { describe, expect, it } from 'vitest';
import {
  TOL2008_DIVISIONS,
  TOL2008_SECTIONS,
  resolveTol2008,
  tol2008Division,
  tolLevelName,
  type Tol2008Division,
  type Tol2008Section,
} from './tol2008.js';
import { readSharedCsv, sharedDataExists } from '../../../test/support/reference.js';
import { TOL2008_CLASS_CODES, TOL2008_GROUP_CODES } from './tol2008-structure.js';

describe('TOL 2008 structure', () => {
  it('has 21 sections A–U and 88 divisions, each in an existing section', () => {
    expect(TOL2008_SECTIONS.map((s) => s.code).join('')).toBe('ABCDEFGHIJKLMNOPQRSTU');
    expect(TOL2008_DIVISIONS).toHaveLength(88);
    expect(new Set(TOL2008_DIVISIONS.map((d) => d.code)).size).toBe(88);
    const sections = new Set(TOL2008_SECTIONS.map((s) => s.code));
    for (const d of TOL2008_DIVISIONS) {
      expect(d.code).toMatch(/^\d{2}$/);
      expect(sections.has(d.sectionCode), d.code).toBe(true);
    }
  });

  it('keeps divisions in code order with contiguous sections', () => {
    const codes = TOL2008_DIVISIONS.map((d) => d.code);
    expect(codes).toEqual([...codes].sort());
    const sectionOrder = TOL2008_DIVISIONS.map((d) => d.sectionCode).filter((s, i, a) => s !== a[i - 1]);
    expect(sectionOrder.join('')).toBe('ABCDEFGHIJKLMNOPQRSTU');
  });
});

describe('resolveTol2008', () => {
  it.each([
    ['70220', { code: '70220', level: 5, divisionCode: '70', sectionCode: 'M' }],
    ['62010', { code: '62010', level: 5, divisionCode: '62', sectionCode: 'J' }],
    ['01', { code: '01', level: 2, divisionCode: '01', sectionCode: 'A' }],
    ['011', { code: '011', level: 3, divisionCode: '01', sectionCode: 'A' }],
    ['4711', { code: '4711', level: 4, divisionCode: '47', sectionCode: 'G' }],
    ['M', { code: 'M', level: 1, divisionCode: null, sectionCode: 'M' }],
    [' q ', { code: 'Q', level: 1, divisionCode: null, sectionCode: 'Q' }],
    ['99000', { code: '99000', level: 5, divisionCode: '99', sectionCode: 'U' }],
  ])('resolves %j', (code, expected) => {
    expect(resolveTol2008(code)).toEqual(expected);
  });

  it.each([
    '',
    '7',
    '702201',
    '70.22',
    'AB',
    'V',
    'Z',
    '04',
    '04000',
    '34',
    '40',
    '48',
    '54',
    '57',
    '67',
    '76',
    '83',
    '89',
    'x1',
    '999',
    '018',
    '0118',
    '6205',
    '62050',
    '99100',
  ])('rejects %j', (code) => {
    expect(resolveTol2008(code)).toBeNull();
  });

  it('names the levels', () => {
    expect([1, 2, 3, 4, 5].map((l) => tolLevelName(l as 1 | 2 | 3 | 4 | 5))).toEqual([
      'section',
      'division',
      'group',
      'class',
      'subclass',
    ]);
    expect(tol2008Division('62')?.nameEn).toBe('Computer programming, consultancy and related activities');
  });
});

type CsvRow = Record<string, string>;

/** Every difference between our levels 1–2 and the reference rows, one readable line each. */
function diffAgainstReference(
  sections: readonly Tol2008Section[],
  divisions: readonly Tol2008Division[],
  rows: CsvRow[],
): string[] {
  const ours = new Map<string, Record<string, string>>();
  for (const s of sections)
    ours.set(s.code, { level: '1', parent: '', fi: s.nameFi, sv: s.nameSv, en: s.nameEn });
  for (const d of divisions) {
    ours.set(d.code, { level: '2', parent: d.sectionCode, fi: d.nameFi, sv: d.nameSv, en: d.nameEn });
  }
  const diffs: string[] = [];
  const theirs = rows.filter((r) => r.level === '1' || r.level === '2');
  for (const row of theirs) {
    const code = row.code ?? '';
    const mine = ours.get(code);
    if (!mine) {
      diffs.push(`${code}: missing`);
      continue;
    }
    const expected = {
      level: row.level,
      parent: row.parent,
      fi: row.name_fi,
      sv: row.name_sv,
      en: row.name_en,
    };
    for (const [field, value] of Object.entries(expected)) {
      if (mine[field] !== value)
        diffs.push(`${code} ${field}: ours ${JSON.stringify(mine[field])}, file ${JSON.stringify(value)}`);
    }
  }
  const theirCodes = new Set(theirs.map((r) => r.code));
  for (const code of ours.keys()) if (!theirCodes.has(code)) diffs.push(`${code}: not in the file`);
  return diffs;
}

/**
 * Where the reference file (Eurostat's NACE Rev. 2 exports) is itself wrong or is not the TOL wording, we
 * keep the official TOL 2008 text and list the difference here, verbatim. The comparison asserts that the
 * differences are exactly these, so any other mismatch fails, and so does an erratum the file no longer has.
 */
const REFERENCE_FILE_ERRATA: readonly string[] = [
  // Eurostat's Finnish NACE wording; TOL 2008 (Statistics Finland, YTJ, Paavo) has "…lämpöhuolto, jäähdytysliiketoiminta".
  'D fi: ours "SÄHKÖ-, KAASU- JA LÄMPÖHUOLTO, JÄÄHDYTYSLIIKETOIMINTA", file "SÄHKÖ-, KAASU-, LÄMPÖ- JA ILMASTOINTIHUOLTO"',
  '35 fi: ours "Sähkö-, kaasu- ja lämpöhuolto, jäähdytysliiketoiminta", file "Sähkö-, kaasu-, lämpö- ja ilmastointihuolto"',
  // Misplaced parenthesis: as written, the file would exclude straw and plaiting products from division 16.
  '16 fi: ours "Sahatavaran sekä puu- ja korkkituotteiden valmistus (pl. huonekalut); olki- ja punontatuotteiden valmistus", file "Sahatavaran sekä puu- ja korkkituotteiden valmistus (pl. huonekalut; olki- ja punontatuotteiden valmistus)"',
  // A lower-case word inside an otherwise upper-case section name.
  'G fi: ours "TUKKU- JA VÄHITTÄISKAUPPA; MOOTTORIAJONEUVOJEN JA MOOTTORIPYÖRIEN KORJAUS", file "TUKKU- ja VÄHITTÄISKAUPPA; MOOTTORIAJONEUVOJEN JA MOOTTORIPYÖRIEN KORJAUS"',
  // Stray digits in the file.
  'O fi: ours "JULKINEN HALLINTO JA MAANPUOLUSTUS; PAKOLLINEN SOSIAALIVAKUUTUS", file "JULKINEN HALLINTO JA MAANPUOLUSTU3S; PAKOLLINEN SOSIAALIVAKUUTUS"',
  'T en: ours "ACTIVITIES OF HOUSEHOLDS AS EMPLOYERS; UNDIFFERENTIATED GOODS- AND SERVICES-PRODUCING ACTIVITIES OF HOUSEHOLDS FOR OWN USE", file "ACTIVITIES OF HOUSEHOLDS AS EMPLOYERS; U0NDIFFERENTIATED GOODS- AND SERVICES-PRODUCING ACTIVITIES OF HOUSEHOLDS FOR OWN USE"',
];

describe.skipIf(!sharedDataExists('tol2008.csv'))('TOL 2008 against shared/data/tol2008.csv', () => {
  const rows = sharedDataExists('tol2008.csv') ? readSharedCsv('tol2008.csv') : [];

  it('has the expected number of reference rows', () => {
    expect(rows.filter((r) => r.level === '1')).toHaveLength(21);
    expect(rows.filter((r) => r.level === '2')).toHaveLength(88);
  });

  it('matches every section and division exactly (code, parent, fi/sv/en names, case included)', () => {
    const diffs = diffAgainstReference(TOL2008_SECTIONS, TOL2008_DIVISIONS, rows);
    expect(diffs.filter((d) => !REFERENCE_FILE_ERRATA.includes(d))).toEqual([]);
    expect([...diffs].sort()).toEqual([...REFERENCE_FILE_ERRATA].sort());
  });

  it('would notice a changed name, parent, missing or extra entry', () => {
    const [first, ...rest] = TOL2008_DIVISIONS;
    if (!first) throw new Error('no divisions');
    const lowerCased = TOL2008_SECTIONS.map((s, i) =>
      i === 0 ? { ...s, nameEn: s.nameEn.toLowerCase() } : s,
    );
    const unexplained = (s: readonly Tol2008Section[], d: readonly Tol2008Division[]) =>
      diffAgainstReference(s, d, rows).filter((x) => !REFERENCE_FILE_ERRATA.includes(x));
    expect(unexplained(lowerCased, TOL2008_DIVISIONS)).toEqual([
      'A en: ours "agriculture, forestry and fishing", file "AGRICULTURE, FORESTRY AND FISHING"',
    ]);
    const reparented = [{ ...first, sectionCode: 'B' }, ...rest];
    expect(unexplained(TOL2008_SECTIONS, reparented)).toEqual(['01 parent: ours "B", file "A"']);
    const swedishTypo = [{ ...first, nameSv: `${first.nameSv} ` }, ...rest];
    expect(unexplained(TOL2008_SECTIONS, swedishTypo)).toHaveLength(1);
    expect(unexplained(TOL2008_SECTIONS, rest)).toEqual(['01: missing']);
    const extra = [...TOL2008_DIVISIONS, { ...first, code: '04' }];
    expect(unexplained(TOL2008_SECTIONS, extra)).toEqual(['04: not in the file']);
  });

  it('builds in exactly the groups and classes of the file', () => {
    const codesOf = (level: string) => rows.filter((r) => r.level === level).map((r) => r.code ?? '');
    expect([...TOL2008_GROUP_CODES].sort()).toEqual(codesOf('3').sort());
    expect([...TOL2008_CLASS_CODES].sort()).toEqual(codesOf('4').sort());
    expect(TOL2008_GROUP_CODES.size).toBe(272);
    expect(TOL2008_CLASS_CODES.size).toBe(615);
  });

  it('resolves every code in the file to the division and section of its ancestors', () => {
    const byCode = new Map(rows.map((r) => [r.code ?? '', r]));
    for (const row of rows) {
      const resolved = resolveTol2008(row.code ?? '');
      expect(resolved, row.code).not.toBeNull();
      let ancestor = row;
      while (ancestor.level !== '2' && ancestor.level !== '1')
        ancestor = byCode.get(ancestor.parent ?? '') ?? {};
      if (row.level !== '1') {
        expect(resolved?.divisionCode).toBe(ancestor.code);
        expect(resolved?.sectionCode).toBe(ancestor.parent);
      }
    }
  });
});
