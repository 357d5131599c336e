import { sql, type Selectable } from 'kysely';
import type {
  CountTable,
  PeerInput,
  PictureCompetence,
  PictureInput,
  PictureOrganisation,
  PictureProject,
  PictureRelation,
  PictureScope,
} from '../../../analysis/picture.input.js';
import { snapshotOf } from '../../../analysis/picture.js';
import type { Picture, ScopeKind } from '../../../analysis/picture.schema.js';
import type { Caller } from '../../auth/caller.js';
import { applyVisibility, visibleSql } from '../../auth/visibility.js';
import type { Database } from '../../db/database.js';
import type { DB } from '../../db/schema.js';
import { notFound } from '../../errors.js';
import { isUuid } from '../../resources/repository.js';
import { coverageRows } from '../networks/coverage.repository.js';
import { relationColumns } from './graph.loader.js';
import { snapshotPictures } from './snapshots.repository.js';

const LARGE_SCOPE = 5000;

/** column = any($1::uuid[]): one parameter however many ids (an IN list stops at 65,535 parameters). */
const anyOf = (column: string, ids: readonly string[]) =>
  sql<boolean>`${sql.ref(column)} = any(${ids}::uuid[])`;

type Scope = {
  scope: PictureScope;
  /** For ecosystems and networks: the member table the organisations come from. */
  members: {
    table: 'ecosystemMembers' | 'networkMembers';
    column: 'ecosystemId' | 'networkId';
    id: string;
  } | null;
};

const ORG_COLUMNS = ['id', 'nameFi', 'kind', 'tolCode', 'municipalityCode', 'sizeClass'] as const;
type OrganisationRow = Pick<Selectable<DB['organisations']>, (typeof ORG_COLUMNS)[number]>;
// kind and size class are checked against their vocabularies by the database.
const toOrganisation = (r: OrganisationRow): PictureOrganisation => ({
  id: r.id,
  name: r.nameFi,
  kind: r.kind as PictureOrganisation['kind'],
  tolCode: r.tolCode,
  municipalityCode: r.municipalityCode,
  sizeClass: r.sizeClass as PictureOrganisation['sizeClass'],
});

/** Finds the scope the caller may see and where its organisations come from. */
async function resolveScope(db: Database, kind: ScopeKind, key: string, caller: Caller): Promise<Scope> {
  if (kind === 'municipality' || kind === 'region') {
    const rows = await db
      .selectFrom('municipalities')
      .select(['code', 'nameFi', 'regionCode'])
      .where(kind === 'municipality' ? 'code' : 'regionCode', '=', key)
      .where('isActive', '=', true)
      .execute();
    if (rows.length === 0) throw notFound(kind === 'municipality' ? 'Municipality' : 'Region');
    const name =
      kind === 'municipality'
        ? rows[0]!.nameFi
        : ((await db.selectFrom('regions').select('nameFi').where('code', '=', key).executeTakeFirst())
            ?.nameFi ?? key);
    return {
      scope: { kind, id: key, name, municipalityCodes: rows.map((r) => r.code) },
      members: null,
    };
  }
  const table = kind === 'ecosystem' ? 'ecosystems' : 'networks';
  const row = (await applyVisibility(db.selectFrom(table).select(['id', 'nameFi']), caller)
    .where(isUuid(key) ? 'id' : 'slug', '=', key)
    .executeTakeFirst()) as { id: string; nameFi: string } | undefined;
  if (!row) throw notFound(kind === 'ecosystem' ? 'Ecosystem' : 'Network');
  // A network covers the municipalities its members stand for (Naturpolis: Kuusamo and Taivalkoski).
  const municipalityCodes =
    kind === 'network'
      ? [...new Set((await coverageRows(db, [row.id], caller)).map((r) => r.code))]
      : undefined;
  const members =
    kind === 'ecosystem'
      ? ({ table: 'ecosystemMembers', column: 'ecosystemId', id: row.id } as const)
      : ({ table: 'networkMembers', column: 'networkId', id: row.id } as const);
  return { scope: { kind, id: row.id, name: row.nameFi, municipalityCodes }, members };
}

async function organisationsOf(db: Database, caller: Caller, s: Scope) {
  const orgs = applyVisibility(db.selectFrom('organisations').select(ORG_COLUMNS), caller);
  if (!s.members) {
    const q = orgs.where('municipalityCode', 'in', [...(s.scope.municipalityCodes ?? [])]);
    return (await q.execute()).map(toOrganisation);
  }
  // Members are joined in SQL: a large ecosystem costs one query, not a list of ids sent back.
  const { table, column, id } = s.members;
  const members = applyVisibility(db.selectFrom(table).select('organisationId'), caller).where(
    column,
    '=',
    id,
  );
  return (await orgs.where('id', 'in', members).execute()).map(toOrganisation);
}

async function relationsTouching(db: Database, caller: Caller, ids: string[]): Promise<PictureRelation[]> {
  if (ids.length === 0) return [];
  const rows = await applyVisibility(
    db.selectFrom('relations').select(['fromOrganisationId', 'toOrganisationId', 'weight', 'kind']),
    caller,
  )
    .where((eb) => eb.or([anyOf('fromOrganisationId', ids), anyOf('toOrganisationId', ids)]))
    .execute();
  return rows.map((r) => ({
    from: r.fromOrganisationId,
    to: r.toOrganisationId,
    weight: Number(r.weight),
    kind: r.kind as PictureRelation['kind'],
  }));
}

async function competencesOf(
  db: Database,
  caller: Caller,
  ids: string[],
  direction?: 'offer',
): Promise<PictureCompetence[]> {
  if (ids.length === 0) return [];
  let q = applyVisibility(db.selectFrom('organisationCompetences as oc'), caller, 'oc')
    .leftJoin('competences as c', 'c.id', 'oc.competenceId')
    .select(['oc.organisationId', 'oc.direction', 'oc.competenceId', 'oc.tag', 'c.nameFi'])
    .where(anyOf('oc.organisationId', ids));
  if (direction) q = q.where('oc.direction', '=', direction);
  return (await q.execute()).map((r) => ({
    organisationId: r.organisationId,
    direction: r.direction as 'offer' | 'need',
    key: r.competenceId ? String(r.competenceId) : `tag:${String(r.tag).trim().toLowerCase()}`,
    label: r.nameFi ?? String(r.tag),
  }));
}

async function projectsOf(db: Database, caller: Caller, ids: string[]): Promise<PictureProject[]> {
  if (ids.length === 0) return [];
  const rows = await applyVisibility(db.selectFrom('projects as p'), caller, 'p')
    .innerJoin('projectRoles as r', 'r.projectId', 'p.id')
    .select(['p.id', 'p.nameFi', 'r.organisationId'])
    .where(anyOf('r.organisationId', ids))
    .execute();
  const byProject = new Map<string, PictureProject & { organisationIds: string[] }>();
  for (const r of rows) {
    const p = byProject.get(r.id) ?? {
      id: r.id,
      name: r.nameFi,
      organisationIds: [],
    };
    p.organisationIds.push(r.organisationId);
    byProject.set(p.id, p);
  }
  return [...byProject.values()];
}

/**
 * Organisation counts by TOL division for all of Finland: the location quotient's denominator. Counted
 * over what the caller may read, like every aggregate.
 */
async function finlandCounts(db: Database, caller: Caller): Promise<CountTable> {
  const r = await sql<{ division: string; n: number }>`
    select left(tol_code, 2) as division, count(*)::int as n from organisations o
    where tol_code is not null and ${visibleSql(caller, 'o')} group by 1`.execute(db);
  return { divisions: Object.fromEntries(r.rows.map((x) => [x.division, x.n])) };
}

/** Everything the situational picture of a scope is computed from, as the caller may see it. */
export async function loadPictureInput(
  db: Database,
  kind: ScopeKind,
  key: string,
  caller: Caller,
  asOf: string,
): Promise<PictureInput> {
  const s = await resolveScope(db, kind, key, caller);
  const organisations = await organisationsOf(db, caller, s);
  const ids = organisations.map((o) => o.id);
  const inScope = new Set(ids);
  const competences = await competencesOf(db, caller, ids);
  const needed = competences
    .filter((c) => c.direction === 'need' && !c.key.startsWith('tag:'))
    .map((c) => c.key);
  const offersElsewhere = needed.length
    ? (await competencesOf(db, caller, await offererIds(db, caller, needed), 'offer')).filter(
        (c) => !inScope.has(c.organisationId),
      )
    : [];
  const elsewhereOrgs = offersElsewhere.length
    ? (
        await applyVisibility(
          db.selectFrom('organisations').select(['id', 'nameFi', 'municipalityCode']),
          caller,
        )
          .where('id', 'in', [...new Set(offersElsewhere.map((c) => c.organisationId))])
          .execute()
      ).map((r) => ({
        id: r.id,
        name: r.nameFi,
        municipalityCode: r.municipalityCode ?? null,
      }))
    : [];
  // Independent reads run side by side on the pool.
  const [relations, projects, finland, history, peers] = await Promise.all([
    // Large scopes take the columnar path; both count the ties that reach outside the scope.
    ids.length > LARGE_SCOPE ? relationColumns(db, ids, caller) : relationsTouching(db, caller, ids),
    projectsOf(db, caller, ids),
    finlandCounts(db, caller),
    historyOf(db, caller, s.scope),
    kind === 'network' ? townPeers(db, caller, s.scope.municipalityCodes ?? []) : Promise.resolve([]),
  ]);
  return {
    scope: s.scope,
    asOf,
    organisations,
    relations,
    competences,
    projects,
    finland: { organisations: finland },
    elsewhere: { organisations: elsewhereOrgs, competences: offersElsewhere },
    history,
    peers,
  };
}

/** Saved snapshots of this scope, oldest first: the base of "recent growth". */
async function historyOf(db: Database, caller: Caller, scope: PictureScope) {
  const pictures = await snapshotPictures(db, caller, scope.kind, scope.id);
  return pictures.map((p) => snapshotOf(p as Picture));
}

async function offererIds(db: Database, caller: Caller, competenceIds: string[]) {
  const rows = await applyVisibility(
    db.selectFrom('organisationCompetences').select('organisationId'),
    caller,
  )
    .where('competenceId', 'in', competenceIds)
    .where('direction', '=', 'offer')
    .execute();
  return [...new Set(rows.map((r) => r.organisationId))];
}

/** The towns of a network side by side: every municipality it covers, as its own scope. */
async function townPeers(db: Database, caller: Caller, codes: readonly string[]): Promise<PeerInput[]> {
  const peers: PeerInput[] = [];
  for (const code of codes) {
    const s = await resolveScope(db, 'municipality', code, caller);
    const organisations = await organisationsOf(db, caller, s);
    peers.push({
      scope: s.scope,
      organisations,
      relations: await relationsTouching(
        db,
        caller,
        organisations.map((o) => o.id),
      ),
    });
  }
  return peers;
}

/** The proposals the users wrote for this scope's report, in the reader's language (Finnish as fallback). */
export async function loadProposals(
  db: Database,
  caller: Caller,
  kind: ScopeKind,
  keys: string[],
  lang: 'fi' | 'sv' | 'en',
) {
  const rows = await applyVisibility(db.selectFrom('pictureProposals').selectAll(), caller)
    .where('scopeKind', '=', kind)
    .where('scopeId', 'in', keys)
    .orderBy('position')
    .orderBy('createdAt')
    .execute();
  const pick = (r: Record<string, unknown>, field: 'title' | 'body') =>
    r[`${field}${lang === 'fi' ? 'Fi' : lang === 'sv' ? 'Sv' : 'En'}`] ?? r[`${field}Fi`] ?? '';
  return rows.map((r) => [pick(r, 'title'), pick(r, 'body')].filter(Boolean).join(': '));
}
