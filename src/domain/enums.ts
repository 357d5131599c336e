/** Controlled vocabularies shared by database checks, API schemas and the web app. */
export const ORGANISATION_KINDS = [
  'company',
  'education',
  'rdi',
  'municipality',
  'development_company',
  'funder',
  'association',
  'public_agency',
  'other',
] as const;

/** Statistics Finland / EU size classes by personnel. */
export const SIZE_CLASSES = ['micro', 'small', 'medium', 'large', 'unknown'] as const;

export const COMPETENCE_DIRECTIONS = ['offer', 'need'] as const;

export const RELATION_KINDS = [
  'collaboration',
  'project_partner',
  'supply_chain',
  'customer',
  'education',
  'ownership',
  'membership',
  'funding',
  'met_at_event',
  'other',
] as const;

/**
 * Kinds that record that actors met, not that they work together: an event writes them with a low
 * weight. The situational picture and the network map leave them out of the network they measure, so a
 * webinar of two hundred does not make its organiser the region's most central actor.
 */
export const WEAK_RELATION_KINDS = [
  'met_at_event',
] as const satisfies readonly (typeof RELATION_KINDS)[number][];

/** How often a series' sessions recur. */
export const SERIES_FREQUENCIES = ['weekly', 'monthly'] as const;

/**
 * Where a relation or a competence record was learnt. 'example' marks fictional records that only show
 * what the analysis does (the demo's example data): every page that shows one says so, and
 * `solmu seed --remove-examples` deletes them all.
 */
export const RELATION_SOURCES = [
  'interview',
  'survey',
  'project',
  'event',
  'import',
  'manual',
  'example',
] as const;

/** The source of a fictional record: a relation, a competence record or an organisation (see above). */
export const EXAMPLE_SOURCE = 'example' satisfies (typeof RELATION_SOURCES)[number];

export const ECOSYSTEM_MEMBER_ROLES = ['core', 'orchestrator', 'supporting', 'emerging'] as const;

export const NETWORK_KINDS = ['town_network', 'city_network', 'thematic_network', 'other'] as const;
export const NETWORK_MEMBER_ROLES = ['coordinator', 'member', 'partner'] as const;

export const PROJECT_STATUSES = ['planned', 'active', 'completed', 'cancelled'] as const;
export const PROJECT_ROLES = [
  'main_implementer',
  'co_implementer',
  'network_partner',
  'funder',
  'steering_group',
  'partner',
] as const;

export const EVENT_KINDS = ['webinar', 'visit', 'workshop', 'get_together', 'seminar', 'other'] as const;
export const EVENT_PARTICIPANT_ROLES = ['organiser', 'speaker', 'participant', 'host'] as const;

/** A strategy belongs to an ecosystem, a network or a town (municipality), as a picture does. */
export const STRATEGY_SCOPES = ['ecosystem', 'network', 'municipality'] as const;
export const ACTION_STATUSES = ['planned', 'in_progress', 'done', 'delayed', 'cancelled'] as const;

/** GDPR Art. 6(1) lawful bases. */
export const LAWFUL_BASES = [
  'consent',
  'contract',
  'legal_obligation',
  'vital_interests',
  'public_task',
  'legitimate_interests',
] as const;

/** The lawful bases a mapping round's questionnaire may ask answers on (a subset of the above). */
export const QUESTIONNAIRE_LAWFUL_BASES = [
  'consent',
  'legitimate_interests',
  'public_task',
] as const satisfies readonly (typeof LAWFUL_BASES)[number][];

export const CALL_STATUSES = ['upcoming', 'open', 'closed'] as const;

/** Who may read a record: its workspace, the networks the workspace belongs to, or everyone. */
export const VISIBILITIES = ['private', 'network', 'public'] as const;
export const WORKSPACE_ROLES = ['editor', 'viewer'] as const;
export const TOKEN_SCOPES = ['read', 'write'] as const;
/** The contact pipeline's stages, in order; "not now" ends a contact without closing the door. */
export const CONTACT_STAGES = ['to_contact', 'contacted', 'meeting', 'partner', 'not_now'] as const;
/** What a contact's activity log records: what someone did, and the stage changes the pipeline writes. */
export const ACTIVITY_KINDS = ['call', 'email', 'meeting', 'note', 'stage_change'] as const;
/** The kinds a person logs by hand (a stage change is written by the move itself). */
export const LOGGED_ACTIVITY_KINDS = [
  'call',
  'email',
  'meeting',
  'note',
] as const satisfies readonly (typeof ACTIVITY_KINDS)[number][];

/**
 * How a network goal gathers the goals of the towns and ecosystems that contribute to it: their latest
 * values summed or averaged, the towns on track counted, or only listed side by side.
 */
export const ROLLUP_RULES = ['sum', 'mean', 'on_track_count', 'list'] as const;
