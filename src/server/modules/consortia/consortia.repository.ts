/** Consortia and their partners: the SQL only; the service decides who may read and write. */
import type { Caller } from '../../auth/caller.js';
import { applyVisibility } from '../../auth/visibility.js';
import type { Database } from '../../db/database.js';
import { isUuid } from '../../resources/repository.js';

const CONSORTIUM_COLUMNS = [
  'id',
  'name',
  'fundingCallId',
  'projectId',
  'notes',
  'workspaceId',
  'visibility',
  'createdAt',
  'updatedAt',
] as const;

export type ConsortiumRow = {
  id: string;
  name: string;
  fundingCallId: string;
  projectId: string | null;
  notes: string | null;
  workspaceId: string;
  visibility: string;
  createdAt: Date;
  updatedAt: Date;
};

/** The consortia the caller may read, newest change first, with their calls' titles and partner counts. */
export async function listConsortia(db: Database, caller: Caller, fundingCallId?: string) {
  let q = db
    .selectFrom('consortia as c')
    .innerJoin('fundingCalls as f', 'f.id', 'c.fundingCallId')
    .select((eb) => [
      ...CONSORTIUM_COLUMNS.map((col) => `c.${col}` as const),
      'f.titleFi',
      'f.titleSv',
      'f.titleEn',
      eb
        .selectFrom('consortiumPartners as p')
        .select((x) => x.fn.countAll<string>().as('n'))
        .whereRef('p.consortiumId', '=', 'c.id')
        .as('partnerCount'),
    ])
    .orderBy('c.updatedAt', 'desc');
  if (fundingCallId) q = q.where('c.fundingCallId', '=', fundingCallId);
  const rows = await applyVisibility(q, caller, 'c').execute();
  return rows.map((r) => ({ ...(r as ConsortiumRow & typeof r), partnerCount: Number(r.partnerCount ?? 0) }));
}

export type ConsortiumListRow = Awaited<ReturnType<typeof listConsortia>>[number];

export async function findConsortium(db: Database, id: string, lock = false) {
  if (!isUuid(id)) return undefined;
  let q = db.selectFrom('consortia').select(CONSORTIUM_COLUMNS).where('id', '=', id);
  if (lock) q = q.forUpdate();
  return (await q.executeTakeFirst()) as ConsortiumRow | undefined;
}

export type ConsortiumValues = {
  name?: string;
  fundingCallId?: string;
  projectId?: string | null;
  notes?: string | null;
  visibility?: string;
};

export async function insertConsortium(
  db: Database,
  values: ConsortiumValues & { name: string; fundingCallId: string; workspaceId: string },
  by: string,
) {
  return (await db
    .insertInto('consortia')
    .values({ ...values, createdBy: by, updatedBy: by })
    .returning(CONSORTIUM_COLUMNS)
    .executeTakeFirstOrThrow()) as ConsortiumRow;
}

export async function updateConsortium(db: Database, id: string, values: ConsortiumValues, by: string) {
  return (await db
    .updateTable('consortia')
    .set({ ...values, updatedBy: by, updatedAt: new Date() })
    .where('id', '=', id)
    .returning(CONSORTIUM_COLUMNS)
    .executeTakeFirstOrThrow()) as ConsortiumRow;
}

export async function removeConsortium(db: Database, id: string) {
  await db.deleteFrom('consortia').where('id', '=', id).execute();
}

/** The partners with what the checker, the page and the files need of their organisations and contacts. */
export async function partnersOf(db: Database, consortiumId: string) {
  const rows = await db
    .selectFrom('consortiumPartners as p')
    .innerJoin('organisations as o', 'o.id', 'p.organisationId')
    .leftJoin('municipalities as m', 'm.code', 'o.municipalityCode')
    .leftJoin('people as c', 'c.id', 'p.contactPersonId')
    .select([
      'p.id',
      'p.organisationId',
      'p.role',
      'p.budgetEur',
      'p.contactPersonId',
      'o.nameFi',
      'o.nameSv',
      'o.nameEn',
      'o.kind',
      'o.businessId',
      'o.municipalityCode',
      'm.nameFi as municipalityFi',
      'm.nameSv as municipalitySv',
      'm.nameEn as municipalityEn',
      'c.fullName as contactName',
      'c.title as contactTitle',
      'c.email as contactEmail',
      'c.phone as contactPhone',
    ])
    .where('p.consortiumId', '=', consortiumId)
    .orderBy('p.createdAt')
    .orderBy('o.nameFi')
    .execute();
  return rows.map((r) => ({ ...r, budgetEur: r.budgetEur === null ? null : Number(r.budgetEur) }));
}

export type PartnerRow = Awaited<ReturnType<typeof partnersOf>>[number];

export async function insertPartner(
  db: Database,
  values: {
    consortiumId: string;
    organisationId: string;
    role: string;
    budgetEur?: number | null;
    contactPersonId?: string | null;
  },
  by: string,
) {
  await db
    .insertInto('consortiumPartners')
    .values({
      ...values,
      budgetEur:
        values.budgetEur === undefined || values.budgetEur === null ? null : String(values.budgetEur),
      createdBy: by,
    })
    .execute();
}

/** Changes a partner's role, budget or contact person; false when the organisation is not a partner. */
export async function updatePartner(
  db: Database,
  consortiumId: string,
  organisationId: string,
  change: { role?: string; budgetEur?: number | null; contactPersonId?: string | null },
) {
  const { budgetEur, ...rest } = change;
  const result = await db
    .updateTable('consortiumPartners')
    .set({
      ...rest,
      ...(budgetEur === undefined ? {} : { budgetEur: budgetEur === null ? null : String(budgetEur) }),
    })
    .where('consortiumId', '=', consortiumId)
    .where('organisationId', '=', organisationId)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Removes an organisation from a consortium; false when it was not in it. */
export async function removePartner(db: Database, consortiumId: string, organisationId: string) {
  const result = await db
    .deleteFrom('consortiumPartners')
    .where('consortiumId', '=', consortiumId)
    .where('organisationId', '=', organisationId)
    .executeTakeFirst();
  return result.numDeletedRows > 0n;
}

export async function touchConsortium(db: Database, id: string, by: string) {
  await db
    .updateTable('consortia')
    .set({ updatedAt: new Date(), updatedBy: by })
    .where('id', '=', id)
    .execute();
}

/** A record's placement (workspace and visibility) for the visibility rule; undefined when there is none. */
export async function placement(
  db: Database,
  table: 'organisations' | 'fundingCalls' | 'projects' | 'people',
  id: string,
) {
  if (!isUuid(id)) return undefined;
  return db
    .selectFrom(table)
    .select(['id', 'workspaceId', 'visibility'])
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function findFundingCall(db: Database, id: string) {
  if (!isUuid(id)) return undefined;
  return db
    .selectFrom('fundingCalls')
    .select([
      'id',
      'titleFi',
      'titleSv',
      'titleEn',
      'rules',
      'themes',
      'deadlineAt',
      'workspaceId',
      'visibility',
    ])
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function findProject(db: Database, id: string) {
  return db
    .selectFrom('projects')
    .select(['id', 'nameFi', 'nameSv', 'nameEn', 'startOn', 'endOn', 'workspaceId', 'visibility'])
    .where('id', '=', id)
    .executeTakeFirst();
}

/**
 * The members of networks the caller may read, with the municipalities each stands for (its own when it
 * names none); coordinators come last so a town is named by the town, not by its regional council.
 */
export async function networkMembers(db: Database, caller: Caller, networkIds: string[]) {
  if (networkIds.length === 0) return [];
  const q = db
    .selectFrom('networkMembers as nm')
    .innerJoin('organisations as o', 'o.id', 'nm.organisationId')
    .innerJoin('networks as n', 'n.id', 'nm.networkId')
    .select([
      'nm.networkId',
      'nm.organisationId',
      'nm.municipalityCodes',
      'nm.role',
      'o.municipalityCode',
      'o.nameFi',
      'o.nameSv',
      'o.nameEn',
      'n.nameFi as networkFi',
      'n.nameSv as networkSv',
      'n.nameEn as networkEn',
    ])
    .where('nm.networkId', 'in', networkIds)
    .orderBy((eb) => eb.case().when('nm.role', '=', 'coordinator').then(1).else(0).end())
    .orderBy('o.nameFi');
  return applyVisibility(applyVisibility(q, caller, 'nm'), caller, 'o').execute();
}

export type MemberRow = Awaited<ReturnType<typeof networkMembers>>[number];

/**
 * Organisations the caller may read that are not yet partners: in the given municipalities or of the
 * given kinds, those offering a competence whose name matches one of the call's themes first.
 */
export async function candidates(
  db: Database,
  caller: Caller,
  where: { municipalityCodes?: string[]; organisationIds?: string[]; kind?: string },
  exclude: string[],
  themes: string[],
  limit = 5,
) {
  const patterns = themes.map((t) => `%${t.replace(/[%_\\]/g, (c) => `\\${c}`)}%`);
  let q = db
    .selectFrom('organisations as o')
    .leftJoin('municipalities as m', 'm.code', 'o.municipalityCode')
    .select((eb) => [
      'o.id',
      'o.nameFi',
      'o.nameSv',
      'o.nameEn',
      'o.kind',
      'o.municipalityCode',
      'm.nameFi as municipalityFi',
      'm.nameSv as municipalitySv',
      'm.nameEn as municipalityEn',
      eb
        .selectFrom('organisationCompetences as oc')
        .innerJoin('competences as c', 'c.id', 'oc.competenceId')
        .select((x) => x.fn.countAll<string>().as('n'))
        .whereRef('oc.organisationId', '=', 'o.id')
        .where('oc.direction', '=', 'offer')
        .where((x) =>
          patterns.length
            ? x.or(patterns.flatMap((p) => [x('c.nameFi', 'ilike', p), x('c.nameEn', 'ilike', p)]))
            : x.val(false),
        )
        .as('themeOffers'),
    ])
    .where('o.status', 'is distinct from', 'ended');
  if (exclude.length) q = q.where('o.id', 'not in', exclude);
  if (where.kind) q = q.where('o.kind', '=', where.kind);
  const { municipalityCodes = [], organisationIds = [] } = where;
  if (where.municipalityCodes || where.organisationIds)
    q = q.where((eb) =>
      eb.or([
        ...(municipalityCodes.length ? [eb('o.municipalityCode', 'in', municipalityCodes)] : []),
        ...(organisationIds.length ? [eb('o.id', 'in', organisationIds)] : []),
        eb.val(false),
      ]),
    );
  const rows = await applyVisibility(q, caller, 'o')
    .orderBy('themeOffers', 'desc')
    .orderBy((eb) => eb.case().when('o.kind', '=', 'rdi').then(0).else(1).end())
    .orderBy('o.nameFi')
    .limit(limit)
    .execute();
  return rows.map((r) => ({ ...r, themeOffers: Number(r.themeOffers ?? 0) }));
}

export type CandidateRow = Awaited<ReturnType<typeof candidates>>[number];

/** The project's roles as "organisation:role" keys. */
export async function projectRoleKeys(db: Database, projectId: string) {
  const rows = await db
    .selectFrom('projectRoles')
    .select(['organisationId', 'role'])
    .where('projectId', '=', projectId)
    .execute();
  return new Set(rows.map((r) => `${r.organisationId}:${r.role}`));
}

/** The consortium's ticks on its call's free-text rules, with the name of whoever ticked. */
export async function ruleTicksOf(db: Database, consortiumId: string) {
  return db
    .selectFrom('consortiumRuleTicks as t')
    .leftJoin('users as u', 'u.id', 't.tickedByUserId')
    .select(['t.ruleIndex', 't.tickedAt', 'u.displayName as tickedByName'])
    .where('t.consortiumId', '=', consortiumId)
    .orderBy('t.ruleIndex')
    .execute();
}

export type RuleTickRow = Awaited<ReturnType<typeof ruleTicksOf>>[number];

/** Ticks a rule (again: the newer tick stands) or takes the tick away. */
export async function setRuleTick(
  db: Database,
  tick: { consortiumId: string; ruleIndex: number },
  ticked: boolean,
  by: { label: string; userId: string | null; at: Date },
) {
  if (!ticked) {
    await db
      .deleteFrom('consortiumRuleTicks')
      .where('consortiumId', '=', tick.consortiumId)
      .where('ruleIndex', '=', tick.ruleIndex)
      .execute();
    return;
  }
  const values = { tickedAt: by.at, tickedBy: by.label, tickedByUserId: by.userId };
  await db
    .insertInto('consortiumRuleTicks')
    .values({ ...tick, ...values })
    .onConflict((oc) => oc.columns(['consortiumId', 'ruleIndex']).doUpdateSet(values))
    .execute();
}
