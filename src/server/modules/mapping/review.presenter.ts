import { z } from 'zod';
import type { listProposals } from './review.service.js';

export const PROPOSAL_STATUSES = ['pending', 'accepted', 'merged', 'rejected', 'withdrawn'] as const;
export const PROPOSAL_KINDS = ['relation', 'organisation', 'competence'] as const;

const candidate = z.object({
  organisationId: z.string(),
  name: z.string(),
  businessId: z.string().nullable(),
  municipalityCode: z.string().nullable(),
  score: z.number().meta({ description: 'How near, 0 to 1' }),
  reason: z.enum(['business_id', 'name']),
});

const competenceCandidate = z.object({ competenceId: z.string(), name: z.string(), score: z.number() });

export const proposalSchema = z
  .object({
    id: z.string(),
    kind: z.enum(PROPOSAL_KINDS),
    status: z.enum(PROPOSAL_STATUSES),
    questionKey: z.string(),
    questionLabel: z.object({ fi: z.string(), sv: z.string().nullable(), en: z.string().nullable() }),
    respondentId: z.string(),
    respondentName: z.string(),
    organisationId: z.string().nullable().meta({ description: 'The respondent’s organisation' }),
    payload: z.record(z.string(), z.unknown()),
    recordId: z
      .string()
      .nullable()
      .meta({ description: 'The fact an accepted or merged proposal stands for' }),
    candidates: z
      .array(candidate)
      .optional()
      .meta({ description: 'Possible duplicates of a new actor (pending organisation proposals)' }),
    competenceCandidates: z
      .array(competenceCandidate)
      .optional()
      .meta({ description: 'Near terms of the vocabulary for a named competence (pending)' }),
    answeredAt: z.string(),
  })
  .meta({ id: 'AnswerProposal' });

type Listed = Awaited<ReturnType<typeof listProposals>>[number];

export const presentProposal = ({ row, questionLabel, candidates, competenceCandidates }: Listed) => ({
  id: row.id,
  kind: row.kind as (typeof PROPOSAL_KINDS)[number],
  status: row.status as (typeof PROPOSAL_STATUSES)[number],
  questionKey: row.questionKey,
  questionLabel: { fi: questionLabel.fi, sv: questionLabel.sv ?? null, en: questionLabel.en ?? null },
  respondentId: row.respondentId,
  respondentName: row.respondentName,
  organisationId: row.organisationId,
  payload: row.payload as Record<string, unknown>,
  recordId: row.recordId,
  ...(candidates ? { candidates } : {}),
  ...(competenceCandidates ? { competenceCandidates } : {}),
  answeredAt: new Date(row.answeredAt as Date).toISOString(),
});

export const decidedSchema = z
  .object({ id: z.string(), status: z.enum(PROPOSAL_STATUSES), recordId: z.string().nullable() })
  .meta({ id: 'ProposalDecided' });
