/**
 * The facilitator's calls (issue 16). The workshop routes come with the server's part of the issue and may
 * not be in the generated API document yet, so their answers are typed here from the shared contract.
 */
import { api } from '../../api/client';

export type WorkshopStatus = 'draft' | 'open' | 'closed';
export type PhaseKind = 'current_state' | 'vision' | 'ideas' | 'grouping' | 'voting' | 'commitments';
export type PhaseStatus = 'pending' | 'open' | 'closed';

export type Workshop = {
  id: string;
  strategyId: string;
  eventId: string | null;
  titleFi: string;
  titleSv: string | null;
  titleEn: string | null;
  joinCode: string;
  status: WorkshopStatus;
  voteBudget: number;
  currentPhaseId: string | null;
  createdAt: string;
  /** Whether the caller may run it (the editor role on its strategy). */
  canEdit: boolean;
};

export type Phase = {
  id: string;
  position: number;
  kind: PhaseKind;
  titleFi: string;
  titleSv: string | null;
  titleEn: string | null;
  promptFi: string | null;
  promptSv: string | null;
  promptEn: string | null;
  status: PhaseStatus;
};

export type Participant = { id: string; displayName: string; organisationName: string };
export type Idea = {
  id: string;
  phaseId: string;
  participantId: string | null;
  text: string;
  groupId: string | null;
  position: number;
  dots: number;
  createdAt: string;
};
export type Group = { id: string; title: string; position: number; dots: number };

export type Board = {
  workshop: Workshop;
  phases: Phase[];
  participants: Participant[];
  ideas: Idea[];
  groups: Group[];
  lastEventId: string | number | null;
};

export type NewWorkshop = {
  strategyId: string;
  eventId?: string;
  titleFi: string;
  titleSv?: string;
  titleEn?: string;
  voteBudget?: number;
  template: 'strategy';
};

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
const of = (id: string, rest = '') => at('/workshops/{id}', { id }) + rest;

/** The list's answer: `{data}`. */
const items = <T>(answer: unknown): T[] => (answer as { data: T[] }).data;

export const loadWorkshops = async (filters: { strategyId?: string }, signal?: AbortSignal) =>
  items<Workshop>(
    await untyped.get('/workshops', {
      query: filters.strategyId ? { strategyId: filters.strategyId } : {},
      signal,
    }),
  );

/** The new workshop's board, its phases made from the template. */
export const createWorkshop = (body: NewWorkshop) =>
  untyped.send('POST', '/workshops', { body }) as Promise<Board>;

export const loadBoard = (id: string, signal?: AbortSignal) =>
  untyped.get(of(id), { signal }) as Promise<Board>;

export const setPhase = (id: string, phaseId: string, action: 'open' | 'close') =>
  untyped.send('POST', of(id, at('/phases/{phaseId}/', { phaseId }) + action));

export const updateWorkshop = (id: string, body: { status?: WorkshopStatus; voteBudget?: number }) =>
  untyped.send('PATCH', of(id), { body });

export const addGroup = (id: string, title: string) =>
  untyped.send('POST', of(id, '/groups'), { body: { title } }) as Promise<Group>;

export const renameGroup = (id: string, groupId: string, title: string) =>
  untyped.send('PATCH', of(id, at('/groups/{groupId}', { groupId })), { body: { title } });

export const removeGroup = (id: string, groupId: string) =>
  untyped.send('DELETE', of(id, at('/groups/{groupId}', { groupId })));

export const moveIdea = (id: string, ideaId: string, groupId: string | null) =>
  untyped.send('PUT', of(id, at('/ideas/{ideaId}/group', { ideaId })), { body: { groupId } });

export const eraseParticipant = (id: string, participantId: string) =>
  untyped.send('DELETE', of(id, at('/participants/{participantId}', { participantId })));

export const createOutcome = (id: string, body: Outcome) =>
  untyped.send('POST', of(id, '/outcome'), { body }) as Promise<{ goalIds: string[]; actionIds: string[] }>;

export const streamAddress = (id: string, lastEventId?: string) =>
  untyped.url(of(id, '/stream'), lastEventId ? { query: { lastEventId } } : {});

export const recordAddress = (id: string, format: 'docx' | 'xlsx', lang: string) =>
  untyped.url(at('/exports/workshops/{file}', { file: `${id}.${format}` }), { query: { lang } });
