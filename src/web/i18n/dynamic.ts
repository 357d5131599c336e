import type { TFunction } from 'i18next';
import {
  ACTION_STATUSES,
  ACTIVITY_KINDS,
  COMPETENCE_DIRECTIONS,
  CONTACT_STAGES,
  ECOSYSTEM_MEMBER_ROLES,
  EVENT_KINDS,
  EVENT_PARTICIPANT_ROLES,
  NETWORK_KINDS,
  NETWORK_MEMBER_ROLES,
  ORGANISATION_KINDS,
  LAWFUL_BASES,
  PROJECT_ROLES,
  PROJECT_STATUSES,
  ROLLUP_RULES,
  RELATION_KINDS,
  RELATION_SOURCES,
  SIZE_CLASSES,
  STRATEGY_SCOPES,
  VISIBILITIES,
  WORKSPACE_ROLES,
} from '../../domain/enums';
import { IMPORT_DYNAMIC_KEYS } from '../features/imports/dynamicKeys';
import { REPORT_DYNAMIC_KEYS } from '../features/picture-reports/dynamicKeys';
import { PROJECT_REPORT_DYNAMIC_KEYS } from '../features/project-reports/dynamicKeys';
import { PARTNER_SEARCH_DYNAMIC_KEYS } from '../features/partner-search/dynamicKeys';
import { ECCP_DYNAMIC_KEYS } from '../features/entities/eccpKeys';
import { PUBLIC_PAGE_DYNAMIC_KEYS } from '../features/public-pages/dynamicKeys';
import { WEBHOOK_DYNAMIC_KEYS } from '../features/webhooks/dynamicKeys';
import { PICTURE_SCOPES } from '../../domain/pictures';
import { PHASE_STATUSES, WORKSHOP_STATUSES } from '../../domain/workshops';
import { ENTITY_PATHS } from '../../domain/catalogue';
import { CHILD_HEADINGS, FIELD_NAMES } from '../features/entities/resources';
import { RULE_KINDS, RULE_TEXT_FIELDS } from '../features/entities/rules';
import { TEXT_FIELDS } from '../features/organisations/model';

/**
 * Messages whose key is made from a value: `label(t, 'organisationKind', 'rdi')` reads
 * "organisationKind.rdi". The message test expands these lists, so every value needs a message in every
 * language and no message is left for a value that no longer exists.
 */
export const DYNAMIC_KEYS = {
  organisationKind: ORGANISATION_KINDS,
  sizeClass: SIZE_CLASSES,
  relationKind: RELATION_KINDS,
  visibility: VISIBILITIES,
  networkKind: NETWORK_KINDS,
  networkRole: NETWORK_MEMBER_ROLES,
  ecosystemRole: ECOSYSTEM_MEMBER_ROLES,
  projectRole: PROJECT_ROLES,
  eventKind: EVENT_KINDS,
  eventRole: EVENT_PARTICIPANT_ROLES,
  workspaceRole: WORKSPACE_ROLES,
  /** The kinds of record the overview's recent changes name (GET /api/v1/changes/recent). */
  changedEntity: [
    'organisations',
    'ecosystems',
    'networks',
    'projects',
    'funding-calls',
    'events',
    'strategies',
    'strategy-goals',
    'development-actions',
  ],
  projectStatus: PROJECT_STATUSES,
  actionStatus: ACTION_STATUSES,
  rollupRule: ROLLUP_RULES,
  workshopStatus: WORKSHOP_STATUSES,
  phaseStatus: PHASE_STATUSES,
  contactStage: CONTACT_STAGES,
  /** What a contact's log entry records (a call, an e-mail, a meeting, a note, a stage change). */
  activityKind: ACTIVITY_KINDS,
  competenceDirection: COMPETENCE_DIRECTIONS,
  relationSource: RELATION_SOURCES,
  strategyScope: STRATEGY_SCOPES,
  /** The heading of the current-state phase on a participant's phone, by what the strategy is of. */
  'join.currentState': STRATEGY_SCOPES,
  lawfulBasis: LAWFUL_BASES,
  pictureScope: PICTURE_SCOPES,
  /** Every entity of the catalogue has a name (one record, the list); the generic pages label their fields. */
  entityOne: ENTITY_PATHS,
  entityMany: ENTITY_PATHS,
  entityField: FIELD_NAMES,
  childHeading: CHILD_HEADINGS,
  childOne: CHILD_HEADINGS,
  /** A funding call's rules for a consortium, and their inputs. */
  callRuleKind: RULE_KINDS,
  ruleField: RULE_TEXT_FIELDS,
  /** Labels of the organisation's fields, shared by the form and the profile. */
  organisationField: [
    'kind',
    ...TEXT_FIELDS,
    'sizeClass',
    'visibility',
    'isPublic',
    'lastVerifiedOn',
    'publicConsentOn',
  ],
  /** Field-specific explanations of a rejected value (see features/forms/errors.ts). */
  fieldError: [
    'businessId',
    'tolCode',
    'municipalityCode',
    'website',
    'lastVerifiedOn',
    'publicConsentOn',
    'visibility',
  ],
  /** Generic explanations by zod issue kind. */
  formError: ['required', 'invalid', 'tooLong', 'unknownField', 'unstorable'],
  /** The main menu's places and the steps of the cycle they are grouped by (app/menu.ts). */
  nav: [
    'overview',
    'organisations',
    'people',
    'competences',
    'relations',
    'imports',
    'mapping',
    'pictures',
    'pictureReports',
    'networks',
    'ecosystems',
    'strategies',
    'workshops',
    'partnerSearch',
    'pipeline',
    'events',
    'projects',
    'fundingCalls',
    'consortia',
    'agreements',
    'publicPages',
    'exports',
    'webhooks',
    'admin',
    'groupMap',
    'groupUnderstand',
    'groupPlan',
    'groupConnect',
    'groupFund',
    'groupShow',
  ],
  ...IMPORT_DYNAMIC_KEYS,
  ...REPORT_DYNAMIC_KEYS,
  ...PROJECT_REPORT_DYNAMIC_KEYS,
  ...PARTNER_SEARCH_DYNAMIC_KEYS,
  ...ECCP_DYNAMIC_KEYS,
  ...PUBLIC_PAGE_DYNAMIC_KEYS,
  ...WEBHOOK_DYNAMIC_KEYS,
} as const;

export type DynamicPrefix = keyof typeof DYNAMIC_KEYS;
export type DynamicValue<P extends DynamicPrefix> = (typeof DYNAMIC_KEYS)[P][number];

export function label<P extends DynamicPrefix>(
  t: TFunction,
  prefix: P,
  value: DynamicValue<P> | string,
  /** Values for the message's {{placeholders}}. */
  params?: Readonly<Record<string, string | number>>,
): string {
  const values: readonly string[] = DYNAMIC_KEYS[prefix];
  return values.includes(value) ? t(`${prefix}.${value}`, params ?? {}) : value;
}
