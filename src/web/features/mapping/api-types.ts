/**
 * The mapping round API as the coordinator's pages use it, written by hand from the contract
 * while the server routes are built alongside. When the generated schema (`src/web/api/schema.ts`) has
 * these paths, each type here can become `Schema<…>` / `ResponseOf<…>` and this file goes away.
 */
import type { QuestionnaireContent } from '../../../domain/questionnaires';

export type LocalNames = { fi: string; sv?: string; en?: string };
export type Visibility = 'private' | 'network';
export type Page<T> = { items: T[]; nextCursor: string | null; total: number };
export type DataOf<T> = { data: T[] };

export type Questionnaire = {
  id: string;
  workspaceId: string;
  visibility: Visibility;
  nameFi: string;
  nameSv: string | null;
  nameEn: string | null;
  descriptionFi: string | null;
  descriptionSv: string | null;
  descriptionEn: string | null;
  privacyNoticeFi: string | null;
  privacyNoticeSv: string | null;
  privacyNoticeEn: string | null;
  latestVersion: number;
};

/** The writable fields of a questionnaire (PATCH), and of POST with `template` or `content`. */
export type QuestionnaireFields = Partial<Omit<Questionnaire, 'id' | 'workspaceId' | 'latestVersion'>>;
export type NewQuestionnaire = QuestionnaireFields & {
  nameFi: string;
  template?: 'mapping';
  content?: QuestionnaireContent;
};

export type QuestionnaireTemplate = {
  key: 'mapping';
  name: Required<LocalNames>;
  content: QuestionnaireContent;
};

export type QuestionnaireVersions = {
  version: number;
  latestVersion: number;
  content: QuestionnaireContent;
  versions: { version: number; createdAt: string; roundCount: number }[];
};

export type RoundScope = 'ecosystem' | 'network' | 'municipality';

export type Round = {
  id: string;
  workspaceId: string;
  visibility: Visibility;
  questionnaireId: string;
  version: number;
  nameFi: string;
  nameSv: string | null;
  nameEn: string | null;
  scope: RoundScope;
  ecosystemId: string | null;
  networkId: string | null;
  municipalityCode: string | null;
  opensOn: string | null;
  closesOn: string | null;
  closedAt: string | null;
};

export type NewRound = Pick<Round, 'questionnaireId' | 'nameFi' | 'scope'> &
  Partial<
    Pick<Round, 'visibility' | 'ecosystemId' | 'networkId' | 'municipalityCode' | 'opensOn' | 'closesOn'>
  >;

export type RespondentState = 'not_opened' | 'opened' | 'draft' | 'submitted';

export type Respondent = {
  id: string;
  displayName: string;
  organisationId: string | null;
  organisationName: string | null;
  personId: string | null;
  municipalityCode: string | null;
  municipalityName: string | null;
  organisationKind: string | null;
  hasEmail: boolean;
  mode: 'survey' | 'interview';
  state: RespondentState;
  openedAt: string | null;
  submittedAt: string | null;
  remindedAt: string | null;
  linkExpiresAt: string | null;
  linkRevoked: boolean;
  interviewer: string | null;
  interviewedOn: string | null;
};

export type NewRespondent = {
  organisationId?: string;
  personId?: string;
  displayName?: string;
  email?: string;
};
export type NewRespondents = { respondents: NewRespondent[] } | { pasted: string };

/** A personal link, shown once: `url` is relative (`/fi/answer/<token>`). */
export type PersonalLink = { token: string; url: string; expiresAt: string };
export type AddedRespondent = { id: string; displayName: string; link: PersonalLink };

export type InvitationKind = 'invitation' | 'reminder';
export type InvitationResult = {
  sent: number;
  skipped: { id: string; reason: string }[];
  links: { respondentId: string; url: string }[];
};

export type CompletionCounts = { total: number; submitted: number; draft: number; notOpened: number };
export type Completion = {
  total: number;
  byState: Record<RespondentState, number>;
  byMunicipality: (CompletionCounts & { municipalityCode: string | null; municipalityName: string | null })[];
  byKind: (CompletionCounts & { kind: string | null })[];
};

export type ProposalKind = 'relation' | 'organisation' | 'competence';
export type ProposalStatus = 'pending' | 'accepted' | 'merged' | 'rejected' | 'withdrawn';

export type DuplicateCandidate = {
  organisationId: string;
  name: string;
  businessId: string | null;
  municipalityCode: string | null;
  score: number;
  reason: 'business_id' | 'name';
};

export type ReviewProposal = {
  id: string;
  kind: ProposalKind;
  status: ProposalStatus;
  questionKey: string;
  questionLabel: LocalNames;
  respondentId: string;
  respondentName: string;
  organisationId: string | null;
  payload: Record<string, unknown>;
  recordId: string | null;
  candidates?: DuplicateCandidate[];
  answeredAt: string | null;
};

export type DecisionAction = 'accept' | 'reject' | 'merge';
export type Decision = { id: string; action: DecisionAction; organisationId?: string };
export type DecisionResult = { id: string; status: ProposalStatus; recordId: string | null };

export type QuestionSummary = {
  key: string;
  type: string;
  label: LocalNames;
  n: number;
  counts?: { option: string; label: LocalNames; n: number }[];
  mean?: number | null;
  median?: number | null;
  distribution?: { value: number; n: number }[];
  texts?: number;
};

export type AnsweredBy<K extends string> = Record<K, string | null> & { name?: string | null; n: number };

export type Analysis = {
  questions: QuestionSummary[];
  byMunicipality: (AnsweredBy<'municipalityCode'> & { municipalityName?: string | null })[];
  byKind: AnsweredBy<'kind'>[];
};

export type OpenAnswer = {
  respondentId: string;
  respondentName?: string | null;
  questionKey: string;
  text: string;
  themes: string[];
  usable: boolean;
};

export type ThemeSuggestion = { stem: string; terms: string[]; n: number; language: string };

export type RoundComparison = {
  questions: { key: string; label: LocalNames; current: QuestionSummary; other: QuestionSummary }[];
};
