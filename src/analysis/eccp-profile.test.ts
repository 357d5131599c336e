import { describe, expect, it } from 'vitest';
import { ECCP_MIN_COMMITTED_MEMBERS } from '../domain/eccp.js';
import {
  eccpExport,
  mapThemes,
  memberType,
  type EccpMemberInput,
  type EccpProfileInput,
} from './eccp-profile.js';
import { naceOf, naceOfMembers } from './eccp-nace.js';

const VOCABULARY = [
  { slug: 'metsabiotalous', fi: 'metsäbiotalous', sv: 'skogsbioekonomi', en: 'forest bioeconomy' },
  { slug: 'matkailu', fi: 'matkailu', sv: 'turism', en: 'tourism' },
  { slug: 'uusi-teema', fi: 'uusi teema', sv: null, en: null },
];

const member = (over: Partial<EccpMemberInput> = {}): EccpMemberInput => ({
  name: { fi: 'Yritys Oy', sv: null, en: null },
  kind: 'company',
  sizeClass: 'small',
  role: 'core',
  tolCode: '16100',
  ...over,
});

const input = (over: Partial<EccpProfileInput> = {}): EccpProfileInput => ({
  ecosystem: {
    name: { fi: 'Metsäklusteri', sv: null, en: 'Forest cluster' },
    description: { fi: 'Kuvaus', sv: null, en: 'A description' },
    themes: ['metsäbiotalous'],
  },
  places: [{ town: 'Savonlinna', region: 'South Savo', nuts3: 'FI1D1' }],
  members: Array.from({ length: ECCP_MIN_COMMITTED_MEMBERS }, () => member()),
  management: {
    name: { fi: 'Kehitys Oy', sv: null, en: null },
    website: 'https://example.fi',
    source: 'orchestrator',
  },
  contacts: [{ role: 'Business services', email: 'business@example.fi', phone: null }],
  vocabulary: VOCABULARY,
  needs: [],
  ...over,
});

const statusOf = (check: ReturnType<typeof eccpExport>['check'], criterion: string) =>
  check.criteria.find((c) => c.criterion === criterion)?.status;

describe('members by ECCP type', () => {
  it('counts companies by size class and other organisations by kind', () => {
    expect(memberType({ kind: 'company', sizeClass: 'micro' })).toBe('sme');
    expect(memberType({ kind: 'company', sizeClass: 'medium' })).toBe('sme');
    expect(memberType({ kind: 'company', sizeClass: 'large' })).toBe('large_company');
    expect(memberType({ kind: 'company', sizeClass: 'unknown' })).toBe('company_size_unknown');
    expect(memberType({ kind: 'rdi', sizeClass: 'unknown' })).toBe('research_organisation');
    expect(memberType({ kind: 'education', sizeClass: 'unknown' })).toBe('university');
    expect(memberType({ kind: 'municipality', sizeClass: 'unknown' })).toBe('public_body');
    expect(memberType({ kind: 'development_company', sizeClass: 'small' })).toBe('public_body');
    expect(memberType({ kind: 'association', sizeClass: 'unknown' })).toBe('other');
  });
});

describe('TOL 2008 to NACE Rev. 2', () => {
  it('keeps levels 1–4 and drops the national fifth digit', () => {
    expect(naceOf('16100')).toMatchObject({ code: '16.10', section: 'C' });
    expect(naceOf('162')).toMatchObject({ code: '16.2', section: 'C' });
    expect(naceOf('70')).toMatchObject({ code: '70', section: 'M' });
    expect(naceOf('04')).toBeNull();
  });

  it('counts members per NACE code, most first', () => {
    expect(naceOfMembers(['16100', '16101', '62010', null]).map((n) => [n.code, n.members])).toEqual([
      ['16.10', 2],
      ['62.01', 1],
    ]);
  });
});

describe('themes to ECCP', () => {
  it('maps a vocabulary theme in any language and reports a theme the table lacks', () => {
    const mapped = mapThemes(['forest bioeconomy', 'TURISM', 'uusi teema', 'oma sana'], VOCABULARY);
    expect(mapped.sectors).toContain('Forestry');
    expect(mapped.sectors).toContain('Hospitality and tourism');
    expect(mapped.industrialEcosystems).toEqual(
      expect.arrayContaining(['Energy-intensive industries', 'Tourism']),
    );
    expect(mapped.technologyFields).toEqual(['forest bioeconomy', 'tourism', 'uusi teema', 'oma sana']);
    expect(mapped.unmapped).toEqual(['uusi teema', 'oma sana']);
  });
});

describe('the readiness check', () => {
  it('passes an ecosystem that meets every criterion Solmu can check', () => {
    const members = [
      ...Array.from({ length: 13 }, () => member()),
      member({ kind: 'rdi', sizeClass: 'unknown' }),
      member({ kind: 'municipality', sizeClass: 'unknown' }),
    ];
    const { check, profile } = eccpExport(input({ members }));
    expect(check.missing).toEqual([]);
    expect(check.ready).toBe(true);
    expect(profile.members.byType).toMatchObject({ sme: 13, research_organisation: 1, public_body: 1 });
    expect(statusOf(check, 'management_capacity')).toBe('check_by_hand');
  });

  it('lists what is missing: too few committed members, one type only, no contact, no English text', () => {
    const members = [member(), member({ role: 'emerging' }), member({ role: 'emerging' })];
    const { check, profile } = eccpExport(
      input({
        members,
        contacts: [],
        ecosystem: {
          name: { fi: 'Klusteri', sv: null, en: null },
          description: { fi: 'Kuvaus', sv: null, en: null },
          themes: ['oma sana'],
        },
      }),
    );
    expect(check.ready).toBe(false);
    expect(check.missing).toEqual([
      'committed_members',
      'member_types',
      'english_description',
      'contact',
      'sectors',
    ]);
    const committed = check.criteria.find((c) => c.criterion === 'committed_members')!;
    expect(committed.figures).toMatchObject({ count: 1, required: 15, emerging: 2 });
    expect(committed.why).toContain('2 marked as emerging');
    expect(profile.description).toBe('Kuvaus');
    expect(profile.gaps).toEqual(
      expect.arrayContaining([
        { field: 'name', reason: 'needs_translation' },
        { field: 'description', reason: 'needs_translation' },
        { field: 'themes', reason: 'unmapped', themes: ['oma sana'] },
      ]),
    );
    expect(statusOf(check, 'public_bodies')).toBe('check_by_hand');
  });

  it('without a management organisation the cluster management is not met and no website is known', () => {
    const { check, profile } = eccpExport(input({ management: null }));
    expect(profile.website).toBeNull();
    expect(check.missing).toEqual(expect.arrayContaining(['cluster_management', 'website']));
  });
});
