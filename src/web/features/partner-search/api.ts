import { api, records, type QueryOf, type Schema } from '../../api/client';

export type PartnerSearch = Schema<'PartnerSearch'>;
export type Candidate = Schema<'PartnerCandidate'>;
export type SearchQuery = QueryOf<'/partner-search'>;

export const searchPartners = (query: SearchQuery, signal?: AbortSignal) =>
  api.get('/partner-search', { query, signal });

/** A candidate into the workspace's contact pipeline, to be contacted, with the need as the reason. */
export const addToPipeline = (organisationId: string, reason: string, workspace: string | undefined) =>
  records.create('contacts', { organisationId, stage: 'to_contact', reason }, workspace);
