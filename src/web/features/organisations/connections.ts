import { get, getAll } from '../../api/client';
import type { Organisation } from './model';

type Rec = Record<string, unknown> & { id: string };

export type Connections = {
  offers: {
    id: string;
    name: Rec | null;
    tag: string | null;
    description: string | null;
    workspaceId: unknown;
  }[];
  needs: Connections['offers'];
  relations: {
    id: string;
    kind: string;
    other: Organisation | null;
    outgoing: boolean;
    description: string | null;
    workspaceId: unknown;
  }[];
  projects: { id: string; role: string; project: Rec }[];
  events: { id: string; role: string; event: Rec }[];
  ecosystems: { id: string; role: string; ecosystem: Rec }[];
  networks: { id: string; role: string; network: Rec }[];
  people: { id: string; title: string; person: Rec }[];
};

/** Records by id; ones the user may not see (404) are simply left out. */
async function byIds<T extends Rec>(path: string, ids: string[]): Promise<Map<string, T>> {
  const unique = [...new Set(ids)];
  const results = await Promise.allSettled(unique.map((id) => get<T>(`${path}/${id}`)));
  const found = new Map<string, T>();
  results.forEach((r, i) => {
    if (r.status === 'fulfilled') found.set(unique[i]!, r.value);
  });
  return found;
}

type Link = Rec & { role?: string; title?: string };

/** Everything the profile shows around one organisation, read in parallel. */
export async function loadConnections(id: string): Promise<Connections> {
  const of = { organisationId: id };
  const [competenceRows, relationRows, projectRoles, participations, ecoMembers, netMembers, personRoles] =
    await Promise.all([
      getAll<Link>('/organisation-competences', of),
      getAll<Link>('/relations', of),
      getAll<Link>('/project-roles', of),
      getAll<Link>('/event-participants', of),
      getAll<Link>('/ecosystem-members', of),
      getAll<Link>('/network-members', of),
      getAll<Link>('/person-roles', of).catch(() => [] as Link[]),
    ]);
  const ref = (rows: Link[], field: string) => rows.map((r) => String(r[field]));
  const otherOf = (r: Link) =>
    String(r.fromOrganisationId === id ? r.toOrganisationId : r.fromOrganisationId);
  const [competences, others, projects, events, ecosystems, networks, people] = await Promise.all([
    byIds<Rec>(
      '/competences',
      ref(competenceRows, 'competenceId').filter((c) => c !== 'null'),
    ),
    byIds<Organisation & Rec>('/organisations', relationRows.map(otherOf)),
    byIds<Rec>('/projects', ref(projectRoles, 'projectId')),
    byIds<Rec>('/events', ref(participations, 'eventId')),
    byIds<Rec>('/ecosystems', ref(ecoMembers, 'ecosystemId')),
    byIds<Rec>('/networks', ref(netMembers, 'networkId')),
    byIds<Rec>('/people', ref(personRoles, 'personId')),
  ]);
  const competence = (r: Link) => ({
    id: r.id,
    name: competences.get(String(r.competenceId)) ?? null,
    tag: (r.tag as string | null) ?? null,
    description: (r.description as string | null) ?? null,
    workspaceId: r.workspaceId,
  });
  const joined = <T>(rows: Link[], field: string, map: Map<string, Rec>, make: (r: Link, rec: Rec) => T) =>
    rows.flatMap((r) => {
      const rec = map.get(String(r[field]));
      return rec ? [make(r, rec)] : [];
    });
  return {
    offers: competenceRows.filter((r) => r.direction === 'offer').map(competence),
    needs: competenceRows.filter((r) => r.direction === 'need').map(competence),
    relations: relationRows.map((r) => ({
      id: r.id,
      kind: String(r.kind),
      other: others.get(otherOf(r)) ?? null,
      outgoing: r.fromOrganisationId === id,
      description: (r.description as string | null) ?? null,
      workspaceId: r.workspaceId,
    })),
    projects: joined(projectRoles, 'projectId', projects, (r, project) => ({
      id: r.id,
      role: String(r.role),
      project,
    })),
    events: joined(participations, 'eventId', events, (r, event) => ({
      id: r.id,
      role: String(r.role),
      event,
    })),
    ecosystems: joined(ecoMembers, 'ecosystemId', ecosystems, (r, ecosystem) => ({
      id: r.id,
      role: String(r.role),
      ecosystem,
    })),
    networks: joined(netMembers, 'networkId', networks, (r, network) => ({
      id: r.id,
      role: String(r.role),
      network,
    })),
    people: joined(personRoles, 'personId', people, (r, person) => ({
      id: r.id,
      title: String(r.title),
      person,
    })),
  };
}
