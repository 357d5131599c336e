/**
 * The PxWeb CSV reader on small tables written as Statistics Finland's PxWeb saves them, and on a table
 * built at run time from real Paavo job counts (the shared reference data) in the same layout.
 */
import { describe, expect, it } from 'vitest';
import { readSharedCsv, sharedDataExists } from '../../test/support/reference.js';
import { parsePxwebCsv, type NationalTableData, type PxwebOptions } from './pxweb-csv.js';

function ok(input: string | Uint8Array, options?: PxwebOptions): NationalTableData {
  const result = parsePxwebCsv(input, options);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.data;
}

const count = (data: NationalTableData, municipality: string | null, industry: string) =>
  data.counts.find((c) => c.municipalityCode === municipality && c.industryCode === industry)?.count;

// "Comma delimited with heading": the title, a blank line, then the table; Windows line ends.
const LONG_COMMA = [
  '"Työpaikat alueen, toimialan (TOL 2008) mukaan"',
  '',
  '"Alue","Toimiala","2022 Työpaikat"',
  '"SSS KOKO MAA","SSS Toimialat yhteensä",2520000',
  '"SSS KOKO MAA","C Teollisuus",345000',
  '"SSS KOKO MAA","16 Sahatavaran sekä puu- ja korkkituotteiden valmistus",24000',
  '"KU740 Savonlinna","C Teollisuus",2100',
  '"KU740 Savonlinna","16 Sahatavaran sekä puu- ja korkkituotteiden valmistus",640',
  '"KU740 Savonlinna","161 Sahatavaran valmistus",500',
  '"KU740 Savonlinna","X Toimiala tuntematon",30',
  '"KU091 Helsinki","16 Sahatavaran sekä puu- ja korkkituotteiden valmistus",".."',
  '"KU091 Helsinki","62 Ohjelmistot, konsultointi ja siihen liittyvä toiminta",40000',
  '"MK01 Uusimaa","62 Ohjelmistot, konsultointi ja siihen liittyvä toiminta",52000',
  '"KU091 Helsinki","C Teollisuus","-"',
  '',
  '"Lähde: Tilastokeskus, työssäkäynti"',
].join('\r\n');

describe('PxWeb CSV of counts by municipality and industry', () => {
  it('reads the long layout with title, codes and names, totals, deeper levels, ".." and "-"', () => {
    const data = ok(LONG_COMMA);
    expect(data).toMatchObject({
      title: 'Työpaikat alueen, toimialan (TOL 2008) mukaan',
      year: 2022,
      measure: 'Työpaikat',
      missing: 1,
    });
    expect(count(data, null, 'C')).toBe(345000);
    expect(count(data, null, '16')).toBe(24000);
    expect(count(data, '740', 'C')).toBe(2100);
    expect(count(data, '740', '16')).toBe(640);
    expect(count(data, '091', '62')).toBe(40000);
    expect(count(data, '091', 'C')).toBe(0);
    // the total, X, the group 161, the region MK01 and the missing value are not counts of the table
    expect(data.counts).toHaveLength(6);
  });

  it('reads semicolons, municipality names or bare codes, a year column and several years', () => {
    const text = [
      '"Alue";"Toimiala";"Vuosi";"Toimipaikkojen lukumäärä"',
      '"Savonlinna";"16 Sahatavaran sekä puu- ja korkkituotteiden valmistus";"2021";"40"',
      '"Savonlinna";"16 Sahatavaran sekä puu- ja korkkituotteiden valmistus";"2022";"42"',
      '"Nyslott";"C Teollisuus";"2022";"120"',
      '"091";"Teollisuus";"2022";"1 250"',
    ].join('\n');
    const latest = ok(text);
    expect(latest.year).toBe(2022);
    expect(latest.measure).toBe('Toimipaikkojen lukumäärä');
    expect(count(latest, '740', '16')).toBe(42);
    expect(count(latest, '740', 'C')).toBe(120);
    expect(count(latest, '091', 'C')).toBe(1250);
    expect(count(ok(text, { year: 2021 }), '740', '16')).toBe(40);
  });

  it('reads areas or industries as column variables, the year in the headings', () => {
    const byArea = [
      'Toimiala;2022 KU740 Savonlinna;2022 KU091 Helsinki;2022 SSS KOKO MAA',
      'C Teollisuus;2100;9000;345000',
      '62 Ohjelmistot, konsultointi ja siihen liittyvä toiminta;..;40000;110000',
    ].join('\n');
    const a = ok(byArea);
    expect(count(a, '740', 'C')).toBe(2100);
    expect(count(a, null, '62')).toBe(110000);
    expect(a.missing).toBe(1);
    const byIndustry = [
      '"Alue","Työpaikat 2022 C Teollisuus","Työpaikat 2022 16 Sahatavaran sekä puu- ja korkkituotteiden valmistus"',
      '"KU740 Savonlinna",2100,640',
    ].join('\n');
    const b = ok(byIndustry);
    expect(count(b, '740', 'C')).toBe(2100);
    expect(count(b, '740', '16')).toBe(640);
  });

  it('refuses the whole file and names every bad row', () => {
    const text = [
      '"Alue","Toimiala","2022 Työpaikat"',
      '"KU740 Savonlinna","C Teollisuus",2100',
      '"KU999 Eikunta","C Teollisuus",5',
      '"KU740 Savonlinna","04 Ei toimiala",5',
      '"KU740 Savonlinna","J Informaatio ja viestintä",kymmenen',
      '"KU740 Savonlinna","C Teollisuus",2200',
      '"KU740 Savonlinna","F Rakentaminen"',
    ].join('\n');
    const result = parsePxwebCsv(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.line)).toEqual([3, 4, 5, 6, 7]);
    expect(result.errors[0]!.message).toContain('KU999');
    expect(result.errors[1]!.message).toContain('04');
    expect(result.errors[2]!.message).toContain('kymmenen');
    expect(result.errors[3]!.message).toContain('line 2');
  });

  it('needs a year and one measure, and at least one of area and industry in the rows', () => {
    const noYear = parsePxwebCsv('Alue,Toimiala,Työpaikat\nKU740 Savonlinna,C Teollisuus,10\n');
    expect(noYear.ok || noYear.errors[0]!.message).toContain('--year');
    expect(ok('Alue,Toimiala,Työpaikat\nKU740 Savonlinna,C Teollisuus,10\n', { year: 2020 }).year).toBe(2020);
    const twoMeasures = parsePxwebCsv(
      'Alue;Toimiala;Tiedot;2022\nKU740;C;Toimipaikat;10\nKU740;F;Henkilöstö;200\n',
    );
    expect(twoMeasures.ok || twoMeasures.errors[0]!.message).toContain('more than one measure');
    const noRows = parsePxwebCsv('Vuosi,C Teollisuus\n2022,10\n');
    expect(noRows.ok || noRows.errors[0]!.message).toContain('row variable');
  });

  it('finds the delimiter under an unquoted title with commas, and never takes TOL 2008 for the year', () => {
    const text = [
      'Työpaikat alueen, toimialan (TOL 2008) mukaan, 2021',
      '',
      'Alue;Toimiala (TOL 2008);Työpaikat',
      'KU740 Savonlinna;C Teollisuus;2 100',
      'KU740 Savonlinna;J Informaatio ja viestintä;…',
    ].join('\n');
    const data = ok(text);
    expect(data).toMatchObject({ year: 2021, missing: 1 });
    expect(count(data, '740', 'C')).toBe(2100);
    const noYear = parsePxwebCsv(text.replace(', 2021', ''));
    expect(noYear.ok || noYear.errors[0]!.message).toContain('--year');
  });

  it('reads Windows-1252 bytes as PxWeb has saved them', () => {
    const bytes = Uint8Array.from(Buffer.from(LONG_COMMA, 'latin1'));
    expect(count(ok(bytes), '740', 'C')).toBe(2100);
  });
});

describe.skipIf(!sharedDataExists('jobs_by_industry_postal_paavo.csv'))(
  'real job counts (Paavo postal areas summed by municipality) in the PxWeb layout',
  () => {
    it('gives back the sums it was written from', () => {
      const rows = readSharedCsv('jobs_by_industry_postal_paavo.csv');
      const sections = Object.keys(rows[0]!)
        .filter((k) => /^jobs_[A-U]$/.test(k))
        .map((k) => k.slice(5));
      // Paavo marks a confidential figure -1; PxWeb writes such a value "..", and so does a sum over it.
      const sums = new Map<string, number>();
      const secret = new Set<string>();
      for (const r of rows)
        for (const s of sections) {
          const key = `${r.municipality_code} ${s}`;
          const n = Number(r[`jobs_${s}`]);
          if (n < 0) secret.add(key);
          sums.set(key, (sums.get(key) ?? 0) + Math.max(n, 0));
        }
      const lines = [...sums].map(([key, n]) => {
        const [code, section] = key.split(' ');
        const value = secret.has(key) ? '..' : n === 0 ? '-' : String(n);
        return `"KU${code}";"${section}";"${value}"`;
      });
      const text = [`"Alue";"Toimiala";"${rows[0]!.paavo_edition} Työpaikat"`, ...lines].join('\n');
      const data = ok(text);
      expect(data.year).toBe(Number(rows[0]!.paavo_edition));
      expect(secret.size).toBeGreaterThan(0);
      expect(data.missing).toBe(secret.size);
      expect(data.counts).toHaveLength(sums.size - secret.size);
      for (const c of data.counts) expect(c.count).toBe(sums.get(`${c.municipalityCode} ${c.industryCode}`));
      const helsinkiJ = rows
        .filter((r) => r.municipality_code === '091')
        .reduce((t, r) => t + Number(r.jobs_J), 0);
      expect(count(data, '091', 'J')).toBe(helsinkiJ);
    });
  },
);
