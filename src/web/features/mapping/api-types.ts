/**
 * The mapping round API as the coordinator's pages use it, written by hand from the contract
 * (and the shapes the server branches gave it meanwhile) while the server routes are built alongside. When the generated schema (`src/web/api/schema.ts`) has
 * these paths, each type here can become `Schema<…>` / `ResponseOf<…>` and this file goes away.
 */
import type { QuestionnaireContent } from '../../../domain/questionnaires';

export type LocalNames = { fi: string; sv?: string | null; en?: string | null };
export type Visibility = 'private' | 'network';
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
  /** What the privacy notice names as the ground for asking. */
  lawfulBasis: QuestionnaireLawfulBasis;
  latestVersion: number;
  createdAt: string;
  updatedAt: string;
};

import { QUESTIONNAIRE_LAWFUL_BASES } from '../../../domain/enums';
export { QUESTIONNAIRE_LAWFUL_BASES };
export type QuestionnaireLawfulBasis = (typeof QUESTIONNAIRE_LAWFUL_BASES)[number];

/** The writable fields of a questionnaire (PATCH), and of POST with `template` or `content`. */
export type QuestionnaireFields = Partial<
  Omit<Questionnaire, 'id' | 'workspaceId' | 'latestVersion' | 'createdAt' | 'updatedAt'>
>;
export type NewQuestionnaire = QuestionnaireFields & {
  nameFi: string;
  template?: 'mapping';
  content?: QuestionnaireContent;
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
  /** The demo's round of fictional example answers. */
  example?: boolean;
  nameFi: string;
  nameSv: string | null;
  nameEn: string | null;
  scope: RoundScope;
  ecosystemId: string | null;
  networkId: string | null;
  municipalityCode: string | null;
  opensOn: string;
  closesOn: string;
  /** After this day the respondents are anonymised and their free-text answers deleted. */
  answersKeptUntil: string | null;
  closedAt: string | null;
  createdAt: string;
  updatedAt: string;
};

export type NewRound = Pick<Round, 'questionnaireId' | 'nameFi' | 'scope' | 'opensOn' | 'closesOn'> &
  Partial<
    Pick<
      Round,
      | 'nameSv'
      | 'nameEn'
      | 'answersKeptUntil'
      | 'visibility'
      | 'ecosystemId'
      | 'networkId'
      | 'municipalityCode'
    >
  >;

/** What the round's page changes after the round is made: its names and period. */
export type RoundChanges = Pick<
  Round,
  'nameFi' | 'nameSv' | 'nameEn' | 'opensOn' | 'closesOn' | 'answersKeptUntil'
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
  language: 'fi' | 'sv' | 'en';
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
  skipped: { id: string; reason: 'submitted' | 'no_email' | 'send_failed' }[];
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
  /** Near terms of the vocabulary for a competence named in words. */
  competenceCandidates?: { competenceId: string; name: string; score: number }[];
  answeredAt: string;
};

export type DecisionAction = 'accept' | 'reject' | 'merge';
export type Decision = { id: string; action: DecisionAction; organisationId?: string; competenceId?: string };
export type DecisionResult = { id: string; status: ProposalStatus; recordId: string | null };

export type QuestionSummary = {
  key: string;
  type: string;
  label: LocalNames;
  /** Respondents who answered. */
  n: number;
  counts?: { option: string; label: LocalNames; n: number; share: number }[];
  mean?: number | null;
  median?: number | null;
  min?: number | null;
  max?: number | null;
  distribution?: { value: number; n: number }[];
  earliest?: string | null;
  latest?: string | null;
  /** Open answers written. */
  texts?: number;
};

export type RoundRef = { id: string; name: LocalNames; version: number };

export type Analysis = {
  round: RoundRef;
  /** Respondents who submitted. */
  respondents: number;
  questions: QuestionSummary[];
  byMunicipality: { municipalityCode: string | null; municipalityName: string | null; n: number }[];
  byKind: { kind: string | null; n: number }[];
};

export type OpenAnswer = {
  respondentId: string;
  respondentName: string;
  organisationName: string | null;
  questionKey: string;
  text: string;
  themes: string[];
  usable: boolean;
};

/** `n`: answers using the stem; `count`: times it occurs. */
export type ThemeSuggestion = { stem: string; terms: string[]; n: number; count: number; language: string };

export type RoundComparison = {
  first: RoundRef;
  second: RoundRef;
  respondents: { first: number; second: number };
  shared: {
    key: string;
    type: string;
    label: LocalNames;
    first: QuestionSummary;
    second: QuestionSummary;
    meanChange?: number | null;
  }[];
  onlyFirst: string[];
  onlySecond: string[];
  differentType: string[];
};
