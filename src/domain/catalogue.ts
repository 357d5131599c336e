/**
 * The entity catalogue: every record kind Solmu keeps, once. The server's resources (routes, SQL, rules)
 * and the web's entity pages both extend an entry here, and a test holds the server resources, the web
 * pages, the message keys and the test fixtures against it. Adding an entity starts here (and with a
 * migration).
 */
import { competence, organisation, organisationCompetence, person, personRole, relation } from './actors.js';
import { contact, note } from './connect.js';
import { ecosystem, ecosystemMember, network, networkMember } from './ecosystems.js';
import { event, eventParticipant } from './events.js';
import { pictureProposal } from './pictures.js';
import { agreementParty, ecosystemAgreement, fundingCall, project, projectRole } from './projects.js';
import {
  actionCall,
  actionProject,
  developmentAction,
  goalActual,
  goalContribution,
  strategy,
  strategyGoal,
} from './strategies.js';
import type { EntitySchemas } from './common.js';

/** What both sides need to know about an entity. */
export type EntityEntry = {
  /** URL segment of the API and of the web pages, e.g. 'organisations'. */
  readonly path: string;
  /** Table name in camelCase, e.g. 'organisationCompetences'. */
  readonly table: string;
  /** Singular name for schema ids and messages, e.g. 'Organisation'. */
  readonly entity: string;
  readonly schemas: EntitySchemas;
  /** Non-null columns a list may be sorted by; the first is the default. */
  readonly sortable: readonly [string, ...string[]];
  /** The list takes `q`, a Finnish, Swedish and English text search. */
  readonly searchable: boolean;
  /** The list's filters by name (the query parameter); the server says how each narrows the list. */
  readonly filters: readonly string[];
  /** Natural keys besides the id that a single read accepts, e.g. slug. */
  readonly alternateKeys?: readonly string[];
  /** The field naming the network a record belongs to: its coordinators may write it. */
  readonly networkField?: string;
  /** Personal data: every read is audited, never public. */
  readonly personal?: boolean;
  /** Fields stored as jsonb. */
  readonly jsonColumns?: readonly string[];
  /**
   * The records a link row exists to join (a membership's organisation and network): a reader who may
   * not read one of them does not see the row either, so no trace of a hidden record shows.
   */
  readonly links?: readonly string[];
  /** Who a new record is shown to unless its writer chooses otherwise (else the network). */
  readonly defaultVisibility?: 'private';
};

const entry = <const E extends EntityEntry>(e: E) => e;

export const ENTITIES = {
  organisations: entry({
    path: 'organisations',
    table: 'organisations',
    entity: 'Organisation',
    schemas: organisation,
    sortable: ['nameFi', 'createdAt', 'updatedAt', 'kind'],
    searchable: true,
    filters: [
      'kind',
      'sizeClass',
      'municipalityCode',
      'regionCode',
      'tolSection',
      'tolDivision',
      'businessId',
      'isPublic',
      'publicConsent',
      'ecosystemId',
      'networkId',
      'offers',
      'needs',
    ],
  }),
  competences: entry({
    path: 'competences',
    table: 'competences',
    entity: 'Competence',
    schemas: competence,
    sortable: ['nameFi', 'slug', 'createdAt'],
    searchable: true,
    filters: ['isTheme'],
    alternateKeys: ['slug'],
  }),
  'organisation-competences': entry({
    path: 'organisation-competences',
    table: 'organisationCompetences',
    entity: 'OrganisationCompetence',
    schemas: organisationCompetence,
    sortable: ['createdAt', 'direction'],
    searchable: true,
    filters: ['organisationId', 'competenceId', 'direction', 'tag'],
    links: ['organisationId'],
  }),
  people: entry({
    path: 'people',
    table: 'people',
    entity: 'Person',
    schemas: person,
    sortable: ['createdAt', 'collectedOn'],
    searchable: true,
    filters: ['organisationId'],
    personal: true,
  }),
  'person-roles': entry({
    path: 'person-roles',
    table: 'personRoles',
    entity: 'PersonRole',
    schemas: personRole,
    sortable: ['createdAt', 'title'],
    searchable: false,
    filters: ['personId', 'organisationId', 'isContact'],
    links: ['personId', 'organisationId'],
  }),
  relations: entry({
    path: 'relations',
    table: 'relations',
    entity: 'Relation',
    schemas: relation,
    sortable: ['createdAt', 'kind', 'weight'],
    searchable: true,
    filters: ['organisationId', 'fromOrganisationId', 'toOrganisationId', 'kind', 'source'],
    links: ['fromOrganisationId', 'toOrganisationId'],
  }),
  ecosystems: entry({
    path: 'ecosystems',
    table: 'ecosystems',
    entity: 'Ecosystem',
    schemas: ecosystem,
    sortable: ['nameFi', 'slug', 'createdAt'],
    searchable: true,
    filters: ['isPublic', 'municipalityCode', 'theme'],
    alternateKeys: ['slug'],
  }),
  'ecosystem-members': entry({
    path: 'ecosystem-members',
    table: 'ecosystemMembers',
    entity: 'EcosystemMember',
    schemas: ecosystemMember,
    sortable: ['createdAt', 'role'],
    searchable: false,
    filters: ['ecosystemId', 'organisationId', 'role'],
    links: ['ecosystemId', 'organisationId'],
  }),
  networks: entry({
    path: 'networks',
    table: 'networks',
    entity: 'Network',
    schemas: network,
    sortable: ['nameFi', 'slug', 'createdAt'],
    searchable: true,
    filters: ['kind'],
    alternateKeys: ['slug'],
    networkField: 'id',
  }),
  'network-members': entry({
    path: 'network-members',
    table: 'networkMembers',
    entity: 'NetworkMember',
    schemas: networkMember,
    sortable: ['createdAt', 'role'],
    searchable: false,
    filters: ['networkId', 'organisationId', 'role'],
    networkField: 'networkId',
    links: ['networkId', 'organisationId'],
  }),
  projects: entry({
    path: 'projects',
    table: 'projects',
    entity: 'Project',
    schemas: project,
    sortable: ['nameFi', 'createdAt', 'status'],
    searchable: true,
    filters: ['status', 'networkId', 'ecosystemId', 'isLeadProject', 'organisationId'],
    alternateKeys: ['slug'],
    networkField: 'networkId',
  }),
  'project-roles': entry({
    path: 'project-roles',
    table: 'projectRoles',
    entity: 'ProjectRole',
    schemas: projectRole,
    sortable: ['createdAt', 'role'],
    searchable: false,
    filters: ['projectId', 'organisationId', 'role'],
    links: ['projectId', 'organisationId'],
  }),
  'funding-calls': entry({
    path: 'funding-calls',
    table: 'fundingCalls',
    entity: 'FundingCall',
    schemas: fundingCall,
    sortable: ['deadlineAt', 'titleFi', 'createdAt'],
    searchable: true,
    filters: ['openerOrganisationId', 'open'],
    jsonColumns: ['rules'],
  }),
  'ecosystem-agreements': entry({
    path: 'ecosystem-agreements',
    table: 'ecosystemAgreements',
    entity: 'EcosystemAgreement',
    schemas: ecosystemAgreement,
    sortable: ['nameFi', 'createdAt'],
    searchable: true,
    filters: ['networkId'],
  }),
  'agreement-parties': entry({
    path: 'agreement-parties',
    table: 'agreementParties',
    entity: 'AgreementParty',
    schemas: agreementParty,
    sortable: ['createdAt'],
    searchable: false,
    filters: ['agreementId', 'organisationId'],
    links: ['agreementId', 'organisationId'],
  }),
  events: entry({
    path: 'events',
    table: 'events',
    entity: 'Event',
    schemas: event,
    sortable: ['startsAt', 'titleFi', 'createdAt'],
    searchable: true,
    filters: ['kind', 'projectId', 'networkId', 'ecosystemId', 'from', 'to', 'organisationId'],
    networkField: 'networkId',
  }),
  'event-participants': entry({
    path: 'event-participants',
    table: 'eventParticipants',
    entity: 'EventParticipant',
    schemas: eventParticipant,
    sortable: ['createdAt', 'role'],
    searchable: false,
    filters: ['eventId', 'organisationId', 'personId', 'role'],
    links: ['eventId', 'organisationId', 'personId'],
  }),
  strategies: entry({
    path: 'strategies',
    table: 'strategies',
    entity: 'Strategy',
    schemas: strategy,
    sortable: ['titleFi', 'startYear', 'createdAt'],
    searchable: true,
    filters: ['scope', 'ecosystemId', 'networkId', 'municipalityCode'],
    networkField: 'networkId',
  }),
  'strategy-goals': entry({
    path: 'strategy-goals',
    table: 'strategyGoals',
    entity: 'StrategyGoal',
    schemas: strategyGoal,
    sortable: ['createdAt', 'titleFi'],
    searchable: true,
    filters: ['strategyId'],
  }),
  'goal-actuals': entry({
    path: 'goal-actuals',
    table: 'goalActuals',
    entity: 'GoalActual',
    schemas: goalActual,
    sortable: ['measuredOn', 'createdAt'],
    searchable: false,
    filters: ['goalId'],
  }),
  'development-actions': entry({
    path: 'development-actions',
    table: 'developmentActions',
    entity: 'DevelopmentAction',
    schemas: developmentAction,
    sortable: ['createdAt', 'titleFi', 'status'],
    searchable: true,
    filters: ['strategyId', 'goalId', 'ownerOrganisationId', 'status'],
  }),
  'action-projects': entry({
    path: 'action-projects',
    table: 'actionProjects',
    entity: 'ActionProject',
    schemas: actionProject,
    sortable: ['createdAt'],
    searchable: false,
    filters: ['actionId', 'projectId'],
    links: ['actionId', 'projectId'],
  }),
  'action-calls': entry({
    path: 'action-calls',
    table: 'actionCalls',
    entity: 'ActionCall',
    schemas: actionCall,
    sortable: ['createdAt'],
    searchable: false,
    filters: ['actionId', 'fundingCallId'],
    links: ['actionId', 'fundingCallId'],
  }),
  'goal-contributions': entry({
    path: 'goal-contributions',
    table: 'goalContributions',
    entity: 'GoalContribution',
    schemas: goalContribution,
    sortable: ['createdAt'],
    searchable: false,
    filters: ['networkGoalId', 'contributingGoalId'],
    links: ['networkGoalId', 'contributingGoalId'],
  }),
  contacts: entry({
    path: 'contacts',
    table: 'contacts',
    entity: 'Contact',
    schemas: contact,
    sortable: ['createdAt', 'updatedAt', 'stage'],
    searchable: true,
    filters: ['organisationId', 'personId', 'networkId', 'stage'],
    networkField: 'networkId',
    // Contact work is the workspace's own until it chooses to share it.
    defaultVisibility: 'private',
  }),
  notes: entry({
    path: 'notes',
    table: 'notes',
    entity: 'Note',
    schemas: note,
    sortable: ['createdAt', 'updatedAt'],
    searchable: true,
    filters: ['organisationId', 'personId', 'contactId', 'eventId'],
    defaultVisibility: 'private',
  }),
  'picture-proposals': entry({
    path: 'picture-proposals',
    table: 'pictureProposals',
    entity: 'PictureProposal',
    schemas: pictureProposal,
    sortable: ['position', 'createdAt', 'titleFi'],
    searchable: true,
    filters: ['scopeKind', 'scopeId'],
  }),
} as const;

export type EntityPath = keyof typeof ENTITIES;
export type Entity<P extends EntityPath = EntityPath> = (typeof ENTITIES)[P];

/** Every entity's path, in the catalogue's order (the order of the API document). */
export const ENTITY_PATHS = Object.keys(ENTITIES) as EntityPath[];
