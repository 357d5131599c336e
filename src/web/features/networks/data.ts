import { get, getAll } from '../../api/client';
import type { Organisation } from '../organisations/model';
import type { NetworkSummary } from '../overview/overview';

export type Coverage = {
  municipalityCount: number;
  regionCount: number;
  municipalities: { code: string; nameFi: string; nameSv: string | null; regionCode: string | null }[];
  regions: { code: string; nameFi: string; nameSv: string | null; nameEn: string | null }[];
};

export type Network = NetworkSummary & { coverage: Coverage };
export type Member = { id: string; organisationId: string; role: string; municipalityCodes: string[] };
export type Relation = {
  id: string;
  fromOrganisationId: string;
  toOrganisationId: string;
  kind: string;
  weight: number | null;
};

export type NetworkData = {
  network: Network;
  members: Member[];
  organisations: Organisation[];
  /** Relations between two members of the network. */
  relations: Relation[];
};

/**
 * A network with its members and the relations among them. The relations are read whole and filtered
 * here: fine for a network of towns; a network of thousands needs a graph endpoint on the server.
 */
export async function loadNetwork(key: string, signal?: AbortSignal): Promise<NetworkData> {
  const network = await get<Network>(`/networks/${encodeURIComponent(key)}`, undefined, signal);
  const [members, organisations, relations] = await Promise.all([
    getAll<Member>('/network-members', { networkId: network.id }),
    getAll<Organisation>('/organisations', { networkId: network.id }),
    getAll<Relation>('/relations'),
  ]);
  const inside = new Set(organisations.map((o) => o.id));
  return {
    network,
    members,
    organisations,
    relations: relations.filter((r) => inside.has(r.fromOrganisationId) && inside.has(r.toOrganisationId)),
  };
}
