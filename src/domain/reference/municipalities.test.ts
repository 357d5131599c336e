import { describe, expect, it } from 'vitest';
import { loadBuiltInMunicipalities, loadBuiltInPostalCodes } from './municipalities.js';
import { regionByCode } from './regions.js';
import { readSharedCsv, sharedDataExists } from '../../../test/support/reference.js';

const municipalities = loadBuiltInMunicipalities();
const byCode = new Map(municipalities.map((m) => [m.code, m]));

describe('loadBuiltInMunicipalities', () => {
  it('has the 309 municipalities of the package, Pertunmaa included', () => {
    expect(municipalities).toHaveLength(309);
    expect(byCode.get('588')).toEqual({
      code: '588',
      nameFi: 'Pertunmaa',
      nameSv: 'Pertunmaa',
      regionCode: '10',
    });
    for (const m of municipalities) {
      expect(m.code).toMatch(/^\d{3}$/);
      expect(regionByCode(m.regionCode), m.code).toBeDefined();
    }
  });

  it.each([
    ['140', 'Iisalmi', '11'],
    ['740', 'Savonlinna', '10'],
    ['678', 'Raahe', '17'],
    ['287', 'Kristiinankaupunki', '15'],
    ['111', 'Heinola', '07'],
    ['232', 'Kauhajoki', '14'],
    ['249', 'Keuruu', '13'],
    ['684', 'Rauma', '04'],
    ['305', 'Kuusamo', '17'],
    ['832', 'Taivalkoski', '17'],
  ])('puts %s %s in region %s', (code, nameFi, regionCode) => {
    expect(byCode.get(code)).toMatchObject({ nameFi, regionCode });
  });

  it('has Swedish names for bilingual municipalities', () => {
    expect(byCode.get('287')?.nameSv).toBe('Kristinestad');
    expect(byCode.get('091')?.nameSv).toBe('Helsingfors');
  });
});

describe('loadBuiltInPostalCodes', () => {
  const postalCodes = loadBuiltInPostalCodes();

  it('has unique five-digit codes that all point to a known municipality', () => {
    expect(postalCodes.length).toBeGreaterThan(3000);
    expect(new Set(postalCodes.map((p) => p.postalCode)).size).toBe(postalCodes.length);
    for (const p of postalCodes) {
      expect(p.postalCode).toMatch(/^\d{5}$/);
      expect(byCode.has(p.municipalityCode), p.postalCode).toBe(true);
    }
  });

  it('keeps Posti names verbatim', () => {
    expect(postalCodes.find((p) => p.postalCode === '00900')).toEqual({
      postalCode: '00900',
      municipalityCode: '091',
      nameFi: 'HELSINKI',
      nameSv: 'HELSINGFORS',
    });
  });
});

describe.skipIf(!sharedDataExists('municipalities.csv'))(
  'package municipalities against the 2025 division',
  () => {
    const rows = sharedDataExists('municipalities.csv') ? readSharedCsv('municipalities.csv') : [];
    const csvByCode = new Map(rows.map((r) => [r.municipality_code ?? '', r]));

    // Municipalities merged after the package snapshot: code → municipality it was merged into.
    const MERGED_SINCE_PACKAGE: Record<string, string> = { '588': '507' }; // Pertunmaa → Mäntyharju, 2025-01-01
    // The 2025 classification calls Pedersöre "Pedersören kunta" in Finnish; the package uses "Pedersöre".
    const FINNISH_NAME_DIFFERENCES: Record<string, [pkg: string, y2025: string]> = {
      '599': ['Pedersöre', 'Pedersören kunta'],
    };

    it('differs from the 2025 division only by the known mergers', () => {
      expect(rows).toHaveLength(308);
      const packageOnly = municipalities.map((m) => m.code).filter((c) => !csvByCode.has(c));
      const csvOnly = [...csvByCode.keys()].filter((c) => !byCode.has(c));
      expect(packageOnly).toEqual(Object.keys(MERGED_SINCE_PACKAGE));
      expect(csvOnly).toEqual([]);
      for (const [merged, into] of Object.entries(MERGED_SINCE_PACKAGE)) {
        expect(csvByCode.get(into)?.region_code).toBe(byCode.get(merged)?.regionCode);
      }
    });

    it('puts every remaining municipality in the same region', () => {
      const mismatches = rows
        .filter((r) => byCode.get(r.municipality_code ?? '')?.regionCode !== r.region_code)
        .map((r) => `${r.municipality_code} ${r.name_fi}: ${r.region_code}`);
      expect(mismatches).toEqual([]);
    });

    it('has the same Finnish names, apart from the known differences', () => {
      const differences: Record<string, [string, string]> = {};
      for (const r of rows) {
        const m = byCode.get(r.municipality_code ?? '');
        if (m && m.nameFi !== r.name_fi) differences[m.code] = [m.nameFi, r.name_fi ?? ''];
      }
      expect(differences).toEqual(FINNISH_NAME_DIFFERENCES);
    });

    it('differs in Swedish names only where the package lacks a Swedish form', () => {
      // The 2025 classification gives Swedish forms for some unilingual Finnish municipalities (Keuruu →
      // Keuru); the package repeats the Finnish name there. Any other Swedish difference would be an error.
      const unexplained = rows.filter((r) => {
        const m = byCode.get(r.municipality_code ?? '');
        return m && m.nameSv !== r.name_sv && m.nameSv !== m.nameFi;
      });
      expect(unexplained.map((r) => r.municipality_code)).toEqual([]);
    });
  },
);
