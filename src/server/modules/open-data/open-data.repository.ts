/**
 * The SQL of the open data: every query reads as the given caller through the visibility rule (the
 * service always gives the anonymous caller), in id order a page at a time so a large table streams.
 */
import type { Caller } from '../../auth/caller.js';
import { applyVisibility, visibleSql } from '../../auth/visibility.js';
import type { Database } from '../../db/database.js';

export type Page = { after?: string; limit: number };

export type OrganisationFilter = { municipalityCode?: string; kind?: string; industryCode?: string };

/** Public organisations with their town's names and their industry's name (the code's, else its division's). */
export function organisationRows(db: Database, caller: Caller, filter: OrganisationFilter, page: Page) {
  let q = applyVisibility(db.selectFrom('organisations as o'), caller, 'o')
    .leftJoin('municipalities as m', 'm.code', 'o.municipalityCode')
    .leftJoin('industries as i', (j) =>
      j.onRef('i.code', '=', 'o.tolCode').on('i.classification', '=', 'TOL2008'),
    )
    .leftJoin('industries as d', (j) =>
      j
        .on((eb) => eb('d.code', '=', eb.fn<string>('left', ['o.tolCode', eb.val(2)])))
        .on('d.classification', '=', 'TOL2008'),
    )
    .select([
      'o.id',
      'o.nameFi',
      'o.nameSv',
      'o.nameEn',
      'o.businessId',
      'o.kind',
      'o.municipalityCode',
      'm.nameFi as municipalityNameFi',
      'm.nameSv as municipalityNameSv',
      'o.tolCode',
      'i.nameFi as industryFi',
      'i.nameSv as industrySv',
      'i.nameEn as industryEn',
      'd.nameFi as divisionFi',
      'd.nameSv as divisionSv',
      'd.nameEn as divisionEn',
      'o.website',
      'o.publicConsentOn',
      'o.updatedAt',
    ]);
  if (filter.municipalityCode) q = q.where('o.municipalityCode', '=', filter.municipalityCode);
  if (filter.kind) q = q.where('o.kind', '=', filter.kind);
  if (filter.industryCode) q = q.where('o.tolCode', 'like', `${filter.industryCode}%`);
  if (page.after) q = q.where('o.id', '>', page.after);
  return q.orderBy('o.id').limit(page.limit).execute();
}

export type OrganisationRow = Awaited<ReturnType<typeof organisationRows>>[number];

export type EventFilter = {
  municipalityCode?: string;
  ecosystemId?: string;
  networkId?: string;
  kind?: string;
  from?: Date;
};

/**
 * Public events in the order they start, after `page.after` (`<ISO start time>~<id>`); their ecosystem
 * and network are named only when those are public too (an event of a private ecosystem is shown
 * without it, and filtering by a private one finds nothing).
 */
export function eventRows(db: Database, caller: Caller, filter: EventFilter, page: Page) {
  let q = applyVisibility(db.selectFrom('events as e'), caller, 'e')
    .leftJoin('municipalities as m', 'm.code', 'e.municipalityCode')
    .leftJoin('ecosystems as ec', (j) => j.onRef('ec.id', '=', 'e.ecosystemId').on(visibleSql(caller, 'ec')))
    .leftJoin('networks as n', (j) => j.onRef('n.id', '=', 'e.networkId').on(visibleSql(caller, 'n')))
    .select([
      'e.id',
      'e.kind',
      'e.titleFi',
      'e.titleSv',
      'e.titleEn',
      'e.startsAt',
      'e.endsAt',
      'e.location',
      'e.isOnline',
      'e.onlineUrl',
      'e.municipalityCode',
      'm.nameFi as municipalityNameFi',
      'm.nameSv as municipalityNameSv',
      'ec.id as ecosystemId',
      'ec.nameFi as ecosystemNameFi',
      'n.id as networkId',
      'n.nameFi as networkNameFi',
    ]);
  if (filter.municipalityCode) q = q.where('e.municipalityCode', '=', filter.municipalityCode);
  if (filter.ecosystemId) q = q.where('ec.id', '=', filter.ecosystemId);
  if (filter.networkId) q = q.where('n.id', '=', filter.networkId);
  if (filter.kind) q = q.where('e.kind', '=', filter.kind);
  if (filter.from) {
    const from = filter.from;
    q = q.where((eb) => eb.or([eb('e.startsAt', '>=', from), eb('e.endsAt', '>=', from)]));
  }
  if (page.after) {
    const [startsAt, id] = page.after.split('~') as [string, string];
    q = q.where((eb) => eb(eb.refTuple('e.startsAt', 'e.id'), '>', eb.tuple(new Date(startsAt), id)));
  }
  return q.orderBy('e.startsAt').orderBy('e.id').limit(page.limit).execute();
}

export type EventRow = Awaited<ReturnType<typeof eventRows>>[number];

export function ecosystemRows(
  db: Database,
  caller: Caller,
  filter: { municipalityCode?: string },
  page: Page,
) {
  let q = applyVisibility(db.selectFrom('ecosystems as e'), caller, 'e').select([
    'e.id',
    'e.slug',
    'e.nameFi',
    'e.nameSv',
    'e.nameEn',
    'e.descriptionFi',
    'e.descriptionSv',
    'e.descriptionEn',
    'e.themes',
    'e.municipalityCodes',
  ]);
  const code = filter.municipalityCode;
  if (code) q = q.where((eb) => eb(eb.val(code), '=', eb.fn.any('e.municipalityCodes')));
  if (page.after) q = q.where('e.id', '>', page.after);
  return q.orderBy('e.id').limit(page.limit).execute();
}

export type EcosystemRow = Awaited<ReturnType<typeof ecosystemRows>>[number];

export function networkRows(db: Database, caller: Caller, filter: { kind?: string }, page: Page) {
  let q = applyVisibility(db.selectFrom('networks as n'), caller, 'n').select([
    'n.id',
    'n.slug',
    'n.kind',
    'n.nameFi',
    'n.nameSv',
    'n.nameEn',
    'n.descriptionFi',
    'n.descriptionSv',
    'n.descriptionEn',
    'n.startOn',
    'n.endOn',
  ]);
  if (filter.kind) q = q.where('n.kind', '=', filter.kind);
  if (page.after) q = q.where('n.id', '>', page.after);
  return q.orderBy('n.id').limit(page.limit).execute();
}

export type NetworkRow = Awaited<ReturnType<typeof networkRows>>[number];

const published = (db: Database) =>
  db
    .selectFrom('publicPages as p')
    .where('p.publishedAt', 'is not', null)
    .select(['p.id', 'p.path', 'p.publishedAt', 'p.municipalityCode', 'p.ecosystemId', 'p.networkId']);

/**
 * Published pages with the names of what they stand for; a page of an ecosystem or network is public
 * only while that record is.
 */
export async function publishedPageRows(db: Database, caller: Caller) {
  const [towns, ecosystems, networks] = await Promise.all([
    published(db)
      .innerJoin('municipalities as s', 's.code', 'p.municipalityCode')
      .select(['s.nameFi', 's.nameSv', 's.nameEn'])
      .execute(),
    applyVisibility(published(db).innerJoin('ecosystems as s', 's.id', 'p.ecosystemId'), caller, 's')
      .select(['s.nameFi', 's.nameSv', 's.nameEn'])
      .execute(),
    applyVisibility(published(db).innerJoin('networks as s', 's.id', 'p.networkId'), caller, 's')
      .select(['s.nameFi', 's.nameSv', 's.nameEn'])
      .execute(),
  ]);
  return [...towns, ...ecosystems, ...networks].sort((a, b) => a.path.localeCompare(b.path));
}

export type PageRow = Awaited<ReturnType<typeof publishedPageRows>>[number];

/** A town's public organisations counted by kind. */
export function actorsByKind(db: Database, caller: Caller, municipalityCode: string) {
  return applyVisibility(db.selectFrom('organisations as o'), caller, 'o')
    .where('o.municipalityCode', '=', municipalityCode)
    .select((eb) => ['o.kind', eb.fn.countAll<string>().as('count')])
    .groupBy('o.kind')
    .orderBy('o.kind')
    .execute();
}

/** How many public ecosystems a town has, and how many public events of the town are not yet over. */
export async function townCounts(db: Database, caller: Caller, municipalityCode: string, from: Date) {
  const [ecosystems, events] = await Promise.all([
    applyVisibility(db.selectFrom('ecosystems as e'), caller, 'e')
      .where((eb) => eb(eb.val(municipalityCode), '=', eb.fn.any('e.municipalityCodes')))
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow(),
    applyVisibility(db.selectFrom('events as e'), caller, 'e')
      .where('e.municipalityCode', '=', municipalityCode)
      .where((eb) => eb.or([eb('e.startsAt', '>=', from), eb('e.endsAt', '>=', from)]))
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return { ecosystems: Number(ecosystems.n), upcomingEvents: Number(events.n) };
}

export function industryNames(db: Database, codes: readonly string[]) {
  if (codes.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('industries')
    .select(['code', 'nameFi', 'nameSv', 'nameEn'])
    .where('classification', '=', 'TOL2008')
    .where('code', 'in', [...codes])
    .execute();
}

/** Record tables a dataset reads; they share the columns a stamp counts. */
export type StampedTable = 'organisations' | 'events' | 'ecosystems' | 'networks' | 'networkMembers';

export type Stamp = { records: number; latest: number };

const stampOf = (row: { n: string | number | bigint; latest: unknown }): Stamp => ({
  records: Number(row.n),
  latest: row.latest ? new Date(row.latest as string).getTime() : 0,
});

/**
 * How many records of a table the caller may read and when the latest of them changed: a record that
 * is added, edited, removed or made (non-)public changes one of the two.
 */
export async function visibleStamp(db: Database, caller: Caller, table: StampedTable) {
  const row = await applyVisibility(db.selectFrom(table as 'organisations'), caller)
    .select((eb) => [eb.fn.countAll<string>().as('n'), eb.fn.max('updatedAt').as('latest')])
    .executeTakeFirstOrThrow();
  return stampOf(row);
}

/** The same of the published pages. */
export async function publishedStamp(db: Database) {
  const row = await db
    .selectFrom('publicPages')
    .where('publishedAt', 'is not', null)
    .select((eb) => [eb.fn.countAll<string>().as('n'), eb.fn.max('updatedAt').as('latest')])
    .executeTakeFirstOrThrow();
  return stampOf(row);
}

/** The same of the towns' names (reference data, renamed when Statistics Finland's files are imported). */
export async function municipalitiesStamp(db: Database) {
  const row = await db
    .selectFrom('municipalities')
    .select((eb) => [eb.fn.countAll<string>().as('n'), eb.fn.max('updatedAt').as('latest')])
    .executeTakeFirstOrThrow();
  return stampOf(row);
}
