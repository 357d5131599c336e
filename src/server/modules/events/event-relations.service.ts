/**
 * Taking part in an event writes a weak relation of kind 'met_at_event' (issue 15). Pairing: each
 * organiser or host organisation with each participant or speaker organisation, never every participant
 * with every other: a webinar of two hundred says its audience met the organiser, not each other. No
 * organiser, no relations. Each relation names its event (`event_id`, source 'event'), weighs
 * MET_AT_EVENT_WEIGHT, starts on the event's day in Finland (and moves with it), and lives in the event's workspace with the narrowest
 * visibility of the event and the two participations, so it shows no one a participation they could not
 * read. The relations follow the participants: `syncEventRelations` runs after every participant write
 * and every change of the event, and adds what is missing and removes what no participant backs any more. An editor who removes such a
 * relation is remembered, so the event does not write it again.
 */
import { VISIBILITIES } from '../../../domain/enums.js';
import type { Caller } from '../../auth/caller.js';
import { audit } from '../../audit/audit.js';
import type { Database } from '../../db/database.js';
import type { WriteChange } from '../../resources/types.js';
import { helsinkiDay } from '../../../domain/helsinki-time.js';
import * as repo from './event-relations.repository.js';

/** A quarter of an ordinary relation: enough to be seen on an actor's page, too little to outweigh work together. */
export const MET_AT_EVENT_WEIGHT = 0.25;

const HOSTING = new Set(['organiser', 'host']);
/** Narrowest first. */
const VISIBILITY_ORDER: readonly string[] = VISIBILITIES;

export type Pair = { from: string; to: string; visibility: string };

const narrowest = (...v: string[]) =>
  VISIBILITY_ORDER[Math.min(...v.map((x) => VISIBILITY_ORDER.indexOf(x)))] ?? 'private';

const key = (from: string, to: string) => `${from}|${to}`;

/** Organiser ↔ participant pairs of an event, with the visibility each relation may have. */
export function pairsOf(eventVisibility: string, participations: repo.Participation[]): Pair[] {
  const hosts = participations.filter((p) => HOSTING.has(p.role));
  const guests = participations.filter((p) => !HOSTING.has(p.role));
  const hostIds = new Set(hosts.map((h) => h.organisationId));
  const pairs = new Map<string, Pair>();
  for (const h of hosts) {
    for (const g of guests) {
      if (hostIds.has(g.organisationId)) continue;
      const k = key(h.organisationId, g.organisationId);
      const visibility = narrowest(
        eventVisibility,
        h.visibility,
        g.visibility,
        pairs.get(k)?.visibility ?? 'public',
      );
      pairs.set(k, { from: h.organisationId, to: g.organisationId, visibility });
    }
  }
  return [...pairs.values()];
}

/** Brings the event's 'met at event' relations in line with its participants, in the caller's transaction. */
export async function syncEventRelations(db: Database, eventId: string, caller: Caller) {
  const event = await repo.eventOf(db, eventId);
  if (!event) return;
  const [participations, written, removed] = await Promise.all([
    repo.participations(db, eventId),
    repo.writtenRelations(db, eventId),
    repo.removals(db, eventId),
  ]);
  const refused = new Set(removed.map((r) => key(r.fromOrganisationId, r.toOrganisationId)));
  const wanted = new Map(
    pairsOf(event.visibility, participations)
      .filter((p) => !refused.has(key(p.from, p.to)))
      .map((p) => [key(p.from, p.to), p]),
  );
  const stale = written.filter((r) => !wanted.has(key(r.fromOrganisationId, r.toOrganisationId)));
  const kept = new Map(written.map((r) => [key(r.fromOrganisationId, r.toOrganisationId), r]));
  const added = [...wanted.values()].filter((p) => !kept.has(key(p.from, p.to)));
  const startOn = helsinkiDay(new Date(event.startsAt));
  await repo.deleteRelations(
    db,
    stale.map((r) => r.id),
  );
  await repo.insertRelations(
    db,
    added.map((p) => ({
      eventId,
      workspaceId: event.workspaceId,
      visibility: p.visibility,
      fromOrganisationId: p.from,
      toOrganisationId: p.to,
      weight: MET_AT_EVENT_WEIGHT,
      startOn,
      createdBy: caller.label,
    })),
  );
  const changed = [...kept].flatMap(([k, r]) => {
    const visibility = wanted.get(k)?.visibility;
    return visibility && visibility !== r.visibility ? [{ id: r.id, visibility }] : [];
  });
  await repo.setStartOn(
    db,
    [...kept].filter(([k]) => wanted.has(k)).map(([, r]) => r.id),
    startOn,
  );
  for (const visibility of VISIBILITIES) {
    const ids = changed.filter((n) => n.visibility === visibility).map((n) => n.id);
    await repo.setVisibility(db, ids, visibility);
  }
  if (added.length + stale.length > 0)
    await audit(db, caller, {
      action: 'event-relations.sync',
      entity: 'events',
      entityId: eventId,
      workspaceId: event.workspaceId,
      outcome: 'ok',
      detail: { added: added.length, removed: stale.map((r) => r.id) },
    });
}

/** After a participant is added, changed or removed; one moved to another event leaves the first one too. */
export async function afterParticipantWrite(db: Database, change: WriteChange, caller: Caller) {
  const events = new Set([change.row.eventId, change.before?.eventId].filter((id) => id != null));
  for (const eventId of events) await syncEventRelations(db, String(eventId), caller);
}

/** After an event changes: its visibility bounds its relations'. Deleting it takes them along. */
export async function afterEventWrite(db: Database, change: WriteChange, caller: Caller) {
  if (change.action === 'update') await syncEventRelations(db, String(change.row.id), caller);
}

/** After a relation is removed: one an event wrote is remembered, so the event does not write it again. */
export async function afterRelationWrite(db: Database, change: WriteChange, caller: Caller) {
  const { row } = change;
  if (change.action !== 'delete' || !row.eventId) return;
  await repo.rememberRemoval(
    db,
    {
      eventId: String(row.eventId),
      fromOrganisationId: String(row.fromOrganisationId),
      toOrganisationId: String(row.toOrganisationId),
    },
    caller.label,
  );
}
