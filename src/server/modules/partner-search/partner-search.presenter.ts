import { z } from 'zod';
import { ORGANISATION_KINDS, PROJECT_ROLES, RELATION_KINDS, SIZE_CLASSES } from '../../../domain/enums.js';
import type { Explained } from './partner-search.explain.js';
import { SEARCH_SCOPES } from './partner-search.query.js';
import type { Named } from './partner-search.repository.js';
import type { SearchResult } from './partner-search.service.js';

const names = { nameFi: z.string(), nameSv: z.string().nullable(), nameEn: z.string().nullable() };
const named = z.object({ id: z.string(), ...names });
const place = z.object({ code: z.string(), ...names });

const matchSchema = z.object({
  closeness: z.enum(['exact', 'theme', 'text']).meta({
    description: 'exact: the needed competence; theme: another of its theme; text: the words match',
  }),
  score: z.number().meta({ description: 'exact 1, theme 0.6, text 0.3 + up to 0.2 by text rank' }),
  competence: named
    .nullable()
    .meta({ description: 'The offered vocabulary competence; null for a free tag' }),
  tag: z.string().nullable(),
  description: z.string().nullable(),
  answerProposalId: z
    .string()
    .nullable()
    .meta({ description: 'The mapping answer behind the offer, when one is' }),
  example: z.boolean().meta({ description: 'The offer is fictional example data' }),
});

const candidateSchema = z
  .object({
    organisation: z.object({
      id: z.string(),
      ...names,
      kind: z.enum(ORGANISATION_KINDS),
      sizeClass: z.enum(SIZE_CLASSES),
      municipality: place.nullable(),
      region: place.nullable(),
    }),
    score: z.number().meta({
      description: 'The best match, +0.05 for each further matching offer (up to 4) and for mapping evidence',
    }),
    matches: z
      .array(matchSchema)
      .meta({ description: 'The offers that answer the need, best first (up to 5)' }),
    evidence: z.object({
      projects: z.array(named.extend({ role: z.enum(PROJECT_ROLES) })),
      projectCount: z.number().int(),
      relationCount: z.number().int().meta({ description: 'Distinct partners in visible relations' }),
      mappingAnswerCount: z.number().int().meta({ description: 'Matching offers a mapping answer gave' }),
    }),
    graph: z.object({
      distance: z
        .union([z.literal(1), z.literal(2)])
        .nullable()
        .meta({ description: 'Steps from the asker in the relation graph; null when further or unknown' }),
      commonPartners: z.array(named),
      commonPartnerCount: z.number().int(),
    }),
    collaboration: z.object({
      sharedProjects: z.array(named),
      relationKinds: z.array(z.enum(RELATION_KINDS)).meta({ description: 'Direct relations with the asker' }),
    }),
  })
  .meta({ id: 'PartnerCandidate' });

export const partnerSearchSchema = z
  .object({
    need: z.object({
      source: z.enum(['competence', 'text', 'organisation', 'ecosystem']),
      text: z.string().nullable(),
      competences: z.array(named.extend({ isTheme: z.boolean() })),
      nearCompetenceCount: z.number().int().meta({ description: 'Competences of the same themes' }),
    }),
    scope: z.object({
      kind: z.enum(SEARCH_SCOPES),
      id: z.string().nullable(),
      name: z.object(names).nullable(),
    }),
    asker: z.object({ kind: z.enum(['organisation', 'municipality']), id: z.string(), ...names }).nullable(),
    total: z.number().int(),
    totalIsAtLeast: z.boolean().meta({
      description:
        'The total was counted only up to a cap (a search not related to a town of more than 1,000 organisations): at least total',
    }),
    limit: z.number().int(),
    offset: z.number().int(),
    items: z.array(candidateSchema),
  })
  .meta({ id: 'PartnerSearch' });

type Answer = z.infer<typeof partnerSearchSchema>;
type Candidate = Answer['items'][number];

const nameOnly = (n: Named) => ({ id: n.id, nameFi: n.nameFi, nameSv: n.nameSv, nameEn: n.nameEn });

function presentCandidate(e: Explained): Candidate {
  const o = e.organisation;
  const p = e.place;
  return {
    organisation: {
      ...nameOnly(o),
      kind: o.kind as Candidate['organisation']['kind'],
      sizeClass: o.sizeClass as Candidate['organisation']['sizeClass'],
      municipality: p ? { code: p.code, nameFi: p.nameFi, nameSv: p.nameSv, nameEn: p.nameEn } : null,
      region:
        p?.regionCode && p.regionFi
          ? { code: p.regionCode, nameFi: p.regionFi, nameSv: p.regionSv, nameEn: p.regionEn }
          : null,
    },
    score: Math.round(o.rank * 1000) / 1000,
    matches: e.matches.map((m) => ({ ...m, competence: m.competence && nameOnly(m.competence) })),
    evidence: {
      projects: e.projects.map((r) => ({
        ...nameOnly(r),
        role: r.role as Candidate['evidence']['projects'][number]['role'],
      })),
      projectCount: e.projectCount,
      relationCount: e.relationCount,
      mappingAnswerCount: e.mappingAnswerCount,
    },
    graph: {
      distance: e.distance,
      commonPartners: e.commonPartners.map(nameOnly),
      commonPartnerCount: e.commonPartnerCount,
    },
    collaboration: {
      sharedProjects: e.sharedProjects.map(nameOnly),
      relationKinds: e.relationKinds as Candidate['collaboration']['relationKinds'],
    },
  };
}

export function presentSearch(r: SearchResult, page: { limit: number; offset: number }): Answer {
  return {
    need: {
      source: r.need.source,
      text: r.need.text,
      competences: r.need.competences.map((c) => ({ ...nameOnly(c), isTheme: c.isTheme })),
      nearCompetenceCount: r.need.match.themeIds.length,
    },
    scope: { kind: r.scope.kind, id: r.scope.id, name: r.scope.name },
    asker: r.asker && { kind: r.asker.kind, id: r.asker.id, ...r.asker.name },
    total: r.total,
    totalIsAtLeast: r.totalIsAtLeast,
    limit: page.limit,
    offset: page.offset,
    items: r.items.map(presentCandidate),
  };
}
