import { get, getAll, type Page, type Params } from '../../api/client';
import { fetchRecord } from '../entities/naming';

type Rec = Record<string, unknown> & { id: string; workspaceId: string };

export type EventRecord = Rec & {
  kind: string;
  titleFi: string;
  startsAt: string;
  endsAt: string | null;
  location: string | null;
  municipalityCode: string | null;
  isOnline: boolean | null;
  onlineUrl: string | null;
  projectId: string | null;
  networkId: string | null;
  ecosystemId: string | null;
};

export type Participant = Rec & {
  eventId: string;
  organisationId: string | null;
  personId: string | null;
  role: string;
};

/** A record shown by its name (an organisation, a network, a project) or a person by name or title. */
export type Named = Rec & { fullName?: string | null; title?: string | null };

export type EventFilters = { q: string; kind: string; networkId: string; ecosystemId: string };

export const filterParams = (f: EventFilters): Params => ({
  q: f.q,
  kind: f.kind,
  networkId: f.networkId,
  ecosystemId: f.ecosystemId,
});

/** A record the caller may not see (or that was deleted) is left out instead of failing the page. */
export const maybe = (path: string, id: string | null | undefined): Promise<Named | null> =>
  id ? (fetchRecord(path, id) as Promise<Named | null>) : Promise.resolve(null);

export type EventDetails = {
  event: EventRecord;
  network: Named | null;
  ecosystem: Named | null;
  project: Named | null;
  participants: { participant: Participant; organisation: Named | null; person: Named | null }[];
};

/** The event with the names of what it points at and its participants. */
export async function loadEventDetails(id: string, signal?: AbortSignal): Promise<EventDetails> {
  const event = await get<EventRecord>(`/events/${id}`, undefined, signal);
  const [network, ecosystem, project, rows] = await Promise.all([
    maybe('networks', event.networkId),
    maybe('ecosystems', event.ecosystemId),
    maybe('projects', event.projectId),
    getAll<Participant>('/event-participants', { eventId: id }),
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
  const [networks, ecosystems] = await Promise.all([
    getAll<Named>('/networks'),
    getAll<Named>('/ecosystems'),
  ]);
  return { networks, ecosystems };
}

/** One page of upcoming or past events; `limit` grows with "show more". */
export function loadEventList(filters: EventFilters, when: 'upcoming' | 'past', now: string, limit: number) {
  const range = when === 'upcoming' ? { from: now, sort: 'startsAt' } : { to: now, sort: '-startsAt' };
  return get<Page<EventRecord>>('/events', { ...filterParams(filters), ...range, limit });
}

/** Every event starting inside a range (a calendar month's weeks). */
export function loadEventsBetween(filters: EventFilters, from: string, to: string) {
  return getAll<EventRecord>('/events', { ...filterParams(filters), from, to, sort: 'startsAt' });
}
