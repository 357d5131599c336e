/**
 * The facilitator's calls (issue 16), typed from the API document; the outcome step and the record's
 * export come with a later part of the server's work, so those two are typed here from the shared contract.
 */
import { api, type Schema } from '../../api/client';

export type Board = Schema<'WorkshopBoard'>;
export type Workshop = Schema<'Workshop'>;
export type WorkshopStatus = Workshop['status'];
export type Phase = Schema<'WorkshopPhase'>;
export type PhaseStatus = Phase['status'];
export type Participant = Schema<'WorkshopParticipant'>;
export type Idea = Schema<'WorkshopIdea'>;
export type Group = Schema<'WorkshopGroup'>;

export type Source = { ideaId: string } | { groupId: string };
export type OutcomeGoal = {
  key: string;
  source: Source;
  titleFi: string;
  indicator: string;
  unit?: string;
  baselineValue?: number;
  baselineYear?: number;
  targetValue: number;
  targetYear: number;
};
export type OutcomeAction = {
  source: Source;
  titleFi: string;
  goalKey?: string;
  ownerOrganisationId?: string;
  startOn?: string;
  endOn?: string;
  projectIds?: string[];
};
export type Outcome = { goals: OutcomeGoal[]; actions: OutcomeAction[] };

type Init = { query?: Record<string, string | number>; body?: unknown; signal?: AbortSignal };
/** The client's calls with a path of the contract that the generated document may not name yet. */
const untyped = api as unknown as {
  url(path: string, init?: Init): string;
  get(path: string, init?: Init): Promise<unknown>;
  send(method: 'POST' | 'PUT' | 'PATCH' | 'DELETE', path: string, init?: Init): Promise<unknown>;
};
const at = (path: string, params: Record<string, string>) =>
  path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(params[name] ?? ''));

export const loadWorkshops = async (filters: { strategyId?: string }, signal?: AbortSignal) =>
  (await api.get('/workshops', { query: filters, signal })).data;

/** The new workshop's board, its phases made from the template. */
export const createWorkshop = (body: {
  strategyId: string;
  eventId?: string;
  titleFi: string;
  titleSv?: string;
  titleEn?: string;
  voteBudget: number;
}) => api.send('POST', '/workshops', { body: { ...body, template: 'strategy' } });

export const loadBoard = (id: string, signal?: AbortSignal) =>
  api.get('/workshops/{id}', { path: { id }, signal });

export const setPhase = (id: string, phaseId: string, action: 'open' | 'close') =>
  action === 'open'
    ? api.send('POST', '/workshops/{id}/phases/{phaseId}/open', { path: { id, phaseId } })
    : api.send('POST', '/workshops/{id}/phases/{phaseId}/close', { path: { id, phaseId } });

export const updateWorkshop = (id: string, body: { status?: WorkshopStatus; voteBudget?: number }) =>
  api.send('PATCH', '/workshops/{id}', { path: { id }, body });

export const addGroup = (id: string, title: string) =>
  api.send('POST', '/workshops/{id}/groups', { path: { id }, body: { title } });

export const renameGroup = (id: string, groupId: string, title: string) =>
  api.send('PATCH', '/workshops/{id}/groups/{groupId}', { path: { id, groupId }, body: { title } });

export const removeGroup = (id: string, groupId: string) =>
  api.send('DELETE', '/workshops/{id}/groups/{groupId}', { path: { id, groupId } });

export const moveIdea = (id: string, ideaId: string, groupId: string | null) =>
  api.send('PUT', '/workshops/{id}/ideas/{ideaId}/group', { path: { id, ideaId }, body: { groupId } });

export const eraseParticipant = (id: string, participantId: string) =>
  api.send('DELETE', '/workshops/{id}/participants/{participantId}', { path: { id, participantId } });

export const createOutcome = (id: string, body: Outcome) =>
  untyped.send('POST', at('/workshops/{id}/outcome', { id }), { body }) as Promise<{
    goalIds: string[];
    actionIds: string[];
  }>;

export const streamAddress = (id: string, lastEventId?: string) =>
  api.url('/workshops/{id}/stream', { path: { id }, query: lastEventId ? { lastEventId } : {} });

export const recordAddress = (id: string, format: 'docx' | 'xlsx', lang: string) =>
  untyped.url(at('/exports/workshops/{file}', { file: `${id}.${format}` }), { query: { lang } });
