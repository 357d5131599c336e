import { api, type QueryOf, type ResourceRecord, type Schema } from '../../api/client';
import { maybe } from '../../shared/records';

export type EventRecord = Schema<'Event'>;
export type Participant = Schema<'EventParticipant'>;
/** A network or an ecosystem, for the filters. */
export type Named = Schema<'Network'> | Schema<'Ecosystem'>;

export type EventFilters = { q: string; kind: string; networkId: string; ecosystemId: string };

export const filterParams = (f: EventFilters): QueryOf<'/events'> => ({
  q: f.q,
  kind: f.kind,
  networkId: f.networkId,
  ecosystemId: f.ecosystemId,
});

export type EventDetails = {
  event: EventRecord;
  network: ResourceRecord<'networks'> | null;
  ecosystem: ResourceRecord<'ecosystems'> | null;
  project: ResourceRecord<'projects'> | null;
  participants: {
    participant: Participant;
    organisation: ResourceRecord<'organisations'> | null;
    person: ResourceRecord<'people'> | null;
  }[];
};

/** The event with the names of what it points at and its participants. */
export async function loadEventDetails(id: string, signal?: AbortSignal): Promise<EventDetails> {
  const event = await api.get('/events/{id}', { path: { id }, signal });
  const [network, ecosystem, project, rows] = await Promise.all([
    maybe('networks', event.networkId),
    maybe('ecosystems', event.ecosystemId),
    maybe('projects', event.projectId),
    api.getAll('/event-participants', { query: { eventId: id } }),
  ]);
  const participants = await Promise.all(
    rows.map(async (participant) => ({
      participant,
      organisation: await maybe('organisations', participant.organisationId),
      person: await maybe('people', participant.personId),
    })),
  );
  return { event, network, ecosystem, project, participants };
}

/** Networks and ecosystems the caller may see, for the filters. */
export async function loadCommunities() {
  const [networks, ecosystems] = await Promise.all([api.getAll('/networks'), api.getAll('/ecosystems')]);
  return { networks, ecosystems };
}

/** One page of upcoming or past events; `limit` grows with "show more". */
export function loadEventList(filters: EventFilters, when: 'upcoming' | 'past', now: string, limit: number) {
  const range: QueryOf<'/events'> =
    when === 'upcoming' ? { from: now, sort: 'startsAt' } : { to: now, sort: '-startsAt' };
  return api.get('/events', { query: { ...filterParams(filters), ...range, limit } });
}

/** Every event starting inside a range (a calendar month's weeks). */
export function loadEventsBetween(filters: EventFilters, from: string, to: string) {
  return api.getAll('/events', { query: { ...filterParams(filters), from, to, sort: 'startsAt' } });
}
