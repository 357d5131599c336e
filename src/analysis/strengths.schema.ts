/** Schemas of strengths and growth candidates: every item carries the evidence it rests on. */
import { z } from 'zod';

const actorRef = z.object({
  organisationId: z.string(),
  name: z.string(),
  pagerankRank: z.number().int().describe('1 = most central actor of the scope'),
});

export const evidenceSchema = z
  .discriminatedUnion('kind', [
    z.object({
      kind: z.literal('specialisation'),
      basis: z.enum(['organisations', 'jobs']),
      lq: z.number().nullable(),
      scopeCount: z.number(),
      finlandCount: z.number(),
      lowCount: z.boolean(),
      baseline: z
        .enum(['finland', 'solmu'])
        .optional()
        .describe("What the LQ compares with (the table's `baseline`); absent in pictures saved before it"),
      confidence: z
        .object({ low: z.number(), high: z.number() })
        .nullable()
        .optional()
        .describe("The LQ's 95 % interval; absent in pictures saved before it"),
    }),
    z.object({
      kind: z.literal('size'),
      organisations: z.number().int(),
      share: z.number().describe('Share of the scope’s organisations with a TOL code'),
    }),
    z.object({
      kind: z.literal('centralActors'),
      pagerankShare: z.number().describe('Share of all PageRank held by the sector’s actors'),
      actors: z.array(actorRef),
    }),
    z.object({
      kind: z.literal('competences'),
      items: z.array(z.object({ key: z.string(), label: z.string(), organisations: z.number().int() })),
    }),
    z.object({
      kind: z.literal('projects'),
      items: z.array(z.object({ projectId: z.string(), name: z.string(), organisations: z.number().int() })),
    }),
    z.object({
      kind: z.literal('growth'),
      since: z.string().describe('Date of the earlier snapshot'),
      before: z.number().int(),
      now: z.number().int(),
      change: z.number().describe('Relative change, 0.25 = +25 %'),
    }),
  ])
  .meta({ id: 'PictureEvidence' });

export const scorePartsSchema = z
  .object({
    specialisation: z.number(),
    size: z.number(),
    centrality: z.number(),
    competences: z.number(),
    projects: z.number(),
    growth: z.number(),
  })
  .meta({
    id: 'PictureScoreParts',
    description: 'Each part in [0, 1] before weighting; see docs/analysis.md',
  });

export const sectorItemSchema = z
  .object({
    level: z.literal('division'),
    code: z.string().describe('TOL 2008 division'),
    sectionCode: z.string(),
    score: z.number().min(0).max(1),
    scoreParts: scorePartsSchema,
    evidence: z.array(evidenceSchema).min(1),
  })
  .meta({ id: 'PictureSectorItem' });

export type Evidence = z.infer<typeof evidenceSchema>;
export type SectorItem = z.infer<typeof sectorItemSchema>;
export type ScoreParts = z.infer<typeof scorePartsSchema>;
