import { api, records, type ResourcePath, type ResourceRecord } from '../../api/client';

type Competence = ResourceRecord<'organisation-competences'>;

export type Connections = {
  offers: {
    id: string;
    name: ResourceRecord<'competences'> | null;
    tag: string | null;
    description: string | null;
    workspaceId: string;
    /** Fictional example data (source 'example'). */
    example: boolean;
  }[];
  needs: Connections['offers'];
  relations: {
    id: string;
    kind: string;
    other: ResourceRecord<'organisations'> | null;
    outgoing: boolean;
    description: string | null;
    workspaceId: string;
    example: boolean;
  }[];
  projects: { id: string; role: string; project: ResourceRecord<'projects'> }[];
  events: { id: string; role: string; event: ResourceRecord<'events'> }[];
  ecosystems: { id: string; role: string; ecosystem: ResourceRecord<'ecosystems'> }[];
  networks: { id: string; role: string; network: ResourceRecord<'networks'> }[];
  people: { id: string; title: string; person: ResourceRecord<'people'> }[];
};

/** The records `field` of `rows` names; ones the user may not see (404) are simply left out. */
async function byIds<N extends ResourcePath, R>(
  path: N,
  rows: R[],
  field: keyof R,
): Promise<Map<string, ResourceRecord<N>>> {
  const unique = [...new Set(rows.flatMap((r) => (r[field] === null ? [] : [String(r[field])])))];
  const results = await Promise.allSettled(unique.map((id) => records.read(path, id)));
  const found = new Map<string, ResourceRecord<N>>();
  results.forEach((r, i) => {
    if (r.status === 'fulfilled') found.set(unique[i]!, r.value);
  });
  return found;
}

/** Everything the profile shows around one organisation, read in parallel. */
export async function loadConnections(id: string): Promise<Connections> {
  const of = { query: { organisationId: id } };
  const [competenceRows, relationRows, projectRoles, participations, ecoMembers, netMembers, personRoles] =
    await Promise.all([
      api.getAll('/organisation-competences', of),
      api.getAll('/relations', of),
      api.getAll('/project-roles', of),
      api.getAll('/event-participants', of),
      api.getAll('/ecosystem-members', of),
      api.getAll('/network-members', of),
      api.getAll('/person-roles', of).catch(() => []),
    ]);
  const otherOf = (r: (typeof relationRows)[number]) =>
    String(r.fromOrganisationId === id ? r.toOrganisationId : r.fromOrganisationId);
  const others = relationRows.map((r) => ({ id: otherOf(r) }));
  const [competences, organisations, projects, events, ecosystems, networks, people] = await Promise.all([
    byIds('competences', competenceRows, 'competenceId'),
    byIds('organisations', others, 'id'),
    byIds('projects', projectRoles, 'projectId'),
    byIds('events', participations, 'eventId'),
    byIds('ecosystems', ecoMembers, 'ecosystemId'),
    byIds('networks', netMembers, 'networkId'),
    byIds('people', personRoles, 'personId'),
  ]);
  const competence = (r: Competence) => ({
    id: r.id,
    name: competences.get(String(r.competenceId)) ?? null,
    tag: r.tag ?? null,
    description: r.description ?? null,
    workspaceId: r.workspaceId,
    example: r.source === 'example',
  });
  /** Each row with the record its `field` names; rows whose record is hidden are left out. */
  const joined = <R, T, U>(rows: R[], field: keyof R, map: Map<string, T>, make: (r: R, rec: T) => U) =>
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
      other: organisations.get(otherOf(r)) ?? null,
      outgoing: r.fromOrganisationId === id,
      description: r.description ?? null,
      workspaceId: r.workspaceId,
      example: r.source === 'example',
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
