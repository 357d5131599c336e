/**
 * The written picture: the sentences a town can publish, each with the evidence it rests on. Generated
 * from a Picture (figures, relations, projects, the mapping rounds' themes and quotes) in one language;
 * an editor's report document starts from it and keeps its own words afterwards. A section's
 * fingerprint changes exactly when its evidence changes, so a recomputation can mark an edited section
 * whose evidence moved without touching its text.
 */
import { z } from 'zod';

export const FINDING_SECTION_KEYS = [
  'glance',
  'connections',
  'specialisation',
  'competences',
  'strengths',
  'challenges',
  'developmentTargets',
  'growthSectors',
] as const;
export type FindingSectionKey = (typeof FINDING_SECTION_KEYS)[number];

export const FINDING_EVIDENCE_KINDS = [
  'figure',
  'organisation',
  'relation',
  'project',
  'sector',
  'competence',
  'theme',
  'quote',
] as const;

export const findingEvidenceSchema = z
  .object({
    kind: z.enum(FINDING_EVIDENCE_KINDS),
    label: z.string().describe('What the evidence is, in the report’s language'),
    value: z.string().optional().describe('The figure or quote as written in the report’s language'),
    ref: z.string().optional().describe('Id of the record (organisation, project, theme…) when there is one'),
  })
  .meta({ id: 'FindingEvidence' });

export const findingSentenceSchema = z
  .object({
    text: z.string(),
    evidence: z.array(findingEvidenceSchema),
  })
  .meta({ id: 'FindingSentence' });

export const PROPOSAL_KINDS = ['developmentTarget', 'growthSector'] as const;

export const findingProposalSchema = z
  .object({
    key: z.string().describe('Stable across recomputations, e.g. "growthSector:16"'),
    kind: z.enum(PROPOSAL_KINDS),
    title: z.string(),
    text: z.string(),
    evidence: z.array(findingEvidenceSchema),
  })
  .meta({ id: 'FindingProposal' });

export const findingSectionSchema = z
  .object({
    key: z
      .union([z.enum(FINDING_SECTION_KEYS), z.templateLiteral(['editor-', z.number().int()])])
      .describe('A generated section’s key, or `editor-<n>` for a section an editor added'),
    title: z.string(),
    sentences: z.array(findingSentenceSchema),
    proposals: z.array(findingProposalSchema).describe('Only in developmentTargets and growthSectors'),
    fingerprint: z
      .string()
      .describe('Hash of the section’s evidence: changes when, and only when, it changes'),
  })
  .meta({ id: 'FindingSection' });

export const writtenPictureSchema = z
  .object({
    language: z.enum(['fi', 'sv', 'en']),
    sections: z.array(findingSectionSchema),
    methods: z
      .object({
        plain: z.array(z.string()).describe('What was measured, from which data, with which limits'),
        technical: z.array(z.string()).describe('The appendix: parameters and algorithms'),
      })
      .describe('For a reader who is not a developer; no identifiers'),
  })
  .meta({ id: 'WrittenPicture' });

export type FindingEvidence = z.infer<typeof findingEvidenceSchema>;
export type FindingSentence = z.infer<typeof findingSentenceSchema>;
export type FindingProposal = z.infer<typeof findingProposalSchema>;
export type FindingSection = z.infer<typeof findingSectionSchema>;
export type WrittenPicture = z.infer<typeof writtenPictureSchema>;
