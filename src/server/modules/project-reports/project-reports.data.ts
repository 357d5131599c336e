/**
 * The data of a project's report for a period, read as the caller may see it: the project and its roles,
 * the events it held, the mapping rounds and pictures of its scopes, its strategies' goals and
 * development actions, and its workspace's contact pipeline. SQL only.
 */
import { sql } from 'kysely';
import { helsinkiDay as dayInFinland } from '../../../domain/helsinki-time.js';
import type { ProjectReportData } from '../../../domain/project-reports.js';
import { textIn } from '../../../domain/text-in-language.js';
import type { Caller } from '../../auth/caller.js';
import { applyVisibility } from '../../auth/visibility.js';
import type { Database } from '../../db/database.js';
import { networkTownCodes } from '../strategies/rollup.repository.js';
import type { ProjectRow } from './project-reports.repository.js';

export type Lang = 'fi' | 'sv' | 'en';
export type Period = { periodStart: string; periodEnd: string };
export const nameCols = <A extends string>(a: A) => [`${a}.nameFi`, `${a}.nameSv`, `${a}.nameEn`] as const;
export const titleCols = <A extends string>(a: A) =>
  [`${a}.titleFi`, `${a}.titleSv`, `${a}.titleEn`] as const;
/** A timestamp's day in Finland, to compare with the period's days. */
export const helsinkiDay = (column: string) =>
  sql<string>`(${sql.ref(column)} at time zone 'Europe/Helsinki')::date`;
export const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));

/** The project's own facts; its funders are the funder roles the caller may read (see `rolesBlock`). */
export async function projectBlock(db: Database, project: ProjectRow, roles: Roles, lang: Lang) {
  const call = project.fundingCallId
    ? await db
        .selectFrom('fundingCalls')
        .select(titleCols('fundingCalls'))
        .where('id', '=', project.fundingCallId)
        .executeTakeFirst()
    : undefined;
  return {
    id: project.id,
    name: textIn(project, 'name', lang),
    names: { fi: project.nameFi, sv: project.nameSv, en: project.nameEn },
    programme: project.programme,
    fundingCall: call ? textIn(call, 'title', lang) : null,
    funders: [...new Set(roles.filter((r) => r.role === 'funder').map((r) => r.organisation))],
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
    organisation: textIn(r, 'name', lang),
    kind: r.kind,
    role: r.role,
    note: r.note,
  }));
}
export type Roles = Awaited<ReturnType<typeof rolesBlock>>;

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
      title: textIn(e, 'title', lang),
      kind: e.kind,
      startsAt: new Date(e.startsAt).toISOString(),
      location: e.location,
      participants: mine.length,
      byKind: tally(mine.map((x) => ({ key: x.kind }))),
      byRole: tally(mine.map((x) => ({ key: x.role }))),
    };
  });
}

/**
 * The places the project works in: its network, its ecosystem and those of its towns, and its towns (of
 * its organisations and those its network stands for). Every membership counts: the scopes only choose
 * which rounds, pictures and strategies to read, and each of those is read as the caller may see it.
 */
export async function scopesOf(db: Database, project: ProjectRow) {
  const ofRoles = await db
    .selectFrom('projectRoles as r')
    .innerJoin('organisations as o', 'o.id', 'r.organisationId')
    .select('o.municipalityCode')
    .distinct()
    .where('r.projectId', '=', project.id)
    .where('o.municipalityCode', 'is not', null)
    .execute();
  const ofNetwork = project.networkId ? await networkTownCodes(db, project.networkId) : [];
  const towns = [...new Set([...ofRoles.map((t) => t.municipalityCode!), ...ofNetwork])];
  const ecosystems = towns.length
    ? await db
        .selectFrom('ecosystems')
        .select('id')
        .where(sql<boolean>`municipality_codes && ${sql.val(towns)}::text[]`)
        .execute()
    : [];
  return {
    networkId: project.networkId,
    ecosystemIds: [
      ...new Set([project.ecosystemId, ...ecosystems.map((e) => e.id)].filter((x) => x !== null)),
    ],
    towns,
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
        ...(s.ecosystemIds.length ? [eb('m.ecosystemId', 'in', s.ecosystemIds)] : []),
        ...(s.towns.length ? [eb('m.municipalityCode', 'in', s.towns)] : []),
        eb.val(false),
      ]),
    )
    .orderBy('m.opensOn');
  const rows = await applyVisibility(q, caller, 'm').execute();
  return rows.map((r) => ({
    id: r.id,
    name: textIn(r, 'name', lang),
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
      ...(s.ecosystemIds.length
        ? [eb.and([eb(`${alias}.scopeKind`, '=', 'ecosystem'), eb(`${alias}.scopeId`, 'in', s.ecosystemIds)])]
        : []),
      ...(s.towns.length
        ? [eb.and([eb(`${alias}.scopeKind`, '=', 'municipality'), eb(`${alias}.scopeId`, 'in', s.towns)])]
        : []),
      eb.val(false),
    ]);

/** A picture's scope by its name in the report's language (a town's, an ecosystem's or a network's). */
async function scopeNames(db: Database, ids: { scopeKind: string; scopeId: string }[], lang: Lang) {
  const of = (kind: string) => ids.filter((i) => i.scopeKind === kind).map((i) => i.scopeId);
  const [towns, ecosystems, networks] = [of('municipality'), of('ecosystem'), of('network')];
  const rows = [
    ...(towns.length
      ? await db
          .selectFrom('municipalities')
          .select(['code as id', ...nameCols('municipalities')])
          .where('code', 'in', towns)
          .execute()
      : []),
    ...(ecosystems.length
      ? await db
          .selectFrom('ecosystems')
          .select(['id', ...nameCols('ecosystems')])
          .where('id', 'in', ecosystems)
          .execute()
      : []),
    ...(networks.length
      ? await db
          .selectFrom('networks')
          .select(['id', ...nameCols('networks')])
          .where('id', 'in', networks)
          .execute()
      : []),
  ];
  const names = new Map(rows.map((r) => [r.id, textIn(r, 'name', lang)]));
  return (id: string) => names.get(id) ?? id;
}

export async function picturesBlock(db: Database, caller: Caller, s: Scopes, p: Period, lang: Lang) {
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
  const scopeName = await scopeNames(db, snapshots, lang);
  return [
    ...snapshots.map((x) => ({
      id: x.id,
      kind: 'snapshot' as const,
      scopeKind: x.scopeKind,
      scopeName: scopeName(x.scopeId),
      on: String(x.takenOn),
      published: true,
    })),
    ...reports.map((x) => ({
      id: x.id,
      kind: 'report' as const,
      scopeKind: x.scopeKind,
      scopeName: x.scopeName,
      on: dayInFinland(new Date(x.createdAt)),
      published: x.publishedAt !== null,
    })),
  ].sort((a, b) => a.on.localeCompare(b.on));
}

/** The activities that are contacts with the organisation (not notes or stage changes). */
const CONTACT_KINDS = ['call', 'email', 'meeting'];

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
    inPeriod.select((x) => x.fn.countAll<string>().as('n')).where('n.kind', 'in', CONTACT_KINDS),
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
      organisation: textIn(w, 'name', lang),
      on: dayInFinland(new Date(w.occurredAt)),
    })),
  };
}
