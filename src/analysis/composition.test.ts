/** Composition, triple helix and competence matching on hand-made inputs. */
import { describe, expect, it } from 'vitest';
import { competences } from './competences.js';
import { composition, countRows, tripleHelix } from './composition.js';
import type { PictureOrganisation } from './picture.input.js';

const org = (
  id: string,
  kind: PictureOrganisation['kind'],
  tolCode: string | null = null,
): PictureOrganisation => ({
  id,
  name: id,
  kind,
  tolCode,
  municipalityCode: id.startsWith('x') ? null : '740',
  sizeClass: null,
});

describe('composition', () => {
  it('counts by kind, industry, place and size, unknowns as "unknown"', () => {
    const c = composition([
      org('a', 'company', '16100'),
      org('b', 'company', '62010'),
      org('xc', 'education'),
    ]);
    expect(c.byKind).toEqual([
      { code: 'company', count: 2, share: 2 / 3 },
      { code: 'education', count: 1, share: 1 / 3 },
    ]);
    expect(c.byDivision.map((r) => [r.code, r.count])).toEqual([
      ['16', 1],
      ['62', 1],
      ['unknown', 1],
    ]);
    expect(c.bySection.map((r) => r.code)).toEqual(['C', 'J', 'unknown']);
    expect(c.byMunicipality.map((r) => [r.code, r.count])).toEqual([
      ['740', 2],
      ['unknown', 1],
    ]);
    expect(c.bySizeClass).toEqual([{ code: 'unknown', count: 3, share: 1 }]);
    expect(c.tripleHelix.missingPillars).toEqual(['rdi', 'public']);
    expect(c.missingKinds).toEqual([
      'rdi',
      'municipality',
      'development_company',
      'funder',
      'association',
      'public_agency',
    ]);
  });

  it('triple helix balance: shares .6 .2 .1 .1 give evenness 0.785475 (hand-computed)', () => {
    const helix = tripleHelix(
      new Map([
        ['company', 6],
        ['education', 2],
        ['rdi', 1],
        ['development_company', 1],
        ['association', 3],
      ]),
    );
    expect(helix.pillars.map((p) => p.share)).toEqual([0.6, 0.2, 0.1, 0.1]);
    expect(helix.outside.count).toBe(3);
    // −(0.6 ln 0.6 + 0.2 ln 0.2 + 2 × 0.1 ln 0.1) / ln 4
    expect(helix.evenness).toBeCloseTo(0.7854752972, 9);
    expect(tripleHelix(new Map()).evenness).toBe(0);
    expect(
      tripleHelix(
        new Map([
          ['company', 1],
          ['education', 1],
          ['rdi', 1],
          ['funder', 1],
        ]),
      ).evenness,
    ).toBeCloseTo(1, 12);
  });

  it('countRows sorts by count, then code', () => {
    expect(countRows(['b', 'a', 'b', 'c', 'a'], 5).map((r) => r.code)).toEqual(['a', 'b', 'c']);
  });
});

describe('competences', () => {
  const scope = new Set(['a', 'b', 'c']);
  const offer = (organisationId: string, key: string) => ({
    organisationId,
    direction: 'offer' as const,
    key,
    label: key,
  });
  const need = (organisationId: string, key: string) => ({
    organisationId,
    direction: 'need' as const,
    key,
    label: key,
  });

  it('needs met inside the scope, unmet needs with outside offers ranked same-network first, then by name', () => {
    const result = competences(
      scope,
      [offer('a', 'x'), need('b', 'x'), need('c', 'y'), need('a', 'y'), offer('outsider', 'z')],
      {
        organisations: [
          { id: 'd', name: 'Öljy Oy', municipalityCode: '140' },
          { id: 'e', name: 'Beta Oy', municipalityCode: '091' },
          { id: 'f', name: 'Alfa Oy', municipalityCode: '297' },
          { id: 'g', name: 'Gamma Oy', municipalityCode: null },
        ],
        competences: [offer('d', 'y'), offer('e', 'y'), offer('f', 'y'), offer('g', 'y'), offer('a', 'y')],
      },
      ['140'],
      { maxSuggestions: 3 },
    );
    expect(result.offered).toEqual([{ key: 'x', label: 'x', organisationIds: ['a'] }]);
    expect(result.needed.map((n) => [n.key, n.organisationIds])).toEqual([
      ['y', ['a', 'c']],
      ['x', ['b']],
    ]);
    expect(result.metNeeds).toEqual([{ key: 'x', label: 'x', neededBy: ['b'], offeredBy: ['a'] }]);
    // 'a' offers y only in the outside list: it is in the scope, so it neither meets nor is suggested
    expect(result.unmetNeeds).toEqual([
      {
        key: 'y',
        label: 'y',
        neededBy: ['a', 'c'],
        offeredElsewhere: [
          { organisationId: 'd', name: 'Öljy Oy', municipalityCode: '140', sameNetwork: true },
          { organisationId: 'f', name: 'Alfa Oy', municipalityCode: '297', sameNetwork: false },
          { organisationId: 'e', name: 'Beta Oy', municipalityCode: '091', sameNetwork: false },
        ],
      },
    ]);
  });
});
