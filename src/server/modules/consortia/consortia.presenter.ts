/** What leaves the server of a consortium: its call, its partners and the call's rules checked. */
import { z } from 'zod';
import { ORGANISATION_KINDS, PROJECT_ROLES, VISIBILITIES } from '../../../domain/enums.js';
import { callRule } from '../../../domain/projects.js';
import type { Caller } from '../../auth/caller.js';
import { canWrite } from '../../auth/visibility.js';
import type { CheckedRule } from './consortia.check.js';
import type { ConsortiumListRow, ConsortiumRow, PartnerRow, RuleTickRow } from './consortia.repository.js';

const names = {
  nameFi: z.string(),
  nameSv: z.string().nullable(),
  nameEn: z.string().nullable(),
};
const callTitles = {
  titleFi: z.string(),
  titleSv: z.string().nullable(),
  titleEn: z.string().nullable(),
};
const municipality = {
  municipalityCode: z.string().nullable(),
  municipalityFi: z.string().nullable(),
  municipalitySv: z.string().nullable(),
  municipalityEn: z.string().nullable(),
};

const consortiumFields = {
  id: z.string(),
  name: z.string(),
  fundingCallId: z.string(),
  projectId: z.string().nullable(),
  notes: z.string().nullable(),
  workspaceId: z.string(),
  visibility: z.enum(VISIBILITIES),
  canEdit: z.boolean().meta({ description: 'The caller edits the consortium’s workspace' }),
  createdAt: z.string(),
  updatedAt: z.string(),
};

export const consortiumSummarySchema = z
  .object({
    ...consortiumFields,
    fundingCall: z.object(callTitles),
    partnerCount: z.number().int(),
  })
  .meta({ id: 'ConsortiumSummary' });

export const partnerSchema = z
  .object({
    organisationId: z.string(),
    ...names,
    kind: z.enum(ORGANISATION_KINDS),
    businessId: z.string().nullable(),
    ...municipality,
    role: z.enum(PROJECT_ROLES),
    budgetEur: z.number().nullable(),
    contactPersonId: z.string().nullable(),
    contactName: z.string().nullable(),
    contactTitle: z.string().nullable().meta({ description: 'The contact person’s title' }),
  })
  .meta({ id: 'ConsortiumPartner' });

export const ruleTickSchema = z
  .object({
    index: z.number().int().meta({ description: 'The free-text rule’s place among the call’s rules' }),
    tickedAt: z.string(),
    tickedByName: z.string().nullable().meta({ description: 'Who ticked it, when the account has a name' }),
  })
  .meta({ id: 'ConsortiumRuleTick' });

export const consortiumSchema = z
  .object({
    ...consortiumFields,
    fundingCall: z.object({
      id: z.string(),
      ...callTitles,
      deadlineAt: z.string(),
      themes: z.array(z.string()),
    }),
    partners: z.array(partnerSchema),
    ruleTicks: z.array(ruleTickSchema).meta({ description: 'The call’s free-text rules ticked as seen to' }),
  })
  .meta({ id: 'Consortium' });

const base = (row: ConsortiumRow, caller: Caller) => ({
  id: row.id,
  name: row.name,
  fundingCallId: row.fundingCallId,
  projectId: row.projectId,
  notes: row.notes,
  workspaceId: row.workspaceId,
  visibility: row.visibility as (typeof VISIBILITIES)[number],
  canEdit: canWrite(caller, row.workspaceId),
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
});

export const presentSummary = (row: ConsortiumListRow, caller: Caller) => ({
  ...base(row, caller),
  fundingCall: { titleFi: row.titleFi, titleSv: row.titleSv, titleEn: row.titleEn },
  partnerCount: row.partnerCount,
});

type Call = {
  id: string;
  titleFi: string;
  titleSv: string | null;
  titleEn: string | null;
  deadlineAt: Date;
  themes: string[];
};

export const presentConsortium = (
  found: { row: ConsortiumRow; call: Call; partners: PartnerRow[]; ticks: RuleTickRow[] },
  caller: Caller,
) => ({
  ...base(found.row, caller),
  fundingCall: {
    id: found.call.id,
    titleFi: found.call.titleFi,
    titleSv: found.call.titleSv,
    titleEn: found.call.titleEn,
    deadlineAt: found.call.deadlineAt.toISOString(),
    themes: found.call.themes,
  },
  partners: found.partners.map(presentPartner),
  ruleTicks: found.ticks.map((t) => ({
    index: t.ruleIndex,
    tickedAt: t.tickedAt.toISOString(),
    tickedByName: t.tickedByName,
  })),
});

type PlacedOrganisation = {
  nameFi: string;
  nameSv: string | null;
  nameEn: string | null;
  kind: string;
  municipalityCode: string | null;
  municipalityFi: string | null;
  municipalitySv: string | null;
  municipalityEn: string | null;
};

/** An organisation's names, kind and town, as a partner and a suggestion show it. */
const placed = (o: PlacedOrganisation) => ({
  nameFi: o.nameFi,
  nameSv: o.nameSv,
  nameEn: o.nameEn,
  kind: o.kind as (typeof ORGANISATION_KINDS)[number],
  municipalityCode: o.municipalityCode,
  municipalityFi: o.municipalityFi,
  municipalitySv: o.municipalitySv,
  municipalityEn: o.municipalityEn,
});

const presentPartner = (p: PartnerRow) => ({
  organisationId: p.organisationId,
  ...placed(p),
  businessId: p.businessId,
  role: p.role as (typeof PROJECT_ROLES)[number],
  budgetEur: p.budgetEur,
  contactPersonId: p.contactPersonId,
  contactName: p.contactName,
  contactTitle: p.contactTitle,
});

const named = z.object({ id: z.string(), ...names });

export const verdictSchema = z
  .object({
    index: z.number().int(),
    rule: callRule,
    met: z.boolean().nullable().meta({ description: 'null: cannot be told yet, or for the user to tick' }),
    count: z.number().nullable(),
    network: z.object(names).optional(),
    towns: z
      .array(z.object({ member: named, partnerIds: z.array(z.string()) }))
      .optional()
      .meta({ description: 'The member towns counted, each named by the member that stands for it' }),
    outside: z.array(named).optional().meta({ description: 'Partners in no member town' }),
    kinds: z.array(z.object({ kind: z.string(), count: z.number(), needed: z.number() })).optional(),
    suggestions: z.array(
      z.object({
        id: z.string(),
        ...names,
        kind: z.enum(ORGANISATION_KINDS),
        ...municipality,
        themeOffers: z.number().int().meta({ description: 'Offered competences matching the call’s themes' }),
      }),
    ),
  })
  .meta({ id: 'ConsortiumRuleVerdict' });

type Named = { id: string; nameFi: string; nameSv: string | null; nameEn: string | null };

export function presentVerdicts(checked: { rules: CheckedRule[]; names: Named[] }) {
  const byId = new Map(checked.names.map((n) => [n.id, n]));
  const name = (id: string) => byId.get(id) ?? { id, nameFi: id, nameSv: null, nameEn: null };
  return checked.rules.map((v) => ({
    index: v.index,
    rule: v.rule,
    met: v.met,
    count: v.count,
    ...(v.network ? { network: v.network } : {}),
    ...(v.towns
      ? { towns: v.towns.map((t) => ({ member: name(t.memberOrganisationId), partnerIds: t.partnerIds })) }
      : {}),
    ...(v.outside ? { outside: v.outside.map(name) } : {}),
    ...(v.kinds ? { kinds: v.kinds } : {}),
    suggestions: v.suggestions.map((s) => ({
      id: s.id,
      ...placed(s),
      themeOffers: s.themeOffers,
    })),
  }));
}
