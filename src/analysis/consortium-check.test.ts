import { describe, expect, it } from 'vitest';
import type { CallRule } from '../domain/projects.js';
import {
  checkConsortium,
  monthsBetween,
  type CheckedMember,
  type CheckedPartner,
} from './consortium-check.js';

const NETWORK = '00000000-0000-4000-8000-000000000001';

/** Innokaupungit in miniature: Lappeenranta, Oulu and Tampere with the council that coordinates from Tampere. */
const MEMBERS: CheckedMember[] = [
  { organisationId: 'lappeenranta', municipalityCodes: ['405'] },
  { organisationId: 'oulu', municipalityCodes: ['564'] },
  { organisationId: 'tampere', municipalityCodes: ['837'] },
  { organisationId: 'pirkanmaan-liitto', municipalityCodes: ['837'] },
];

const partner = (
  organisationId: string,
  municipalityCode: string | null,
  more: Partial<CheckedPartner> = {},
) => ({
  organisationId,
  kind: 'municipality',
  municipalityCode,
  role: 'partner',
  budgetEur: null,
  ...more,
});

const check = (rules: CallRule[], partners: CheckedPartner[], durationMonths: number | null = null) =>
  checkConsortium({ rules, partners, durationMonths, networks: new Map([[NETWORK, MEMBERS]]) });

const network = (count: number): CallRule => ({ kind: 'minMembersOfNetwork', networkId: NETWORK, count });

describe('at least N members of a network', () => {
  it('counts distinct member towns, not organisations: LUT and Lappeenranta are one town', () => {
    const [v] = check([network(2)], [partner('lut', '405', { kind: 'rdi' }), partner('lappeenranta', '405')]);
    expect(v).toMatchObject({ met: false, count: 1 });
    expect(v!.towns).toEqual([{ memberOrganisationId: 'lappeenranta', partnerIds: ['lut', 'lappeenranta'] }]);
  });

  it('says which partners are in no member town', () => {
    const [v] = check([network(2)], [partner('lut', '405'), partner('oulu', '564'), partner('raahe', '678')]);
    expect(v).toMatchObject({ met: true, count: 2, outside: ['raahe'] });
  });

  it('takes a member by its own organisation even when its municipality is elsewhere', () => {
    const [v] = check([network(1)], [partner('oulu', null)]);
    expect(v).toMatchObject({ met: true, count: 1 });
  });

  it('members standing for the same municipalities are one town', () => {
    const [v] = check([network(2)], [partner('tampere', '837'), partner('pirkanmaan-liitto', '837')]);
    expect(v).toMatchObject({ met: false, count: 1 });
  });
});

describe('the other rules', () => {
  const three = [
    partner('a', '405', { kind: 'rdi' }),
    partner('b', '564', { kind: 'company' }),
    partner('c', '837'),
  ];

  it('minimum and maximum number of partners', () => {
    const verdicts = check(
      [
        { kind: 'minOrganisations', count: 3 },
        { kind: 'minOrganisations', count: 4 },
        { kind: 'maxOrganisations', count: 2 },
      ],
      three,
    );
    expect(verdicts.map((v) => [v.met, v.count])).toEqual([
      [true, 3],
      [false, 3],
      [false, 3],
    ]);
  });

  it('required kinds with a count each', () => {
    const [v] = check([{ kind: 'requiredOrganisationKinds', kinds: ['rdi', 'company'], count: 1 }], three);
    expect(v!.met).toBe(true);
    const [w] = check([{ kind: 'requiredOrganisationKinds', kinds: ['rdi', 'education'] }], three);
    expect(w).toMatchObject({ met: false, count: 1 });
    expect(w!.kinds).toEqual([
      { kind: 'rdi', count: 1, needed: 1 },
      { kind: 'education', count: 0, needed: 1 },
    ]);
  });

  it('maximum duration, unknown without dates', () => {
    const rule: CallRule = { kind: 'maxDurationMonths', months: 24 };
    expect(check([rule], three, 24)[0]).toMatchObject({ met: true, count: 24 });
    expect(check([rule], three, 25)[0]).toMatchObject({ met: false, count: 25 });
    expect(check([rule], three)[0]).toMatchObject({ met: null, count: null });
  });

  it("a role's share of the budget, unknown without budgets", () => {
    const rule: CallRule = { kind: 'budgetShare', role: 'main_implementer', minPercent: 30, maxPercent: 60 };
    const budgets = [
      partner('a', '405', { role: 'main_implementer', budgetEur: 70_000 }),
      partner('b', '564', { budgetEur: 30_000 }),
    ];
    expect(check([rule], budgets)[0]).toMatchObject({ met: false, count: 70 });
    budgets[1]!.budgetEur = 70_000;
    expect(check([rule], budgets)[0]).toMatchObject({ met: true, count: 50 });
    expect(check([rule], three)[0]).toMatchObject({ met: null });
  });

  it('a free-text rule is for the user to tick', () => {
    expect(
      check([{ kind: 'note', textFi: 'Hankkeen on toteutettava sopimusta.' }], three)[0]!.met,
    ).toBeNull();
  });
});

describe('monthsBetween', () => {
  it('counts a started month whole', () => {
    expect(monthsBetween('2023-01-01', '2023-12-31')).toBe(12);
    expect(monthsBetween('2023-01-15', '2023-02-14')).toBe(1);
    expect(monthsBetween('2023-01-15', '2023-02-20')).toBe(2);
    expect(monthsBetween('2022-11-01', '2024-10-31')).toBe(24);
    expect(monthsBetween(null, '2024-10-31')).toBeNull();
  });
});
