/**
 * The coordinator's calls of the mapping round API, their paths, parameters and bodies checked against the
 * generated document; the pages read the answers in the shapes of `api-types.ts`.
 */
import type { QuestionnaireContent } from '../../../domain/questionnaires';
import { api } from '../../api/client';
import type { Lang } from '../../i18n/lang';
import type {
  AddedRespondent,
  Analysis,
  Completion,
  Decision,
  DecisionResult,
  InvitationKind,
  InvitationResult,
  NewQuestionnaire,
  NewRespondents,
  NewRound,
  RoundChanges,
  OpenAnswer,
  PersonalLink,
  ProposalStatus,
  Questionnaire,
  QuestionnaireFields,
  QuestionnaireVersions,
  Respondent,
  ReviewProposal,
  Round,
  RoundComparison,
  ThemeSuggestion,
} from './api-types';

const byId = (id: string) => ({ path: { id } });

// ---- Questionnaires ----

export const loadQuestionnaires = (signal?: AbortSignal): Promise<Questionnaire[]> =>
  api.get('/questionnaires', { signal }).then((r) => r.data);

export const createQuestionnaire = (body: NewQuestionnaire, workspace?: string): Promise<Questionnaire> =>
  api.send('POST', '/questionnaires', { body, query: { workspace } });

export const loadQuestionnaire = (id: string, signal?: AbortSignal): Promise<Questionnaire> =>
  api.get('/questionnaires/{id}', { ...byId(id), signal });

export const updateQuestionnaire = (id: string, body: QuestionnaireFields): Promise<Questionnaire> =>
  api.send('PATCH', '/questionnaires/{id}', { ...byId(id), body });

export const loadContent = (
  id: string,
  signal?: AbortSignal,
  version?: number,
): Promise<QuestionnaireVersions> =>
  api
    .get('/questionnaires/{id}/content', { ...byId(id), query: { version }, signal })
    // The document says only "an object": the server checked the content against the domain's schema.
    .then((r) => ({ ...r, content: r.content as QuestionnaireContent }));

export const saveContent = (id: string, content: QuestionnaireContent): Promise<{ version: number }> =>
  api.send('PUT', '/questionnaires/{id}/content', { ...byId(id), body: { content } });

export const copyQuestionnaire = (id: string): Promise<Questionnaire> =>
  api.send('POST', '/questionnaires/{id}/copy', byId(id));

// ---- Rounds ----

export const loadRounds = (signal?: AbortSignal, questionnaireId?: string): Promise<Round[]> =>
  api.get('/mapping-rounds', { query: { questionnaireId }, signal }).then((r) => r.data);

export const createRound = (body: NewRound, workspace?: string): Promise<Round> =>
  api.send('POST', '/mapping-rounds', { body, query: { workspace } });

export const loadRound = (id: string, signal?: AbortSignal): Promise<Round> =>
  api.get('/mapping-rounds/{id}', { ...byId(id), signal });

export const updateRound = (id: string, body: RoundChanges): Promise<Round> =>
  api.send('PATCH', '/mapping-rounds/{id}', { ...byId(id), body });

export const closeRound = (id: string): Promise<Round> =>
  api.send('POST', '/mapping-rounds/{id}/close', byId(id));

export const loadRespondents = (id: string, signal?: AbortSignal): Promise<Respondent[]> =>
  api.get('/mapping-rounds/{id}/respondents', { ...byId(id), signal }).then((r) => r.data);

export const addRespondents = (id: string, body: NewRespondents): Promise<AddedRespondent[]> =>
  api.send('POST', '/mapping-rounds/{id}/respondents', { ...byId(id), body }).then((r) => r.data);

export const newLink = (respondentId: string): Promise<PersonalLink> =>
  api.send('POST', '/round-respondents/{id}/link', byId(respondentId));

export const revokeLink = (respondentId: string): Promise<unknown> =>
  api.send('DELETE', '/round-respondents/{id}/link', byId(respondentId));

export const removeRespondent = (respondentId: string): Promise<unknown> =>
  api.send('DELETE', '/round-respondents/{id}', byId(respondentId));

export const sendInvitations = (
  id: string,
  kind: InvitationKind,
  respondentIds?: string[],
): Promise<InvitationResult> =>
  api.send('POST', '/mapping-rounds/{id}/invitations', {
    ...byId(id),
    body: { kind, respondentIds },
  });

export const loadCompletion = (id: string, signal?: AbortSignal): Promise<Completion> =>
  api.get('/mapping-rounds/{id}/completion', { ...byId(id), signal });

// ---- Review ----

export const loadProposals = (
  id: string,
  status: ProposalStatus,
  signal?: AbortSignal,
): Promise<ReviewProposal[]> =>
  api.get('/mapping-rounds/{id}/proposals', { ...byId(id), query: { status }, signal }).then((r) => r.data);

export const decide = (id: string, decisions: Decision[]): Promise<DecisionResult[]> =>
  api
    .send('POST', '/mapping-rounds/{id}/proposals/decisions', {
      ...byId(id),
      body: { decisions },
    })
    .then((r) => r.data);

// ---- Analysis ----

export const loadAnalysis = (id: string, signal?: AbortSignal): Promise<Analysis> =>
  api.get('/mapping-rounds/{id}/analysis', { ...byId(id), signal });

export const loadTexts = (id: string, question: string, signal?: AbortSignal): Promise<OpenAnswer[]> =>
  api.get('/mapping-rounds/{id}/texts', { ...byId(id), query: { question }, signal }).then((r) => r.data);

export const saveThemes = (
  id: string,
  respondentId: string,
  questionKey: string,
  themes: string[],
): Promise<unknown> =>
  api.send('PUT', '/mapping-rounds/{id}/codes', {
    ...byId(id),
    body: { respondentId, questionKey, themes },
  });

export const saveQuote = (
  id: string,
  respondentId: string,
  questionKey: string,
  usable: boolean,
): Promise<unknown> =>
  api.send('PUT', '/mapping-rounds/{id}/quotes', {
    ...byId(id),
    body: { respondentId, questionKey, usable },
  });

export const loadThemeSuggestions = (
  id: string,
  question: string,
  signal?: AbortSignal,
): Promise<ThemeSuggestion[]> =>
  api
    .get('/mapping-rounds/{id}/theme-suggestions', { ...byId(id), query: { question }, signal })
    .then((r) => r.data);

export const loadComparison = (id: string, otherId: string, signal?: AbortSignal): Promise<RoundComparison> =>
  api.get('/mapping-rounds/{id}/compare/{otherId}', { path: { id, otherId }, signal });

/** The answers as a file in the page's language: a plain link, so the browser downloads it with the session cookie. */
export const answersUrl = (id: string, format: 'csv' | 'xlsx', lang: Lang) =>
  api.url(`/mapping-rounds/{id}/answers.${format}` as const, { ...byId(id), query: { lang } });
