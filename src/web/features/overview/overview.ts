import { api, type Schema } from '../../api/client';

export type NetworkSummary = Schema<'Network'>;
export type EcosystemSummary = Schema<'Ecosystem'> & { memberCount: number };
export type DatedEvent = Schema<'Event'>;
export type DatedCall = Schema<'FundingCall'>;

export type Overview = {
  networks: NetworkSummary[];
  ecosystems: EcosystemSummary[];
  upcomingEvents: DatedEvent[];
  pastEvents: DatedEvent[];
  openCalls: DatedCall[];
  closedCalls: DatedCall[];
};

/** The overview's data: networks and ecosystems with key figures, events and funding-call deadlines. */
export async function loadOverview(now = new Date()): Promise<Overview> {
  const at = now.toISOString();
  const [networks, ecosystems, upcoming, past, open, closed] = await Promise.all([
    api.getAll('/networks'),
    api.getAll('/ecosystems'),
    api.get('/events', { query: { from: at, sort: 'startsAt', limit: 5 } }),
    api.get('/events', { query: { to: at, sort: '-startsAt', limit: 3 } }),
    api.get('/funding-calls', { query: { open: 'true', sort: 'deadlineAt', limit: 5 } }),
    api.get('/funding-calls', { query: { open: 'false', sort: '-deadlineAt', limit: 3 } }),
  ]);
  const memberCounts = await Promise.all(
    ecosystems.map((e) => api.get('/ecosystem-members', { query: { ecosystemId: e.id, limit: 1 } })),
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
