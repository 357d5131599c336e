/**
 * ECCP's validation criteria for a cluster organisation checked against a profile: each one met, not
 * met, or for a person to confirm (Solmu keeps no data on it), with the figures it rests on and why.
 * The criteria and their sources: docs/formats.md, "ECCP cluster profile".
 */
import {
  ECCP_MIN_COMMITTED_MEMBERS,
  ECCP_MIN_MEMBER_TYPES,
  type EccpCriterion,
  type EccpCriterionStatus,
  type EccpMemberType,
} from '../domain/eccp.js';
import type { EccpCheck, EccpCheckItem, EccpProfile } from './eccp-profile.js';

/** The member types grouped as ECCP's diversity rule names them: industry, research, public, other. */
const HELIX: Record<EccpMemberType, 'industry' | 'research' | 'public' | 'civil_society_and_other'> = {
  sme: 'industry',
  large_company: 'industry',
  company_size_unknown: 'industry',
  research_organisation: 'research',
  university: 'research',
  public_body: 'public',
  other: 'civil_society_and_other',
};

const item = (
  criterion: EccpCriterion,
  status: EccpCriterionStatus,
  why: string,
  figures: EccpCheckItem['figures'] = {},
): EccpCheckItem => ({ criterion, status, figures, why });

const metIf = (ok: boolean): EccpCriterionStatus => (ok ? 'met' : 'not_met');

function membersItems(p: EccpProfile): EccpCheckItem[] {
  const { committed, total, byType } = p.members;
  const present = Object.entries(byType).filter(([, n]) => n > 0);
  const groups = [...new Set(present.map(([t]) => HELIX[t as EccpMemberType]))];
  const companies = byType.sme + byType.large_company + byType.company_size_unknown;
  return [
    item(
      'committed_members',
      metIf(committed >= ECCP_MIN_COMMITTED_MEMBERS),
      `${committed} committed members of the ${ECCP_MIN_COMMITTED_MEMBERS} ECCP asks for` +
        (total > committed ? ` (${total - committed} marked as emerging are not counted)` : ''),
      { count: committed, required: ECCP_MIN_COMMITTED_MEMBERS, emerging: total - committed },
    ),
    item(
      'member_types',
      metIf(groups.length >= ECCP_MIN_MEMBER_TYPES),
      `${groups.length} types of members (${groups.join(', ') || 'none'}); ECCP asks for at least ${ECCP_MIN_MEMBER_TYPES}`,
      { count: groups.length, required: ECCP_MIN_MEMBER_TYPES, types: groups.join(', ') },
    ),
    item(
      'companies',
      metIf(companies > 0),
      companies > 0
        ? `${companies} companies among the committed members`
        : 'No company among the committed members: a cluster gathers industry, SMEs in particular',
      { count: companies },
    ),
    byType.public_body > 0
      ? item('public_bodies', 'met', `${byType.public_body} public bodies among the members`, {
          count: byType.public_body,
        })
      : item(
          'public_bodies',
          'check_by_hand',
          'No public body among the members: show on the website that public bodies support or fund the cluster',
          { count: 0 },
        ),
  ];
}

function managementItems(p: EccpProfile): EccpCheckItem[] {
  const m = p.clusterManagement;
  return [
    m
      ? item('cluster_management', 'met', `${m.name} manages the cluster`, { name: m.name })
      : item(
          'cluster_management',
          'not_met',
          'No organisation is named to manage the ecosystem: mark one member as its orchestrator',
        ),
    item(
      'management_capacity',
      'check_by_hand',
      'ECCP asks for a cluster management team of at least 0.5 full-time equivalents; Solmu does not keep working time',
      { required: 0.5 },
    ),
  ];
}

function presenceItems(p: EccpProfile, hasEnglishDescription: boolean): EccpCheckItem[] {
  return [
    item(
      'english_description',
      metIf(hasEnglishDescription),
      hasEnglishDescription
        ? 'The ecosystem has a description in English'
        : 'The ecosystem has no description in English: write one (the Finnish one is shown meanwhile)',
    ),
    p.website
      ? item(
          'website',
          'check_by_hand',
          `${p.website}: confirm that it has an English version (an automatic translation is accepted) and shows the cluster's activities`,
          { website: p.website },
        )
      : item(
          'website',
          'not_met',
          'No website: add one to the organisation that manages the cluster (ECCP asks for an English version)',
        ),
    p.contact
      ? item('contact', 'met', `Contact by role: ${p.contact.role}, ${p.contact.email}`, {
          email: p.contact.email,
        })
      : item(
          'contact',
          'not_met',
          'No contact address: add a role address (such as business services) to the ecosystem’s public page',
        ),
    item(
      'sectors',
      metIf(p.sectors.length > 0),
      p.sectors.length
        ? `${p.sectors.length} sectors from the ecosystem's themes`
        : 'No theme of the ecosystem maps to an ECCP sector: add themes from the vocabulary',
      { count: p.sectors.length },
    ),
    item(
      'activity',
      'check_by_hand',
      'ECCP looks on the website for proof of activity (services to members, joint projects, recent news)',
    ),
  ];
}

/** Every criterion in the order ECCP lists them, and which are not met. */
export function checkProfile(profile: EccpProfile, hasEnglishDescription: boolean): EccpCheck {
  const criteria = [
    ...membersItems(profile),
    ...managementItems(profile),
    ...presenceItems(profile, hasEnglishDescription),
  ];
  const missing = criteria.filter((c) => c.status === 'not_met').map((c) => c.criterion);
  return { ready: missing.length === 0, criteria, missing };
}
