import type { z } from 'zod';
import type { ResourcePath } from '../../api/client';
import { competence, organisationCompetence, person, personRole, relation } from '../../../domain/actors';
import { contact, note } from '../../../domain/connect';
import { ecosystem, ecosystemMember, network, networkMember } from '../../../domain/ecosystems';
import { VISIBILITIES } from '../../../domain/enums';
import { apiPathOf, REFERENCE_TABLES } from '../../../domain/references';
import { event, eventParticipant } from '../../../domain/events';
import { pictureProposal } from '../../../domain/pictures';
import {
  agreementParty,
  ecosystemAgreement,
  fundingCall,
  project,
  projectRole,
} from '../../../domain/projects';
import {
  actionProject,
  developmentAction,
  goalActual,
  strategy,
  strategyGoal,
} from '../../../domain/strategies';

/** Headings of child tables that show only some of the records (see `only`). */
export const CHILD_HEADINGS = ['funders'] as const;

/**
 * A table of records pointing at the one shown, e.g. a project's roles (`project-roles` by `projectId`);
 * `only` narrows it with more filters (and prefills them when adding), under its own heading.
 */
export type ChildUi = {
  path: ResourcePath;
  field: string;
  columns: string[];
  only?: Record<string, string>;
  heading?: (typeof CHILD_HEADINGS)[number];
};

/** How the web app shows one API resource; the fields themselves come from its zod schema. */
export type EntityUi = {
  /** The API path, which is also the page address: /:lang/<path>. */
  path: ResourcePath;
  schemas: { shape: z.ZodRawShape; create: z.ZodType; update: z.ZodType };
  /** What names a record: a three-language base ('name' → nameFi/nameSv/nameEn) or one field. */
  naming?: { localized: 'name' | 'title' } | { field: string; fallback?: string };
  /** List columns; the first links to the record. */
  columns: string[];
  /** Columns the API can sort by (a subset of the resource's sortable fields). */
  sortable?: string[];
  searchable?: boolean;
  /** Enum fields the list can be filtered by (the API has a filter of the same name). */
  filters?: string[];
  children?: ChildUi[];
  visibilities?: readonly (typeof VISIBILITIES)[number][];
  /** A bespoke page elsewhere serves this address (the generic one is not registered). */
  customList?: boolean;
  customView?: boolean;
};

const name = { localized: 'name' } as const;
const title = { localized: 'title' } as const;

export const ENTITY_UIS: EntityUi[] = [
  {
    path: 'ecosystems',
    schemas: ecosystem,
    naming: name,
    columns: ['nameFi', 'themes', 'isPublic'],
    sortable: ['nameFi'],
    searchable: true,
    children: [
      { path: 'ecosystem-members', field: 'ecosystemId', columns: ['organisationId', 'role'] },
      { path: 'projects', field: 'ecosystemId', columns: ['nameFi', 'status'] },
      { path: 'strategies', field: 'ecosystemId', columns: ['titleFi', 'startYear', 'endYear'] },
      { path: 'events', field: 'ecosystemId', columns: ['titleFi', 'startsAt'] },
    ],
  },
  {
    path: 'ecosystem-members',
    schemas: ecosystemMember,
    columns: ['ecosystemId', 'organisationId', 'role'],
    filters: ['role'],
  },
  {
    path: 'networks',
    schemas: network,
    naming: name,
    columns: ['nameFi', 'kind', 'startOn', 'endOn'],
    sortable: ['nameFi'],
    searchable: true,
    customList: true,
    customView: true,
  },
  {
    path: 'network-members',
    schemas: networkMember,
    columns: ['networkId', 'organisationId', 'role'],
  },
  {
    path: 'projects',
    schemas: project,
    naming: name,
    columns: ['nameFi', 'status', 'startOn', 'endOn'],
    filters: ['status'],
    sortable: ['nameFi', 'status'],
    searchable: true,
    children: [
      { path: 'project-roles', field: 'projectId', columns: ['organisationId', 'role', 'note'] },
      {
        path: 'project-roles',
        field: 'projectId',
        columns: ['organisationId', 'note'],
        only: { role: 'funder' },
        heading: 'funders',
      },
      { path: 'events', field: 'projectId', columns: ['titleFi', 'startsAt'] },
      { path: 'action-projects', field: 'projectId', columns: ['actionId', 'note'] },
    ],
  },
  {
    path: 'project-roles',
    schemas: projectRole,
    columns: ['projectId', 'organisationId', 'role'],
    filters: ['role'],
  },
  {
    path: 'funding-calls',
    schemas: fundingCall,
    naming: title,
    columns: ['titleFi', 'deadlineAt', 'openerOrganisationId', 'themes'],
    sortable: ['titleFi', 'deadlineAt'],
    searchable: true,
  },
  {
    path: 'ecosystem-agreements',
    schemas: ecosystemAgreement,
    naming: name,
    columns: ['nameFi', 'cityRegionFi', 'startOn', 'endOn'],
    sortable: ['nameFi'],
    searchable: true,
    children: [{ path: 'agreement-parties', field: 'agreementId', columns: ['organisationId', 'note'] }],
  },
  { path: 'agreement-parties', schemas: agreementParty, columns: ['agreementId', 'organisationId'] },
  {
    path: 'events',
    schemas: event,
    naming: title,
    columns: ['titleFi', 'kind', 'startsAt', 'location'],
    sortable: ['titleFi', 'startsAt'],
    searchable: true,
    customList: true,
    customView: true,
    children: [
      { path: 'event-participants', field: 'eventId', columns: ['organisationId', 'personId', 'role'] },
    ],
  },
  {
    path: 'event-participants',
    schemas: eventParticipant,
    columns: ['eventId', 'organisationId', 'personId', 'role'],
  },
  {
    path: 'strategies',
    schemas: strategy,
    naming: title,
    columns: ['titleFi', 'scope', 'startYear', 'endYear'],
    filters: ['scope'],
    sortable: ['titleFi', 'startYear'],
    searchable: true,
    customView: true,
    children: [
      { path: 'strategy-goals', field: 'strategyId', columns: ['titleFi', 'indicator', 'targetValue'] },
      { path: 'development-actions', field: 'strategyId', columns: ['titleFi', 'status', 'endOn'] },
    ],
  },
  {
    path: 'strategy-goals',
    schemas: strategyGoal,
    naming: title,
    columns: ['titleFi', 'strategyId', 'indicator', 'targetValue', 'targetYear'],
    sortable: ['titleFi'],
    searchable: true,
    children: [
      { path: 'goal-actuals', field: 'goalId', columns: ['measuredOn', 'value', 'note'] },
      { path: 'development-actions', field: 'goalId', columns: ['titleFi', 'status'] },
    ],
  },
  {
    path: 'goal-actuals',
    schemas: goalActual,
    columns: ['goalId', 'measuredOn', 'value'],
    sortable: ['measuredOn'],
  },
  {
    path: 'development-actions',
    schemas: developmentAction,
    naming: title,
    columns: ['titleFi', 'strategyId', 'status', 'ownerOrganisationId', 'endOn'],
    filters: ['status'],
    sortable: ['titleFi', 'status'],
    searchable: true,
    children: [{ path: 'action-projects', field: 'actionId', columns: ['projectId', 'note'] }],
  },
  { path: 'action-projects', schemas: actionProject, columns: ['actionId', 'projectId', 'note'] },
  {
    path: 'people',
    schemas: person,
    naming: { field: 'fullName', fallback: 'title' },
    columns: ['fullName', 'title', 'collectedOn', 'retainUntil'],
    sortable: ['collectedOn'],
    searchable: true,
    // Personal data is never public (the server refuses it too).
    visibilities: ['private', 'network'],
    children: [
      { path: 'person-roles', field: 'personId', columns: ['organisationId', 'title', 'isContact'] },
      { path: 'notes', field: 'personId', columns: ['body', 'createdAt'] },
    ],
  },
  {
    path: 'person-roles',
    schemas: personRole,
    columns: ['personId', 'organisationId', 'title', 'isContact'],
    sortable: ['title'],
  },
  {
    path: 'competences',
    schemas: competence,
    naming: name,
    columns: ['nameFi', 'slug', 'isTheme'],
    sortable: ['nameFi', 'slug'],
    searchable: true,
    children: [
      {
        path: 'organisation-competences',
        field: 'competenceId',
        columns: ['organisationId', 'direction', 'description'],
      },
    ],
  },
  {
    path: 'organisation-competences',
    schemas: organisationCompetence,
    naming: { field: 'tag' },
    columns: ['organisationId', 'direction', 'competenceId', 'tag'],
    filters: ['direction'],
    sortable: ['direction'],
    searchable: true,
  },
  {
    path: 'relations',
    schemas: relation,
    columns: ['fromOrganisationId', 'toOrganisationId', 'kind', 'source'],
    filters: ['kind', 'source'],
    sortable: ['kind', 'weight'],
    searchable: true,
  },
  {
    path: 'contacts',
    schemas: contact,
    columns: ['organisationId', 'stage', 'nextStep', 'nextStepOn'],
    filters: ['stage'],
    sortable: ['stage', 'updatedAt'],
    searchable: true,
    children: [{ path: 'notes', field: 'contactId', columns: ['body', 'createdAt'] }],
  },
  {
    path: 'notes',
    schemas: note,
    naming: { field: 'body' },
    columns: ['body', 'organisationId', 'createdAt'],
    sortable: ['createdAt', 'updatedAt'],
    searchable: true,
  },
  {
    path: 'picture-proposals',
    schemas: pictureProposal,
    naming: title,
    columns: ['titleFi', 'scopeKind', 'scopeId', 'position'],
    filters: ['scopeKind'],
    sortable: ['titleFi', 'position'],
    searchable: true,
  },
];

const RESOURCE_PATHS: ReadonlySet<string> = new Set<ResourcePath>([
  'organisations',
  ...ENTITY_UIS.map((ui) => ui.path),
]);
/** Whether a path is one of the API's generic resources (organisations or one with generic pages). */
export const isResourcePath = (path: string): path is ResourcePath => RESOURCE_PATHS.has(path);

/** Which resource a reference field points to, by the server's own table of references. */
export const REFERENCE_PATHS: Partial<Record<string, ResourcePath>> = Object.fromEntries(
  Object.entries(REFERENCE_TABLES).flatMap(([field, table]) => {
    const path = apiPathOf(table);
    return isResourcePath(path) ? [[field, path]] : [];
  }),
);

/** Names other pages use in create links, e.g. `/relations/new?sourceOrganisationId=…`. */
export const PREFILL_ALIASES: Record<string, string> = {
  sourceOrganisationId: 'fromOrganisationId',
  targetOrganisationId: 'toOrganisationId',
};

const BY_PATH = new Map<string, EntityUi>(ENTITY_UIS.map((ui) => [ui.path, ui]));
export const uiOf = (path: string) => BY_PATH.get(path);

/** Organisations have their own pages but are named like any other record. */
export const ORGANISATION_NAMING = name;

/** Every field name of every resource, for their labels' messages. */
export const FIELD_NAMES = [
  ...new Set(ENTITY_UIS.flatMap((ui) => Object.keys(ui.schemas.shape))),
  'createdAt',
  'updatedAt',
].sort();

export const ENTITY_PATHS = ENTITY_UIS.map((ui) => ui.path);
