/**
 * The situational picture as it leaves Solmu: one zod schema is the contract for the API (OpenAPI), the
 * report renderers and saved snapshots, and the TypeScript types of the builder are inferred from it.
 * Codes (TOL, municipality, organisation kind) are given without names: clients name them in the reader's
 * language from the reference data.
 */
import { z } from 'zod';
import { ORGANISATION_KINDS } from '../domain/enums.js';
import { PICTURE_SCOPES } from '../domain/pictures.js';
import { evidenceSchema, sectorItemSchema } from './strengths.schema.js';
import { mappingEvidenceSchema } from './survey-evidence.schema.js';

/** What a picture can be of: the domain's one list (proposals and snapshots name their scope with it). */
export const SCOPE_KINDS = PICTURE_SCOPES;

const share = z.number().min(0).max(1);

export const countRowSchema = z
  .object({ code: z.string(), count: z.number().int().nonnegative(), share })
  .meta({
    id: 'PictureCountRow',
    description: 'A count and its share of the scope; code "unknown" when missing',
  });

export const scopeSchema = z
  .object({
    kind: z.enum(SCOPE_KINDS),
    id: z.string(),
    name: z.string(),
    municipalityCodes: z.array(z.string()),
  })
  .meta({ id: 'PictureScope' });

const conventionsSchema = z
  .record(z.string(), z.string())
  .meta({ id: 'PictureConventions', description: 'How the figures were computed, in words' });

const parametersSchema = z
  .object({
    seed: z.number().int(),
    pagerank: z.object({
      damping: z.number(),
      tolerance: z.number(),
      maxIterations: z.number().int(),
      iterations: z.number().int(),
      converged: z.boolean(),
    }),
    betweenness: z.object({
      mode: z.enum(['exact', 'sampled']),
      exactLimit: z.number().int(),
      sources: z
        .number()
        .int()
        .describe('Source nodes whose shortest paths were counted; all nodes when exact'),
      seed: z.number().int().nullable().describe('Seed of the sampled sources; null when exact'),
    }),
    louvain: z.object({ seed: z.number().int(), resolution: z.number(), levels: z.number().int() }),
    lowCountThreshold: z.number().int(),
    brokers: z.object({ minParticipation: z.number(), maxListed: z.number().int() }),
    peripheral: z.object({ smallComponentMaxSize: z.number().int() }),
    strengths: z.object({ minLocationQuotient: z.number(), maxListed: z.number().int() }),
  })
  .meta({ id: 'PictureParameters' });

const tripleHelixSchema = z
  .object({
    pillars: z.array(
      z.object({
        pillar: z.enum(['companies', 'education', 'rdi', 'public']),
        kinds: z.array(z.enum(ORGANISATION_KINDS)),
        count: z.number().int(),
        share,
      }),
    ),
    outside: z.object({ kinds: z.array(z.enum(ORGANISATION_KINDS)), count: z.number().int() }),
    evenness: share.describe('Shannon evenness of the four pillars: 1 = equal counts, 0 = one pillar only'),
    missingPillars: z.array(z.enum(['companies', 'education', 'rdi', 'public'])),
  })
  .meta({ id: 'PictureTripleHelix' });

export const compositionSchema = z
  .object({
    organisations: z.number().int(),
    byKind: z.array(countRowSchema),
    bySection: z.array(countRowSchema),
    byDivision: z.array(countRowSchema),
    byMunicipality: z.array(countRowSchema),
    bySizeClass: z.array(countRowSchema),
    tripleHelix: tripleHelixSchema,
    missingKinds: z.array(z.enum(ORGANISATION_KINDS)),
  })
  .meta({ id: 'PictureComposition' });

export const actorSchema = z
  .object({
    organisationId: z.string(),
    name: z.string(),
    degree: z.number().int().describe('Distinct neighbours'),
    weightedDegree: z.number().describe('Sum of merged relation weights'),
    pagerank: z.number(),
    betweenness: z.number(),
    community: z.number().int(),
    component: z.number().int(),
    participation: share.describe('Share of ties spread over other communities (Guimerà–Amaral)'),
    broker: z.boolean(),
    isolated: z.boolean(),
    peripheral: z.boolean(),
  })
  .meta({ id: 'PictureActor' });

const edgeSchema = z.object({ from: z.string(), to: z.string(), weight: z.number() });

export const networkSchema = z
  .object({
    nodes: z.number().int(),
    relations: z.number().int().describe('Relations inside the scope, before merging'),
    externalRelations: z.number().int().describe('Relations to organisations outside the scope (not drawn)'),
    edges: z
      .number()
      .int()
      .describe('Distinct ties after merging parallel relations and dropping self-loops'),
    selfLoopsDropped: z.number().int(),
    parallelMerged: z.number().int(),
    totalWeight: z.number(),
    density: share,
    components: z.object({
      count: z.number().int(),
      largest: z.number().int(),
      sizes: z.array(z.number().int()).describe('Largest first, at most 50'),
    }),
    modularity: z.number().describe('Newman modularity of the Leiden partition; 0 without edges'),
    communities: z.array(
      z.object({
        id: z.number().int(),
        size: z.number().int(),
        topActors: z.array(z.string()).describe('Organisation ids, highest PageRank first'),
        mainDivisions: z.array(countRowSchema),
      }),
    ),
    singletonCommunities: z.number().int(),
    actors: z.array(actorSchema).describe('Highest PageRank first'),
    brokers: z.array(
      z.object({
        organisationId: z.string(),
        name: z.string(),
        betweenness: z.number(),
        participation: share,
        communitiesReached: z.number().int(),
      }),
    ),
    isolated: z.array(z.string()),
    peripheral: z.array(
      z.object({ organisationId: z.string(), reason: z.enum(['single_tie', 'small_component']) }),
    ),
    edgeList: z.array(edgeSchema).nullable().describe('Merged ties; null when there are too many to list'),
  })
  .meta({ id: 'PictureNetwork' });

export const lqRowSchema = z
  .object({
    code: z.string(),
    scopeCount: z.number().nonnegative(),
    finlandCount: z.number().nonnegative(),
    lq: z.number().nullable().describe('(scope count / scope total) / (Finland count / Finland total)'),
    confidence: z
      .object({ low: z.number().nonnegative(), high: z.number().nonnegative() })
      .nullable()
      .describe(
        "95 % interval of the LQ: the scope count's Poisson interval (exact below 100, Byar's above) over the count Finland's share expects; null with lq",
      ),
    lowCount: z.boolean().describe('Scope count below the threshold: shown, not ranked'),
    rank: z.number().int().nullable(),
  })
  .meta({ id: 'PictureLocationQuotient' });

export const lqTableSchema = z
  .object({
    basis: z.enum(['organisations', 'jobs']),
    baseline: z
      .enum(['finland', 'solmu'])
      .describe(
        "What the scope is compared with: 'finland' when the counts come from a national table (Statistics Finland, a full YTJ import), 'solmu' when from the actors in Solmu",
      ),
    scopeTotal: z.number(),
    finlandTotal: z.number(),
    divisions: z.array(lqRowSchema),
    sections: z.array(lqRowSchema),
    year: z.number().int().nullable(),
    source: z.string().nullable(),
  })
  .meta({ id: 'PictureSpecialisation' });

const competenceRowSchema = z.object({
  key: z.string(),
  label: z.string(),
  organisationIds: z.array(z.string()),
});

export const competencesSchema = z
  .object({
    offered: z.array(competenceRowSchema),
    needed: z.array(competenceRowSchema),
    metNeeds: z.array(
      z.object({
        key: z.string(),
        label: z.string(),
        neededBy: z.array(z.string()),
        offeredBy: z.array(z.string()),
      }),
    ),
    unmetNeeds: z.array(
      z.object({
        key: z.string(),
        label: z.string(),
        neededBy: z.array(z.string()),
        offeredElsewhere: z.array(
          z.object({
            organisationId: z.string(),
            name: z.string(),
            municipalityCode: z.string().nullable(),
            sameNetwork: z.boolean(),
          }),
        ),
      }),
    ),
  })
  .meta({ id: 'PictureCompetences' });

export const peerSchema = z
  .object({
    scope: scopeSchema,
    organisations: z.number().int(),
    edges: z.number().int(),
    density: share,
    components: z.number().int(),
    modularity: z.number(),
    isolated: z.number().int(),
    tripleHelix: z.record(z.string(), share),
    topSpecialisations: z.array(z.object({ code: z.string(), lq: z.number() })),
  })
  .meta({ id: 'PicturePeer' });

export const pictureSchema = z
  .object({
    schemaVersion: z.literal(1),
    scope: scopeSchema,
    asOf: z.string().nullable().describe('Date of the data the picture was computed from'),
    includesExamples: z
      .boolean()
      .describe(
        "True when fictional example data (source 'example', or an example mapping round's answers) is among what the picture reads",
      ),
    conventions: conventionsSchema,
    parameters: parametersSchema,
    composition: compositionSchema,
    network: networkSchema,
    specialisation: z.object({ organisations: lqTableSchema, jobs: lqTableSchema.nullable() }),
    competences: competencesSchema,
    strengths: z.array(sectorItemSchema),
    growthCandidates: z.array(sectorItemSchema),
    peers: z.array(peerSchema),
    headline: peerSchema.describe('The scope’s own figures in the same shape as its peers'),
    mappingEvidence: mappingEvidenceSchema
      .optional()
      .describe('Absent only in pictures saved before mapping rounds existed'),
  })
  .meta({ id: 'Picture' });

export type Picture = z.infer<typeof pictureSchema>;
export type PictureActor = z.infer<typeof actorSchema>;
export type PictureNetwork = z.infer<typeof networkSchema>;
export type PictureComposition = z.infer<typeof compositionSchema>;
export type PictureCompetences = z.infer<typeof competencesSchema>;
export type LqRow = z.infer<typeof lqRowSchema>;
export type LqTable = z.infer<typeof lqTableSchema>;
export type CountRow = z.infer<typeof countRowSchema>;
export type PeerFigures = z.infer<typeof peerSchema>;
export type ScopeKind = (typeof SCOPE_KINDS)[number];
export { evidenceSchema, sectorItemSchema };
