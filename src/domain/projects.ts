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
    /** The funding call the project applies to (or was funded from). */
    fundingCallId: opt(id),
  },
  (v, ctx) => periodIsOrdered(v, ctx, 'startOn', 'endOn'),
);

export const projectRole = entitySchemas('ProjectRole', {
  projectId: id,
  organisationId: id,
  role: z.enum(PROJECT_ROLES),
  note: opt(shortText),
});

const percent = z.number().min(0).max(100);

/** Rules a funding call sets for a consortium; checked by the consortium builder. */
export const callRule = z
  .discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('minOrganisations'), count: z.number().int().min(1) }),
    z.strictObject({ kind: z.literal('maxOrganisations'), count: z.number().int().min(1) }),
    z.strictObject({
      kind: z.literal('minMembersOfNetwork'),
      networkId: id,
      count: z.number().int().min(1),
    }),
    z.strictObject({
      kind: z.literal('requiredOrganisationKinds'),
      kinds: z.array(z.enum(ORGANISATION_KINDS)).min(1),
      /** How many of each kind at least; one when not given. */
      count: z.number().int().min(1).optional(),
    }),
    z.strictObject({ kind: z.literal('maxDurationMonths'), months: z.number().int().min(1) }),
    z.strictObject({
      kind: z.literal('budgetShare'),
      role: z.enum(PROJECT_ROLES),
      minPercent: percent.optional(),
      maxPercent: percent.optional(),
    }),
    z.strictObject({
      kind: z.literal('note'),
      textFi: shortText,
      textSv: opt(shortText),
      textEn: opt(shortText),
    }),
  ])
  .meta({ id: 'CallRule' });

export type CallRule = z.infer<typeof callRule>;

/** A call's stored rules that still read as rules (a rule kind from a later version is left out). */
export const storedCallRules = (stored: unknown): CallRule[] =>
  (Array.isArray(stored) ? stored : []).flatMap((r) => {
    const parsed = callRule.safeParse(r);
    return parsed.success ? [parsed.data] : [];
  });

type Issue = { path: (string | number)[]; message: string };

/** The smallest number of organisations a rule asks for (a network rule asks one per member town). */
function organisationsAsked(rule: CallRule): number {
  if (rule.kind === 'minOrganisations' || rule.kind === 'minMembersOfNetwork') return rule.count;
  if (rule.kind === 'requiredOrganisationKinds') return rule.kinds.length * (rule.count ?? 1);
  return 0;
}

/**
 * Rules that no consortium could meet at once: a minimum above a maximum, a budget share whose minimum
 * is above its maximum, minimum shares that add up to more than the whole budget. Each issue names the
 * field that contradicts.
 */
export function contradictingRules(rules: readonly CallRule[]): Issue[] {
  const issues: Issue[] = [];
  const max = rules.findIndex((r) => r.kind === 'maxOrganisations');
  const maxCount = max >= 0 ? (rules[max] as { count: number }).count : Infinity;
  rules.forEach((rule, i) => {
    const asked = organisationsAsked(rule);
    if (asked > maxCount && rule.kind !== 'maxOrganisations')
      issues.push({
        path: ['rules', i, 'count'],
        message: `asks for ${asked} organisations, above the maximum of ${maxCount} (rule ${max + 1})`,
      });
    if (rule.kind === 'budgetShare' && (rule.minPercent ?? 0) > (rule.maxPercent ?? 100))
      issues.push({ path: ['rules', i, 'minPercent'], message: 'minPercent must not be above maxPercent' });
  });
  const minimumShares = rules.reduce(
    (sum, r) => sum + (r.kind === 'budgetShare' ? (r.minPercent ?? 0) : 0),
    0,
  );
  if (minimumShares > 100) {
    const last = rules.reduce(
      (at, r, i) => (r.kind === 'budgetShare' && (r.minPercent ?? 0) > 0 ? i : at),
      0,
    );
    issues.push({
      path: ['rules', last, 'minPercent'],
      message: `the roles' minimum budget shares add up to ${minimumShares} %, more than the whole budget`,
    });
  }
  return issues;
}

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
    if (Array.isArray(v.rules))
      for (const issue of contradictingRules(v.rules as CallRule[]))
        ctx.addIssue({ code: 'custom', ...issue });
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
