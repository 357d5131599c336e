/**
 * The reads the situational picture is computed from, each narrowed to what the caller may see. The
 * picture's service (picture.service.ts) puts them together.
 */
import { sql, type ExpressionBuilder, type Selectable } from 'kysely';
import type {
  CountTable,
  PictureCompetence,
  PictureOrganisation,
  PictureProject,
  PictureRelation,
} from '../../../analysis/picture.input.js';
import type { ScopeKind } from '../../../analysis/picture.schema.js';
import { EXAMPLE_SOURCE, WEAK_RELATION_KINDS } from '../../../domain/enums.js';
import type { Caller } from '../../auth/caller.js';
import { applyVisibility } from '../../auth/visibility.js';
import type { Database } from '../../db/database.js';
import type { DB } from '../../db/schema.js';
import { isUuid } from '../../resources/repository.js';

/** column = any($1::uuid[]): one parameter however many ids (an IN list stops at 65,535 parameters). */
const anyOf = (column: string, ids: readonly string[]) =>
  sql<boolean>`${sql.ref(column)} = any(${ids}::uuid[])`;

/** For ecosystems and networks: the member table a scope's organisations come from. */
export type ScopeMembers = {
  table: 'ecosystemMembers' | 'networkMembers';
  column: 'ecosystemId' | 'networkId';
  id: string;
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

/** The data version the tables of a picture are at, as committed (picture.cache.ts keys by it). */
export async function dataVersion(db: Database): Promise<number> {
  const row = await db.selectFrom('dataVersion').select('version').executeTakeFirst();
  return Number(row?.version ?? 0);
}

/** The active municipalities of a municipality (its code) or a region (its code). */
export function activeMunicipalities(db: Database, kind: 'municipality' | 'region', code: string) {
  return db
    .selectFrom('municipalities')
    .select(['code', 'nameFi', 'regionCode'])
    .where(kind === 'municipality' ? 'code' : 'regionCode', '=', code)
    .where('isActive', '=', true)
    .execute();
}

/** Several active municipalities by code, in one read (a network's towns). */
export function activeMunicipalitiesByCode(db: Database, codes: readonly string[]) {
  return db
    .selectFrom('municipalities')
    .select(['code', 'nameFi'])
    .where('code', 'in', [...codes])
    .where('isActive', '=', true)
    .execute();
}

export async function regionName(db: Database, code: string): Promise<string | undefined> {
  const row = await db.selectFrom('regions').select('nameFi').where('code', '=', code).executeTakeFirst();
  return row?.nameFi;
}

/** An ecosystem or a network the caller may see, by id or slug. */
export function findCommunity(
  db: Database,
  caller: Caller,
  table: 'ecosystems' | 'networks',
  key: string,
): Promise<{ id: string; nameFi: string } | undefined> {
  return applyVisibility(db.selectFrom(table).select(['id', 'nameFi']), caller)
    .where(isUuid(key) ? 'id' : 'slug', '=', key)
    .executeTakeFirst();
}

/** The visible organisations of some municipalities, or the visible members of an ecosystem or network. */
export async function organisationsOf(
  db: Database,
  caller: Caller,
  from: { members: ScopeMembers } | { municipalityCodes: readonly string[] },
): Promise<PictureOrganisation[]> {
  const orgs = applyVisibility(db.selectFrom('organisations').select(ORG_COLUMNS), caller);
  if ('municipalityCodes' in from) {
    const q = orgs.where('municipalityCode', 'in', [...from.municipalityCodes]);
    return (await q.execute()).map(toOrganisation);
  }
  // Members are joined in SQL: a large ecosystem costs one query, not a list of ids sent back.
  const { table, column, id } = from.members;
  const members = applyVisibility(db.selectFrom(table).select('organisationId'), caller).where(
    column,
    '=',
    id,
  );
  return (await orgs.where('id', 'in', members).execute()).map(toOrganisation);
}

/** Names and places of some organisations the caller may see. */
export async function organisationNames(db: Database, caller: Caller, ids: string[]) {
  const rows = await applyVisibility(
    db.selectFrom('organisations').select(['id', 'nameFi', 'municipalityCode']),
    caller,
  )
    .where('id', 'in', ids)
    .execute();
  return rows.map((r) => ({ id: r.id, name: r.nameFi, municipalityCode: r.municipalityCode ?? null }));
}

/** The visible relations with at least one end among the given organisations. */
export async function relationsTouching(
  db: Database,
  caller: Caller,
  ids: string[],
): Promise<PictureRelation[]> {
  if (ids.length === 0) return [];
  const rows = await applyVisibility(
    db.selectFrom('relations').select(['fromOrganisationId', 'toOrganisationId', 'weight', 'kind']),
    caller,
  )
    .where((eb) => eb.or([anyOf('fromOrganisationId', ids), anyOf('toOrganisationId', ids)]))
    .where('kind', 'not in', WEAK_RELATION_KINDS)
    .execute();
  return rows.map((r) => ({
    from: r.fromOrganisationId,
    to: r.toOrganisationId,
    weight: Number(r.weight),
    kind: r.kind as PictureRelation['kind'],
  }));
}

/**
 * True when the caller sees fictional example data (source 'example') among what a picture of these
 * organisations reads: the organisations, the relations touching them or their competence records.
 */
export async function includesExamples(db: Database, caller: Caller, ids: string[]): Promise<boolean> {
  if (ids.length === 0) return false;
  const found = await Promise.all([
    applyVisibility(db.selectFrom('organisations').select('id'), caller)
      .where(anyOf('id', ids))
      .where('source', '=', EXAMPLE_SOURCE)
      .limit(1)
      .executeTakeFirst(),
    applyVisibility(db.selectFrom('relations').select('id'), caller)
      .where('source', '=', EXAMPLE_SOURCE)
      .where((eb) => eb.or([anyOf('fromOrganisationId', ids), anyOf('toOrganisationId', ids)]))
      .limit(1)
      .executeTakeFirst(),
    applyVisibility(db.selectFrom('organisationCompetences').select('id'), caller)
      .where(anyOf('organisationId', ids))
      .where('source', '=', EXAMPLE_SOURCE)
      .limit(1)
      .executeTakeFirst(),
  ]);
  return found.some((row) => row !== undefined);
}

export async function competencesOf(
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

/** The visible organisations that offer any of the given competences. */
export async function offererIds(db: Database, caller: Caller, competenceIds: string[]) {
  const rows = await applyVisibility(
    db.selectFrom('organisationCompetences').select('organisationId'),
    caller,
  )
    .where('competenceId', 'in', competenceIds)
    .where('direction', '=', 'offer')
    .execute();
  return [...new Set(rows.map((r) => r.organisationId))];
}

export async function projectsOf(db: Database, caller: Caller, ids: string[]): Promise<PictureProject[]> {
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
export async function finlandCounts(db: Database, caller: Caller): Promise<CountTable> {
  const division = (eb: ExpressionBuilder<DB, 'organisations'>) =>
    eb.fn<string>('left', ['tolCode', eb.lit(2)]);
  const rows = await applyVisibility(
    db
      .selectFrom('organisations')
      .select((eb) => [division(eb).as('division'), eb.cast<number>(eb.fn.countAll(), 'integer').as('n')])
      .where('tolCode', 'is not', null)
      .groupBy(division),
    caller,
  ).execute();
  return { divisions: Object.fromEntries(rows.map((x) => [x.division, x.n])) };
}

/** The visible proposals written for a scope (by any of its keys), in their order. */
export function proposalsOf(db: Database, caller: Caller, kind: ScopeKind, keys: string[]) {
  return applyVisibility(
    db.selectFrom('pictureProposals').select(['titleFi', 'titleSv', 'titleEn', 'bodyFi', 'bodySv', 'bodyEn']),
    caller,
  )
    .where('scopeKind', '=', kind)
    .where('scopeId', 'in', keys)
    .orderBy('position')
    .orderBy('createdAt')
    .execute();
}
