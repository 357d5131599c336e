import { get, getAll, type Page } from '../../api/client';

type Rec = Record<string, unknown> & { id: string };

export type NetworkSummary = Rec & {
  slug: string;
  kind: string;
  memberCount: number;
  coverage: { municipalityCount: number; regionCount: number };
};
export type EcosystemSummary = Rec & { slug: string; themes: string[]; memberCount: number };
export type Dated = Rec & { startsAt?: string; deadlineAt?: string };

export type Overview = {
  networks: NetworkSummary[];
  ecosystems: EcosystemSummary[];
  upcomingEvents: Dated[];
  pastEvents: Dated[];
  openCalls: Dated[];
  closedCalls: Dated[];
};

/** The overview's data: networks and ecosystems with key figures, events and funding-call deadlines. */
export async function loadOverview(now = new Date()): Promise<Overview> {
  const at = now.toISOString();
  const [networks, ecosystems, upcoming, past, open, closed] = await Promise.all([
    getAll<NetworkSummary>('/networks'),
    getAll<Rec & { slug: string; themes: string[] }>('/ecosystems'),
    get<Page<Dated>>('/events', { from: at, sort: 'startsAt', limit: 5 }),
    get<Page<Dated>>('/events', { to: at, sort: '-startsAt', limit: 3 }),
    get<Page<Dated>>('/funding-calls', { open: true, sort: 'deadlineAt', limit: 5 }),
    get<Page<Dated>>('/funding-calls', { open: false, sort: '-deadlineAt', limit: 3 }),
  ]);
  const memberCounts = await Promise.all(
    ecosystems.map((e) => get<Page<unknown>>('/ecosystem-members', { ecosystemId: e.id, limit: 1 })),
  );
  return {
    networks,
    ecosystems: ecosystems.map((e, i) => ({ ...e, memberCount: memberCounts[i]?.total ?? 0 })),
    upcomingEvents: upcoming.items,
    pastEvents: past.items,
    openCalls: open.items,
    closedCalls: closed.items,
  };
}
