/**
 * An ecosystem as a cluster organisation's profile on the European Cluster Collaboration Platform
 * (ECCP), and the check of ECCP's validation criteria against it: what is met, what is not and why, and
 * what only a person can confirm. Pure: the caller reads what the asker may see and hands it in.
 * Sources of the fields and criteria: docs/formats.md, "ECCP cluster profile".
 */
import type { ECOSYSTEM_MEMBER_ROLES, ORGANISATION_KINDS, SIZE_CLASSES } from '../domain/enums.js';
import {
  ECCP_MEMBER_TYPES,
  type EccpCriterion,
  type EccpCriterionStatus,
  type EccpMemberType,
  type EccpSector,
  type EmergingIndustry,
  type IndustrialEcosystem,
} from '../domain/eccp.js';
import { ECCP_THEME_MAPPING } from '../domain/eccp-themes.js';
import { themeReader, type VocabularyTheme } from './call-fit.js';
import { checkProfile } from './eccp-check.js';
import { naceOfMembers, type NaceCount } from './eccp-nace.js';

type Texts = { fi: string; sv: string | null; en: string | null };

export type EccpMemberInput = {
  name: Texts;
  kind: (typeof ORGANISATION_KINDS)[number];
  sizeClass: (typeof SIZE_CLASSES)[number];
  role: (typeof ECOSYSTEM_MEMBER_ROLES)[number];
  tolCode: string | null;
};

export type EccpManagementInput = {
  name: Texts;
  website: string | null;
  /** How it was found: an orchestrating member of the ecosystem, or the organisation of its workspace. */
  source: 'orchestrator' | 'workspace';
};

export type EccpProfileInput = {
  ecosystem: { name: Texts; description: Texts | null; themes: readonly string[] };
  /** The towns and regions of the ecosystem's municipalities, in English where a name is. */
  places: readonly { town: string; region: string; nuts3: string }[];
  members: readonly EccpMemberInput[];
  management: EccpManagementInput | null;
  /** Role addresses only: a named person never reaches a profile. */
  contacts: readonly { role: string; email: string; phone: string | null }[];
  /** The themes of the vocabulary (the competences marked as themes). */
  vocabulary: readonly Omit<VocabularyTheme, 'id'>[];
  /** The competences the members need, by name. */
  needs: readonly Texts[];
};

/** Something the profile could not fill from Solmu's data, for a person to complete. */
export type EccpGap =
  | { field: 'name' | 'description'; reason: 'needs_translation' }
  | { field: 'themes'; reason: 'unmapped'; themes: string[] }
  | { field: 'members'; reason: 'size_unknown'; count: number }
  | { field: 'acronym' | 'year_of_establishment' | 'cluster_labels'; reason: 'not_in_solmu' };

export type EccpMemberCounts = {
  /** Every member the asker may see. */
  total: number;
  /** Those not marked as only emerging: the "clearly committed" members ECCP counts. */
  committed: number;
  /** The committed members by ECCP's member types. */
  byType: Record<EccpMemberType, number>;
};

export type EccpProfile = {
  organisationName: string;
  acronym: null;
  description: string | null;
  country: 'Finland';
  regions: { name: string; nuts3: string }[];
  towns: string[];
  clusterManagement: { name: string; source: EccpManagementInput['source'] } | null;
  website: string | null;
  contact: { role: string; email: string; phone: string | null } | null;
  yearOfEstablishment: null;
  clusterLabels: string[];
  members: EccpMemberCounts;
  sectors: EccpSector[];
  industrialEcosystems: IndustrialEcosystem[];
  emergingIndustries: EmergingIndustry[];
  /** Themes as ECCP "technology fields", in English where the vocabulary has it. */
  technologyFields: string[];
  naceCodes: NaceCount[];
  cooperationInterests: string[];
  gaps: EccpGap[];
};

export type EccpCheckItem = {
  criterion: EccpCriterion;
  status: EccpCriterionStatus;
  /** What the decision rests on, for a reader in any language (counts, the required count). */
  figures: Record<string, number | string>;
  /** Why, in English (the profile's language). */
  why: string;
};

export type EccpCheck = { ready: boolean; criteria: EccpCheckItem[]; missing: EccpCriterion[] };

const english = (t: Texts) => t.en?.trim() || t.fi;

/** Which of ECCP's member types an organisation counts as. */
export function memberType(m: Pick<EccpMemberInput, 'kind' | 'sizeClass'>): EccpMemberType {
  switch (m.kind) {
    case 'company':
      if (m.sizeClass === 'large') return 'large_company';
      return m.sizeClass === 'unknown' ? 'company_size_unknown' : 'sme';
    case 'rdi':
      return 'research_organisation';
    case 'education':
      return 'university';
    case 'municipality':
    case 'public_agency':
    case 'development_company':
    case 'funder':
      return 'public_body';
    case 'association':
    case 'other':
      return 'other';
  }
}

/** Members marked as only emerging are not yet "clearly committed". */
export const isCommitted = (m: Pick<EccpMemberInput, 'role'>) => m.role !== 'emerging';

function countMembers(members: readonly EccpMemberInput[]): EccpMemberCounts {
  const byType = Object.fromEntries(ECCP_MEMBER_TYPES.map((t) => [t, 0])) as Record<EccpMemberType, number>;
  const committed = members.filter(isCommitted);
  for (const m of committed) byType[memberType(m)] += 1;
  return { total: members.length, committed: committed.length, byType };
}

const distinct = <T>(values: readonly T[]) => [...new Set(values)];

/** The ecosystem's themes in ECCP's terms, and those the mapping table does not cover. */
export function mapThemes(themes: readonly string[], vocabulary: EccpProfileInput['vocabulary']) {
  const read = themeReader(vocabulary.map((v) => ({ ...v, id: v.slug })));
  const mapped = read(themes).map((t) => ({
    name: t.en ?? t.fi,
    mapping: t.key.startsWith('theme:') ? ECCP_THEME_MAPPING[t.key.slice('theme:'.length)] : undefined,
  }));
  const found = mapped.flatMap((t) => (t.mapping ? [t.mapping] : []));
  return {
    technologyFields: mapped.map((t) => t.name),
    sectors: distinct(found.flatMap((m) => m.sectors)),
    industrialEcosystems: distinct(found.flatMap((m) => m.ecosystems)),
    emergingIndustries: distinct(found.flatMap((m) => m.emerging)),
    unmapped: mapped.filter((t) => !t.mapping).map((t) => t.name),
  };
}

function gapsOf(input: EccpProfileInput, unmapped: string[], counts: EccpMemberCounts): EccpGap[] {
  const { name, description } = input.ecosystem;
  return [
    ...(name.en?.trim() ? [] : [{ field: 'name', reason: 'needs_translation' } as const]),
    ...(description && !description.en?.trim() && description.fi.trim()
      ? [{ field: 'description', reason: 'needs_translation' } as const]
      : []),
    ...(unmapped.length ? [{ field: 'themes', reason: 'unmapped', themes: unmapped } as const] : []),
    ...(counts.byType.company_size_unknown
      ? [{ field: 'members', reason: 'size_unknown', count: counts.byType.company_size_unknown } as const]
      : []),
    { field: 'acronym', reason: 'not_in_solmu' },
    { field: 'year_of_establishment', reason: 'not_in_solmu' },
    { field: 'cluster_labels', reason: 'not_in_solmu' },
  ];
}

/** The profile, English first and Finnish where no English is kept (reported as a gap). */
export function eccpProfile(input: EccpProfileInput): EccpProfile {
  const themes = mapThemes(input.ecosystem.themes, input.vocabulary);
  const members = countMembers(input.members);
  const description = input.ecosystem.description;
  const regions = new Map(input.places.map((p) => [p.nuts3, { name: p.region, nuts3: p.nuts3 }]));
  return {
    organisationName: english(input.ecosystem.name),
    acronym: null,
    description: description ? english(description).trim() || null : null,
    country: 'Finland',
    regions: [...regions.values()],
    towns: distinct(input.places.map((p) => p.town)),
    clusterManagement: input.management && {
      name: english(input.management.name),
      source: input.management.source,
    },
    website: input.management?.website ?? null,
    contact: input.contacts[0] ?? null,
    yearOfEstablishment: null,
    clusterLabels: [],
    members,
    sectors: themes.sectors,
    industrialEcosystems: themes.industrialEcosystems,
    emergingIndustries: themes.emergingIndustries,
    technologyFields: themes.technologyFields,
    naceCodes: naceOfMembers(input.members.filter(isCommitted).map((m) => m.tolCode)),
    cooperationInterests: distinct(input.needs.map(english)).sort((a, b) => a.localeCompare(b, 'en')),
    gaps: gapsOf(input, themes.unmapped, members),
  };
}

/** The profile and the check of ECCP's criteria against it. */
export function eccpExport(input: EccpProfileInput): { profile: EccpProfile; check: EccpCheck } {
  const profile = eccpProfile(input);
  return { profile, check: checkProfile(profile, !!input.ecosystem.description?.en?.trim()) };
}
