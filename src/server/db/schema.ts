/**
 * Generated from the migrated database by `npm run db:types`; do not edit. A test fails when it
 * drifts from the migrations.
 */
import type { ColumnType } from 'kysely';

export type Generated<T> =
  T extends ColumnType<infer S, infer I, infer U>
    ? ColumnType<S, I | undefined, U>
    : ColumnType<T, T | undefined, T>;

export type Json = JsonValue;

export type JsonArray = JsonValue[];

export type JsonObject = {
  [x: string]: JsonValue | undefined;
};

export type JsonPrimitive = boolean | number | string | null;

export type JsonValue = JsonArray | JsonObject | JsonPrimitive;

export type Numeric = ColumnType<number, number | string, number | string>;

export type Timestamp = ColumnType<Date, Date | string, Date | string>;

export interface AccessibilityFeedback {
  email: string | null;
  handledAt: Timestamp | null;
  id: Generated<string>;
  lang: string;
  message: string;
  pageUrl: string;
  receivedAt: Generated<Timestamp>;
}

export interface ActionCalls {
  actionId: string;
  createdAt: Generated<Timestamp>;
  createdBy: Generated<string>;
  fundingCallId: string;
  id: Generated<string>;
  note: string | null;
  updatedAt: Generated<Timestamp>;
  updatedBy: Generated<string>;
  visibility: Generated<string>;
  workspaceId: string;
}

export interface ActionProjects {
  actionId: string;
  createdAt: Generated<Timestamp>;
  createdBy: Generated<string>;
  id: Generated<string>;
  note: string | null;
  projectId: string;
  updatedAt: Generated<Timestamp>;
  updatedBy: Generated<string>;
  visibility: Generated<string>;
  workspaceId: string;
}

export interface AgreementParties {
  agreementId: string;
  createdAt: Generated<Timestamp>;
  createdBy: Generated<string>;
  id: Generated<string>;
  note: string | null;
  organisationId: string;
  updatedAt: Generated<Timestamp>;
  updatedBy: Generated<string>;
  visibility: Generated<string>;
  workspaceId: string;
}

export interface AnswerCodes {
  createdAt: Generated<Timestamp>;
  createdBy: Generated<string>;
  questionKey: string;
  respondentId: string;
  theme: string;
}

export interface AnswerProposals {
  createdAt: Generated<Timestamp>;
  decidedAt: Timestamp | null;
  decidedBy: string | null;
  id: Generated<string>;
  kind: string;
  payload: Json;
  questionKey: string;
  recordId: string | null;
  respondentId: string;
  status: Generated<string>;
  target: string;
  updatedAt: Generated<Timestamp>;
}

export interface AnswerQuotes {
  markedAt: Generated<Timestamp>;
  markedBy: Generated<string>;
  questionKey: string;
  respondentId: string;
}

export interface ApiTokens {
  createdAt: Generated<Timestamp>;
  expiresAt: Timestamp | null;
  id: Generated<string>;
  lastUsedAt: Timestamp | null;
  name: string;
  revokedAt: Timestamp | null;
  scopes: string[];
  tokenHash: string;
  userId: string;
  workspaceId: string | null;
}

export interface AuditLog {
  action: string;
  at: Generated<Timestamp>;
  detail: Generated<Json>;
  entity: string | null;
  entityId: string | null;
  id: Generated<number>;
  outcome: string;
  tokenId: string | null;
  userId: string | null;
  workspaceId: string | null;
}

export interface Changes {
  linkedIds: Generated<string[]>;
  occurredAt: Generated<Timestamp>;
  operation: string;
  position: Generated<number>;
  recordId: string;
  resource: string;
  txid: Generated<string>;
  visibility: string;
  workspaceId: string;
}

export interface ChangesHorizon {
  epoch: Generated<string>;
  onlyRow: Generated<boolean>;
  position: Generated<number>;
  txid: Generated<string>;
}

export interface Competences {
  createdAt: Generated<Timestamp>;
  createdBy: Generated<string>;
  descriptionEn: string | null;
  descriptionFi: string | null;
  descriptionSv: string | null;
  id: Generated<string>;
  isTheme: Generated<boolean>;
  nameEn: string | null;
  nameFi: string;
  nameSv: string | null;
  searchVector: Generated<string | null>;
  slug: string;
  themeId: string | null;
  updatedAt: Generated<Timestamp>;
  updatedBy: Generated<string>;
  visibility: Generated<string>;
  workspaceId: string;
}

export interface Consortia {
  createdAt: Generated<Timestamp>;
  createdBy: Generated<string>;
  fundingCallId: string;
  id: Generated<string>;
  name: string;
  notes: string | null;
  projectId: string | null;
  updatedAt: Generated<Timestamp>;
  updatedBy: Generated<string>;
  visibility: Generated<string>;
  workspaceId: string;
}

export interface ConsortiumPartners {
  budgetEur: Numeric | null;
  consortiumId: string;
  contactPersonId: string | null;
  createdAt: Generated<Timestamp>;
  createdBy: Generated<string>;
  id: Generated<string>;
  organisationId: string;
  role: string;
}

export interface ConsortiumRuleTicks {
  consortiumId: string;
  ruleIndex: number;
  tickedAt: Generated<Timestamp>;
  tickedBy: Generated<string>;
  tickedByUserId: string | null;
}

export interface Contacts {
  competenceId: string | null;
  createdAt: Generated<Timestamp>;
  createdBy: Generated<string>;
  example: Generated<boolean>;
  id: Generated<string>;
  networkId: string | null;
  nextStep: string | null;
  nextStepOn: string | null;
  organisationId: string;
  ownerId: string | null;
  personId: string | null;
  reason: string | null;
  searchVector: Generated<string | null>;
  stage: Generated<string>;
  updatedAt: Generated<Timestamp>;
  updatedBy: Generated<string>;
  visibility: Generated<string>;
  workspaceId: string;
}

export interface DataChanges {
  txid: number;
}

export interface DataVersion {
  onlyRow: Generated<boolean>;
  version: Generated<number>;
}

export interface DevelopmentActions {
  createdAt: Generated<Timestamp>;
  createdBy: Generated<string>;
  descriptionEn: string | null;
  descriptionFi: string | null;
  descriptionSv: string | null;
  endOn: string | null;
  goalId: string | null;
  id: Generated<string>;
  ownerOrganisationId: string | null;
  pictureReportId: string | null;
  reportProposalKey: string | null;
  searchVector: Generated<string | null>;
  startOn: string | null;
  status: Generated<string>;
  strategyId: string;
  titleEn: string | null;
  titleFi: string;
  titleSv: string | null;
  updatedAt: Generated<Timestamp>;
  updatedBy: Generated<string>;
  visibility: Generated<string>;
  workshopId: string | null;
  workspaceId: string;
}

export interface EcosystemAgreements {
  cityRegionEn: string | null;
  cityRegionFi: string;
  cityRegionSv: string | null;
  createdAt: Generated<Timestamp>;
  createdBy: Generated<string>;
  descriptionEn: string | null;
  descriptionFi: string | null;
  descriptionSv: string | null;
  endOn: string | null;
  id: Generated<string>;
  municipalityCodes: Generated<string[]>;
  nameEn: string | null;
  nameFi: string;
  nameSv: string | null;
  networkId: string | null;
  searchVector: Generated<string | null>;
  signedOn: string | null;
  startOn: string | null;
  themes: Generated<string[]>;
  updatedAt: Generated<Timestamp>;
  updatedBy: Generated<string>;
  visibility: Generated<string>;
  workspaceId: string;
}

export interface EcosystemMembers {
  createdAt: Generated<Timestamp>;
  createdBy: Generated<string>;
  ecosystemId: string;
  id: Generated<string>;
  organisationId: string;
  role: string;
  updatedAt: Generated<Timestamp>;
  updatedBy: Generated<string>;
  visibility: Generated<string>;
  workspaceId: string;
}

export interface Ecosystems {
  createdAt: Generated<Timestamp>;
  createdBy: Generated<string>;
  descriptionEn: string | null;
  descriptionFi: string | null;
  descriptionSv: string | null;
  id: Generated<string>;
  isPublic: Generated<boolean>;
  municipalityCodes: Generated<string[]>;
  nameEn: string | null;
  nameFi: string;
  nameSv: string | null;
  searchVector: Generated<string | null>;
  slug: string;
  themes: Generated<string[]>;
  updatedAt: Generated<Timestamp>;
  updatedBy: Generated<string>;
  visibility: Generated<string>;
  workspaceId: string;
}

export interface Enquiries {
  consentAt: Timestamp;
  contactId: string | null;
  contactName: string;
  email: string;
  id: Generated<string>;
  investmentSize: string;
  lang: string;
  lookingFor: string;
  organisationName: string | null;
  pageUrl: string;
  phone: string | null;
  publicPageId: string | null;
  receivedAt: Generated<Timestamp>;
  timeline: string;
  visibility: Generated<string>;
  workspaceId: string;
}

export interface EventParticipants {
  createdAt: Generated<Timestamp>;
  createdBy: Generated<string>;
  eventId: string;
  id: Generated<string>;
  organisationId: string | null;
  personId: string | null;
  role: string;
  updatedAt: Generated<Timestamp>;
  updatedBy: Generated<string>;
  visibility: Generated<string>;
  workspaceId: string;
}

export interface EventRelationRemovals {
  eventId: string;
  fromOrganisationId: string;
  removedAt: Generated<Timestamp>;
  removedBy: string;
  toOrganisationId: string;
}

export interface Events {
  createdAt: Generated<Timestamp>;
  createdBy: Generated<string>;
  descriptionEn: string | null;
  descriptionFi: string | null;
  descriptionSv: string | null;
  ecosystemId: string | null;
  endsAt: Timestamp | null;
  example: Generated<boolean>;
  id: Generated<string>;
  isOnline: Generated<boolean>;
  kind: string;
  location: string | null;
  municipalityCode: string | null;
  networkId: string | null;
  onlineUrl: string | null;
  projectId: string | null;
  searchVector: Generated<string | null>;
  seriesId: string | null;
  startsAt: Timestamp;
  titleEn: string | null;
  titleFi: string;
  titleSv: string | null;
  updatedAt: Generated<Timestamp>;
  updatedBy: Generated<string>;
  visibility: Generated<string>;
  workspaceId: string;
}

export interface EventSeries {
  createdAt: Generated<Timestamp>;
  createdBy: Generated<string>;
  frequency: string;
  id: Generated<string>;
  sessionCount: number | null;
  titleEn: string | null;
  titleFi: string;
  titleSv: string | null;
  untilOn: string | null;
  updatedAt: Generated<Timestamp>;
  updatedBy: Generated<string>;
  visibility: Generated<string>;
  workspaceId: string;
}

export interface FundingCalls {
  createdAt: Generated<Timestamp>;
  createdBy: Generated<string>;
  deadlineAt: Timestamp;
  descriptionEn: string | null;
  descriptionFi: string | null;
  descriptionSv: string | null;
  id: Generated<string>;
  openerOrganisationId: string | null;
  opensOn: string | null;
  programme: string | null;
  rules: Generated<Json>;
  searchVector: Generated<string | null>;
  source: string | null;
  themes: Generated<string[]>;
  titleEn: string | null;
  titleFi: string;
  titleSv: string | null;
  updatedAt: Generated<Timestamp>;
  updatedBy: Generated<string>;
  url: string | null;
  visibility: Generated<string>;
  workspaceId: string;
}

export interface GoalActuals {
  createdAt: Generated<Timestamp>;
  createdBy: Generated<string>;
  goalId: string;
  id: Generated<string>;
  measuredOn: string;
  note: string | null;
  source: string | null;
  updatedAt: Generated<Timestamp>;
  updatedBy: Generated<string>;
  value: number;
  visibility: Generated<string>;
  workspaceId: string;
}

export interface GoalContributions {
  contributingGoalId: string;
  createdAt: Generated<Timestamp>;
  createdBy: Generated<string>;
  id: Generated<string>;
  networkGoalId: string;
  note: string | null;
  updatedAt: Generated<Timestamp>;
  updatedBy: Generated<string>;
  visibility: Generated<string>;
  workspaceId: string;
}

export interface ImportKeys {
  entity: string;
  externalId: string;
  recordId: string;
  workspaceId: string;
}

export interface ImportRuns {
  createdAt: Generated<Timestamp>;
  createdBy: Generated<string>;
  createdCount: Generated<number>;
  encoding: string | null;
  entity: string;
  errors: Generated<Json>;
  failedCount: Generated<number>;
  fileName: string | null;
  finishedAt: Timestamp | null;
  heartbeatAt: Timestamp | null;
  id: Generated<string>;
  kind: string;
  mapping: Json | null;
  message: string | null;
  ownerHost: string | null;
  ownerId: string | null;
  ownerPid: number | null;
  rowCount: Generated<number>;
  state: string;
  unchangedCount: Generated<number>;
  updatedAt: Generated<Timestamp>;
  updatedBy: Generated<string>;
  updatedCount: Generated<number>;
  visibility: Generated<string>;
  workspaceId: string;
}

export interface Industries {
  classification: string;
  code: string;
  level: number;
  nameEn: string | null;
  nameFi: string;
  nameSv: string | null;
  parentCode: string | null;
}

export interface LoginLinks {
  expiresAt: Timestamp;
  tokenHash: string;
  usedAt: Timestamp | null;
  userId: string;
}

export interface MappingRounds {
  answersKeptUntil: string | null;
  closedAt: Timestamp | null;
  closesOn: string;
  createdAt: Generated<Timestamp>;
  createdBy: Generated<string>;
  ecosystemId: string | null;
  example: Generated<boolean>;
  id: Generated<string>;
  municipalityCode: string | null;
  nameEn: string | null;
  nameFi: string;
  nameSv: string | null;
  networkId: string | null;
  opensOn: string;
  questionnaireId: string;
  scope: string;
  updatedAt: Generated<Timestamp>;
  updatedBy: Generated<string>;
  version: number;
  visibility: Generated<string>;
  workspaceId: string;
}

export interface Memberships {
  role: string;
  userId: string;
  workspaceId: string;
}

export interface Municipalities {
  code: string;
  isActive: Generated<boolean>;
  nameEn: string | null;
  nameFi: string;
  nameSv: string | null;
  regionCode: string | null;
  updatedAt: Generated<Timestamp>;
}

export interface MunicipalityBorders {
  geometry: Json;
  importedAt: Generated<Timestamp>;
  municipalityCode: string;
  source: string | null;
}

export interface NationalIndustryCounts {
  area: string;
  count: number;
  industryCode: string;
  tableId: string;
}

export interface NationalTables {
  basis: string;
  fileName: string | null;
  id: Generated<string>;
  importedAt: Generated<Timestamp>;
  importedBy: Generated<string>;
  measure: string | null;
  missingCount: Generated<number>;
  municipalityCount: number;
  source: string;
  title: string | null;
  year: number;
}

export interface NetworkCoordinators {
  networkId: string;
  userId: string;
}

export interface NetworkMembers {
  createdAt: Generated<Timestamp>;
  createdBy: Generated<string>;
  id: Generated<string>;
  municipalityCodes: Generated<string[]>;
  networkId: string;
  organisationId: string;
  role: string;
  updatedAt: Generated<Timestamp>;
  updatedBy: Generated<string>;
  visibility: Generated<string>;
  workspaceId: string;
}

export interface Networks {
  createdAt: Generated<Timestamp>;
  createdBy: Generated<string>;
  descriptionEn: string | null;
  descriptionFi: string | null;
  descriptionSv: string | null;
  endOn: string | null;
  id: Generated<string>;
  kind: string;
  nameEn: string | null;
  nameFi: string;
  nameSv: string | null;
  searchVector: Generated<string | null>;
  slug: string;
  startOn: string | null;
  updatedAt: Generated<Timestamp>;
  updatedBy: Generated<string>;
  visibility: Generated<string>;
  workspaceId: string;
}

export interface Notes {
  body: string;
  contactId: string | null;
  createdAt: Generated<Timestamp>;
  createdBy: Generated<string>;
  eventId: string | null;
  fromStage: string | null;
  id: Generated<string>;
  kind: Generated<string>;
  occurredAt: Generated<Timestamp>;
  organisationId: string | null;
  personId: string | null;
  searchVector: Generated<string | null>;
  toStage: string | null;
  updatedAt: Generated<Timestamp>;
  updatedBy: Generated<string>;
  visibility: Generated<string>;
  workspaceId: string;
}

export interface OrganisationCompetences {
  answerProposalId: string | null;
  competenceId: string | null;
  createdAt: Generated<Timestamp>;
  createdBy: Generated<string>;
  description: string | null;
  direction: string;
  id: Generated<string>;
  organisationId: string;
  searchVector: Generated<string | null>;
  source: string | null;
  tag: string | null;
  updatedAt: Generated<Timestamp>;
  updatedBy: Generated<string>;
  visibility: Generated<string>;
  workspaceId: string;
}

export interface Organisations {
  businessId: string | null;
  companyForm: string | null;
  createdAt: Generated<Timestamp>;
  createdBy: Generated<string>;
  descriptionEn: string | null;
  descriptionFi: string | null;
  descriptionSv: string | null;
  endDate: string | null;
  id: Generated<string>;
  importRunId: string | null;
  isPublic: Generated<boolean>;
  kind: string;
  lastImportedAt: Timestamp | null;
  lastVerifiedOn: string | null;
  municipalityCode: string | null;
  nameEn: string | null;
  nameFi: string;
  nameHistory: Json | null;
  nameSv: string | null;
  publicConsentExample: Generated<boolean>;
  publicConsentOn: string | null;
  registrationDate: string | null;
  searchVector: Generated<string | null>;
  sizeClass: Generated<string>;
  source: string | null;
  status: string | null;
  statusDetail: Json | null;
  tol2025Code: string | null;
  tolCode: string | null;
  updatedAt: Generated<Timestamp>;
  updatedBy: Generated<string>;
  visibility: Generated<string>;
  website: string | null;
  workspaceId: string;
}

export interface People {
  anonymisedAt: Timestamp | null;
  collectedOn: string;
  createdAt: Generated<Timestamp>;
  createdBy: Generated<string>;
  email: string | null;
  fullName: string | null;
  id: Generated<string>;
  informedOn: string | null;
  lawfulBasis: string;
  phone: string | null;
  purpose: string;
  retainUntil: string | null;
  searchVector: Generated<string | null>;
  source: string;
  title: string | null;
  updatedAt: Generated<Timestamp>;
  updatedBy: Generated<string>;
  visibility: Generated<string>;
  workspaceId: string;
}

export interface PersonRoles {
  createdAt: Generated<Timestamp>;
  createdBy: Generated<string>;
  endOn: string | null;
  id: Generated<string>;
  isContact: Generated<boolean>;
  organisationId: string;
  personId: string;
  startOn: string | null;
  title: string;
  updatedAt: Generated<Timestamp>;
  updatedBy: Generated<string>;
  visibility: Generated<string>;
  workspaceId: string;
}

export interface PictureProposals {
  bodyEn: string | null;
  bodyFi: string | null;
  bodySv: string | null;
  createdAt: Generated<Timestamp>;
  createdBy: Generated<string>;
  id: Generated<string>;
  position: Generated<number>;
  scopeId: string;
  scopeKind: string;
  searchVector: Generated<string | null>;
  titleEn: string | null;
  titleFi: string;
  titleSv: string | null;
  updatedAt: Generated<Timestamp>;
  updatedBy: Generated<string>;
  visibility: Generated<string>;
  workspaceId: string;
}

export interface PictureReports {
  content: Json;
  createdAt: Generated<Timestamp>;
  createdBy: Generated<string>;
  example: Generated<boolean>;
  generatedAt: Generated<Timestamp>;
  id: Generated<string>;
  language: string;
  publishedAt: Timestamp | null;
  publishedBy: string | null;
  scopeId: string;
  scopeKind: string;
  scopeName: string;
  updatedAt: Generated<Timestamp>;
  updatedBy: Generated<string>;
  version: Generated<number>;
  visibility: Generated<string>;
  workspaceId: string;
}

export interface PictureReportVersions {
  change: Json;
  content: Json;
  createdAt: Generated<Timestamp>;
  createdBy: Generated<string>;
  reportId: string;
  version: number;
}

export interface PictureSnapshots {
  createdAt: Generated<Timestamp>;
  createdBy: Generated<string>;
  id: Generated<string>;
  picture: Json;
  scopeId: string;
  scopeKind: string;
  takenForReaders: Generated<boolean>;
  takenOn: string;
  updatedAt: Generated<Timestamp>;
  updatedBy: Generated<string>;
  visibility: Generated<string>;
  workspaceId: string;
}

export interface PostalCodes {
  municipalityCode: string;
  nameFi: string | null;
  nameSv: string | null;
  postalCode: string;
}

export interface ProjectReports {
  createdAt: Generated<Timestamp>;
  createdBy: Generated<string>;
  id: Generated<string>;
  lang: string;
  omitted: Generated<Json>;
  periodEnd: string;
  periodStart: string;
  projectId: string;
  template: string;
  texts: Generated<Json>;
  updatedAt: Generated<Timestamp>;
  updatedBy: Generated<string>;
  visibility: Generated<string>;
  workspaceId: string;
}

export interface ProjectRoles {
  createdAt: Generated<Timestamp>;
  createdBy: Generated<string>;
  id: Generated<string>;
  note: string | null;
  organisationId: string;
  projectId: string;
  role: string;
  updatedAt: Generated<Timestamp>;
  updatedBy: Generated<string>;
  visibility: Generated<string>;
  workspaceId: string;
}

export interface Projects {
  budgetEur: Numeric | null;
  createdAt: Generated<Timestamp>;
  createdBy: Generated<string>;
  descriptionEn: string | null;
  descriptionFi: string | null;
  descriptionSv: string | null;
  ecosystemId: string | null;
  endOn: string | null;
  fundingCallId: string | null;
  id: Generated<string>;
  isLeadProject: Generated<boolean>;
  nameEn: string | null;
  nameFi: string;
  nameSv: string | null;
  networkId: string | null;
  programme: string | null;
  searchVector: Generated<string | null>;
  slug: string | null;
  startOn: string | null;
  status: Generated<string>;
  themes: Generated<string[]>;
  updatedAt: Generated<Timestamp>;
  updatedBy: Generated<string>;
  visibility: Generated<string>;
  workspaceId: string;
}

export interface PublicPages {
  contacts: Generated<Json>;
  createdAt: Generated<Timestamp>;
  createdBy: Generated<string>;
  ecosystemId: string | null;
  id: Generated<string>;
  introEn: string | null;
  introFi: string | null;
  introSv: string | null;
  municipalityCode: string | null;
  networkId: string | null;
  path: string;
  publishedAt: Timestamp | null;
  publishedBy: string | null;
  updatedAt: Generated<Timestamp>;
  updatedBy: Generated<string>;
  workspaceId: string;
}

export interface PublicStories {
  bodyEn: string | null;
  bodyFi: string;
  bodySv: string | null;
  createdAt: Generated<Timestamp>;
  createdBy: Generated<string>;
  example: Generated<boolean>;
  id: Generated<string>;
  image: Buffer | null;
  imageAltEn: string | null;
  imageAltFi: string | null;
  imageAltSv: string | null;
  imageType: string | null;
  publicPageId: string;
  publishedOn: string | null;
  titleEn: string | null;
  titleFi: string;
  titleSv: string | null;
  updatedAt: Generated<Timestamp>;
  updatedBy: Generated<string>;
}

export interface Questionnaires {
  createdAt: Generated<Timestamp>;
  createdBy: Generated<string>;
  descriptionEn: string | null;
  descriptionFi: string | null;
  descriptionSv: string | null;
  id: Generated<string>;
  latestVersion: Generated<number>;
  lawfulBasis: Generated<string>;
  nameEn: string | null;
  nameFi: string;
  nameSv: string | null;
  privacyNoticeEn: string | null;
  privacyNoticeFi: string | null;
  privacyNoticeSv: string | null;
  updatedAt: Generated<Timestamp>;
  updatedBy: Generated<string>;
  visibility: Generated<string>;
  workspaceId: string;
}

export interface QuestionnaireVersions {
  content: Json;
  createdAt: Generated<Timestamp>;
  createdBy: Generated<string>;
  questionnaireId: string;
  version: number;
}

export interface RateLimits {
  count: number;
  credentials: Generated<string[]>;
  endsAt: Timestamp;
  key: Buffer;
  refused: Generated<boolean>;
}

export interface Regions {
  code: string;
  nameEn: string | null;
  nameFi: string;
  nameSv: string | null;
  nuts3: string | null;
  nuts3V2024: string | null;
  updatedAt: Generated<Timestamp>;
}

export interface Relations {
  answerProposalId: string | null;
  createdAt: Generated<Timestamp>;
  createdBy: Generated<string>;
  description: string | null;
  endOn: string | null;
  eventId: string | null;
  fromOrganisationId: string;
  id: Generated<string>;
  kind: string;
  personId: string | null;
  searchVector: Generated<string | null>;
  source: Generated<string>;
  startOn: string | null;
  toOrganisationId: string;
  updatedAt: Generated<Timestamp>;
  updatedBy: Generated<string>;
  visibility: Generated<string>;
  weight: Generated<number>;
  workspaceId: string;
}

export interface RoundAnswers {
  questionKey: string;
  respondentId: string;
  updatedAt: Generated<Timestamp>;
  value: Json;
}

export interface RoundRespondents {
  anonymisedAt: Timestamp | null;
  consentedAt: Timestamp | null;
  createdAt: Generated<Timestamp>;
  createdBy: Generated<string>;
  displayName: string;
  email: string | null;
  id: Generated<string>;
  interviewedOn: string | null;
  interviewer: string | null;
  interviewNotes: string | null;
  language: Generated<string>;
  mode: Generated<string>;
  openedAt: Timestamp | null;
  organisationId: string | null;
  personId: string | null;
  remindedAt: Timestamp | null;
  roundId: string;
  submittedAt: Timestamp | null;
  tokenExpiresAt: Timestamp | null;
  tokenHash: string | null;
  tokenRevokedAt: Timestamp | null;
  updatedAt: Generated<Timestamp>;
  updatedBy: Generated<string>;
}

export interface ServerSecrets {
  createdAt: Generated<Timestamp>;
  name: string;
  value: Buffer;
}

export interface Sessions {
  createdAt: Generated<Timestamp>;
  csrfToken: string;
  expiresAt: Timestamp;
  lastSeenAt: Generated<Timestamp>;
  tokenHash: string;
  userId: string;
}

export interface Strategies {
  createdAt: Generated<Timestamp>;
  createdBy: Generated<string>;
  ecosystemId: string | null;
  endYear: number;
  example: Generated<boolean>;
  id: Generated<string>;
  municipalityCode: string | null;
  networkId: string | null;
  scope: string;
  searchVector: Generated<string | null>;
  startYear: number;
  titleEn: string | null;
  titleFi: string;
  titleSv: string | null;
  updatedAt: Generated<Timestamp>;
  updatedBy: Generated<string>;
  visibility: Generated<string>;
  visionEn: string | null;
  visionFi: string | null;
  visionSv: string | null;
  workspaceId: string;
}

export interface StrategyGoals {
  baselineValue: number | null;
  baselineYear: number | null;
  createdAt: Generated<Timestamp>;
  createdBy: Generated<string>;
  example: Generated<boolean>;
  id: Generated<string>;
  indicatorEn: string | null;
  indicatorFi: string;
  indicatorSv: string | null;
  pictureReportId: string | null;
  reportProposalKey: string | null;
  rollupRule: string | null;
  searchVector: Generated<string | null>;
  strategyId: string;
  targetValue: number | null;
  targetYear: number | null;
  titleEn: string | null;
  titleFi: string;
  titleSv: string | null;
  unitEn: string | null;
  unitFi: string | null;
  unitSv: string | null;
  updatedAt: Generated<Timestamp>;
  updatedBy: Generated<string>;
  visibility: Generated<string>;
  workshopId: string | null;
  workspaceId: string;
}

export interface Users {
  createdAt: Generated<Timestamp>;
  disabledAt: Timestamp | null;
  displayName: string | null;
  email: string;
  id: Generated<string>;
  isAdmin: Generated<boolean>;
  lastLoginAt: Timestamp | null;
  oidcIssuer: string | null;
  oidcSubject: string | null;
  passwordHash: string | null;
  totpEnabledAt: Timestamp | null;
  totpLastStep: number | null;
  totpSecret: string | null;
  updatedAt: Generated<Timestamp>;
}

export interface WebhookDeliveries {
  attempts: Generated<number>;
  createdAt: Generated<Timestamp>;
  durationMs: number | null;
  endpointId: string;
  eventId: string;
  eventType: string;
  id: Generated<string>;
  lastError: string | null;
  nextAttemptAt: Timestamp | null;
  payload: Json;
  status: Generated<string>;
  statusCode: number | null;
  updatedAt: Generated<Timestamp>;
}

export interface WebhookEndpoints {
  allowPrivateNetwork: Generated<boolean>;
  createdAt: Generated<Timestamp>;
  createdBy: string;
  disabledAt: Timestamp | null;
  disabledReason: string | null;
  events: string[];
  example: Generated<boolean>;
  id: Generated<string>;
  secret: string;
  updatedAt: Generated<Timestamp>;
  url: string;
  workspaceId: string;
}

export interface WorkshopGroups {
  id: Generated<string>;
  position: Generated<number>;
  title: string;
  workshopId: string;
}

export interface WorkshopIdeas {
  createdAt: Generated<Timestamp>;
  groupId: string | null;
  id: Generated<string>;
  participantId: string | null;
  phaseId: string;
  position: Generated<number>;
  text: string;
  workshopId: string;
}

export interface WorkshopOutcomeSources {
  actionId: string | null;
  createdAt: Generated<Timestamp>;
  dots: Generated<number>;
  goalId: string | null;
  groupId: string | null;
  id: Generated<string>;
  ideaId: string | null;
  workshopId: string;
}

export interface WorkshopParticipants {
  consentedAt: Timestamp;
  createdAt: Generated<Timestamp>;
  displayName: string;
  id: Generated<string>;
  organisationName: Generated<string>;
  tokenHash: string;
  userId: string | null;
  workshopId: string;
}

export interface WorkshopPhases {
  id: Generated<string>;
  kind: string;
  position: number;
  promptEn: string | null;
  promptFi: string | null;
  promptSv: string | null;
  status: Generated<string>;
  titleEn: string | null;
  titleFi: string;
  titleSv: string | null;
  workshopId: string;
}

export interface Workshops {
  createdAt: Generated<Timestamp>;
  createdBy: Generated<string>;
  currentPhaseId: string | null;
  eventId: string | null;
  example: Generated<boolean>;
  id: Generated<string>;
  joinCode: string;
  status: Generated<string>;
  strategyId: string;
  titleEn: string | null;
  titleFi: string;
  titleSv: string | null;
  updatedAt: Generated<Timestamp>;
  updatedBy: Generated<string>;
  visibility: Generated<string>;
  voteBudget: Generated<number>;
  workspaceId: string;
}

export interface WorkshopStream {
  createdAt: Generated<Timestamp>;
  id: Generated<number>;
  participantId: string | null;
  payload: Json;
  type: string;
  workshopId: string;
}

export interface WorkshopVotes {
  dots: number;
  ideaId: string;
  participantId: string;
  workshopId: string;
}

export interface WorkspaceNetworks {
  networkId: string;
  workspaceId: string;
}

export interface Workspaces {
  createdAt: Generated<Timestamp>;
  createdBy: Generated<string>;
  id: Generated<string>;
  nameEn: string | null;
  nameFi: string;
  nameSv: string | null;
  organisationId: string | null;
  slug: string;
  updatedAt: Generated<Timestamp>;
  updatedBy: Generated<string>;
}

export interface DB {
  accessibilityFeedback: AccessibilityFeedback;
  actionCalls: ActionCalls;
  actionProjects: ActionProjects;
  agreementParties: AgreementParties;
  answerCodes: AnswerCodes;
  answerProposals: AnswerProposals;
  answerQuotes: AnswerQuotes;
  apiTokens: ApiTokens;
  auditLog: AuditLog;
  changes: Changes;
  changesHorizon: ChangesHorizon;
  competences: Competences;
  consortia: Consortia;
  consortiumPartners: ConsortiumPartners;
  consortiumRuleTicks: ConsortiumRuleTicks;
  contacts: Contacts;
  dataChanges: DataChanges;
  dataVersion: DataVersion;
  developmentActions: DevelopmentActions;
  ecosystemAgreements: EcosystemAgreements;
  ecosystemMembers: EcosystemMembers;
  ecosystems: Ecosystems;
  enquiries: Enquiries;
  eventParticipants: EventParticipants;
  eventRelationRemovals: EventRelationRemovals;
  events: Events;
  eventSeries: EventSeries;
  fundingCalls: FundingCalls;
  goalActuals: GoalActuals;
  goalContributions: GoalContributions;
  importKeys: ImportKeys;
  importRuns: ImportRuns;
  industries: Industries;
  loginLinks: LoginLinks;
  mappingRounds: MappingRounds;
  memberships: Memberships;
  municipalities: Municipalities;
  municipalityBorders: MunicipalityBorders;
  nationalIndustryCounts: NationalIndustryCounts;
  nationalTables: NationalTables;
  networkCoordinators: NetworkCoordinators;
  networkMembers: NetworkMembers;
  networks: Networks;
  notes: Notes;
  organisationCompetences: OrganisationCompetences;
  organisations: Organisations;
  people: People;
  personRoles: PersonRoles;
  pictureProposals: PictureProposals;
  pictureReports: PictureReports;
  pictureReportVersions: PictureReportVersions;
  pictureSnapshots: PictureSnapshots;
  postalCodes: PostalCodes;
  projectReports: ProjectReports;
  projectRoles: ProjectRoles;
  projects: Projects;
  publicPages: PublicPages;
  publicStories: PublicStories;
  questionnaires: Questionnaires;
  questionnaireVersions: QuestionnaireVersions;
  rateLimits: RateLimits;
  regions: Regions;
  relations: Relations;
  roundAnswers: RoundAnswers;
  roundRespondents: RoundRespondents;
  serverSecrets: ServerSecrets;
  sessions: Sessions;
  strategies: Strategies;
  strategyGoals: StrategyGoals;
  users: Users;
  webhookDeliveries: WebhookDeliveries;
  webhookEndpoints: WebhookEndpoints;
  workshopGroups: WorkshopGroups;
  workshopIdeas: WorkshopIdeas;
  workshopOutcomeSources: WorkshopOutcomeSources;
  workshopParticipants: WorkshopParticipants;
  workshopPhases: WorkshopPhases;
  workshops: Workshops;
  workshopStream: WorkshopStream;
  workshopVotes: WorkshopVotes;
  workspaceNetworks: WorkspaceNetworks;
  workspaces: Workspaces;
}
