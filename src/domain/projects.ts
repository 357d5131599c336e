import { z } from 'zod';
import {
  descriptionFields,
  entitySchemas,
  id,
  isoDate,
  isoDateTime,
  longText,
  municipalityCodes,
  nameFields,
  opt,
  periodIsOrdered,
  shortText,
  slug,
  themes,
  titleFields,
  url,
} from './common.js';
import { ORGANISATION_KINDS, PROJECT_ROLES, PROJECT_STATUSES } from './enums.js';

export const project = entitySchemas(
  'Project',
  {
    slug: opt(slug),
    ...nameFields,
    ...descriptionFields,
    programme: opt(shortText),
    startOn: opt(isoDate),
    endOn: opt(isoDate),
    budgetEur: opt(z.number().nonnegative().max(1e12)),
    status: z.enum(PROJECT_STATUSES).optional(),
    themes: themes.optional(),
    isLeadProject: z.boolean().optional(),
    networkId: opt(id),
    ecosystemId: opt(id),
  },
  (v, ctx) => periodIsOrdered(v, ctx, 'startOn', 'endOn'),
);

export const projectRole = entitySchemas('ProjectRole', {
  projectId: id,
  organisationId: id,
  role: z.enum(PROJECT_ROLES),
  note: opt(shortText),
});

/** Rules a funding call sets for a consortium; checked by the consortium builder. */
export const callRule = z
  .discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('minOrganisations'), count: z.number().int().min(1) }),
    z.strictObject({
      kind: z.literal('minMembersOfNetwork'),
      networkId: id,
      count: z.number().int().min(1),
    }),
    z.strictObject({
      kind: z.literal('requiredOrganisationKinds'),
      kinds: z.array(z.enum(ORGANISATION_KINDS)).min(1),
    }),
    z.strictObject({ kind: z.literal('maxDurationMonths'), months: z.number().int().min(1) }),
    z.strictObject({
      kind: z.literal('note'),
      textFi: shortText,
      textSv: opt(shortText),
      textEn: opt(shortText),
    }),
  ])
  .meta({ id: 'CallRule' });

export const fundingCall = entitySchemas(
  'FundingCall',
  {
    ...titleFields,
    ...descriptionFields,
    openerOrganisationId: opt(id),
    programme: opt(shortText),
    themes: themes.optional(),
    opensOn: opt(isoDate),
    deadlineAt: isoDateTime,
    url: opt(url),
    rules: z.array(callRule).max(20).optional(),
  },
  (v, ctx) => {
    // Instants, not the deadline's date text: the same deadline written with another offset (or read
    // back in UTC) gets the same verdict. The opening day starts at 00:00 Finnish summer time.
    if (
      typeof v.opensOn === 'string' &&
      typeof v.deadlineAt === 'string' &&
      Date.parse(v.deadlineAt) < Date.parse(`${v.opensOn}T00:00:00+03:00`)
    ) {
      ctx.addIssue({
        code: 'custom',
        path: ['deadlineAt'],
        message: 'deadlineAt must not be before opensOn',
      });
    }
  },
);

export const ecosystemAgreement = entitySchemas(
  'EcosystemAgreement',
  {
    ...nameFields,
    ...descriptionFields,
    cityRegionFi: shortText,
    cityRegionSv: opt(shortText),
    cityRegionEn: opt(shortText),
    municipalityCodes: municipalityCodes.optional(),
    themes: themes.optional(),
    signedOn: opt(isoDate),
    startOn: opt(isoDate),
    endOn: opt(isoDate),
    networkId: opt(id),
  },
  (v, ctx) => periodIsOrdered(v, ctx, 'startOn', 'endOn'),
);

export const agreementParty = entitySchemas('AgreementParty', {
  agreementId: id,
  organisationId: id,
  note: opt(longText),
});
