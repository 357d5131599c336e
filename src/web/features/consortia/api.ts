import { api, records, type BodyOf, type ResourceRecord, type Schema } from '../../api/client';

export type Consortium = Schema<'Consortium'>;
export type ConsortiumSummary = Schema<'ConsortiumSummary'>;
export type Partner = Schema<'ConsortiumPartner'>;
export type Verdict = Schema<'ConsortiumRuleVerdict'>;
export type Suggestion = Verdict['suggestions'][number];
export type RuleTick = Schema<'ConsortiumRuleTick'>;
export type Person = Schema<'Person'>;
export type FoundOrganisation = ResourceRecord<'organisations'>;
export type FittingCall = Schema<'FittingCall'>;
export type NewPartner = BodyOf<'/consortia/{id}/partners'>;

export const loadConsortia = (fundingCallId: string | undefined, signal?: AbortSignal) =>
  api.get('/consortia', { query: fundingCallId ? { fundingCallId } : {}, signal }).then((r) => r.data);

export const loadConsortium = (id: string, signal?: AbortSignal) =>
  api.get('/consortia/{id}', { path: { id }, signal });

export const loadCheck = (id: string, signal?: AbortSignal) =>
  api.get('/consortia/{id}/check', { path: { id }, signal }).then((r) => r.data);

export const createConsortium = (body: BodyOf<'/consortia'>, workspace: string) =>
  api.send('POST', '/consortia', { body, query: { workspace } });

export const addPartner = (id: string, body: NewPartner) =>
  api.send('POST', '/consortia/{id}/partners', { path: { id }, body });

export const changePartner = (
  id: string,
  organisationId: string,
  body: BodyOf<'/consortia/{id}/partners/{organisationId}', 'patch'>,
) => api.send('PATCH', '/consortia/{id}/partners/{organisationId}', { path: { id, organisationId }, body });

export const removePartner = (id: string, organisationId: string) =>
  api.send('DELETE', '/consortia/{id}/partners/{organisationId}', { path: { id, organisationId } });

export const tickRule = (id: string, index: number, ticked: boolean) =>
  api.send('PUT', '/consortia/{id}/rules/{index}/tick', {
    path: { id, index },
    body: { ticked },
  });

/** Organisations the reader may see whose name or business ID matches, ten at most. */
export const searchOrganisations = (text: string, signal?: AbortSignal) =>
  records.list('organisations', { q: text, limit: 10 }, signal);

/** The people who have a role in the organisation, for choosing a partner's contact person. */
export const loadPeopleOf = (organisationId: string, signal?: AbortSignal) =>
  api.getAll('/people', { query: { organisationId }, signal });

/** Open calls whose themes the organisations offer (a consortium's mix). */
export const loadFittingCalls = (organisationIds: string[], signal?: AbortSignal) =>
  api
    .get('/funding-calls/fitting', { query: { organisationIds: organisationIds.join(',') }, signal })
    .then((r) => r.items);

export const intoProject = (id: string) => api.send('POST', '/consortia/{id}/to-project', { path: { id } });

export const consortiumFileUrl = (id: string, format: 'xlsx' | 'docx', lang: string) =>
  `/api/v1/consortia/${encodeURIComponent(id)}/file?format=${format}&lang=${lang}`;
