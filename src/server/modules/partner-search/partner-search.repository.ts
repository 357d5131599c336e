import { sql, type Expression, type SqlBool } from 'kysely';
import type { Caller } from '../../auth/caller.js';
import { applyVisibility, visibleSql } from '../../auth/visibility.js';
import type { Database } from '../../db/database.js';
import {
  isGroupUpTo,
  notRelatedSql,
  relatedToGroup,
  type Group,
  type Named,
} from './partner-search.graph.repository.js';

/** How closely an offer answers the need, and its score before evidence is added. */
export const CLOSENESS_SCORES = { exact: 1, theme: 0.6, text: 0.3 } as const;
export type Closeness = keyof typeof CLOSENESS_SCORES;

/** What an offer is matched against: vocabulary competences by closeness, and free text. */
export type NeedMatch = {
  exactIds: string[];
  themeIds: string[];
  /** The need as written, searched in the offer's tag and description in fi, sv, en and unstemmed. */
  text: string | null;
};

/** Where candidates may be, and which of them are left out. */
export type CandidateFilter = {
  municipalityCodes: string[] | null;
  memberIds: string[] | null;
  kind?: string;
  regionCode?: string;
  sizeClass?: string;
  excludeIds: string[];
  /** Leave out those already related to this organisation or town. */
  notRelatedTo?: Group;
};

export type { Named } from './partner-search.graph.repository.js';

export type RankedRow = {
  id: string;
  nameFi: string;
  nameSv: string | null;
  nameEn: string | null;
  kind: string;
  sizeClass: string;
  municipalityCode: string | null;
  rank: number;
  total: number;
};

/** The need as one tsquery over the four configurations the offers' search vectors are built with. */
export const needQuery = (text: string) =>
  sql`(websearch_to_tsquery('finnish', ${text}) || websearch_to_tsquery('swedish', ${text}) ||
    websearch_to_tsquery('english', ${text}) || websearch_to_tsquery('simple', ${text}))`;

/** Offers that answer the need at all: by competence, or by the text of a free tag. */
function answersNeed(need: NeedMatch): Expression<SqlBool> {
  const byId = sql<SqlBool>`oc.competence_id = any(${matchIds(need)}::uuid[])`;
  if (!need.text) return byId;
  return sql<SqlBool>`(${byId} or oc.search_vector @@ ${needQuery(need.text)})`;
}

const matchIds = (need: NeedMatch) => [...need.exactIds, ...need.themeIds];

/** A text match's score: how well the text fits (ts_rank, at most 0.2) over the text closeness. */
const textScore = (text: string) =>
  sql<number>`${CLOSENESS_SCORES.text}::float8 + least(0.2, ts_rank(oc.search_vector, ${needQuery(text)}))::float8`;

/** One offer's score: its closeness, and for a text match how well the text fits. */
function offerScore(need: NeedMatch) {
  return sql<number>`case when oc.competence_id = any(${need.exactIds}::uuid[]) then ${CLOSENESS_SCORES.exact}::float8
    when oc.competence_id = any(${need.themeIds}::uuid[]) then ${CLOSENESS_SCORES.theme}::float8
    else ${need.text ? textScore(need.text) : sql`${CLOSENESS_SCORES.text}::float8`} end`;
}

function offers(db: Database, caller: Caller, need: NeedMatch) {
  return db
    .selectFrom('organisationCompetences as oc')
    .where('oc.direction', '=', 'offer')
    .where(answersNeed(need))
    .where(visibleSql(caller, 'oc'));
}

function visibleOffers(db: Database, caller: Caller) {
  return db
    .selectFrom('organisationCompetences as oc')
    .where('oc.direction', '=', 'offer')
    .where(visibleSql(caller, 'oc'))
    .select(['oc.organisationId', 'oc.answerProposalId']);
}

/**
 * Each matching offer's organisation and score, in two parts each its own index answers: offers of the
 * need's competences (from the competence index alone) and the other offers whose text matches (full
 * text, ranked). An offer of a need's competence scores by closeness whatever its text says.
 */
function scoredOffers(db: Database, caller: Caller, need: NeedMatch) {
  const ids = matchIds(need);
  const byCompetence = visibleOffers(db, caller)
    .where(sql<SqlBool>`oc.competence_id = any(${ids}::uuid[])`)
    .select(offerScore({ ...need, text: null }).as('score'));
  if (!need.text) return byCompetence;
  return byCompetence.unionAll(
    visibleOffers(db, caller)
      .where(sql<SqlBool>`oc.search_vector @@ ${needQuery(need.text)}`)
      .where(sql<SqlBool>`(oc.competence_id is null or not (oc.competence_id = any(${ids}::uuid[])))`)
      .select(textScore(need.text).as('score')),
  );
}

/**
 * With "not related to" a large town, the total is counted only up to this many candidates: deciding it
 * costs a probe of the relations per candidate, and a page needs only enough of them to be full.
 */
export const NOT_RELATED_TOTAL_CAP = 1000;

/** The total as counted: exact, or (`atLeast`) only up to a cap. */
export type RankedPage = { rows: RankedRow[]; total: number; totalIsAtLeast: boolean };

type PageRow = { id: string; rank: number; total: number; totalIsAtLeast: boolean };

/**
 * The visible organisations whose offers answer the need, ranked: the best offer's score, a little more
 * for every further matching offer (up to four) and for an offer a mapping answer stands behind. Only the
 * page is joined for its columns.
 */
export async function rankCandidates(
  db: Database,
  caller: Caller,
  need: NeedMatch,
  filter: CandidateFilter,
  page: { limit: number; offset: number },
  reading: NotRelatedReading = {},
): Promise<RankedPage> {
  const candidates = narrow(db, caller, rankedCandidates(db, caller, need), filter);
  const group = filter.notRelatedTo;
  const pageRows = !group
    ? await exactPage(candidates, page)
    : (reading.lazy ?? !(await isGroupUpTo(db, group)))
      ? await notRelatedPage(db, caller, candidates, group, page, {
          cap: reading.cap ?? NOT_RELATED_TOTAL_CAP,
          reach: reading.reach ?? firstReach(page),
        })
      : await exactPage(
          candidates.where(sql<SqlBool>`o.id not in (${relatedToGroup(db, caller, group)})`) as Candidates,
          page,
        );
  const rows = await withColumns(db, pageRows);
  const first = pageRows[0];
  return { rows, total: first?.total ?? 0, totalIsAtLeast: first?.totalIsAtLeast ?? false };
}

function rankedCandidates(db: Database, caller: Caller, need: NeedMatch) {
  const ranked = db
    .selectFrom(scoredOffers(db, caller, need).as('s'))
    .select('s.organisationId')
    .select((eb) => [
      eb.fn.max('s.score').as('best'),
      eb.fn.countAll<number>().as('matching'),
      sql<boolean>`bool_or(s.answer_proposal_id is not null)`.as('answered'),
    ])
    .groupBy('s.organisationId')
    .as('m');
  return applyVisibility(
    db
      .selectFrom(ranked)
      .innerJoin('organisations as o', 'o.id', 'm.organisationId')
      .select(['o.id', 'o.nameFi'])
      .select(
        // In float8 throughout: numeric arithmetic for every candidate costs more than the sort itself.
        sql<number>`m.best + 0.05::float8 * least(m.matching - 1, 4) + case when m.answered then 0.05::float8 else 0::float8 end`.as(
          'rank',
        ),
      ),
    caller,
    'o',
  );
}

type Candidates = ReturnType<typeof rankedCandidates>;

/** Every candidate decided: the window count gives the exact total in the same statement. */
function exactPage(candidates: Candidates, page: { limit: number; offset: number }): Promise<PageRow[]> {
  return candidates
    .select(sql<number>`(count(*) over ())::int`.as('total'))
    .select(sql<boolean>`false`.as('totalIsAtLeast'))
    .orderBy('rank', 'desc')
    .orderBy('o.nameFi')
    .orderBy('o.id')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
}

/**
 * How a not-related page is read: lazily (each candidate probed; the default for a large town) or by
 * leaving out the group's whole neighbourhood at once (an organisation or a small town, exact total); when
 * lazily, the total's cap and how many ranked candidates are probed first.
 */
export type NotRelatedReading = { lazy?: boolean; cap?: number; reach?: number };

/** How many ranked candidates a not-related page reads first: the page and as many again, and some spare. */
const firstReach = (page: { limit: number; offset: number }) => 2 * (page.offset + page.limit) + 20;

/**
 * Candidates not related to the group, decided lazily. Only the best `reach` candidates are sorted (a
 * top-N sort, not all of them) and probed in rank order; when too few of them are free the reach grows
 * fourfold and the page is read again, so the page is the same as if every candidate had been decided.
 * The total probes candidates in any order and stops after `cap + 1` free ones.
 */
async function notRelatedPage(
  db: Database,
  caller: Caller,
  candidates: Candidates,
  group: Group,
  page: { limit: number; offset: number },
  { cap, reach: first }: { cap: number; reach: number },
): Promise<PageRow[]> {
  for (let reach = first; ; reach *= 4) {
    const rows = await probedBest(db, caller, candidates, group, reach, cap);
    const free = rows.filter((r) => r.free).slice(page.offset, page.offset + page.limit);
    const n = rows[0]?.n ?? 0;
    if (free.length === page.limit || rows.length < reach)
      return free.map(({ id, rank }) => ({
        id,
        rank,
        total: Math.min(n, cap),
        totalIsAtLeast: n > cap,
      }));
  }
}

/** The best `reach` candidates in rank order, each probed, with the free candidates counted up to `cap + 1`. */
function probedBest(
  db: Database,
  caller: Caller,
  candidates: Candidates,
  group: Group,
  reach: number,
  cap: number,
) {
  const probe = (column: string) =>
    db
      .selectNoFrom(notRelatedSql(caller, group, column).as('free'))
      .offset(0)
      .as('t');
  return db
    .with('c', () => candidates)
    .selectFrom((eb) =>
      eb
        .selectFrom('c')
        .selectAll()
        .orderBy('rank', 'desc')
        .orderBy('nameFi')
        .orderBy('id')
        .limit(reach)
        .as('b'),
    )
    .innerJoinLateral(probe('b.id'), (join) => join.onTrue())
    .select(['b.id', 'b.rank', 't.free'])
    .select((eb) =>
      eb
        .selectFrom(
          eb
            .selectFrom('c')
            .innerJoinLateral(probe('c.id'), (join) => join.on(sql<SqlBool>`t.free`))
            .select(sql`1`.as('one'))
            .limit(cap + 1)
            .as('n'),
        )
        .select(sql<number>`count(*)::int`.as('n'))
        .as('n'),
    )
    .orderBy('b.rank', 'desc')
    .orderBy('b.nameFi')
    .orderBy('b.id')
    .execute() as Promise<{ id: string; rank: number; free: boolean; n: number }[]>;
}

/** The page's rows joined back to their organisations for the columns an answer shows. */
async function withColumns(db: Database, page: PageRow[]): Promise<RankedRow[]> {
  if (page.length === 0) return [];
  const rows = await db
    .selectFrom('organisations as o')
    .select(['o.id', 'o.nameFi', 'o.nameSv', 'o.nameEn', 'o.kind', 'o.sizeClass', 'o.municipalityCode'])
    .where(
      'o.id',
      'in',
      page.map((p) => p.id),
    )
    .execute();
  const byId = new Map(rows.map((r) => [r.id, r]));
  return page.map((p) => ({ ...byId.get(p.id)!, rank: p.rank, total: p.total }));
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
function narrow<Q extends import('kysely').SelectQueryBuilder<any, any, any>>(
  db: Database,
  caller: Caller,
  query: Q,
  f: CandidateFilter,
): Q {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  let q = query as import('kysely').SelectQueryBuilder<any, any, any>;
  if (f.municipalityCodes || f.memberIds) {
    const codes = f.municipalityCodes ?? [];
    const members = f.memberIds ?? [];
    q = q.where(
      sql<SqlBool>`(o.municipality_code = any(${codes}::text[]) or o.id = any(${members}::uuid[]))`,
    );
  }
  if (f.kind) q = q.where('o.kind', '=', f.kind);
  if (f.sizeClass) q = q.where('o.sizeClass', '=', f.sizeClass);
  if (f.regionCode)
    q = q.where(
      'o.municipalityCode',
      'in',
      db.selectFrom('municipalities').select('code').where('regionCode', '=', f.regionCode),
    );
  if (f.excludeIds.length) q = q.where(sql<SqlBool>`not (o.id = any(${f.excludeIds}::uuid[]))`);
  return q as Q;
}

export type MatchedOfferRow = {
  organisationId: string;
  competenceId: string | null;
  tag: string | null;
  description: string | null;
  answerProposalId: string | null;
  source: string | null;
  score: number;
  nameFi: string | null;
  nameSv: string | null;
  nameEn: string | null;
};

/** The offers of the listed organisations that answer the need, best first. */
export function matchedOffers(
  db: Database,
  caller: Caller,
  need: NeedMatch,
  organisationIds: string[],
): Promise<MatchedOfferRow[]> {
  if (organisationIds.length === 0) return Promise.resolve([]);
  return offers(db, caller, need)
    .leftJoin('competences as c', 'c.id', 'oc.competenceId')
    .where('oc.organisationId', 'in', organisationIds)
    .select([
      'oc.organisationId',
      'oc.competenceId',
      'oc.tag',
      'oc.description',
      'oc.answerProposalId',
      'oc.source',
      'c.nameFi',
      'c.nameSv',
      'c.nameEn',
    ])
    .select(sql<number>`round(${offerScore(need)}::numeric, 3)::float8`.as('score'))
    .orderBy('score', 'desc')
    .orderBy('c.nameFi')
    .execute();
}

export type VocabularyRow = Named & { isTheme: boolean; themeId: string | null };

const COMPETENCE_COLUMNS = ['id', 'nameFi', 'nameSv', 'nameEn', 'isTheme', 'themeId'] as const;

/** Visible vocabulary competences by id. */
export function competencesById(db: Database, caller: Caller, ids: string[]): Promise<VocabularyRow[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return applyVisibility(db.selectFrom('competences').select(COMPETENCE_COLUMNS), caller)
    .where('id', 'in', ids)
    .execute();
}

/** The vocabulary's synonyms of a written need: competences whose name in any language the text matches. */
export function competencesNamed(db: Database, caller: Caller, text: string): Promise<VocabularyRow[]> {
  return applyVisibility(db.selectFrom('competences').select(COMPETENCE_COLUMNS), caller)
    .where(sql<SqlBool>`search_vector @@ ${needQuery(text)}`)
    .orderBy('nameFi')
    .limit(20)
    .execute();
}

/** The competences that share a theme with the given ones (the theme itself and its other members). */
export async function sameThemeIds(db: Database, caller: Caller, themeIds: string[]): Promise<string[]> {
  if (themeIds.length === 0) return [];
  const rows = await applyVisibility(db.selectFrom('competences').select('id'), caller)
    .where((eb) => eb.or([eb('id', 'in', themeIds), eb('themeId', 'in', themeIds)]))
    .execute();
  return rows.map((r) => r.id);
}

/** The needs of some organisations (an actor's or an ecosystem's members'), visible ones: vocabulary and free tags. */
export async function needsOf(db: Database, caller: Caller, organisationIds: string[]) {
  if (organisationIds.length === 0) return { competenceIds: [], tags: [] };
  const rows = await applyVisibility(
    db.selectFrom('organisationCompetences').select(['competenceId', 'tag']).distinct(),
    caller,
  )
    .where('organisationId', 'in', organisationIds)
    .where('direction', '=', 'need')
    .execute();
  return {
    competenceIds: rows.flatMap((r) => (r.competenceId ? [r.competenceId] : [])),
    tags: [...new Set(rows.flatMap((r) => (!r.competenceId && r.tag ? [r.tag.trim()] : [])))].sort(),
  };
}

/** A visible organisation by id. */
export function findOrganisation(db: Database, caller: Caller, id: string): Promise<Named | undefined> {
  return applyVisibility(db.selectFrom('organisations').select(['id', 'nameFi', 'nameSv', 'nameEn']), caller)
    .where('id', '=', id)
    .executeTakeFirst();
}
