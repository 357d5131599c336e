/**
 * The coordinator's calls of the mapping round API. The generated schema does not have these paths yet,
 * so the client is reached through one loosened view of it (`loose` below): the same requests, session
 * cookie and CSRF token, with the answers typed by `api-types.ts`. When `npm run api:types` brings the
 * paths, `loose` becomes `api` and the casts go.
 */
import type { QuestionnaireContent } from '../../../domain/questionnaires';
import { api } from '../../api/client';
import type {
  AddedRespondent,
  Analysis,
  Completion,
  DataOf,
  Decision,
  DecisionResult,
  InvitationKind,
  InvitationResult,
  NewQuestionnaire,
  NewRespondents,
  NewRound,
  OpenAnswer,
  PersonalLink,
  ProposalStatus,
  Questionnaire,
  QuestionnaireFields,
  QuestionnaireTemplate,
  QuestionnaireVersions,
  Respondent,
  ReviewProposal,
  Round,
  RoundComparison,
  ThemeSuggestion,
} from './api-types';

type Init = {
  path?: Record<string, string>;
  query?: Record<string, string | number | undefined>;
  body?: unknown;
  signal?: AbortSignal;
};
type Method = 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** The client with its paths not yet checked against the document (see above). */
const loose = api as unknown as {
  get(path: string, init?: Init): Promise<unknown>;
  send(method: Method, path: string, init?: Init): Promise<unknown>;
  url(path: string, init?: Init): string;
};

const get = <T>(path: string, init?: Init) => loose.get(path, init) as Promise<T>;
const send = <T>(method: Method, path: string, init?: Init) => loose.send(method, path, init) as Promise<T>;
const byId = (id: string) => ({ path: { id } });

// ---- Questionnaires ----

export const loadQuestionnaires = (signal?: AbortSignal) =>
  get<DataOf<Questionnaire>>('/questionnaires', { signal }).then((r) => r.data);

export const loadTemplates = (signal?: AbortSignal) =>
  get<DataOf<QuestionnaireTemplate>>('/questionnaire-templates', { signal }).then((r) => r.data);

export const createQuestionnaire = (body: NewQuestionnaire, workspace?: string) =>
  send<Questionnaire>('POST', '/questionnaires', { body, query: { workspace } });

export const loadQuestionnaire = (id: string, signal?: AbortSignal) =>
  get<Questionnaire>('/questionnaires/{id}', { ...byId(id), signal });

export const updateQuestionnaire = (id: string, body: QuestionnaireFields) =>
  send<Questionnaire>('PATCH', '/questionnaires/{id}', { ...byId(id), body });

export const loadContent = (id: string, signal?: AbortSignal, version?: number) =>
  get<QuestionnaireVersions>('/questionnaires/{id}/content', { ...byId(id), query: { version }, signal });

export const saveContent = (id: string, content: QuestionnaireContent) =>
  send<{ version: number }>('PUT', '/questionnaires/{id}/content', { ...byId(id), body: { content } });

export const copyQuestionnaire = (id: string) =>
  send<Questionnaire>('POST', '/questionnaires/{id}/copy', byId(id));

// ---- Rounds ----

export const loadRounds = (signal?: AbortSignal, questionnaireId?: string) =>
  get<DataOf<Round>>('/mapping-rounds', { query: { questionnaireId }, signal }).then((r) => r.data);

export const createRound = (body: NewRound, workspace?: string) =>
  send<Round>('POST', '/mapping-rounds', { body, query: { workspace } });

export const loadRound = (id: string, signal?: AbortSignal) =>
  get<Round>('/mapping-rounds/{id}', { ...byId(id), signal });

export const closeRound = (id: string) => send<Round>('POST', '/mapping-rounds/{id}/close', byId(id));

export const loadRespondents = (id: string, signal?: AbortSignal) =>
  get<DataOf<Respondent>>('/mapping-rounds/{id}/respondents', { ...byId(id), signal }).then((r) => r.data);

export const addRespondents = (id: string, body: NewRespondents) =>
  send<DataOf<AddedRespondent>>('POST', '/mapping-rounds/{id}/respondents', { ...byId(id), body }).then(
    (r) => r.data,
  );

export const newLink = (respondentId: string) =>
  send<PersonalLink>('POST', '/round-respondents/{id}/link', byId(respondentId));

export const revokeLink = (respondentId: string) =>
  send<null>('DELETE', '/round-respondents/{id}/link', byId(respondentId));

export const removeRespondent = (respondentId: string) =>
  send<null>('DELETE', '/round-respondents/{id}', byId(respondentId));

export const sendInvitations = (id: string, kind: InvitationKind, respondentIds?: string[]) =>
  send<InvitationResult>('POST', '/mapping-rounds/{id}/invitations', {
    ...byId(id),
    body: { kind, respondentIds },
  });

export const loadCompletion = (id: string, signal?: AbortSignal) =>
  get<Completion>('/mapping-rounds/{id}/completion', { ...byId(id), signal });

// ---- Review ----

export const loadProposals = (id: string, status: ProposalStatus, signal?: AbortSignal) =>
  get<DataOf<ReviewProposal>>('/mapping-rounds/{id}/proposals', {
    ...byId(id),
    query: { status },
    signal,
  }).then((r) => r.data);

export const decide = (id: string, decisions: Decision[]) =>
  send<DataOf<DecisionResult>>('POST', '/mapping-rounds/{id}/proposals/decisions', {
    ...byId(id),
    body: { decisions },
  }).then((r) => r.data);

// ---- Analysis ----

export const loadAnalysis = (id: string, signal?: AbortSignal) =>
  get<Analysis>('/mapping-rounds/{id}/analysis', { ...byId(id), signal });

export const loadTexts = (id: string, question: string, signal?: AbortSignal) =>
  get<DataOf<OpenAnswer>>('/mapping-rounds/{id}/texts', { ...byId(id), query: { question }, signal }).then(
    (r) => r.data,
  );

export const saveThemes = (id: string, respondentId: string, questionKey: string, themes: string[]) =>
  send<unknown>('PUT', '/mapping-rounds/{id}/codes', {
    ...byId(id),
    body: { respondentId, questionKey, themes },
  });

export const saveQuote = (id: string, respondentId: string, questionKey: string, usable: boolean) =>
  send<unknown>('PUT', '/mapping-rounds/{id}/quotes', {
    ...byId(id),
    body: { respondentId, questionKey, usable },
  });

export const loadThemeSuggestions = (id: string, question: string, signal?: AbortSignal) =>
  get<DataOf<ThemeSuggestion>>('/mapping-rounds/{id}/theme-suggestions', {
    ...byId(id),
    query: { question },
    signal,
  }).then((r) => r.data);

export const loadComparison = (id: string, otherId: string, signal?: AbortSignal) =>
  get<RoundComparison>('/mapping-rounds/{id}/compare/{otherId}', { path: { id, otherId }, signal });

/** The answers as a file in the page's language: a plain link, so the browser downloads it with the session cookie. */
export const answersUrl = (id: string, format: 'csv' | 'xlsx', lang: string) =>
  loose.url(`/mapping-rounds/{id}/answers.${format}`, { ...byId(id), query: { lang } });
