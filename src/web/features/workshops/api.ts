/** The facilitator's calls (issue 16), typed from the API document. */
import { api, type Schema } from '../../api/client';
import { VOTE_BUDGET } from '../../../domain/workshops';
import type { Lang } from '../../i18n/lang';

export type Board = Schema<'WorkshopBoard'>;
export type Workshop = Schema<'Workshop'>;
export type WorkshopStatus = Workshop['status'];
export type Phase = Schema<'WorkshopPhase'>;
export type Participant = Schema<'WorkshopParticipant'>;
export type Idea = Schema<'WorkshopIdea'>;
export type Group = Schema<'WorkshopGroup'>;

export type Outcome = Schema<'WorkshopOutcome'>;
export type Source = Outcome['goals'][number]['source'];

export const loadWorkshops = async (
  filters: { strategyId?: string; eventId?: string },
  signal?: AbortSignal,
) => (await api.get('/workshops', { query: filters, signal })).data;

/** Whether a typed vote budget is one the server takes: whole dots within the allowed range. */
export const budgetFits = (budget: number) =>
  Number.isInteger(budget) && budget >= VOTE_BUDGET.min && budget <= VOTE_BUDGET.max;

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
  api.send('POST', '/workshops/{id}/outcome', { path: { id }, body });

export const streamAddress = (id: string, lastEventId?: string) =>
  api.url('/workshops/{id}/stream', { path: { id }, query: lastEventId ? { lastEventId } : {} });

export const recordAddress = (id: string, format: 'docx' | 'xlsx', lang: Lang) =>
  api.url('/exports/workshops/{file}', { path: { file: `${id}.${format}` }, query: { lang } });
