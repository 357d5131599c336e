/** Strength and growth scores worked out by hand (see docs/analysis.md for the formulas). */
import { describe, expect, it } from 'vitest';
import type { PictureOrganisation } from './picture.input.js';
import { specialisation, organisationCounts } from './specialisation.js';
import { strengthsAndCandidates, type StrengthInputs } from './strengths.js';

const org = (id: string, tolCode: string | null): PictureOrganisation => ({
  id,
  name: id,
  kind: 'company',
  tolCode,
  municipalityCode: '740',
  sizeClass: 'micro',
});
// 10 sawmills (16), 2 software firms (62), 8 shops (47), one without a code
const organisations = [
  ...Array.from({ length: 10 }, (_, i) => org(`s${i}`, '16100')),
  org('t0', '62010'),
  org('t1', '62020'),
  ...Array.from({ length: 8 }, (_, i) => org(`r${i}`, '47110')),
  org('u', null),
];
const pagerank = Float64Array.from(organisations, (o) =>
  o.id.startsWith('s') ? 0.04 : o.id.startsWith('t') ? 0.1 : o.id.startsWith('r') ? 0.045 : 0.04,
);
const finland = { divisions: { '16': 1000, '62': 2000, '47': 20000 } };

function inputs(overrides: Partial<StrengthInputs> = {}): StrengthInputs {
  return {
    organisations,
    pagerank,
    specialisation: {
      organisations: specialisation(organisationCounts(organisations), finland, 'organisations'),
      jobs: null,
    },
    competences: [
      { organisationId: 't0', direction: 'offer', key: 'ai', label: 'Tekoäly' },
      { organisationId: 't1', direction: 'offer', key: 'iot', label: 'IoT' },
      { organisationId: 's0', direction: 'offer', key: 'saw', label: 'Sahaus' },
      { organisationId: 's1', direction: 'need', key: 'ai', label: 'Tekoäly' },
    ],
    projects: [
      { id: 'p1', name: 'Yksi', organisationIds: ['t0', 's0'] },
      { id: 'p2', name: 'Kaksi', organisationIds: ['t1', 't1'] },
    ],
    history: [{ takenOn: '2023-01-01', organisationsByDivision: { '16': 10, '47': 8 } }],
    ...overrides,
  };
}

describe('strengths and growth candidates', () => {
  it('sawmills are a strength: LQ (10/20)/(1000/23000) = 11.5, score 0.35 + 0.2 + 0.1×0.2 + 0.1×1/3', () => {
    const { strengths } = strengthsAndCandidates(inputs());
    expect(strengths.map((s) => s.code)).toEqual(['16']);
    const [saw] = strengths;
    expect(saw!.scoreParts).toEqual({
      specialisation: 1,
      size: 1,
      centrality: 0, // PageRank share 0.4 / 0.96 < organisation share 0.5
      competences: 0.2,
      projects: 1 / 3,
      growth: 0,
    });
    expect(saw!.score).toBeCloseTo(0.35 + 0.2 + 0.02 + 0.1 / 3, 12);
    const lq = saw!.evidence.find((e) => e.kind === 'specialisation');
    expect(lq).toMatchObject({ basis: 'organisations', scopeCount: 10, finlandCount: 1000, lowCount: false });
    expect(lq!.kind === 'specialisation' && lq!.lq).toBeCloseTo(11.5, 12);
  });

  it('software is a growth candidate with its evidence; shops have nothing forward-looking', () => {
    const { growthCandidates } = strengthsAndCandidates(inputs());
    expect(growthCandidates.map((s) => s.code)).toEqual(['62']);
    const [soft] = growthCandidates;
    // growth (2 − 0) / max(0, 5) / 0.5 = 0.8; PageRank share among coded organisations 0.2 / 0.96,
    // organisation share 2 / 20, centrality (0.2 / 0.96 / 0.1 − 1) / 2 = 0.541667
    const centrality = (0.2 / 0.96 / 0.1 - 1) / 2;
    // LQ (2/20)/(2000/23000) = 1.15 on a low count of 2: (1.15 − 1) / 2 damped by 2/5
    const specialised = ((2 / 20 / (2000 / 23000) - 1) / 2) * (2 / 5);
    const parts = soft!.scoreParts;
    expect(parts.specialisation).toBeCloseTo(specialised, 12);
    expect(parts).toMatchObject({
      size: 1,
      competences: 0.4,
      projects: 2 / 3,
      growth: 0.8,
    });
    expect(parts.centrality).toBeCloseTo(centrality, 12);
    expect(soft!.score).toBeCloseTo(
      0.15 * specialised + 0.15 * centrality + 0.2 * 0.4 + 0.2 * (2 / 3) + 0.3 * 0.8,
      12,
    );
    const central = soft!.evidence.find((e) => e.kind === 'centralActors');
    expect(central!.kind === 'centralActors' && central!.pagerankShare).toBeCloseTo(0.2 / 0.96, 12);
    expect(central).toMatchObject({
      actors: [
        { organisationId: 't0', name: 't0', pagerankRank: 1 },
        { organisationId: 't1', name: 't1', pagerankRank: 2 },
      ],
    });
    expect(soft!.evidence).toContainEqual({
      kind: 'growth',
      since: '2023-01-01',
      before: 0,
      now: 2,
      change: 2,
    });
    expect(soft!.evidence).toContainEqual({
      kind: 'projects',
      items: [
        { projectId: 'p2', name: 'Kaksi', organisations: 1 },
        { projectId: 'p1', name: 'Yksi', organisations: 1 },
      ],
    });
  });

  it('a jobs table can make a sector a strength: retail jobs LQ (500/600)/(1000/2000) = 1.667', () => {
    const base = inputs();
    const jobs = specialisation(
      { divisions: { '47': 500, '16': 100 } },
      { divisions: { '47': 1000, '16': 1000 } },
      'jobs',
    );
    const { strengths } = strengthsAndCandidates({
      ...base,
      specialisation: { ...base.specialisation, jobs },
    });
    const retail = strengths.find((s) => s.code === '47')!;
    expect(retail.scoreParts.specialisation).toBeCloseTo((5 / 3 - 1) / 2, 12);
    expect(
      retail.evidence
        .filter((e) => e.kind === 'specialisation')
        .map((e) => e.kind === 'specialisation' && e.basis),
    ).toEqual(['organisations', 'jobs']);
  });

  it('without ties no actor is called central', () => {
    const { growthCandidates, strengths } = strengthsAndCandidates(inputs({ hasTies: false }));
    for (const item of [...strengths, ...growthCandidates]) {
      expect(item.evidence.some((e) => e.kind === 'centralActors')).toBe(false);
      expect(item.scoreParts.centrality).toBe(0);
    }
  });
  describe('a low count names a strength only tentatively, and only when other evidence backs it', () => {
    // software made rarer in Finland: LQ (2/20)/(500/21500) = 4.3 on two organisations (threshold 5)
    const rare = { divisions: { '16': 1000, '62': 500, '47': 20000 } };
    const withFinland = (table: typeof rare, extra: Partial<StrengthInputs> = {}) => {
      const specialisation62 = specialisation(organisationCounts(organisations), table, 'organisations');
      return strengthsAndCandidates(
        inputs({ specialisation: { organisations: specialisation62, jobs: null }, ...extra }),
      );
    };

    it('two software firms offering competences are a strength, flagged low-count, weight damped 2/5', () => {
      const soft = withFinland(rare).strengths.find((s) => s.code === '62')!;
      expect(soft).toBeDefined();
      expect(soft.evidence).toContainEqual(
        expect.objectContaining({ kind: 'specialisation', lowCount: true }),
      );
      expect(soft.scoreParts.specialisation).toBeCloseTo(1 * (2 / 5), 12);
    });

    it('without competences, projects or central actors the same two firms are not a strength', () => {
      const { strengths } = withFinland(rare, {
        competences: [],
        projects: [],
        pagerank: Float64Array.from(organisations, () => 1 / organisations.length),
      });
      expect(strengths.map((s) => s.code)).not.toContain('62');
    });

    it('one organisation is never a sector strength', () => {
      const one = organisations.filter((o) => o.id !== 't1');
      const table = specialisation(organisationCounts(one), rare, 'organisations');
      const { strengths } = strengthsAndCandidates(
        inputs({
          organisations: one,
          pagerank: Float64Array.from(one, () => 0.05),
          specialisation: { organisations: table, jobs: null },
        }),
      );
      expect(strengths.map((s) => s.code)).not.toContain('62');
    });
  });
});
