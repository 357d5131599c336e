import type { ExpressionBuilder } from 'kysely';
import type { Caller } from '../../auth/caller.js';
import type { DB } from '../../db/schema.js';
import { applyVisibility } from '../../auth/visibility.js';
import type { Database } from '../../db/database.js';

export type PipelineFilter = {
  workspaceIds: string[] | null;
  contactId?: string;
  ownerId?: string;
  competenceId?: string;
  organisationId?: string;
  dueBy?: string;
  openOnly?: boolean;
};

const CONTACT_COLUMNS = [
  'c.id',
  'c.workspaceId',
  'c.visibility',
  'c.organisationId',
  'c.personId',
  'c.stage',
  'c.reason',
  'c.nextStep',
  'c.nextStepOn',
  'c.ownerId',
  'c.competenceId',
  'c.updatedAt',
  'c.example',
] as const;

/** The investor's enquiry from a public page that a contact came from (issue 17), if it did. */
const enquiryOf = (eb: ExpressionBuilder<DB & { c: DB['contacts'] }, 'c'>) =>
  eb.selectFrom('enquiries as e').whereRef('e.contactId', '=', 'c.id').orderBy('e.receivedAt').limit(1);

/**
 * The contacts the caller may read, with their organisation's names and town, narrowed by the filter.
 * A contact whose organisation the caller can no longer read is left out, as if it did not exist.
 */
export function pipelineContacts(db: Database, caller: Caller, filter: PipelineFilter) {
  let query = applyVisibility(
    db
      .selectFrom('contacts as c')
      .innerJoin('organisations as o', 'o.id', 'c.organisationId')
      .leftJoin('municipalities as m', 'm.code', 'o.municipalityCode')
      .select(CONTACT_COLUMNS)
      .select(['o.nameFi', 'o.nameSv', 'o.nameEn', 'o.source as organisationSource'])
      .select(['m.nameFi as townFi', 'm.nameSv as townSv', 'm.nameEn as townEn'])
      .select((eb) => [
        enquiryOf(eb).select('e.pageUrl').as('enquiryPageUrl'),
        enquiryOf(eb).select('e.receivedAt').as('enquiryReceivedAt'),
      ]),
    caller,
    'c',
  );
  query = applyVisibility(query, caller, 'o');
  if (filter.workspaceIds) query = query.where('c.workspaceId', 'in', filter.workspaceIds);
  if (filter.contactId) query = query.where('c.id', '=', filter.contactId);
  if (filter.ownerId) query = query.where('c.ownerId', '=', filter.ownerId);
  if (filter.competenceId) query = query.where('c.competenceId', '=', filter.competenceId);
  if (filter.organisationId) query = query.where('c.organisationId', '=', filter.organisationId);
  if (filter.dueBy) query = query.where('c.nextStepOn', '<=', filter.dueBy);
  if (filter.openOnly) query = query.where('c.stage', 'not in', ['partner', 'not_now']);
  return query
    .orderBy('c.nextStepOn', (ob) => ob.asc().nullsLast())
    .orderBy('o.nameFi')
    .execute();
}

export type PipelineRow = Awaited<ReturnType<typeof pipelineContacts>>[number];

/** The names of competences the caller may read, by id. */
export const competenceNames = (db: Database, caller: Caller, ids: string[]) =>
  ids.length === 0
    ? Promise.resolve([])
    : applyVisibility(
        db.selectFrom('competences').select(['id', 'nameFi', 'nameSv', 'nameEn']).where('id', 'in', ids),
        caller,
      ).execute();

/** The owners' display names (never their e-mail addresses: a shared card leaves the workspace). */
export const userNames = (db: Database, ids: string[]) =>
  ids.length === 0
    ? Promise.resolve([])
    : db.selectFrom('users').select(['id', 'displayName']).where('id', 'in', ids).execute();

/**
 * The named people the caller may read (an anonymised or nameless one is left out: a card shows names,
 * never ids).
 */
export const personNames = (db: Database, caller: Caller, ids: string[]) =>
  ids.length === 0
    ? Promise.resolve([])
    : applyVisibility(
        db
          .selectFrom('people')
          .select(['id', 'fullName'])
          .where('id', 'in', ids)
          .where('fullName', 'is not', null)
          .where('anonymisedAt', 'is', null),
        caller,
      ).execute();

/**
 * The roles the caller may read of these people in these organisations, the current ones first (no end,
 * or an end not yet passed on `today`), then the latest started.
 */
export const personRoles = (
  db: Database,
  caller: Caller,
  personIds: string[],
  organisationIds: string[],
  today: string,
) =>
  personIds.length === 0
    ? Promise.resolve([])
    : applyVisibility(
        db
          .selectFrom('personRoles')
          .select(['personId', 'organisationId', 'title'])
          .where('personId', 'in', personIds)
          .where('organisationId', 'in', organisationIds)
          .orderBy((eb) => eb.or([eb('endOn', 'is', null), eb('endOn', '>=', today)]), 'desc')
          .orderBy('startOn', (ob) => ob.desc().nullsLast())
          .orderBy('createdAt', 'desc'),
        caller,
      ).execute();

/** A workspace by its id or its slug. */
export const workspaceByKey = (db: Database, key: string, isId: boolean) =>
  db
    .selectFrom('workspaces')
    .select('id')
    .where(isId ? 'id' : 'slug', '=', key)
    .executeTakeFirst();

/** The workspace's users who may own its contacts (not disabled), by display name only. */
export const workspaceUsers = (db: Database, workspaceId: string) =>
  db
    .selectFrom('memberships as m')
    .innerJoin('users as u', 'u.id', 'm.userId')
    .select(['u.id', 'u.displayName'])
    .where('m.workspaceId', '=', workspaceId)
    .where('u.disabledAt', 'is', null)
    .orderBy('u.displayName')
    .orderBy('u.id')
    .execute();

/** The latest activity of each contact. */
export const latestActivities = (db: Database, contactIds: string[]) =>
  contactIds.length === 0
    ? Promise.resolve([])
    : db
        .selectFrom('notes')
        .distinctOn('contactId')
        .select(['contactId', 'kind', 'occurredAt', 'toStage'])
        .where('contactId', 'in', contactIds)
        .orderBy('contactId')
        .orderBy('occurredAt', 'desc')
        .orderBy('createdAt', 'desc')
        .execute();

/**
 * A contact's placement and stage; `lock` keeps it locked for the rest of the transaction, so concurrent
 * moves of one contact take turns.
 */
export function contactById(db: Database, id: string, lock = false) {
  const query = db
    .selectFrom('contacts')
    .select(['id', 'workspaceId', 'visibility', 'networkId', 'stage', 'organisationId'])
    .where('id', '=', id);
  return (lock ? query.forUpdate() : query).executeTakeFirst();
}

/** When the contact's log was last written to: a move logged after it must sort after it. */
export const lastLoggedAt = async (trx: Database, contactId: string) =>
  (
    await trx
      .selectFrom('notes')
      .select((eb) => eb.fn.max('occurredAt').as('at'))
      .where('contactId', '=', contactId)
      .executeTakeFirst()
  )?.at ?? null;

export type ContactPlacement = NonNullable<Awaited<ReturnType<typeof contactById>>>;

export const setStage = (trx: Database, id: string, stage: string, by: string) =>
  trx
    .updateTable('contacts')
    .set((eb) => ({ stage, updatedBy: by, updatedAt: eb.fn<Date>('now') }))
    .where('id', '=', id)
    .execute();

export type NewActivity = {
  contact: ContactPlacement;
  kind: string;
  body: string;
  occurredAt: Date;
  fromStage?: string | null;
  toStage?: string | null;
  by: string;
};

const ACTIVITY_COLUMNS = [
  'id',
  'contactId',
  'kind',
  'body',
  'occurredAt',
  'fromStage',
  'toStage',
  'createdBy',
  'createdAt',
] as const;

/** One entry of a contact's log, in the contact's workspace and as visible as the contact. */
export const insertActivity = (trx: Database, a: NewActivity) =>
  trx
    .insertInto('notes')
    .values({
      contactId: a.contact.id,
      workspaceId: a.contact.workspaceId,
      visibility: a.contact.visibility,
      kind: a.kind,
      body: a.body,
      occurredAt: a.occurredAt,
      fromStage: a.fromStage ?? null,
      toStage: a.toStage ?? null,
      createdBy: a.by,
      updatedBy: a.by,
    })
    .returning(ACTIVITY_COLUMNS)
    .executeTakeFirstOrThrow();

export type ActivityRow = Awaited<ReturnType<typeof insertActivity>>;

/** A contact's log, newest first, as far as the caller may read it. */
export const activitiesOf = (db: Database, caller: Caller, contactId: string) =>
  applyVisibility(
    db
      .selectFrom('notes')
      .select(ACTIVITY_COLUMNS)
      .where('contactId', '=', contactId)
      .orderBy('occurredAt', 'desc')
      .orderBy('createdAt', 'desc'),
    caller,
  ).execute();

/** Whether the caller may read the organisation. */
export const organisationVisible = async (db: Database, caller: Caller, id: string) =>
  !!(await applyVisibility(
    db.selectFrom('organisations').select('id').where('id', '=', id),
    caller,
  ).executeTakeFirst());
