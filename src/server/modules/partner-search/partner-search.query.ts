import { z } from 'zod';
import { id, municipalityCode, text } from '../../../domain/common.js';
import { ORGANISATION_KINDS, SIZE_CLASSES } from '../../../domain/enums.js';

export const SEARCH_SCOPES = ['town', 'network', 'innokaupungit', 'finland'] as const;
export type SearchScope = (typeof SEARCH_SCOPES)[number];

/** The slug of the network of the 16 city regions with ecosystem agreements, the `innokaupungit` scope. */
export const INNOKAUPUNGIT_SLUG = 'innokaupungit';

const orgOrTown = z
  .union([id, municipalityCode])
  .meta({ description: 'An organisation id, or a municipality code for a whole town' });

const NEEDS = ['competenceId', 'q', 'fromOrganisationId', 'fromEcosystemId'] as const;

/** One need, one scope, optional filters and a page; every rule names the field it is about. */
export const partnerSearchQuery = z
  .strictObject({
    competenceId: id.optional().meta({ description: 'The need: a competence of the vocabulary' }),
    q: text
      .trim()
      .min(2)
      .max(200)
      .optional()
      .meta({ description: 'The need in words (fi, sv or en); stemmed, and vocabulary names as synonyms' }),
    fromOrganisationId: id.optional().meta({ description: 'The need: this organisation’s needs' }),
    fromEcosystemId: id.optional().meta({ description: 'The need: the needs of this ecosystem’s members' }),
    scope: z.enum(SEARCH_SCOPES).default('finland'),
    scopeId: text
      .trim()
      .min(1)
      .max(200)
      .optional()
      .meta({ description: 'town: a municipality code; network: a network id or slug' }),
    kind: z.enum(ORGANISATION_KINDS).optional(),
    regionCode: z
      .string()
      .regex(/^[0-9]{2}$/, 'A region code has two digits')
      .optional(),
    sizeClass: z.enum(SIZE_CLASSES).optional(),
    notRelatedTo: orgOrTown.optional().meta({
      description: 'Leave out organisations already related to this organisation or town',
    }),
    asker: orgOrTown.optional().meta({
      description:
        'Whose graph distance, common partners and earlier collaboration the results explain; ' +
        'by default notRelatedTo, fromOrganisationId or the town of the scope',
    }),
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset: z.coerce.number().int().min(0).max(10_000).default(0),
  })
  .superRefine((v, ctx) => {
    const given = NEEDS.filter((k) => v[k] !== undefined);
    if (given.length !== 1)
      ctx.addIssue({
        code: 'custom',
        path: [given[1] ?? 'competenceId'],
        message: 'Give exactly one need: competenceId, q, fromOrganisationId or fromEcosystemId',
      });
    if (v.scope === 'town' && !(v.scopeId && /^[0-9]{3}$/.test(v.scopeId)))
      ctx.addIssue({
        code: 'custom',
        path: ['scopeId'],
        message: 'The town scope needs a municipality code',
      });
    if (v.scope === 'network' && !v.scopeId)
      ctx.addIssue({ code: 'custom', path: ['scopeId'], message: 'The network scope needs a network id' });
  });

export type PartnerSearchQuery = z.infer<typeof partnerSearchQuery>;
