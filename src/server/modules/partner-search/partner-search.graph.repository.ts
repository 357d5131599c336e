import { sql, type SqlBool } from 'kysely';
import type { Caller } from '../../auth/caller.js';
import { applyVisibility, visibleSql } from '../../auth/visibility.js';
import type { Database } from '../../db/database.js';

/** A record named in three languages, as the search's answers name organisations and projects. */
export type Named = { id: string; nameFi: string; nameSv: string | null; nameEn: string | null };

/** Partner search's reads of the relation graph and projects around a page of results and its asker. */

export type TieRow = { a: string; b: string; kind: string; aTown: string | null; bTown: string | null };

/** Visible relations with both ends visible, each end's municipality alongside. */
function visibleTies(db: Database, caller: Caller) {
  return applyVisibility(
    applyVisibility(
      applyVisibility(
        db
          .selectFrom('relations as r')
          .innerJoin('organisations as f', 'f.id', 'r.fromOrganisationId')
          .innerJoin('organisations as t', 't.id', 'r.toOrganisationId'),
        caller,
        'r',
      ),
      caller,
      'f',
    ),
    caller,
    't',
  );
}

const TIE_COLUMNS = [
  'r.fromOrganisationId as a',
  'r.toOrganisationId as b',
  'r.kind',
  'f.municipalityCode as aTown',
  't.municipalityCode as bTown',
] as const;

/** The visible relations of some organisations (at most a page of them), either direction. */
export function tiesOf(db: Database, caller: Caller, ids: string[]): Promise<TieRow[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return visibleTies(db, caller)
    .select(TIE_COLUMNS)
    .where((eb) => eb.or([eb('r.fromOrganisationId', 'in', ids), eb('r.toOrganisationId', 'in', ids)]))
    .execute();
}

/** Who asks, as the database finds its organisations: one organisation, or a whole town's. */
export type Group = { organisationId: string } | { municipalityCode: string };

/** The visible organisations of a group, as a subquery. */
function groupMembers(db: Database, caller: Caller, group: Group) {
  const q = applyVisibility(db.selectFrom('organisations as g').select('g.id'), caller, 'g');
  return 'organisationId' in group
    ? q.where('g.id', '=', group.organisationId)
    : q.where('g.municipalityCode', '=', group.municipalityCode);
}

/**
 * Up to how many organisations a town's whole neighbourhood is read at once: for "not related to" and for
 * the ties around a page, reading a town of 1,000 costs less than probing a thousand candidates one by one
 * (towns of 2,000 and 4,000 measured about even and slower); a larger town (up to 16,000 organisations,
 * 94,000 relations) is probed where it matters instead (bench/search).
 */
export const WHOLE_NEIGHBOURHOOD_UP_TO = 1000;

/** Whether the group is an organisation or a town of at most `upTo` organisations. */
export async function isGroupUpTo(
  db: Database,
  group: Group,
  upTo = WHOLE_NEIGHBOURHOOD_UP_TO,
): Promise<boolean> {
  if ('organisationId' in group) return true;
  const { n } = await db
    .selectFrom((eb) =>
      eb
        .selectFrom('organisations')
        .select('id')
        .where('municipalityCode', '=', group.municipalityCode)
        .limit(upTo + 1)
        .as('g'),
    )
    .select(sql<number>`count(*)::int`.as('n'))
    .executeTakeFirstOrThrow();
  return n <= upTo;
}

/**
 * Every visible relation of the group's visible organisations, the far end as `a` (its visibility is the
 * reader's to check), read member by member from the covering indexes on the relation's ends: left to
 * itself the planner scans all relations for a town of a few hundred organisations. Without the kind the
 * indexes answer alone.
 */
function neighbourhood(db: Database, caller: Caller, group: Group, withKind: boolean) {
  const kind = withKind ? sql`, r.kind` : sql``;
  return sql<GroupTie>`select x.* from (${groupMembers(db, caller, group)}) m cross join lateral (
      select r.to_organisation_id as a${kind} from relations r
        where r.from_organisation_id = m.id and ${visibleSql(caller, 'r')}
      union all
      select r.from_organisation_id${kind} from relations r
        where r.to_organisation_id = m.id and ${visibleSql(caller, 'r')}
      offset 0) x`;
}

/** The organisations related to the group (see `neighbourhood`), as a subquery. */
export const relatedToGroup = (db: Database, caller: Caller, group: Group) =>
  neighbourhood(db, caller, group, false);

/**
 * A candidate (the given column) has no visible relation with the group, either direction, as an
 * anti-join: the planner hashes a small group's relations or probes each candidate's through the covering
 * indexes on the relation's ends. Only the relation and the group's end are checked here: the
 * candidate's own visibility the search checks.
 */
export function notRelatedSql(caller: Caller, group: Group, candidate: string) {
  const c = sql.ref(candidate);
  const tie = (near: string, far: string) => {
    const [n, f] = [sql.raw(near), sql.raw(far)];
    return sql<SqlBool>`not exists (select 1 from relations r join organisations g on g.id = r.${f}
      where r.${n} = ${c} and ${visibleSql(caller, 'r')} and ${visibleSql(caller, 'g')}
      and ${inGroupSql('g', group)})`;
  };
  return sql<SqlBool>`(${tie('from_organisation_id', 'to_organisation_id')} and ${tie('to_organisation_id', 'from_organisation_id')})`;
}

/**
 * The visible relations between some organisations (a page and its partners) and a group, the
 * organisation's end as `a`: one statement however large the town is.
 */
export function tiesWithGroup(db: Database, caller: Caller, ids: string[], group: Group): Promise<TieRow[]> {
  if (ids.length === 0) return Promise.resolve([]);
  const ties = visibleTies(db, caller);
  return ties
    .select(TIE_COLUMNS)
    .where(sql<SqlBool>`r.from_organisation_id = any(${ids}::uuid[])`)
    .where(inGroupSql('t', group))
    .unionAll(
      ties
        .select([
          'r.toOrganisationId as a',
          'r.fromOrganisationId as b',
          'r.kind',
          't.municipalityCode as aTown',
          'f.municipalityCode as bTown',
        ])
        .where(sql<SqlBool>`r.to_organisation_id = any(${ids}::uuid[])`)
        .where(inGroupSql('f', group)),
    )
    .execute();
}

/** A small group's whole neighbourhood (see `neighbourhood`). */
export async function neighbourhoodOf(db: Database, caller: Caller, group: Group): Promise<GroupTie[]> {
  return (await neighbourhood(db, caller, group, true).execute(db)).rows;
}

export type GroupTie = { a: string; kind: string };

/** A (visible) end of a tie belongs to the group: checked on the joined row, no subquery needed. */
function inGroupSql(alias: 'f' | 't' | 'g', group: Group) {
  const a = sql.raw(alias);
  return 'organisationId' in group
    ? sql<SqlBool>`${a}.id = ${group.organisationId}::uuid`
    : sql<SqlBool>`${a}.municipality_code = ${group.municipalityCode}`;
}

/** Which of some projects the group has a visible role in. */
export async function projectsWithGroup(
  db: Database,
  caller: Caller,
  projectIds: string[],
  group: Group,
): Promise<string[]> {
  if (projectIds.length === 0) return [];
  const rows = await applyVisibility(
    db.selectFrom('projectRoles as pr').select('pr.projectId').distinct(),
    caller,
    'pr',
  )
    .where('pr.projectId', 'in', projectIds)
    .where('pr.organisationId', 'in', groupMembers(db, caller, group))
    .execute();
  return rows.map((r) => r.projectId);
}

export type RoleRow = Named & { organisationId: string; role: string };

/** The visible projects the organisations have roles in, with the role. */
export function projectRolesOf(db: Database, caller: Caller, ids: string[]): Promise<RoleRow[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return applyVisibility(
    applyVisibility(
      db
        .selectFrom('projectRoles as pr')
        .innerJoin('projects as p', 'p.id', 'pr.projectId')
        .select(['pr.organisationId', 'pr.role', 'p.id', 'p.nameFi', 'p.nameSv', 'p.nameEn']),
      caller,
      'pr',
    ),
    caller,
    'p',
  )
    .where('pr.organisationId', 'in', ids)
    .orderBy('p.nameFi')
    .execute();
}

/** Names of visible organisations. */
export function organisationNames(db: Database, caller: Caller, ids: string[]): Promise<Named[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return applyVisibility(db.selectFrom('organisations').select(['id', 'nameFi', 'nameSv', 'nameEn']), caller)
    .where('id', 'in', ids)
    .execute();
}
