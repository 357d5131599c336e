/**
 * An ecosystem's ECCP cluster profile as a Word document a person fills ECCP's registration form from:
 * the readiness check first (what is missing), then every field of the form with its value to paste.
 * In English only, as ECCP's profiles are: its words live here, not in the three-language labels.
 */
import { Document, HeadingLevel, Packer, Paragraph } from 'docx';
import type { EccpCriterion, EccpCriterionStatus, EccpMemberType } from '../domain/eccp.js';
import type { EccpCheck, EccpGap, EccpProfile } from '../analysis/eccp-profile.js';
import { table } from './docx-sections.js';
import { formatDate } from './labels.js';

const CRITERION: Record<EccpCriterion, string> = {
  committed_members: 'At least 15 clearly committed members',
  member_types: 'At least two types of members (triple helix)',
  companies: 'Companies (SMEs in particular) among the members',
  public_bodies: 'Public bodies as members or visible support',
  cluster_management: 'A named cluster management organisation',
  management_capacity: 'Cluster management of at least 0.5 FTE',
  english_description: 'A description in English',
  website: 'A website with an English version',
  contact: 'A contact address',
  sectors: 'Sectors',
  activity: 'Proof that the cluster is active',
};

const STATUS: Record<EccpCriterionStatus, string> = {
  met: 'Met',
  not_met: 'Not met',
  check_by_hand: 'To confirm by hand',
};

const MEMBER_TYPE: Record<EccpMemberType, string> = {
  sme: 'SMEs',
  large_company: 'Large companies',
  company_size_unknown: 'Companies of unknown size',
  research_organisation: 'Research organisations',
  university: 'Universities and other education',
  public_body: 'Public bodies',
  other: 'Others (associations, technology parks…)',
};

/** What a gap asks a person to do, in a sentence. */
export function gapText(gap: EccpGap): string {
  switch (gap.reason) {
    case 'needs_translation':
      return `The ${gap.field} is kept in Finnish only: translate it into English.`;
    case 'unmapped':
      return `No ECCP sector is mapped for these themes; choose by hand: ${gap.themes.join(', ')}.`;
    case 'size_unknown':
      return `${gap.count} member companies have no size class: count them as SMEs or large companies.`;
    case 'not_in_solmu':
      return `${FIELD_NAME[gap.field]}: Solmu does not keep it; fill it in on the form.`;
  }
}

const FIELD_NAME = {
  acronym: 'Acronym',
  year_of_establishment: 'Year of establishment',
  cluster_labels: 'Cluster labels (ESCA/EUCLES Bronze, Silver, Gold)',
} as const;

const list = (values: readonly string[]) => values.join('; ');

/** The form's fields, one row each, as a person pastes them. */
export function profileFields(p: EccpProfile): [string, string][] {
  return [
    ['Organisation name', p.organisationName],
    ['Acronym', p.acronym ?? ''],
    ['Country', p.country],
    ['Region (NUTS 3)', list(p.regions.map((r) => `${r.name} (${r.nuts3})`))],
    ['Towns', list(p.towns)],
    ['Cluster management organisation', p.clusterManagement?.name ?? ''],
    ['Website', p.website ?? ''],
    [
      'Contact (role address)',
      p.contact ? [p.contact.role, p.contact.email, p.contact.phone].filter(Boolean).join(', ') : '',
    ],
    ['Description', p.description ?? ''],
    ['Year of establishment', p.yearOfEstablishment ?? ''],
    ['Cluster labels', list(p.clusterLabels)],
    ['Sectors', list(p.sectors)],
    ['Industrial ecosystems (value chains)', list(p.industrialEcosystems)],
    ['Emerging industries', list(p.emergingIndustries)],
    ['Technology fields', list(p.technologyFields)],
    ['NACE Rev. 2 codes', list(p.naceCodes.map((n) => `${n.section} ${n.code} ${n.division}`))],
    ['Number of members', String(p.members.committed)],
    ['Cooperation interests', list(p.cooperationInterests)],
  ];
}

const heading = (text: string) => new Paragraph({ text, heading: HeadingLevel.HEADING_1 });
const bullet = (text: string) => new Paragraph({ text, bullet: { level: 0 } });

function checkBlocks(check: EccpCheck) {
  const summary = check.ready
    ? 'Every criterion Solmu can check is met; confirm the rest by hand before registering.'
    : `Not ready yet: ${check.missing.length} of ECCP’s criteria are not met.`;
  return [
    heading('Readiness check'),
    new Paragraph({ text: summary }),
    ...(check.missing.length
      ? [new Paragraph({ text: 'What is missing:' }), ...check.missing.map((c) => bullet(CRITERION[c]))]
      : []),
    table(
      ['Criterion', 'Status', 'Why'],
      check.criteria.map((c) => [CRITERION[c.criterion], STATUS[c.status], c.why]),
    ),
  ];
}

export async function eccpProfileDocx(
  { profile, check }: { profile: EccpProfile; check: EccpCheck },
  now: Date,
): Promise<Buffer> {
  const title = `ECCP cluster profile: ${profile.organisationName}`;
  const members = Object.entries(profile.members.byType).filter(([, n]) => n > 0);
  const document = new Document({
    creator: 'Solmu',
    title,
    sections: [
      {
        children: [
          new Paragraph({ text: title, heading: HeadingLevel.TITLE }),
          new Paragraph({
            text: `Prepared from Solmu on ${formatDate(now.toISOString(), 'en')} for the European Cluster Collaboration Platform (clustercollaboration.eu).`,
          }),
          ...checkBlocks(check),
          heading('Profile fields'),
          table(['Field', 'Value'], profileFields(profile)),
          heading('Members by type'),
          table(
            ['Type', 'Committed members'],
            members.map(([t, n]) => [MEMBER_TYPE[t as EccpMemberType], String(n)]),
          ),
          heading('To fill in by hand'),
          ...profile.gaps.map((g) => bullet(gapText(g))),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
