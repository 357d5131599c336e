/**
 * Shapes of the demo seed world. Each is the API's create input with ids replaced by natural keys
 * (organisation keys such as 'iisalmi-city', slugs of networks, ecosystems and projects); the loader
 * resolves the keys and validates every record with the resource's create schema.
 */
import type { z } from 'zod';
import type { competence, organisation, person, relation } from '../../src/domain/actors.js';
import type { ecosystem, network } from '../../src/domain/ecosystems.js';
import type { event } from '../../src/domain/events.js';
import type { CallRule, ecosystemAgreement, fundingCall, project } from '../../src/domain/projects.js';
import type { developmentAction, goalActual, strategy, strategyGoal } from '../../src/domain/strategies.js';
import type { PublicContact } from '../../src/domain/public-pages.js';
import type { DemoRespondent } from './mapping-savonlinna.js';
import type {
  COMPETENCE_DIRECTIONS,
  ECOSYSTEM_MEMBER_ROLES,
  EVENT_PARTICIPANT_ROLES,
  NETWORK_MEMBER_ROLES,
  PROJECT_ROLES,
} from '../../src/domain/enums.js';

type In<S extends { create: z.ZodType }> = z.input<S['create']>;

export type OrganisationSeed = { key: string } & In<typeof organisation>;

export type CompetenceSeed = In<typeof competence>;

export type OrganisationCompetenceSeed = {
  org: string;
  direction: (typeof COMPETENCE_DIRECTIONS)[number];
  /** Slug of a competence in the vocabulary. */
  competence?: string;
  tag?: string;
  description?: string;
};

/** People by role only: the type has no name, e-mail or phone at all. */
export type PersonSeed = Omit<In<typeof person>, 'fullName' | 'email' | 'phone'> & {
  roles: { org: string; title: string; isContact?: boolean }[];
};

export type RelationSeed = { from: string; to: string } & Omit<
  In<typeof relation>,
  'fromOrganisationId' | 'toOrganisationId'
>;

export type NetworkSeed = In<typeof network> & {
  members: { org: string; role: (typeof NETWORK_MEMBER_ROLES)[number]; municipalityCodes?: string[] }[];
};

export type EcosystemSeed = In<typeof ecosystem> & {
  members: { org: string; role: (typeof ECOSYSTEM_MEMBER_ROLES)[number] }[];
};

export type ProjectSeed = Omit<In<typeof project>, 'slug' | 'networkId' | 'ecosystemId' | 'fundingCallId'> & {
  slug: string;
  network?: string;
  ecosystem?: string;
  /** The key of the funding call the project applied to. */
  fundingCall?: string;
  roles: { org: string; role: (typeof PROJECT_ROLES)[number]; note?: string }[];
};

/** A call's rule as the seed writes it: a network by its slug, not its id. */
export type CallRuleSeed =
  | Exclude<CallRule, { kind: 'minMembersOfNetwork' }>
  | { kind: 'minMembersOfNetwork'; network: string; count: number };

export type FundingCallSeed = Omit<In<typeof fundingCall>, 'openerOrganisationId' | 'rules'> & {
  /** A key for the projects and consortia that name the call. */
  key?: string;
  opener?: string;
  rules?: CallRuleSeed[];
};

/** A consortium gathered for a call: partners by organisation key, in the coordinator's workspace. */
export type ConsortiumSeed = {
  name: string;
  call: string;
  project?: string;
  notes?: string;
  partners: { org: string; role: (typeof PROJECT_ROLES)[number] }[];
};

/** A fictional call: its deadline is days after the day the demo is loaded, so it is always open then. */
export type ExampleFundingCallSeed = Omit<FundingCallSeed, 'deadlineAt' | 'opener'> & {
  deadlineInDays: number;
};

export type AgreementSeed = Omit<In<typeof ecosystemAgreement>, 'networkId'> & {
  network?: string;
  parties: { org: string; note?: string }[];
};

export type EventSeed = Omit<In<typeof event>, 'projectId' | 'networkId' | 'ecosystemId'> & {
  project?: string;
  network?: string;
  ecosystem?: string;
  participants: { org: string; role: (typeof EVENT_PARTICIPANT_ROLES)[number] }[];
};

export type GoalSeed = { key: string } & Omit<In<typeof strategyGoal>, 'strategyId'> & {
    actuals?: Omit<In<typeof goalActual>, 'goalId'>[];
  };

export type ActionSeed = Omit<
  In<typeof developmentAction>,
  'strategyId' | 'goalId' | 'ownerOrganisationId'
> & {
  goal?: string;
  owner?: string;
  /** Slugs of projects the action is carried out in. */
  projects?: string[];
};

export type StrategySeed = Omit<In<typeof strategy>, 'ecosystemId' | 'networkId'> & {
  ecosystem?: string;
  network?: string;
  goals: GoalSeed[];
  actions: ActionSeed[];
};

/**
 * Fictional records that only show what the analysis does (strengths, brokers, communities): the
 * loader writes them with source 'example', every page that shows one says so, and
 * `solmu seed --remove-examples` deletes them. Nothing here is a fact about a real organisation: every
 * example relation has an example organisation at one end at least.
 */
export type ExampleData = {
  organisations: OrganisationSeed[];
  organisationCompetences: OrganisationCompetenceSeed[];
  relations: RelationSeed[];
  /** Example cards of a workspace's contact pipeline (examples-pipeline.ts). */
  contacts: ContactSeed[];
  /** Open calls that fit the demo's ecosystem, so the overview has one to show. */
  fundingCalls: ExampleFundingCallSeed[];
  /** Mapping rounds whose answers are fictional (mapping-savonlinna.ts). */
  mappingRounds: DemoMappingRound[];
  /** Towns' strategies whose goals roll up into a network goal (examples-strategies.ts). */
  strategies: ExampleStrategies;
  /** A strategy workshop held with fictional participants and ideas (examples-workshop.ts). */
  workshops: WorkshopSeed[];
  /** Stories on the public pages (by a page's path) and actors' consents to be shown (examples-public-pages.ts). */
  publicStories: PublicStorySeed[];
  publicConsents: { org: string; on: string }[];
  /** Upcoming events and published picture reports for the public pages (examples-events.ts). */
  events: ExampleEventSeed[];
  pictureReports: ExampleReportSeed[];
  /** A webhook endpoint that is never turned on, with a delivery log to read (examples-webhooks.ts). */
  webhooks: ExampleWebhookSeed[];
};

/** A fictional upcoming event, titled "Esimerkki: …", kept in a demo workspace (its slug). */
export type ExampleEventSeed = Omit<EventSeed, 'participants'> & { workspace: string };

/**
 * A picture report of a town (by its code) or the ecosystem (by its slug), made from the picture in a
 * demo workspace and published, public, in Finnish, Swedish and English.
 */
export type ExampleReportSeed = {
  workspace: string;
  scope: { municipalityCode: string } | { ecosystem: string };
  /** The town's editors' own words for a section, saved as an edit before publishing. */
  edits?: { section: 'strengths' | 'growthSectors'; fi: string; sv: string; en: string }[];
};

/**
 * A public "Invest in" page, published (public-pages.ts): a town by its code, or the ecosystem or network
 * by its slug, kept in a demo workspace; contacts only as public role addresses.
 */
export type PublicPageSeed = {
  workspace: string;
  scope: { municipalityCode: string } | { ecosystem: string } | { network: string };
  path: string;
  introFi: string;
  introSv: string;
  introEn: string;
  contacts: PublicContact[];
};

/** A fictional story on a page (its path), titled "Esimerkki: …" as the demo's examples are. */
export type PublicStorySeed = {
  page: string;
  titleFi: string;
  titleSv: string;
  titleEn: string;
  bodyFi: string;
  bodySv: string;
  bodyEn: string;
  publishedOn: string;
};

/**
 * Example town strategies of the town network and the network goals (added to the network's strategy)
 * their goals contribute to: a goal's `contributesTo` is a network goal's key.
 */
export type ExampleStrategies = {
  networkGoals: (GoalSeed & { rollupRule: 'sum' | 'mean' | 'on_track_count' | 'list' })[];
  towns: {
    workspace: 'iisalmi' | 'raahe' | 'heinola' | 'kauhajoki' | 'rauma' | 'keuruu' | 'kristiinankaupunki';
    strategy: Omit<StrategySeed, 'goals'> & { goals: (GoalSeed & { contributesTo?: string })[] };
  }[];
};

/**
 * An example workshop of a strategy (its Finnish title): participants with the names they chose, their
 * ideas (by participant's place in the list), the dots they gave and the facilitator's groups.
 */
export type WorkshopSeed = {
  strategy: string;
  titleFi: string;
  titleSv: string;
  titleEn: string;
  participants: { displayName: string; organisationName: string }[];
  ideas: { key: string; by: number; text: string; group?: string }[];
  votes: { by: number; idea: string; dots: number }[];
};

/** A mapping round of an ecosystem (its slug) with its respondents and their example answers. */
export type DemoMappingRound = {
  ecosystem: string;
  round: {
    nameFi: string;
    nameSv: string;
    nameEn: string;
    opensOn: string;
    closesOn: string;
    /** A role, never a name. */
    interviewer: string;
  };
  respondents: DemoRespondent[];
};

export type DemoWorld = {
  organisations: OrganisationSeed[];
  competences: CompetenceSeed[];
  organisationCompetences: OrganisationCompetenceSeed[];
  people: PersonSeed[];
  relations: RelationSeed[];
  networks: NetworkSeed[];
  ecosystems: EcosystemSeed[];
  projects: ProjectSeed[];
  fundingCalls: FundingCallSeed[];
  consortia: ConsortiumSeed[];
  agreements: AgreementSeed[];
  events: EventSeed[];
  strategies: StrategySeed[];
  publicPages: PublicPageSeed[];
  examples: ExampleData;
};

/**
 * An example card of a town's contact pipeline: the organisation (an example one), the competence need
 * (a slug), where it stands and its log. Days count from the day the demo is loaded, so "due this week"
 * has something to show whenever it is started.
 */
export type ContactSeed = {
  workspace: 'iisalmi';
  org: string;
  competence: string;
  reason: string;
  nextStep?: string;
  /** The next step falls due this many days after loading (negative: already late). */
  dueInDays?: number;
  /** Oldest first; a stage change moves the card (and logs from → to), the rest are logged as they are. */
  log: ({ daysAgo: number; body: string } & (
    | { kind: 'call' | 'email' | 'meeting' | 'note' }
    | { kind: 'stage_change'; toStage: 'contacted' | 'meeting' | 'partner' | 'not_now' }
  ))[];
};

/**
 * The example webhook endpoint of a demo workspace (examples-webhooks.ts): an address that exists
 * nowhere, kept off, with a short delivery log written as if it had run (hours before the load).
 */
export type ExampleWebhookSeed = {
  workspace: string;
  url: string;
  events: string[];
  deliveries: {
    eventType: string;
    hoursAgo: number;
    status: 'delivered' | 'failed';
    attempts: number;
    statusCode: number | null;
    durationMs: number | null;
    lastError?: string;
  }[];
};
