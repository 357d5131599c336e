/** The ECCP profile and its check as the API answers them. */
import { z } from 'zod';
import {
  ECCP_CRITERIA,
  ECCP_CRITERION_STATUSES,
  ECCP_MEMBER_TYPES,
  ECCP_SECTORS,
  EMERGING_INDUSTRIES,
  INDUSTRIAL_ECOSYSTEMS,
} from '../../../domain/eccp.js';
import type { EccpCheck, EccpProfile } from '../../../analysis/eccp-profile.js';

const gap = z.discriminatedUnion('reason', [
  z.object({ field: z.enum(['name', 'description']), reason: z.literal('needs_translation') }),
  z.object({ field: z.literal('themes'), reason: z.literal('unmapped'), themes: z.array(z.string()) }),
  z.object({ field: z.literal('members'), reason: z.literal('size_unknown'), count: z.number().int() }),
  z.object({
    field: z.enum(['acronym', 'year_of_establishment', 'cluster_labels']),
    reason: z.literal('not_in_solmu'),
  }),
]);

const profileSchema = z
  .object({
    organisationName: z.string(),
    acronym: z.null(),
    description: z.string().nullable(),
    country: z.literal('Finland'),
    regions: z.array(z.object({ name: z.string(), nuts3: z.string() })),
    towns: z.array(z.string()),
    clusterManagement: z
      .object({ name: z.string(), source: z.enum(['orchestrator', 'workspace']) })
      .nullable(),
    website: z.string().nullable(),
    contact: z.object({ role: z.string(), email: z.string(), phone: z.string().nullable() }).nullable(),
    yearOfEstablishment: z.null(),
    clusterLabels: z.array(z.string()),
    members: z.object({
      total: z.number().int(),
      committed: z.number().int(),
      byType: z.record(z.enum(ECCP_MEMBER_TYPES), z.number().int()),
    }),
    sectors: z.array(z.enum(ECCP_SECTORS)),
    industrialEcosystems: z.array(z.enum(INDUSTRIAL_ECOSYSTEMS)),
    emergingIndustries: z.array(z.enum(EMERGING_INDUSTRIES)),
    technologyFields: z.array(z.string()),
    naceCodes: z.array(
      z.object({ code: z.string(), section: z.string(), division: z.string(), members: z.number().int() }),
    ),
    cooperationInterests: z.array(z.string()),
    gaps: z.array(gap),
  })
  .meta({ id: 'EccpProfile' });

const checkSchema = z
  .object({
    ready: z.boolean(),
    criteria: z.array(
      z.object({
        criterion: z.enum(ECCP_CRITERIA),
        status: z.enum(ECCP_CRITERION_STATUSES),
        figures: z.record(z.string(), z.union([z.number(), z.string()])),
        why: z.string(),
      }),
    ),
    missing: z.array(z.enum(ECCP_CRITERIA)),
  })
  .meta({ id: 'EccpCheck' });

export const eccpAnswerSchema = z
  .object({ ecosystemId: z.uuid(), profile: profileSchema, check: checkSchema })
  .meta({ id: 'EccpProfileAnswer' });

export type EccpAnswer = z.infer<typeof eccpAnswerSchema>;

export const presentEccp = (a: { ecosystemId: string; profile: EccpProfile; check: EccpCheck }): EccpAnswer =>
  a;
