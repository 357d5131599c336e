/**
 * The data of a project's report for a period, read as the caller may see it: the project and its roles,
 * the events it held, the mapping rounds and pictures of its scopes, its strategies' goals and
 * development actions, and its workspace's contact pipeline. SQL only.
 */
import { sql } from 'kysely';
import type { ProjectReportData } from '../../../domain/project-reports.js';
import type { Caller } from '../../auth/caller.js';
import { applyVisibility } from '../../auth/visibility.js';
import type { Database } from '../../db/database.js';
import type { ProjectRow } from './project-reports.repository.js';

type Lang = 'fi' | 'sv' | 'en';
export type Period = { periodStart: string; periodEnd: string };
type Named = { fi: string; sv: string | null; en: string | null };

const pick = (lang: Lang, n: Named) => (lang === 'sv' ? n.sv : lang === 'en' ? n.en : null) ?? n.fi;
const nameCols = <A extends string>(a: A) => [`${a}.nameFi`, `${a}.nameSv`, `${a}.nameEn`] as const;
const titleCols = <A extends string>(a: A) => [`${a}.titleFi`, `${a}.titleSv`, `${a}.titleEn`] as const;
const named = (r: Record<string, unknown>, stem: 'name' | 'title'): Named => ({
  fi: r[`${stem}Fi`] as string,
  sv: r[`${stem}Sv`] as string | null,
  en: r[`${stem}En`] as string | null,
});
/** A timestamp's day in Finland, to compare with the period's days. */
const helsinkiDay = (column: string) =>
  sql<string>`(${sql.ref(column)} at time zone 'Europe/Helsinki')::date`;
const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));

export async function projectBlock(db: Database, project: ProjectRow, lang: Lang) {
  const call = project.fundingCallId
    ? await db
        .selectFrom('fundingCalls')
        .select(titleCols('fundingCalls'))
        .where('id', '=', project.fundingCallId)
        .executeTakeFirst()
    : undefined;
  const funders = await db
    .selectFrom('projectRoles as r')
    .innerJoin('organisations as o', 'o.id', 'r.organisationId')
    .select(nameCols('o'))
    .where('r.projectId', '=', project.id)
    .where('r.role', '=', 'funder')
    .orderBy('o.nameFi')
    .execute();
  return {
    id: project.id,
    name: pick(lang, named(project, 'name')),
    names: named(project, 'name'),
    programme: project.programme,
    fundingCall: call ? pick(lang, named(call, 'title')) : null,
    funders: [...new Set(funders.map((f) => pick(lang, named(f, 'name'))))],
    startOn: project.startOn,
    endOn: project.endOn,
    budgetEur: num(project.budgetEur),
    status: project.status,
  };
}

export async function rolesBlock(db: Database, caller: Caller, projectId: string, lang: Lang) {
  const q = db
    .selectFrom('projectRoles as r')
    .innerJoin('organisations as o', 'o.id', 'r.organisationId')
    .select(['r.id', 'r.role', 'r.note', 'o.kind', ...nameCols('o')])
    .where('r.projectId', '=', projectId)
    .orderBy('o.nameFi');
  const rows = await applyVisibility(q, caller, 'r').execute();
  return rows.map((r) => ({
    id: r.id,
    organisation: pick(lang, named(r, 'name')),
    kind: r.kind,
    role: r.role,
    note: r.note,
  }));
}

const tally = (rows: { key: string | null }[]) => {
  const out: Record<string, number> = {};
  for (const r of rows) out[r.key ?? 'person'] = (out[r.key ?? 'person'] ?? 0) + 1;
  return out;
};

export async function eventsBlock(db: Database, caller: Caller, projectId: string, p: Period, lang: Lang) {
  const q = db
    .selectFrom('events as e')
    .select(['e.id', 'e.kind', 'e.startsAt', 'e.location', ...titleCols('e')])
    .where('e.projectId', '=', projectId)
    .where(helsinkiDay('e.startsAt'), '>=', p.periodStart)
    .where(helsinkiDay('e.startsAt'), '<=', p.periodEnd)
    .orderBy('e.startsAt');
  const events = await applyVisibility(q, caller, 'e').execute();
  if (!events.length) return [];
  const participants = await applyVisibility(
    db
      .selectFrom('eventParticipants as p')
      .leftJoin('organisations as o', 'o.id', 'p.organisationId')
      .select(['p.eventId', 'p.role', 'o.kind'])
      .where(
        'p.eventId',
        'in',
        events.map((e) => e.id),
      ),
    caller,
    'p',
  ).execute();
  return events.map((e) => {
    const mine = participants.filter((x) => x.eventId === e.id);
    return {
      id: e.id,
      title: pick(lang, named(e, 'title')),
      kind: e.kind,
      startsAt: new Date(e.startsAt).toISOString(),
      location: e.location,
      participants: mine.length,
      byKind: tally(mine.map((x) => ({ key: x.kind }))),
      byRole: tally(mine.map((x) => ({ key: x.role }))),
    };
  });
}

/** The places the project works in: its network, its ecosystem and the towns of its organisations. */
export async function scopesOf(db: Database, project: ProjectRow) {
  const towns = await db
    .selectFrom('projectRoles as r')
    .innerJoin('organisations as o', 'o.id', 'r.organisationId')
    .select('o.municipalityCode')
    .distinct()
    .where('r.projectId', '=', project.id)
    .where('o.municipalityCode', 'is not', null)
    .execute();
  return {
    networkId: project.networkId,
    ecosystemId: project.ecosystemId,
    towns: towns.map((t) => t.municipalityCode!),
  };
}
export type Scopes = Awaited<ReturnType<typeof scopesOf>>;

export async function mappingBlock(db: Database, caller: Caller, s: Scopes, p: Period, lang: Lang) {
  const q = db
    .selectFrom('mappingRounds as m')
    .select((eb) => [
      'm.id',
      'm.opensOn',
      'm.closesOn',
      ...nameCols('m'),
      eb
        .selectFrom('roundRespondents as r')
        .select((x) => x.fn.countAll<string>().as('n'))
        .whereRef('r.roundId', '=', 'm.id')
        .as('respondents'),
      eb
        .selectFrom('roundRespondents as r')
        .select((x) => x.fn.countAll<string>().as('n'))
        .whereRef('r.roundId', '=', 'm.id')
        .where('r.submittedAt', 'is not', null)
        .as('answered'),
    ])
    .where('m.opensOn', '<=', p.periodEnd)
    .where('m.closesOn', '>=', p.periodStart)
    .where((eb) =>
      eb.or([
        ...(s.networkId ? [eb('m.networkId', '=', s.networkId)] : []),
        ...(s.ecosystemId ? [eb('m.ecosystemId', '=', s.ecosystemId)] : []),
        ...(s.towns.length ? [eb('m.municipalityCode', 'in', s.towns)] : []),
        eb.val(false),
      ]),
    )
    .orderBy('m.opensOn');
  const rows = await applyVisibility(q, caller, 'm').execute();
  return rows.map((r) => ({
    id: r.id,
    name: pick(lang, named(r, 'name')),
    opensOn: String(r.opensOn),
    closesOn: String(r.closesOn),
    respondents: Number(r.respondents ?? 0),
    answered: Number(r.answered ?? 0),
  }));
}

/** A scope's condition on a table with scope_kind and scope_id. */
const inScopes =
  (s: Scopes, alias: string) =>
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  (eb: any) =>
    eb.or([
      ...(s.networkId
        ? [eb.and([eb(`${alias}.scopeKind`, '=', 'network'), eb(`${alias}.scopeId`, '=', s.networkId)])]
        : []),
      ...(s.ecosystemId
        ? [eb.and([eb(`${alias}.scopeKind`, '=', 'ecosystem'), eb(`${alias}.scopeId`, '=', s.ecosystemId)])]
        : []),
      ...(s.towns.length
        ? [eb.and([eb(`${alias}.scopeKind`, '=', 'municipality'), eb(`${alias}.scopeId`, 'in', s.towns)])]
        : []),
      eb.val(false),
    ]);

export async function picturesBlock(db: Database, caller: Caller, s: Scopes, p: Period) {
  const snapshots = await applyVisibility(
    db
      .selectFrom('pictureSnapshots as s')
      .select(['s.id', 's.scopeKind', 's.scopeId', 's.takenOn'])
      .where(inScopes(s, 's'))
      .where('s.takenOn', '>=', p.periodStart)
      .where('s.takenOn', '<=', p.periodEnd),
    caller,
    's',
  ).execute();
  const reports = await applyVisibility(
    db
      .selectFrom('pictureReports as r')
      .select(['r.id', 'r.scopeKind', 'r.scopeName', 'r.createdAt', 'r.publishedAt'])
      .where(inScopes(s, 'r'))
      .where(helsinkiDay('r.createdAt'), '>=', p.periodStart)
      .where(helsinkiDay('r.createdAt'), '<=', p.periodEnd),
    caller,
    'r',
  ).execute();
  return [
    ...snapshots.map((x) => ({
      id: x.id,
      kind: 'snapshot' as const,
      scopeKind: x.scopeKind,
      scopeName: x.scopeId,
      on: String(x.takenOn),
      published: true,
    })),
    ...reports.map((x) => ({
      id: x.id,
      kind: 'report' as const,
      scopeKind: x.scopeKind,
      scopeName: x.scopeName,
      on: new Date(x.createdAt).toISOString().slice(0, 10),
      published: x.publishedAt !== null,
    })),
  ].sort((a, b) => a.on.localeCompare(b.on));
}

/** The strategies the project carries out actions of, and those of its network and ecosystem. */
export async function strategiesOf(db: Database, caller: Caller, project: ProjectRow) {
  const q = db
    .selectFrom('strategies as s')
    .select(['s.id', ...titleCols('s')])
    .where((eb) =>
      eb.or([
        eb(
          's.id',
          'in',
          eb
            .selectFrom('actionProjects as ap')
            .innerJoin('developmentActions as a', 'a.id', 'ap.actionId')
            .select('a.strategyId')
            .where('ap.projectId', '=', project.id),
        ),
        ...(project.networkId ? [eb('s.networkId', '=', project.networkId)] : []),
        ...(project.ecosystemId ? [eb('s.ecosystemId', '=', project.ecosystemId)] : []),
      ]),
    )
    .orderBy('s.titleFi');
  return applyVisibility(q, caller, 's').execute();
}
type StrategyRows = Awaited<ReturnType<typeof strategiesOf>>;

export async function goalsBlock(db: Database, caller: Caller, st: StrategyRows, p: Period, lang: Lang) {
  if (!st.length) return [];
  const strategyName = new Map(st.map((s) => [s.id, pick(lang, named(s, 'title'))]));
  const q = db
    .selectFrom('strategyGoals as g')
    .select((eb) => [
      'g.id',
      'g.strategyId',
      ...titleCols('g'),
      'g.indicatorFi',
      'g.indicatorSv',
      'g.indicatorEn',
      'g.unitFi',
      'g.unitSv',
      'g.unitEn',
      'g.baselineValue',
      'g.baselineYear',
      'g.targetValue',
      'g.targetYear',
      eb
        .selectFrom('goalActuals as a')
        .select(sql<string>`json_build_object('value', a.value, 'on', a.measured_on)`.as('latest'))
        .whereRef('a.goalId', '=', 'g.id')
        .where('a.measuredOn', '<=', p.periodEnd)
        .orderBy('a.measuredOn', 'desc')
        .limit(1)
        .as('latest'),
    ])
    .where(
      'g.strategyId',
      'in',
      st.map((s) => s.id),
    )
    .orderBy('g.titleFi');
  const rows = await applyVisibility(q, caller, 'g').execute();
  return rows.map((g) => {
    const latest = g.latest as unknown as { value: number; on: string } | null;
    return {
      id: g.id,
      strategy: strategyName.get(g.strategyId)!,
      title: pick(lang, named(g, 'title')),
      indicator: pick(lang, { fi: g.indicatorFi, sv: g.indicatorSv, en: g.indicatorEn }),
      unit: g.unitFi === null ? null : pick(lang, { fi: g.unitFi, sv: g.unitSv, en: g.unitEn }),
      baselineValue: num(g.baselineValue),
      baselineYear: g.baselineYear,
      targetValue: num(g.targetValue),
      targetYear: g.targetYear,
      actualValue: latest ? Number(latest.value) : null,
      actualOn: latest ? String(latest.on) : null,
    };
  });
}

export async function actionsBlock(
  db: Database,
  caller: Caller,
  st: StrategyRows,
  projectId: string,
  lang: Lang,
) {
  if (!st.length) return [];
  const strategyName = new Map(st.map((s) => [s.id, pick(lang, named(s, 'title'))]));
  const q = db
    .selectFrom('developmentActions as a')
    .leftJoin('organisations as o', 'o.id', 'a.ownerOrganisationId')
    .select((eb) => [
      'a.id',
      'a.strategyId',
      'a.status',
      'a.startOn',
      'a.endOn',
      ...titleCols('a'),
      'o.nameFi',
      'o.nameSv',
      'o.nameEn',
      eb
        .exists(
          eb
            .selectFrom('actionProjects as ap')
            .select('ap.id')
            .whereRef('ap.actionId', '=', 'a.id')
            .where('ap.projectId', '=', projectId),
        )
        .as('inProject'),
    ])
    .where(
      'a.strategyId',
      'in',
      st.map((s) => s.id),
    )
    .orderBy('a.titleFi');
  const rows = await applyVisibility(q, caller, 'a').execute();
  return rows.map((a) => ({
    id: a.id,
    strategy: strategyName.get(a.strategyId)!,
    title: pick(lang, named(a, 'title')),
    status: a.status,
    owner: a.nameFi === null ? null : pick(lang, { fi: a.nameFi, sv: a.nameSv, en: a.nameEn }),
    startOn: a.startOn === null ? null : String(a.startOn),
    endOn: a.endOn === null ? null : String(a.endOn),
    inProject: Boolean(a.inProject),
  }));
}

/** The contact pipeline of the project's workspace in the period: what was logged, who was won. */
export async function contactsBlock(
  db: Database,
  caller: Caller,
  workspaceId: string,
  p: Period,
  lang: Lang,
): Promise<ProjectReportData['contacts']> {
  const inPeriod = db
    .selectFrom('notes as n')
    .innerJoin('contacts as c', 'c.id', 'n.contactId')
    .where('c.workspaceId', '=', workspaceId)
    .where(helsinkiDay('n.occurredAt'), '>=', p.periodStart)
    .where(helsinkiDay('n.occurredAt'), '<=', p.periodEnd);
  const logged = await applyVisibility(
    inPeriod.select((x) => x.fn.countAll<string>().as('n')),
    caller,
    'c',
  ).executeTakeFirst();
  const won = await applyVisibility(
    inPeriod
      .innerJoin('organisations as o', 'o.id', 'c.organisationId')
      .select(['c.id', 'n.occurredAt', ...nameCols('o')])
      .where('n.toStage', '=', 'partner')
      .orderBy('n.occurredAt'),
    caller,
    'c',
  ).execute();
  return {
    logged: Number(logged?.n ?? 0),
    won: won.map((w) => ({
      id: w.id,
      organisation: pick(lang, named(w, 'name')),
      on: new Date(w.occurredAt).toISOString().slice(0, 10),
    })),
  };
}
