/**
 * A funding call's rules checked against a consortium: for each rule, met or not, the count it is about
 * and why. Pure: the server gathers the partners, the project's duration and the networks' members.
 */
import type { CallRule } from '../domain/projects.js';

export type CheckedPartner = {
  organisationId: string;
  kind: string;
  municipalityCode: string | null;
  role: string;
  budgetEur: number | null;
};

/** A network member with the municipalities it stands for (its own municipality when it names none). */
export type CheckedMember = { organisationId: string; municipalityCodes: readonly string[] };

export type CheckInput = {
  rules: readonly CallRule[];
  partners: readonly CheckedPartner[];
  /** The project's length in months, when its dates are known. */
  durationMonths: number | null;
  /** Members of each network a rule names, by network id; coordinators last (a town, not its council). */
  networks: ReadonlyMap<string, readonly CheckedMember[]>;
};

/** A member town a rule counted, the member standing for it and the partners found there. */
export type CountedTown = { memberOrganisationId: string; partnerIds: string[] };

export type RuleVerdict = {
  index: number;
  rule: CallRule;
  /** null when it cannot be told (no dates, no budgets) or the user ticks it (a free-text rule). */
  met: boolean | null;
  /** What the rule counts: partners, member towns, months, a role's budget share in percent. */
  count: number | null;
  towns?: CountedTown[];
  /** Partners a network rule did not count: in no member town. */
  outside?: string[];
  /** Required kinds with how many partners of each there are. */
  kinds?: { kind: string; count: number; needed: number }[];
};

export function checkConsortium(input: CheckInput): RuleVerdict[] {
  return input.rules.map((rule, index) => ({ index, rule, ...verdict(rule, input) }));
}

type Verdict = Omit<RuleVerdict, 'index' | 'rule'>;

function verdict(rule: CallRule, input: CheckInput): Verdict {
  const n = input.partners.length;
  switch (rule.kind) {
    case 'minOrganisations':
      return { met: n >= rule.count, count: n };
    case 'maxOrganisations':
      return { met: n <= rule.count, count: n };
    case 'minMembersOfNetwork':
      return networkVerdict(rule.count, input.partners, input.networks.get(rule.networkId) ?? []);
    case 'requiredOrganisationKinds':
      return kindsVerdict(rule.kinds, rule.count ?? 1, input.partners);
    case 'maxDurationMonths':
      return input.durationMonths === null
        ? { met: null, count: null }
        : { met: input.durationMonths <= rule.months, count: input.durationMonths };
    case 'budgetShare':
      return shareVerdict(rule, input.partners);
    case 'note':
      return { met: null, count: null };
  }
}

/**
 * The member town a partner belongs to: the member that is the partner itself, or else the first whose
 * municipalities include the partner's (so LUT counts for Lappeenranta, and both are one town).
 */
export function memberTownOf(partner: CheckedPartner, members: readonly CheckedMember[]) {
  return (
    members.find((m) => m.organisationId === partner.organisationId) ??
    members.find(
      (m) => partner.municipalityCode !== null && m.municipalityCodes.includes(partner.municipalityCode),
    )
  );
}

/** Members standing for the same municipalities are one town (a city and its regional council's seat). */
export const townKey = (m: CheckedMember) => [...m.municipalityCodes].sort().join(',') || m.organisationId;

function networkVerdict(
  needed: number,
  partners: readonly CheckedPartner[],
  members: readonly CheckedMember[],
): Verdict {
  const towns = new Map<string, CountedTown>();
  const outside: string[] = [];
  for (const p of partners) {
    const member = memberTownOf(p, members);
    if (!member) {
      outside.push(p.organisationId);
      continue;
    }
    const key = townKey(member);
    const town = towns.get(key) ?? { memberOrganisationId: member.organisationId, partnerIds: [] };
    town.partnerIds.push(p.organisationId);
    towns.set(key, town);
  }
  return { met: towns.size >= needed, count: towns.size, towns: [...towns.values()], outside };
}

function kindsVerdict(
  kinds: readonly string[],
  needed: number,
  partners: readonly CheckedPartner[],
): Verdict {
  const counted = kinds.map((kind) => ({
    kind,
    count: partners.filter((p) => p.kind === kind).length,
    needed,
  }));
  return {
    met: counted.every((k) => k.count >= k.needed),
    count: counted.filter((k) => k.count >= k.needed).length,
    kinds: counted,
  };
}

function shareVerdict(
  rule: Extract<CallRule, { kind: 'budgetShare' }>,
  partners: readonly CheckedPartner[],
): Verdict {
  const budgets = partners.filter((p) => p.budgetEur !== null);
  const total = budgets.reduce((sum, p) => sum + p.budgetEur!, 0);
  if (total <= 0) return { met: null, count: null };
  const own = budgets.filter((p) => p.role === rule.role).reduce((sum, p) => sum + p.budgetEur!, 0);
  const percent = Math.round((own / total) * 1000) / 10;
  const met = percent >= (rule.minPercent ?? 0) && percent <= (rule.maxPercent ?? 100);
  return { met, count: percent };
}

/** Months from the first day to the last, a started month counted whole (1.1.–31.12. is 12). */
export function monthsBetween(startOn: string | null, endOn: string | null): number | null {
  if (!startOn || !endOn) return null;
  const start = new Date(`${startOn}T00:00:00Z`);
  const after = new Date(`${endOn}T00:00:00Z`);
  after.setUTCDate(after.getUTCDate() + 1);
  const months =
    (after.getUTCFullYear() - start.getUTCFullYear()) * 12 + (after.getUTCMonth() - start.getUTCMonth());
  const day = after.getUTCDate() - start.getUTCDate();
  return day > 0 ? months + 1 : months;
}
