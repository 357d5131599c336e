/**
 * A consortium checked against its call's rules, as its reader sees the networks and organisations, with
 * suggestions for each rule it does not yet meet: organisations in the network's member towns not yet in
 * the consortium (those offering competences of the call's themes first), organisations of a missing kind.
 */
import {
  checkConsortium,
  monthsBetween,
  townKey,
  type CheckedMember,
  type RuleVerdict,
} from '../../../analysis/consortium-check.js';
import { storedCallRules } from '../../../domain/projects.js';
import type { Caller } from '../../auth/caller.js';
import type { Database } from '../../db/database.js';
import {
  candidates,
  findProject,
  networkMembers,
  type CandidateRow,
  type ConsortiumRow,
  type MemberRow,
  type PartnerRow,
} from './consortia.repository.js';

type Call = { rules: unknown; themes: string[] };

const asMember = (m: MemberRow): CheckedMember => ({
  organisationId: m.organisationId,
  municipalityCodes: m.municipalityCodes.length
    ? m.municipalityCodes
    : m.municipalityCode
      ? [m.municipalityCode]
      : [],
});

export type SuggestionRow = CandidateRow;
export type CheckedRule = RuleVerdict & {
  network?: { nameFi: string; nameSv: string | null; nameEn: string | null };
  suggestions: SuggestionRow[];
};

export async function checkedRules(
  db: Database,
  caller: Caller,
  consortium: ConsortiumRow,
  call: Call,
  partners: PartnerRow[],
) {
  const rules = storedCallRules(call.rules);
  const networkIds = [
    ...new Set(rules.flatMap((r) => (r.kind === 'minMembersOfNetwork' ? [r.networkId] : []))),
  ];
  const members = await networkMembers(db, caller, networkIds);
  const networks = new Map(
    networkIds.map((id) => [id, members.filter((m) => m.networkId === id).map(asMember)]),
  );
  const project = consortium.projectId ? await findProject(db, consortium.projectId) : undefined;
  const verdicts = checkConsortium({
    rules,
    partners,
    durationMonths: project ? monthsBetween(project.startOn, project.endOn) : null,
    networks,
  });
  const context = { db, caller, partners, themes: call.themes, members };
  const checked: CheckedRule[] = [];
  for (const v of verdicts) checked.push({ ...v, ...(await detail(v, context)) });
  // A verdict names members (towns) and partners (outside any town): both are read already.
  const names = [...members, ...partners].map((o) => ({
    id: o.organisationId,
    nameFi: o.nameFi,
    nameSv: o.nameSv,
    nameEn: o.nameEn,
  }));
  return { rules: checked, names };
}

type Context = {
  db: Database;
  caller: Caller;
  partners: PartnerRow[];
  themes: string[];
  members: MemberRow[];
};

async function detail(v: RuleVerdict, ctx: Context) {
  const taken = ctx.partners.map((p) => p.organisationId);
  const rule = v.rule;
  if (rule.kind === 'minMembersOfNetwork') {
    const members = ctx.members.filter((m) => m.networkId === rule.networkId);
    const network = members[0] && {
      nameFi: members[0].networkFi,
      nameSv: members[0].networkSv,
      nameEn: members[0].networkEn,
    };
    if (v.met) return { network, suggestions: [] };
    // Members standing for a town no partner is in yet: their municipalities and the members themselves.
    const covered = new Set(
      (v.towns ?? []).map((t) =>
        townKey(asMember(members.find((m) => m.organisationId === t.memberOrganisationId)!)),
      ),
    );
    const open = members.filter((m) => !covered.has(townKey(asMember(m))));
    const suggestions = await candidates(
      ctx.db,
      ctx.caller,
      {
        municipalityCodes: open.flatMap((m) => asMember(m).municipalityCodes),
        organisationIds: open.map((m) => m.organisationId),
      },
      taken,
      ctx.themes,
    );
    return { network, suggestions };
  }
  if (rule.kind === 'requiredOrganisationKinds' && !v.met) {
    const missing = (v.kinds ?? []).filter((k) => k.count < k.needed);
    const suggestions: SuggestionRow[] = [];
    for (const k of missing)
      suggestions.push(...(await candidates(ctx.db, ctx.caller, { kind: k.kind }, taken, ctx.themes, 3)));
    return { suggestions };
  }
  return { suggestions: [] };
}
