import type { Caller } from '../../auth/caller.js';
import type { Database } from '../../db/database.js';
import { notFound } from '../../errors.js';
import { explainCandidates, type Explained } from './partner-search.explain.js';
import { INNOKAUPUNGIT_SLUG, type PartnerSearchQuery } from './partner-search.query.js';
import * as repo from './partner-search.repository.js';
import * as scopeRepo from './partner-search.scope.repository.js';
import type { Group } from './partner-search.graph.repository.js';
import type { CandidateFilter, Named, NeedMatch, VocabularyRow } from './partner-search.repository.js';

export type NeedSource = 'competence' | 'text' | 'organisation' | 'ecosystem';

export type Need = {
  source: NeedSource;
  text: string | null;
  competences: VocabularyRow[];
  match: NeedMatch;
};

export type Scope = {
  kind: PartnerSearchQuery['scope'];
  id: string | null;
  name: Omit<Named, 'id'> | null;
  filter: Pick<CandidateFilter, 'municipalityCodes' | 'memberIds'>;
};

/** Who asks: an organisation or a whole town (all its organisations stand for it). */
export type Asker = {
  kind: 'organisation' | 'municipality';
  id: string;
  name: Omit<Named, 'id'>;
  group: Group;
};

export type SearchResult = {
  need: Need;
  scope: Scope;
  asker: Asker | null;
  total: number;
  /** The total was counted only up to a cap: there are at least this many. */
  totalIsAtLeast: boolean;
  items: Explained[];
};

const isTown = (key: string) => /^[0-9]{3}$/.test(key);

/** The need's vocabulary competences, each theme's other members as near matches. */
async function matchOf(db: Database, caller: Caller, competences: VocabularyRow[], text: string | null) {
  const exactIds = competences.map((c) => c.id);
  const themes = competences.flatMap((c) => (c.isTheme ? [c.id] : c.themeId ? [c.themeId] : []));
  const related = await repo.sameThemeIds(db, caller, [...new Set(themes)]);
  const themeIds = related.filter((id) => !exactIds.includes(id));
  return { exactIds, themeIds, text };
}

/** The need as the query gives it: a competence, words, or an actor's or ecosystem's own needs. */
export async function resolveNeed(db: Database, caller: Caller, q: PartnerSearchQuery): Promise<Need> {
  const need = async (source: NeedSource, competences: VocabularyRow[], text: string | null = null) => ({
    source,
    text,
    competences,
    match: await matchOf(db, caller, competences, text),
  });
  if (q.competenceId) {
    const found = await repo.competencesById(db, caller, [q.competenceId]);
    if (found.length === 0) throw notFound('Competence');
    return need('competence', found);
  }
  if (q.q) return need('text', await repo.competencesNamed(db, caller, q.q), q.q);
  // An actor's own needs: its vocabulary needs, and its free-tag needs as words (any of them).
  const fromNeeds = async (source: NeedSource, organisationIds: string[]) => {
    const { competenceIds, tags } = await repo.needsOf(db, caller, organisationIds);
    const text = tags.length ? tags.map((t) => `"${t.replace(/"/g, '')}"`).join(' or ') : null;
    return need(source, await repo.competencesById(db, caller, competenceIds), text);
  };
  if (q.fromOrganisationId) {
    if (!(await repo.findOrganisation(db, caller, q.fromOrganisationId))) throw notFound('Organisation');
    return fromNeeds('organisation', [q.fromOrganisationId]);
  }
  const ecosystem = await scopeRepo.findCommunity(db, caller, 'ecosystems', { id: q.fromEcosystemId! });
  if (!ecosystem) throw notFound('Ecosystem');
  return fromNeeds('ecosystem', await scopeRepo.memberIds(db, caller, 'ecosystemMembers', ecosystem.id));
}

const nameOf = ({ nameFi, nameSv, nameEn }: Omit<Named, 'id'>) => ({ nameFi, nameSv, nameEn });

async function townScope(db: Database, code: string): Promise<Scope> {
  const [place] = await scopeRepo.places(db, [code]);
  if (!place) throw notFound('Municipality');
  return {
    kind: 'town',
    id: code,
    name: nameOf(place),
    filter: { municipalityCodes: [code], memberIds: null },
  };
}

async function networkScope(
  db: Database,
  caller: Caller,
  kind: 'network' | 'innokaupungit',
  key: string,
): Promise<Scope> {
  const network = await scopeRepo.findCommunity(
    db,
    caller,
    'networks',
    /^[0-9a-f-]{36}$/i.test(key) ? { id: key } : { slug: key },
  );
  if (!network) throw notFound('Network');
  const [municipalityCodes, memberIds] = await Promise.all([
    scopeRepo.networkMunicipalities(db, caller, network.id),
    scopeRepo.memberIds(db, caller, 'networkMembers', network.id),
  ]);
  return { kind, id: network.id, name: nameOf(network), filter: { municipalityCodes, memberIds } };
}

/** Where candidates may be: a town, a network's towns and members, or all of Finland. */
export function resolveScope(db: Database, caller: Caller, q: PartnerSearchQuery): Promise<Scope> {
  if (q.scope === 'town') return townScope(db, q.scopeId!);
  if (q.scope === 'network') return networkScope(db, caller, 'network', q.scopeId!);
  if (q.scope === 'innokaupungit') return networkScope(db, caller, 'innokaupungit', INNOKAUPUNGIT_SLUG);
  return Promise.resolve({
    kind: 'finland',
    id: null,
    name: null,
    filter: { municipalityCodes: null, memberIds: null },
  });
}

/** An organisation the caller may see, or a town with its visible organisations; otherwise not found. */
export async function resolveAsker(db: Database, caller: Caller, key: string): Promise<Asker> {
  if (isTown(key)) {
    const [place] = await scopeRepo.places(db, [key]);
    if (!place) throw notFound('Municipality');
    return { kind: 'municipality', id: key, name: nameOf(place), group: { municipalityCode: key } };
  }
  const organisation = await repo.findOrganisation(db, caller, key);
  if (!organisation) throw notFound('Organisation');
  return { kind: 'organisation', id: key, name: nameOf(organisation), group: { organisationId: key } };
}

function askerKey(q: PartnerSearchQuery) {
  return q.asker ?? q.notRelatedTo ?? q.fromOrganisationId ?? (q.scope === 'town' ? q.scopeId : undefined);
}

/** The asking organisation itself is never its own partner. */
function excludedIds(q: PartnerSearchQuery, asker: Asker | null) {
  const out = new Set<string>();
  if (asker?.kind === 'organisation') out.add(asker.id);
  if (q.fromOrganisationId) out.add(q.fromOrganisationId);
  return [...out];
}

/** Whom the results must not be related to already: the asker when it is the same, else found (or 404). */
async function notRelatedGroup(db: Database, caller: Caller, q: PartnerSearchQuery, asker: Asker | null) {
  if (!q.notRelatedTo) return undefined;
  return (asker?.id === q.notRelatedTo ? asker : await resolveAsker(db, caller, q.notRelatedTo)).group;
}

/** Partner search: candidates ranked by how their offers answer the need, each with its explanation. */
export async function searchPartners(
  db: Database,
  caller: Caller,
  q: PartnerSearchQuery,
): Promise<SearchResult> {
  const [need, scope] = await Promise.all([resolveNeed(db, caller, q), resolveScope(db, caller, q)]);
  const key = askerKey(q);
  const asker = key ? await resolveAsker(db, caller, key) : null;
  const empty = need.match.exactIds.length === 0 && need.match.themeIds.length === 0 && !need.text;
  if (empty) return { need, scope, asker, total: 0, totalIsAtLeast: false, items: [] };
  const filter: CandidateFilter = {
    ...scope.filter,
    kind: q.kind,
    regionCode: q.regionCode,
    sizeClass: q.sizeClass,
    excludeIds: excludedIds(q, asker),
    notRelatedTo: await notRelatedGroup(db, caller, q, asker),
  };
  const { rows, total, totalIsAtLeast } = await repo.rankCandidates(db, caller, need.match, filter, q);
  const items = await explainCandidates(db, caller, need.match, rows, asker?.group ?? null);
  return { need, scope, asker, total, totalIsAtLeast, items };
}
