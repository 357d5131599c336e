/** Location quotients against figures computed by hand (worked out in the comments). */
import { describe, expect, it } from 'vitest';
import type { PictureOrganisation } from './picture.input.js';
import {
  locationQuotients,
  organisationCounts,
  specialisation,
  specialisationTables,
} from './specialisation.js';

const organisation = (id: string, tolCode: string | null): PictureOrganisation => ({
  id,
  name: id,
  kind: 'company',
  tolCode,
  municipalityCode: '740',
  sizeClass: 'micro',
});

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
    const tables = specialisationTables([], { organisations: { divisions: finland } }, jobs);
    expect(tables.jobs).toMatchObject({ basis: 'jobs', scopeTotal: 2000, finlandTotal: 1e6, year: 2023 });
    const lq = Object.fromEntries(tables.jobs!.divisions.map((r) => [r.code, r.lq]));
    expect(lq['16']).toBeCloseTo(22.5, 12);
    expect(lq['62']).toBeCloseTo(0.625, 12);
    expect(lq['47']).toBeCloseTo(5 / 3, 12);
    expect(tables.organisations.divisions).toEqual([]);
    expect(tables.jobs!.baseline).toBe('finland');
  });

  it('says which baseline the organisations are compared with: Solmu unless a national table is given', () => {
    const orgs = Object.entries(scope).flatMap(([division, n]) =>
      Array.from({ length: n }, (_, i) => organisation(`${division}-${i}`, division)),
    );
    const solmuCounts = { ...finland, '16': 200 };
    const againstSolmu = specialisationTables(orgs, { organisations: { divisions: solmuCounts } }, null);
    const againstFinland = specialisationTables(
      orgs,
      {
        organisations: { divisions: finland },
        baseline: 'finland',
        year: 2023,
        source: 'Tilastokeskus, toimipaikat',
      },
      null,
    );
    expect(againstSolmu.organisations).toMatchObject({ baseline: 'solmu', year: null, source: null });
    expect(againstFinland.organisations).toMatchObject({
      baseline: 'finland',
      year: 2023,
      source: 'Tilastokeskus, toimipaikat',
    });
    const lq16 = (t: typeof againstSolmu) => t.organisations.divisions.find((r) => r.code === '16')!.lq;
    // Against Finland: (12/50) / (1000/50000) = 12; against Solmu's counts: (12/50) / (200/49200) = 59.04
    expect(lq16(againstFinland)).toBeCloseTo(12, 12);
    expect(lq16(againstSolmu)).toBeCloseTo(0.24 / (200 / 49200), 12);
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
    const org = organisation;
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

describe('confidence of a location quotient', () => {
  it('is the exact Poisson interval of the scope count over the expected count', () => {
    const byCode = Object.fromEntries(locationQuotients(scope, finland).map((r) => [r.code, r]));
    // 16: expected 50 × 1000/50000 = 1; 12 observed: exact 95 % limits 6.2006–20.9616 (Garwood)
    expect(byCode['16']!.confidence!.low).toBeCloseTo(6.2006, 3);
    expect(byCode['16']!.confidence!.high).toBeCloseTo(20.9616, 3);
    // 02: expected 2, 4 observed: limits 1.0899–10.2416, so LQ 2 lies in 0.545–5.121
    expect(byCode['02']!.confidence!.low).toBeCloseTo(1.0899 / 2, 3);
    expect(byCode['02']!.confidence!.high).toBeCloseTo(10.2416 / 2, 3);
    // every interval holds its LQ
    for (const r of Object.values(byCode)) {
      expect(r.confidence!.low).toBeLessThanOrEqual(r.lq!);
      expect(r.confidence!.high).toBeGreaterThanOrEqual(r.lq!);
    }
  });

  it('is null when the LQ cannot be computed', () => {
    const rows = locationQuotients({ '99': 7 }, { '16': 10 });
    expect(rows[0]).toMatchObject({ lq: null, confidence: null });
  });
});
