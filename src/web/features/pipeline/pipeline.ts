import { api, records, type Schema } from '../../api/client';
import { CONTACT_STAGES, LOGGED_ACTIVITY_KINDS } from '../../../domain/enums';

export type Card = Schema<'PipelineCard'>;
export type Activity = Schema<'ContactActivity'>;
export type Stage = (typeof CONTACT_STAGES)[number];
export type LoggedKind = (typeof LOGGED_ACTIVITY_KINDS)[number];
export { CONTACT_STAGES as STAGES, LOGGED_ACTIVITY_KINDS as LOGGED_KINDS };

export type BoardFilter = { workspaceId?: string; ownerId?: string; competenceId?: string };

/** The board's cards by stage; empty filters are left out of the address. */
export function loadBoard(filter: BoardFilter, signal?: AbortSignal) {
  const query = Object.fromEntries(Object.entries(filter).filter(([, v]) => v));
  return api.get('/pipeline', { query, signal });
}

/** One card by its contact's id. */
export const loadCard = (id: string, signal?: AbortSignal) =>
  api.get('/contacts/{id}/card', { path: { id }, signal });

/** The cards of one organisation in the workspaces the user may read. */
export const loadOrganisationCards = async (organisationId: string, signal?: AbortSignal) =>
  (await api.get('/pipeline', { query: { organisationId }, signal })).stages.flatMap((s) => s.cards);

export const loadDue = (days: number, signal?: AbortSignal) =>
  api.get('/pipeline/due', { query: { days }, signal });

export const moveCard = (id: string, stage: Stage, note?: string) =>
  api.send('POST', '/contacts/{id}/stage', { path: { id }, body: note ? { stage, note } : { stage } });

export const loadLog = async (id: string, signal?: AbortSignal) =>
  (await api.get('/contacts/{id}/activities', { path: { id }, signal })).items;

export const logActivity = (id: string, kind: LoggedKind, body: string) =>
  api.send('POST', '/contacts/{id}/activities', { path: { id }, body: { kind, body } });

/** A new card for an organisation, owned by the one who adds it, in the workspace chosen. */
export const addToPipeline = (organisationId: string, ownerId: string, workspace: string) =>
  records.create('contacts', { organisationId, ownerId, stage: 'to_contact' }, workspace);

/** Cards whose next action is late on `today` (YYYY-MM-DD). */
export const isOverdue = (card: Card, today: string) => !!card.nextStepOn && card.nextStepOn < today;

/** Sorted by due date, those without one last; `descending` reverses the dated ones. */
export function byDueDate(cards: Card[], descending = false): Card[] {
  const sign = descending ? -1 : 1;
  return [...cards].sort((a, b) => {
    if (a.nextStepOn === b.nextStepOn)
      return a.organisation.nameFi.localeCompare(b.organisation.nameFi, 'fi');
    if (!a.nextStepOn) return 1;
    if (!b.nextStepOn) return -1;
    return sign * a.nextStepOn.localeCompare(b.nextStepOn);
  });
}
