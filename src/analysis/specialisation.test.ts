/** Location quotients against figures computed by hand (worked out in the comments). */
import { describe, expect, it } from 'vitest';
import type { PictureOrganisation } from './picture.input.js';
import {
  locationQuotients,
  organisationCounts,
  specialisation,
  specialisationTables,
} from './specialisation.js';

// Scope: 50 organisations with a code; Finland: 50,000.
const scope = { '16': 12, '62': 6, '47': 20, '02': 4, '10': 8 };
const finland = { '16': 1000, '62': 8000, '47': 20000, '02': 2000, '10': 3000, '41': 16000 };

describe('location quotient', () => {
  it('matches hand-computed figures by division, ranks only rows at or above the threshold', () => {
    const rows = locationQuotients(scope, finland);
    const byCode = Object.fromEntries(rows.map((r) => [r.code, r]));
    // 16 sawmills: (12/50) / (1000/50000) = 0.24 / 0.02 = 12
    expect(byCode['16']!.lq).toBeCloseTo(12, 12);
    // 10 food: (8/50) / (3000/50000) = 0.16 / 0.06 = 2.6667
    expect(byCode['10']!.lq).toBeCloseTo(8 / 3, 12);
    // 47 retail: 0.4 / 0.4 = 1
    expect(byCode['47']!.lq).toBeCloseTo(1, 12);
    // 62 software: 0.12 / 0.16 = 0.75
    expect(byCode['62']!.lq).toBeCloseTo(0.75, 12);
    // 02 forestry: 0.08 / 0.04 = 2, but only 4 organisations (< 5): flagged, not ranked
    expect(byCode['02']).toMatchObject({
      lq: 2,
      lowCount: true,
      rank: null,
      scopeCount: 4,
      finlandCount: 2000,
    });
    expect(rows.map((r) => [r.code, r.rank])).toEqual([
      ['16', 1],
      ['10', 2],
      ['47', 3],
      ['62', 4],
      ['02', null],
    ]);
    // 41 construction is absent from the scope: no row
    expect(byCode['41']).toBeUndefined();
  });

  it('derives sections from divisions: C = 16 + 10, LQ (20/50) / (4000/50000) = 5', () => {
    const table = specialisation({ divisions: scope }, { divisions: finland }, 'organisations');
    expect(table.scopeTotal).toBe(50);
    expect(table.finlandTotal).toBe(50000);
    const sections = Object.fromEntries(table.sections.map((r) => [r.code, r]));
    expect(sections['C']).toMatchObject({ scopeCount: 20, finlandCount: 4000, rank: 1 });
    expect(sections['C']!.lq).toBeCloseTo(5, 12);
    expect(sections['G']!.lq).toBeCloseTo(1, 12);
    expect(sections['J']!.lq).toBeCloseTo(0.75, 12);
    expect(sections['A']).toMatchObject({ lowCount: true, rank: null });
  });

  it('a code Finland does not have gets lq null and no rank; the threshold can be changed', () => {
    const rows = locationQuotients({ '16': 5, '99': 7 }, { '16': 10 }, 6);
    expect(rows.find((r) => r.code === '99')).toMatchObject({ lq: null, rank: null, lowCount: false });
    expect(rows.find((r) => r.code === '16')).toMatchObject({ lowCount: true, rank: null });
  });

  it('from a jobs table, separately: 16 → (900/2000) / (20000/1e6) = 22.5', () => {
    const jobs = {
      scope: { divisions: { '16': 900, '62': 100, '47': 1000 } },
      finland: { divisions: { '16': 20000, '62': 80000, '47': 300000, '86': 600000 } },
      year: 2023,
      source: 'Tilastokeskus, työssäkäynti',
    };
    const tables = specialisationTables([], { divisions: finland }, jobs);
    expect(tables.jobs).toMatchObject({ basis: 'jobs', scopeTotal: 2000, finlandTotal: 1e6, year: 2023 });
    const lq = Object.fromEntries(tables.jobs!.divisions.map((r) => [r.code, r.lq]));
    expect(lq['16']).toBeCloseTo(22.5, 12);
    expect(lq['62']).toBeCloseTo(0.625, 12);
    expect(lq['47']).toBeCloseTo(5 / 3, 12);
    expect(tables.organisations.divisions).toEqual([]);
  });

  it('uses sections given explicitly instead of summing divisions', () => {
    const table = specialisation(
      { divisions: {}, sections: { C: 30, J: 10 } },
      { divisions: {}, sections: { C: 100, J: 300 } },
      'jobs',
    );
    // C: (30/40) / (100/400) = 3; J: (10/40) / (300/400) = 1/3
    expect(table.sections.map((r) => [r.code, r.lq])).toEqual([
      ['C', 3],
      ['J', 1 / 3],
    ]);
    expect(table.scopeTotal).toBe(40);
  });

  it('counts organisations by the division and section of any-level TOL codes; unknown codes are left out', () => {
    const org = (id: string, tolCode: string | null): PictureOrganisation => ({
      id,
      name: id,
      kind: 'company',
      tolCode,
      municipalityCode: '740',
      sizeClass: 'micro',
    });
    const counts = organisationCounts([
      org('a', '16100'),
      org('b', '16'),
      org('c', '62010'),
      org('d', null),
      org('e', '04'),
    ]);
    expect(counts).toEqual({ divisions: { '16': 2, '62': 1 }, sections: { C: 2, J: 1 } });
  });
});
