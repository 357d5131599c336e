import type { Caller } from '../../auth/caller.js';
import { canRead, canWrite } from '../../auth/visibility.js';
import { audit } from '../../audit/audit.js';
import { inTransaction, type Database } from '../../db/database.js';
import { AppError, notFound, refused } from '../../errors.js';
import { helsinkiDay } from '../../../domain/helsinki-time.js';
import { isUuid } from '../../resources/repository.js';
import * as repo from './pipeline.repository.js';

export type PipelineQuery = {
  workspaceId?: string;
  ownerId?: string;
  competenceId?: string;
  organisationId?: string;
};

export type PipelineCard = repo.PipelineRow & {
  owner: { id: string; displayName: string | null } | null;
  competence: { id: string; nameFi: string; nameSv: string | null; nameEn: string | null } | null;
  lastActivity: { kind: string; occurredAt: Date; toStage: string | null } | null;
  person: ContactPerson | null;
};

/** The person a contact is with, by name, and their role in the contact's organisation (if one is known). */
export type ContactPerson = { id: string; name: string; role: string | null };

const distinct = (values: (string | null)[]) => [...new Set(values.filter((v): v is string => !!v))];

/**
 * Each contact's person the caller may read, with the title of their role in the contact's organisation
 * (the current role first). A person out of the caller's sight is left out, as if the card had none.
 */
async function peopleOf(db: Database, caller: Caller, rows: repo.PipelineRow[], now: Date) {
  const personIds = distinct(rows.map((r) => r.personId));
  const [people, roles] = await Promise.all([
    repo.personNames(db, caller, personIds),
    repo.personRoles(db, caller, personIds, distinct(rows.map((r) => r.organisationId)), helsinkiDay(now)),
  ]);
  const nameOf = new Map(people.map((p) => [p.id, p.fullName!]));
  const roleOf = new Map<string, string>();
  for (const r of roles) {
    const key = `${r.personId}|${r.organisationId}`;
    if (!roleOf.has(key)) roleOf.set(key, r.title);
  }
  return (r: repo.PipelineRow): ContactPerson | null => {
    const name = r.personId && nameOf.get(r.personId);
    if (!name) return null;
    return { id: r.personId!, name, role: roleOf.get(`${r.personId}|${r.organisationId}`) ?? null };
  };
}

/** The workspaces a pipeline is read from: the one asked for (if the caller may read it), else their own. */
function workspacesToRead(caller: Caller, workspaceId?: string): string[] | null {
  if (workspaceId) return [workspaceId];
  return caller.isAdmin ? null : [...caller.workspaces.keys()];
}

/** Adds each card's owner, need, person and latest activity in batched reads. */
async function decorate(
  db: Database,
  caller: Caller,
  rows: repo.PipelineRow[],
  now: Date,
): Promise<PipelineCard[]> {
  const [owners, needs, activities, personOf] = await Promise.all([
    repo.userNames(db, distinct(rows.map((r) => r.ownerId))),
    repo.competenceNames(db, caller, distinct(rows.map((r) => r.competenceId))),
    repo.latestActivities(
      db,
      rows.map((r) => r.id),
    ),
    peopleOf(db, caller, rows, now),
  ]);
  const byId = <T extends { id: string }>(list: T[]) => new Map(list.map((x) => [x.id, x]));
  const ownerById = byId(owners);
  const needById = byId(needs);
  const activityOf = new Map(activities.map((a) => [a.contactId, a]));
  return rows.map((r) => ({
    ...r,
    owner: (r.ownerId && ownerById.get(r.ownerId)) || null,
    competence: (r.competenceId && needById.get(r.competenceId)) || null,
    lastActivity: activityOf.get(r.id) ?? null,
    person: personOf(r),
  }));
}

/**
 * The pipeline's cards the caller may read, filtered by owner, need or organisation. An organisation the
 * caller cannot read answers as one that does not exist.
 */
export async function pipeline(db: Database, caller: Caller, query: PipelineQuery, now: Date) {
  if (query.organisationId && !(await repo.organisationVisible(db, caller, query.organisationId)))
    throw notFound('Organisation');
  const rows = await repo.pipelineContacts(db, caller, {
    workspaceIds: workspacesToRead(caller, query.workspaceId),
    ownerId: query.ownerId,
    competenceId: query.competenceId,
    organisationId: query.organisationId,
  });
  return decorate(db, caller, rows, now);
}

/** The caller's own open contacts whose next action falls due by `until` (overdue ones included). */
export async function dueFor(db: Database, caller: Caller, until: string, now: Date) {
  if (!caller.userId) return [];
  const rows = await repo.pipelineContacts(db, caller, {
    workspaceIds: [...caller.workspaces.keys()],
    ownerId: caller.userId,
    dueBy: until,
    openOnly: true,
  });
  return decorate(db, caller, rows, now);
}

/** A contact the caller may read (an unreadable one is "not found", the attempt audited). */
async function readable(db: Database, caller: Caller, id: string, lock = false) {
  const contact = await repo.contactById(db, id, lock);
  if (contact && canRead(caller, contact)) return contact;
  if (!contact) throw notFound('Contact');
  throw refused(notFound('Contact'), caller, { action: 'read', entity: 'contacts', entityId: id });
}

/**
 * One contact as a card of the board. A contact the caller cannot read, or whose organisation they can no
 * longer read, is "not found", as on the board.
 */
export async function card(db: Database, caller: Caller, id: string, now: Date) {
  await readable(db, caller, id);
  const rows = await repo.pipelineContacts(db, caller, { workspaceIds: null, contactId: id });
  if (rows.length === 0) throw notFound('Contact');
  const [decorated] = await decorate(db, caller, rows, now);
  return decorated!;
}

/**
 * The users who may own a workspace's contacts (its members), for the owner's picker. Only the
 * workspace's own users (and admins) may list them; to anyone else the workspace does not exist.
 */
export async function owners(db: Database, caller: Caller, workspace: string) {
  const found = await repo.workspaceByKey(db, workspace, isUuid(workspace));
  if (!found || !(caller.isAdmin || caller.workspaces.has(found.id))) throw notFound('Workspace');
  return repo.workspaceUsers(db, found.id);
}

/**
 * A contact the caller may change; with `lock`, locked until the transaction ends. A refusal is audited
 * after the transaction has rolled back (see `refused`).
 */
async function writable(db: Database, caller: Caller, id: string, action: string, lock = false) {
  const contact = await readable(db, caller, id, lock);
  if (canWrite(caller, contact.workspaceId, contact.networkId)) return contact;
  throw refused(
    caller.kind === 'anonymous'
      ? new AppError(401, 'unauthenticated', 'Sign in first')
      : new AppError(403, 'forbidden', 'You cannot change this contact'),
    caller,
    { action, entity: 'contacts', entityId: id, workspaceId: contact.workspaceId },
  );
}

/** A time for a new log entry that sorts after everything already in the contact's log. */
async function logTime(trx: Database, contactId: string, now: Date) {
  const last = await repo.lastLoggedAt(trx, contactId);
  return last && last >= now ? new Date(last.getTime() + 1) : now;
}

export type StageMove = { stage: string; note?: string };

/**
 * Moves a contact to a stage and logs from → to (with the note) in the same transaction. The contact's
 * row is locked first, so two people moving it at once take turns: both moves are logged, each from the
 * stage the other left, and the later one is the contact's stage.
 */
export async function moveToStage(db: Database, caller: Caller, id: string, move: StageMove, now: Date) {
  return inTransaction(db, async (trx) => {
    const contact = await writable(trx, caller, id, 'stage', true);
    const entry = await repo.insertActivity(trx, {
      contact,
      kind: 'stage_change',
      body: move.note ?? '',
      occurredAt: await logTime(trx, id, now),
      fromStage: contact.stage,
      toStage: move.stage,
      by: caller.label,
    });
    await repo.setStage(trx, id, move.stage, caller.label);
    await audit(
      trx,
      caller,
      {
        action: 'stage',
        entity: 'contacts',
        entityId: id,
        workspaceId: contact.workspaceId,
        outcome: 'ok',
        detail: { from: contact.stage, to: move.stage, activityId: entry.id },
      },
      now,
    );
    return entry;
  });
}

export type NewActivity = { kind: string; body: string; occurredAt?: string };

/** Logs a call, an e-mail, a meeting or a note on a contact. */
export async function logActivity(db: Database, caller: Caller, id: string, input: NewActivity, now: Date) {
  return inTransaction(db, async (trx) => {
    const contact = await writable(trx, caller, id, 'log', true);
    const entry = await repo.insertActivity(trx, {
      contact,
      kind: input.kind,
      body: input.body,
      occurredAt: input.occurredAt ? new Date(input.occurredAt) : now,
      by: caller.label,
    });
    await audit(
      trx,
      caller,
      {
        action: 'log',
        entity: 'contacts',
        entityId: id,
        workspaceId: contact.workspaceId,
        outcome: 'ok',
        detail: { kind: input.kind, activityId: entry.id },
      },
      now,
    );
    return entry;
  });
}

/** A contact's log, newest first. */
export async function activities(db: Database, caller: Caller, id: string) {
  await readable(db, caller, id);
  return repo.activitiesOf(db, caller, id);
}
