import type { ComponentType } from 'react';
import type { ResourcePath } from '../../api/client';
import { CompetenceMerge, NewCompetenceLink, SimilarCompetences } from './CompetenceExtras';
import { FundingCallConsortia } from './ConsortiumLinks';
import { ProjectExtras } from './ProjectReportsLink';
import { EccpProfile } from './EccpProfile';
import { NetworkProgressLinks } from './NetworkProgressLinks';
import { PipelineCardLink } from './PipelineCardLink';
import type { FormValues } from './form';
import type { Rec } from './naming';
import { ENTITIES, type EntityPath } from '../../../domain/catalogue';
import type { EntitySchemas } from '../../../domain/common';
import { VISIBILITIES } from '../../../domain/enums';
import { apiPathOf, REFERENCE_TABLES } from '../../../domain/references';

/** Headings of child tables that show only some of the records (see `only`). */
/** Headings of child tables that name the parent's own rows (its members), not every parent's. */
export const CHILD_HEADINGS = ['funders', 'members'] as const;

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
  path: EntityPath & ResourcePath;
  /** From the entity's catalogue entry. */
  schemas: EntitySchemas;
  /** What names a record: a three-language base ('name' → nameFi/nameSv/nameEn) or one field. */
  naming?:
    | { localized: 'name' | 'title' }
    | { field: string; fallback?: string }
    /** Named after the record it is about: a contact by its organisation. */
    | { reference: 'organisationId' };
  /** List columns; the first links to the record. */
  columns: string[];
  /** Columns the list offers to sort by (a subset of the catalogue's sortable fields). */
  sortable?: string[];
  /** From the entity's catalogue entry: the list has a search box. */
  searchable: boolean;
  /** Enum fields the list can be filtered by (the API has a filter of the same name). */
  filters?: string[];
  children?: ChildUi[];
  visibilities?: readonly (typeof VISIBILITIES)[number][];
  /** Shown beneath a field of the form: a near-match check, a way to add what the field names. */
  afterField?: Record<string, ComponentType<{ values: FormValues; mode: 'create' | 'update' }>>;
  /** Shown beneath the list's title: other views of records of this kind. */
  listExtra?: ComponentType;
  /** Shown beneath the record's details: what can be done with a record of this kind. */
  pageExtra?: ComponentType<{ record: Rec }>;
  /** A bespoke page elsewhere serves this address (the generic one is not registered). */
  customList?: boolean;
  customView?: boolean;
};

/** An entity's page: its catalogue entry (path, schemas, search) and how the web shows it. */
const ui = (
  path: EntityPath & ResourcePath,
  shown: Omit<EntityUi, 'path' | 'schemas' | 'searchable'>,
): EntityUi => ({
  path,
  schemas: ENTITIES[path].schemas,
  searchable: ENTITIES[path].searchable,
  ...shown,
});

const name = { localized: 'name' } as const;
const title = { localized: 'title' } as const;

export const ENTITY_UIS: EntityUi[] = [
  ui('ecosystems', {
    naming: name,
    columns: ['nameFi', 'themes', 'isPublic'],
    sortable: ['nameFi'],
    children: [
      {
        path: 'ecosystem-members',
        field: 'ecosystemId',
        columns: ['organisationId', 'role'],
        heading: 'members',
      },
      { path: 'projects', field: 'ecosystemId', columns: ['nameFi', 'status'] },
      { path: 'strategies', field: 'ecosystemId', columns: ['titleFi', 'startYear', 'endYear'] },
      { path: 'events', field: 'ecosystemId', columns: ['titleFi', 'startsAt'] },
    ],
    pageExtra: EccpProfile,
  }),
  ui('ecosystem-members', { columns: ['ecosystemId', 'organisationId', 'role'], filters: ['role'] }),
  ui('networks', {
    naming: name,
    columns: ['nameFi', 'kind', 'startOn', 'endOn'],
    sortable: ['nameFi'],
    customList: true,
    customView: true,
  }),
  ui('network-members', { columns: ['networkId', 'organisationId', 'role'] }),
  ui('projects', {
    naming: name,
    columns: ['nameFi', 'status', 'startOn', 'endOn'],
    filters: ['status'],
    sortable: ['nameFi', 'status'],
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
    pageExtra: ProjectExtras,
  }),
  ui('project-roles', { columns: ['projectId', 'organisationId', 'role'], filters: ['role'] }),
  ui('funding-calls', {
    naming: title,
    columns: ['titleFi', 'deadlineAt', 'openerOrganisationId', 'themes'],
    sortable: ['titleFi', 'deadlineAt'],
    pageExtra: FundingCallConsortia,
  }),
  ui('ecosystem-agreements', {
    naming: name,
    columns: ['nameFi', 'cityRegionFi', 'startOn', 'endOn'],
    sortable: ['nameFi'],
    children: [{ path: 'agreement-parties', field: 'agreementId', columns: ['organisationId', 'note'] }],
  }),
  ui('agreement-parties', { columns: ['agreementId', 'organisationId'] }),
  ui('events', {
    naming: title,
    columns: ['titleFi', 'kind', 'startsAt', 'location'],
    sortable: ['titleFi', 'startsAt'],
    customList: true,
    customView: true,
    children: [
      { path: 'event-participants', field: 'eventId', columns: ['organisationId', 'personId', 'role'] },
    ],
  }),
  ui('event-participants', { columns: ['eventId', 'organisationId', 'personId', 'role'] }),
  ui('strategies', {
    naming: title,
    columns: ['titleFi', 'scope', 'startYear', 'endYear'],
    filters: ['scope'],
    sortable: ['titleFi', 'startYear'],
    customView: true,
    listExtra: NetworkProgressLinks,
    children: [
      { path: 'strategy-goals', field: 'strategyId', columns: ['titleFi', 'indicatorFi', 'targetValue'] },
      { path: 'development-actions', field: 'strategyId', columns: ['titleFi', 'status', 'endOn'] },
    ],
  }),
  ui('strategy-goals', {
    naming: title,
    columns: ['titleFi', 'strategyId', 'indicatorFi', 'targetValue', 'targetYear'],
    sortable: ['titleFi'],
    children: [
      { path: 'goal-actuals', field: 'goalId', columns: ['measuredOn', 'value', 'source', 'note'] },
      { path: 'development-actions', field: 'goalId', columns: ['titleFi', 'status'] },
      { path: 'goal-contributions', field: 'networkGoalId', columns: ['contributingGoalId', 'note'] },
      { path: 'goal-contributions', field: 'contributingGoalId', columns: ['networkGoalId', 'note'] },
    ],
  }),
  ui('goal-actuals', { columns: ['goalId', 'measuredOn', 'value', 'source'], sortable: ['measuredOn'] }),
  ui('development-actions', {
    naming: title,
    columns: ['titleFi', 'strategyId', 'status', 'ownerOrganisationId', 'endOn'],
    filters: ['status'],
    sortable: ['titleFi', 'status'],
    children: [
      { path: 'action-projects', field: 'actionId', columns: ['projectId', 'note'] },
      { path: 'action-calls', field: 'actionId', columns: ['fundingCallId', 'note'] },
    ],
  }),
  ui('action-projects', { columns: ['actionId', 'projectId', 'note'] }),
  ui('action-calls', { columns: ['actionId', 'fundingCallId', 'note'] }),
  ui('goal-contributions', { columns: ['networkGoalId', 'contributingGoalId', 'note'] }),
  ui('people', {
    naming: { field: 'fullName', fallback: 'title' },
    columns: ['fullName', 'title', 'collectedOn', 'retainUntil'],
    sortable: ['collectedOn'],
    // Personal data is never public (the server refuses it too).
    visibilities: ['private', 'network'],
    children: [
      { path: 'person-roles', field: 'personId', columns: ['organisationId', 'title', 'isContact'] },
      { path: 'notes', field: 'personId', columns: ['body', 'createdAt'] },
    ],
  }),
  ui('person-roles', { columns: ['personId', 'organisationId', 'title', 'isContact'], sortable: ['title'] }),
  ui('competences', {
    naming: name,
    columns: ['nameFi', 'slug', 'isTheme', 'themeId'],
    afterField: { nameFi: SimilarCompetences },
    pageExtra: CompetenceMerge,
    sortable: ['nameFi', 'slug'],
    children: [
      {
        path: 'organisation-competences',
        field: 'competenceId',
        columns: ['organisationId', 'direction', 'description'],
      },
    ],
  }),
  ui('organisation-competences', {
    naming: { field: 'tag' },
    afterField: { competenceId: NewCompetenceLink },
    columns: ['organisationId', 'direction', 'competenceId', 'tag'],
    filters: ['direction'],
    sortable: ['direction'],
  }),
  ui('relations', {
    columns: ['fromOrganisationId', 'toOrganisationId', 'kind', 'source'],
    filters: ['kind', 'source'],
    sortable: ['kind', 'weight'],
  }),
  ui('contacts', {
    naming: { reference: 'organisationId' },
    columns: ['organisationId', 'stage', 'nextStep', 'nextStepOn'],
    filters: ['stage'],
    sortable: ['stage', 'updatedAt'],
    children: [{ path: 'notes', field: 'contactId', columns: ['body', 'kind', 'occurredAt'] }],
    pageExtra: PipelineCardLink,
  }),
  ui('notes', {
    naming: { field: 'body' },
    columns: ['body', 'organisationId', 'createdAt'],
    sortable: ['createdAt', 'updatedAt'],
  }),
  ui('picture-proposals', {
    naming: title,
    columns: ['titleFi', 'scopeKind', 'scopeId', 'position'],
    filters: ['scopeKind'],
    sortable: ['titleFi', 'position'],
  }),
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

/** A reference field that may name only some records of its resource: a competence's theme is a theme. */
export const REFERENCE_FILTERS: Partial<Record<string, Record<string, string>>> = {
  themeId: { isTheme: 'true' },
};

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
