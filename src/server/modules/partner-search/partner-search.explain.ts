import type { Caller } from '../../auth/caller.js';
import type { Database } from '../../db/database.js';
import * as repo from './partner-search.repository.js';
import * as scopeRepo from './partner-search.scope.repository.js';
import type { Closeness, MatchedOfferRow, Named, NeedMatch, RankedRow } from './partner-search.repository.js';
import type { PlaceRow } from './partner-search.scope.repository.js';
import * as graphRepo from './partner-search.graph.repository.js';
import type { Group, RoleRow, TieRow } from './partner-search.graph.repository.js';

/** Matched offers, projects and common partners shown per result; the counts say how many there are. */
const SHOWN = 5;

export type Match = {
  closeness: Closeness;
  score: number;
  competence: Named | null;
  tag: string | null;
  description: string | null;
  answerProposalId: string | null;
  example: boolean;
};

export type Explained = {
  organisation: RankedRow;
  place: PlaceRow | null;
  matches: Match[];
  projects: RoleRow[];
  projectCount: number;
  relationCount: number;
  mappingAnswerCount: number;
  distance: 1 | 2 | null;
  commonPartners: Named[];
  commonPartnerCount: number;
  sharedProjects: Named[];
  relationKinds: string[];
};

function closenessOf(need: NeedMatch, competenceId: string | null): Closeness {
  if (competenceId && need.exactIds.includes(competenceId)) return 'exact';
  if (competenceId && need.themeIds.includes(competenceId)) return 'theme';
  return 'text';
}

function toMatch(need: NeedMatch, r: MatchedOfferRow): Match {
  return {
    closeness: closenessOf(need, r.competenceId),
    score: r.score,
    competence: r.competenceId
      ? { id: r.competenceId, nameFi: r.nameFi ?? '', nameSv: r.nameSv, nameEn: r.nameEn }
      : null,
    tag: r.tag,
    description: r.description,
    answerProposalId: r.answerProposalId,
    example: r.source === 'example',
  };
}

/** Rows grouped by a key, in their order. */
function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const row of rows) out.set(key(row), [...(out.get(key(row)) ?? []), row]);
  return out;
}

/** Each organisation's partners (either direction). */
function partnersOf(ties: readonly TieRow[]) {
  const out = new Map<string, Set<string>>();
  const add = (from: string, to: string) => out.set(from, (out.get(from) ?? new Set()).add(to));
  for (const t of ties) {
    add(t.a, t.b);
    add(t.b, t.a);
  }
  return out;
}

const inGroup = (group: Group, id: string, town: string | null) =>
  'organisationId' in group ? group.organisationId === id : group.municipalityCode === town;

/**
 * The asker's side of the graph around a page: which organisations (of the page and their partners)
 * have a tie to the asker's organisations, and of which kinds. Partners that belong to the asker's
 * group themselves are not "in common".
 */
async function askerTies(db: Database, caller: Caller, group: Group | null, ids: string[], ties: TieRow[]) {
  const kinds = new Map<string, Set<string>>();
  const members = new Set<string>();
  if (!group) return { kinds, members };
  for (const t of ties) {
    if (inGroup(group, t.a, t.aTown)) members.add(t.a);
    if (inGroup(group, t.b, t.bTown)) members.add(t.b);
  }
  const around = [...new Set([...ids, ...ties.flatMap((t) => [t.a, t.b])])];
  for (const t of await tiesAround(db, caller, around, group))
    kinds.set(t.a, (kinds.get(t.a) ?? new Set()).add(t.kind));
  return { kinds, members };
}

/**
 * The ties between the organisations around a page and the group: a small group's whole neighbourhood
 * is read and kept to those around; a large town's is read only where the organisations around are.
 */
async function tiesAround(db: Database, caller: Caller, around: string[], group: Group) {
  if (!(await graphRepo.isGroupUpTo(db, group))) return graphRepo.tiesWithGroup(db, caller, around, group);
  const wanted = new Set(around);
  return (await graphRepo.neighbourhoodOf(db, caller, group)).filter((t) => wanted.has(t.a));
}

type Graph = Awaited<ReturnType<typeof askerTies>> & { partners: Map<string, Set<string>> };

/** Distance from the asker (1: a direct tie; 2: a partner in common; null: further or none) and the ties. */
function position(graph: Graph, id: string) {
  const direct = graph.kinds.get(id);
  const mine = [...(graph.partners.get(id) ?? [])];
  const common = mine.filter((p) => graph.kinds.has(p) && !graph.members.has(p));
  const distance: 1 | 2 | null = direct ? 1 : common.length > 0 ? 2 : null;
  return { distance, common, relationKinds: [...(direct ?? [])].sort(), degree: mine.length };
}

/** Explains each ranked candidate: its matching offers, the evidence behind them, and where it stands. */
export async function explainCandidates(
  db: Database,
  caller: Caller,
  need: NeedMatch,
  rows: RankedRow[],
  group: Group | null,
): Promise<Explained[]> {
  const ids = rows.map((r) => r.id);
  const codes = [...new Set(rows.flatMap((r) => (r.municipalityCode ? [r.municipalityCode] : [])))];
  const [offers, ties, roles, placeRows] = await Promise.all([
    repo.matchedOffers(db, caller, need, ids),
    graphRepo.tiesOf(db, caller, ids),
    graphRepo.projectRolesOf(db, caller, ids),
    scopeRepo.places(db, codes),
  ]);
  const projectIds = [...new Set(roles.map((r) => r.id))];
  const [around, shared] = await Promise.all([
    askerTies(db, caller, group, ids, ties),
    group ? graphRepo.projectsWithGroup(db, caller, projectIds, group) : Promise.resolve([]),
  ]);
  const graph = { ...around, partners: partnersOf(ties) };
  const positions = new Map(ids.map((id) => [id, position(graph, id)]));
  const common = [...new Set([...positions.values()].flatMap((p) => p.common.slice(0, SHOWN)))];
  const names = new Map((await graphRepo.organisationNames(db, caller, common)).map((n) => [n.id, n]));
  const offersBy = groupBy(offers, (o) => o.organisationId);
  const rolesBy = groupBy(roles, (r) => r.organisationId);
  const sharedProjects = new Set(shared);
  const placeBy = new Map(placeRows.map((p) => [p.code, p]));
  return rows.map((organisation) => {
    const matched = (offersBy.get(organisation.id) ?? []).map((o) => toMatch(need, o));
    const projects = rolesBy.get(organisation.id) ?? [];
    const at = positions.get(organisation.id)!;
    return {
      organisation,
      place: organisation.municipalityCode ? (placeBy.get(organisation.municipalityCode) ?? null) : null,
      matches: matched.slice(0, SHOWN),
      projects: projects.slice(0, SHOWN),
      projectCount: new Set(projects.map((p) => p.id)).size,
      relationCount: at.degree,
      mappingAnswerCount: matched.filter((m) => m.answerProposalId !== null).length,
      distance: at.distance,
      commonPartners: at.common.slice(0, SHOWN).flatMap((id) => names.get(id) ?? []),
      commonPartnerCount: at.common.length,
      sharedProjects: dedupe(projects.filter((p) => sharedProjects.has(p.id))),
      relationKinds: at.relationKinds,
    };
  });
}

function dedupe(roles: RoleRow[]): Named[] {
  const byId = new Map(
    roles.map((r) => [r.id, { id: r.id, nameFi: r.nameFi, nameSv: r.nameSv, nameEn: r.nameEn }]),
  );
  return [...byId.values()];
}
