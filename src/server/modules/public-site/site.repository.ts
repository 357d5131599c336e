/**
 * The reads of the public pages. Every record is read as the anonymous visitor reads it (the visibility
 * rule with ANONYMOUS); a page itself is public only once published, which the service decides.
 */
import { ANONYMOUS } from '../../auth/caller.js';
import { applyVisibility } from '../../auth/visibility.js';
import type { Database } from '../../db/database.js';
import type { ScopeMembers } from '../pictures/picture.repository.js';

const PAGE_COLUMNS = [
  'id',
  'workspaceId',
  'path',
  'municipalityCode',
  'ecosystemId',
  'networkId',
  'introFi',
  'introSv',
  'introEn',
  'contacts',
  'publishedAt',
  'updatedAt',
] as const;

export function findPage(db: Database, path: string) {
  return db.selectFrom('publicPages').select(PAGE_COLUMNS).where('path', '=', path).executeTakeFirst();
}
export type PageRow = NonNullable<Awaited<ReturnType<typeof findPage>>>;

export function publishedPages(db: Database) {
  return db
    .selectFrom('publicPages')
    .select(PAGE_COLUMNS)
    .where('publishedAt', 'is not', null)
    .orderBy('path')
    .execute();
}

/** An ecosystem or network as an anonymous visitor may read it; undefined when it is not public. */
export function publicCommunity(db: Database, table: 'ecosystems' | 'networks', id: string) {
  return applyVisibility(
    db
      .selectFrom(table)
      .select(['id', 'nameFi', 'nameSv', 'nameEn', 'descriptionFi', 'descriptionSv', 'descriptionEn']),
    ANONYMOUS,
  )
    .where('id', '=', id)
    .executeTakeFirst();
}

export function ecosystemTowns(db: Database, id: string) {
  return db.selectFrom('ecosystems').select('municipalityCodes').where('id', '=', id).executeTakeFirst();
}

/** Public actors who agreed to be shown, in a town or among the public members of an ecosystem or network. */
export function keyActors(db: Database, from: { members: ScopeMembers } | { municipalityCode: string }) {
  let q = applyVisibility(
    db
      .selectFrom('organisations')
      .select(['id', 'nameFi', 'nameSv', 'nameEn', 'kind', 'website', 'municipalityCode', 'tolCode'])
      .where('publicConsentOn', 'is not', null),
    ANONYMOUS,
  );
  if ('municipalityCode' in from) q = q.where('municipalityCode', '=', from.municipalityCode);
  else {
    const { table, column, id } = from.members;
    const members = applyVisibility(db.selectFrom(table).select('organisationId'), ANONYMOUS).where(
      column,
      '=',
      id,
    );
    q = q.where('id', 'in', members);
  }
  return q.orderBy('nameFi').limit(200).execute();
}
export type ActorRow = Awaited<ReturnType<typeof keyActors>>[number];

/** Public relations between these actors (both ends among them). */
export function relationsAmong(db: Database, ids: readonly string[]) {
  if (ids.length < 2) return Promise.resolve([]);
  return applyVisibility(
    db.selectFrom('relations').select(['fromOrganisationId', 'toOrganisationId', 'kind']),
    ANONYMOUS,
  )
    .where('fromOrganisationId', 'in', [...ids])
    .where('toOrganisationId', 'in', [...ids])
    .where('endOn', 'is', null)
    .limit(500)
    .execute();
}

export type EventScope = { column: 'municipalityCode' | 'ecosystemId' | 'networkId'; value: string };

const EVENT_COLUMNS = [
  'id',
  'kind',
  'titleFi',
  'titleSv',
  'titleEn',
  'descriptionFi',
  'descriptionSv',
  'descriptionEn',
  'startsAt',
  'endsAt',
  'location',
  'municipalityCode',
  'isOnline',
  'onlineUrl',
  'updatedAt',
] as const;

/** Public events of the scope that have not ended. */
export function upcomingEvents(db: Database, scope: EventScope, now: Date) {
  return applyVisibility(db.selectFrom('events').select(EVENT_COLUMNS), ANONYMOUS)
    .where(scope.column, '=', scope.value)
    .where((eb) => eb(eb.fn.coalesce('endsAt', 'startsAt'), '>=', now))
    .orderBy('startsAt')
    .limit(20)
    .execute();
}
export type EventRow = Awaited<ReturnType<typeof upcomingEvents>>[number];

export function publicEvent(db: Database, id: string) {
  return applyVisibility(db.selectFrom('events').select(EVENT_COLUMNS), ANONYMOUS)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** The page's stories whose day has come, newest first (without the image bytes). */
export function pageStories(db: Database, pageId: string, today: string) {
  return db
    .selectFrom('publicStories')
    .select([
      'id',
      'titleFi',
      'titleSv',
      'titleEn',
      'bodyFi',
      'bodySv',
      'bodyEn',
      'imageType',
      'imageAltFi',
      'imageAltSv',
      'imageAltEn',
      'publishedOn',
      'updatedAt',
    ])
    .where('publicPageId', '=', pageId)
    .where('publishedOn', 'is not', null)
    .where('publishedOn', '<=', today)
    .orderBy('publishedOn', 'desc')
    .orderBy('createdAt', 'desc')
    .limit(20)
    .execute();
}
export type StoryRow = Awaited<ReturnType<typeof pageStories>>[number];

/** A story's image with its page, for the image route (the service checks the page is public). */
export function storyImage(db: Database, id: string) {
  return db
    .selectFrom('publicStories as s')
    .innerJoin('publicPages as p', 'p.id', 's.publicPageId')
    .select(['s.image', 's.imageType', 's.publishedOn', 's.updatedAt', 'p.path', 'p.workspaceId'])
    .where('s.id', '=', id)
    .executeTakeFirst();
}

/** The newest published report of the scope kept by the page's workspace, in a language, readable by anyone. */
export function publishedReport(
  db: Database,
  scope: { kind: string; id: string; workspaceId: string },
  lang: string,
) {
  return applyVisibility(db.selectFrom('pictureReports').select(['content', 'language']), ANONYMOUS)
    .where('scopeKind', '=', scope.kind)
    .where('scopeId', '=', scope.id)
    .where('workspaceId', '=', scope.workspaceId)
    .where('language', '=', lang)
    .where('publishedAt', 'is not', null)
    .orderBy('publishedAt', 'desc')
    .executeTakeFirst();
}

export function bordersOf(db: Database, codes: readonly string[]) {
  if (codes.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('municipalityBorders')
    .select(['municipalityCode', 'geometry'])
    .where('municipalityCode', 'in', [...codes])
    .execute();
}
