import { sql } from 'kysely';
import { DEMO_WORLD, type DemoWorld } from '../../../../data/demo/index.js';
import { inTransaction, type Database } from '../../db/database.js';
import { AppError } from '../../errors.js';
import { audit } from '../../audit/audit.js';
import { EXAMPLE_SOURCE } from '../../../domain/enums.js';
import { createConsortium } from '../consortia/consortia.service.js';
import {
  countEventRelations,
  deleteExamples,
  markExampleRows,
  markExamples,
  type ExampleCounts,
} from './demo.repository.js';
import { loadExampleReports } from './demo.reports.js';
import { loadExampleWebhooks } from './demo.webhooks.js';
import { insertEvents } from './demo.events.js';
import { systemCaller, type Caller } from '../../auth/caller.js';
import { loadExampleContacts } from './demo.pipeline.js';
import { insertExampleStrategies } from './demo.strategies.js';
import { loadExampleWorkshops } from './demo.workshop.js';
import { loadPublicExamples, loadPublicPages } from './demo.public-pages.js';
import { loadMappingRound, type MappingCounts, type MappingLoader } from './demo.mapping.js';
import * as service from '../../resources/service.js';
import {
  connectDemoWorkspaces,
  createDemoWorkspaces,
  DEMO_VISIBILITY,
  workspaceOf,
  type DemoWorkspace,
} from './demo.workspaces.js';
import type { ResourceDefinition, Row } from '../../resources/types.js';
import {
  competencesResource,
  organisationCompetencesResource,
  peopleResource,
  personRolesResource,
  relationsResource,
} from '../actors/actors.resources.js';
import { ecosystemMembersResource, ecosystemsResource } from '../ecosystems/ecosystems.resources.js';
import { networkMembersResource, networksResource } from '../networks/networks.resources.js';
import { organisationsResource } from '../organisations/organisations.resource.js';
import {
  agreementPartiesResource,
  ecosystemAgreementsResource,
  fundingCallsResource,
  projectRolesResource,
  projectsResource,
} from '../projects/projects.resources.js';
import {
  actionProjectsResource,
  developmentActionsResource,
  goalActualsResource,
  strategiesResource,
  strategyGoalsResource,
} from '../strategies/strategies.resources.js';

const COUNTED = [
  'organisations',
  'contacts',
  'competences',
  'organisationCompetences',
  'people',
  'personRoles',
  'relations',
  'networks',
  'networkMembers',
  'ecosystems',
  'ecosystemMembers',
  'projects',
  'projectRoles',
  'fundingCalls',
  'consortia',
  'ecosystemAgreements',
  'agreementParties',
  'events',
  'eventParticipants',
  'strategies',
  'strategyGoals',
  'goalActuals',
  'developmentActions',
  'actionProjects',
  'mappingRounds',
  'roundRespondents',
] as const;

/** How many records of each entity (by table) the demo world added. */
export type DemoCounts = Record<(typeof COUNTED)[number], number>;

/** Serialises concurrent demo loads (two servers starting on one empty database). */
const DEMO_LOCK = 7_165_013_001;

/** True when the database has any organisation: the demo then stays out. */
export async function hasAnyData(db: Database): Promise<boolean> {
  return (await db.selectFrom('organisations').select('id').limit(1).executeTakeFirst()) !== undefined;
}

/** Natural keys to ids, per kind of record; an unknown key is a bug in the demo data. */
class Keys {
  private readonly maps = new Map<string, Map<string, string>>();

  set(kind: string, key: string, id: string) {
    const map = this.maps.get(kind) ?? new Map<string, string>();
    if (map.has(key)) throw new Error(`Demo data: duplicate ${kind} key '${key}'`);
    this.maps.set(kind, map.set(key, id));
  }

  get(kind: string, key: string): string {
    const id = this.maps.get(kind)?.get(key);
    if (!id) throw new Error(`Demo data: unknown ${kind} key '${key}'`);
    return id;
  }

  has(kind: string, key: string): boolean {
    return this.maps.get(kind)?.has(key) ?? false;
  }

  /** Optional reference: undefined stays undefined. */
  opt(kind: string, key: string | undefined): string | undefined {
    return key === undefined ? undefined : this.get(kind, key);
  }
}

/** Facts only, or facts and the fictional example data that shows the analysis (the default). */
export type DemoOptions = { examples?: boolean };

/**
 * Inserts the whole demo world in one transaction: every record is parsed with its resource's create
 * schema (exactly as the API validates it) and written through the generic service, so the resources'
 * own checks run too. Refuses (409) a database that already has organisations; any error rolls back all.
 * With `examples: false` (SOLMU_DEMO=facts) the fictional example data stays out.
 */
export async function loadDemoWorld(
  db: Database,
  world: DemoWorld = DEMO_WORLD,
  { examples = true }: DemoOptions = {},
): Promise<DemoCounts> {
  return inTransaction(db, async (trx) => {
    await sql`select pg_advisory_xact_lock(${DEMO_LOCK})`.execute(trx);
    if (await hasAnyData(trx)) {
      throw new AppError(409, 'not_empty', 'The demo world loads only into a database without organisations');
    }
    return insertWorld(trx, examples ? world : { ...world, examples: NO_EXAMPLES });
  });
}

const NO_EXAMPLES: DemoWorld['examples'] = {
  organisations: [],
  organisationCompetences: [],
  relations: [],
  fundingCalls: [],
  mappingRounds: [],
  contacts: [],
  strategies: { networkGoals: [], towns: [] },
  workshops: [],
  publicStories: [],
  publicConsents: [],
  events: [],
  pictureReports: [],
  webhooks: [],
};

/**
 * Deletes every example row (source 'example') in one transaction, facts untouched, and writes one
 * audit entry with the counts.
 */
export async function removeExamples(db: Database): Promise<ExampleCounts> {
  return inTransaction(db, async (trx) => {
    const removed = await deleteExamples(trx);
    await audit(trx, null, { action: 'demo.remove-examples', outcome: 'ok', detail: removed });
    return removed;
  });
}

/** What every step shares: the write with validation, the key register and the counts. */
type Loader = {
  /** Writes into a demo workspace (slug); visibility defaults per entity, see DEMO_VISIBILITY. */
  put: (def: ResourceDefinition, input: Row, workspace?: DemoWorkspace) => Promise<string>;
  keys: Keys;
  org: (key: string) => string;
};

async function insertWorld(trx: Database, world: DemoWorld): Promise<DemoCounts> {
  const counts = Object.fromEntries(COUNTED.map((table) => [table, 0])) as DemoCounts;
  const keys = new Keys();
  const workspaces = await createDemoWorkspaces(trx);
  const caller = systemCaller('system:demo');
  const loader: Loader = {
    keys,
    org: (key) => keys.get('organisation', key),
    /** Validates with the API's create schema, writes through the service and returns the new id. */
    async put(def, input, workspace = 'iisalmi') {
      const visibility = input.visibility ?? DEMO_VISIBILITY[def.table] ?? 'network';
      const parsed = def.schemas.create.safeParse({ ...input, visibility });
      if (!parsed.success) {
        const issues = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
        throw new Error(`Demo data: invalid ${def.entity} ${JSON.stringify(input).slice(0, 200)}: ${issues}`);
      }
      const created = await service.create(trx, def, parsed.data as Row, {
        caller,
        workspace: workspaces.get(workspace),
      });
      counts[def.table as keyof DemoCounts] += 1;
      return String(created.id);
    },
  };
  await insertActors(loader, world);
  await insertExamples(trx, loader, world.examples);
  await insertStructures(loader, world);
  await insertProjects(loader, world);
  await insertConsortia(trx, loader, world, { caller, workspace: workspaces.get('innokaupungit')! });
  counts.consortia = world.consortia.length;
  await insertEvents(loader, world.events);
  counts.relations += await countEventRelations(trx);
  await insertStrategies(loader, world);
  const networkStrategy = world.strategies.find((s) => s.network)?.network;
  await insertExampleStrategies(
    trx,
    loader.put,
    networkStrategy && keys.opt('strategy', networkStrategy),
    world.examples.strategies,
  );
  await insertMappingRounds({ trx, caller, workspaceId: workspaces.get('savonlinna')!, keys }, world, counts);
  await connectDemoWorkspaces(trx, workspaces, keys);
  const competence = (slug: string) => keys.get('competence', slug);
  const pipeline = { trx, caller, put: loader.put, org: loader.org, competence, now: new Date() };
  await loadExampleContacts(pipeline, world.examples.contacts);
  await loadExampleWorkshops({ trx, caller, now: pipeline.now }, world.examples.workshops);
  const pages = {
    trx,
    caller,
    now: pipeline.now,
    workspace: (slug: string) => workspaces.get(slug)!,
    key: (kind: string, key: string) => keys.get(kind, key),
  };
  await loadPublicExamples(pages, await loadPublicPages(pages, world.publicPages), world.examples);
  await markExampleRows(trx, 'events', await insertEvents(loader, world.examples.events));
  await loadExampleReports(pages, world.examples.pictureReports);
  await loadExampleWebhooks(pages, world.examples.webhooks);
  return counts;
}

async function insertActors({ put, keys, org }: Loader, world: DemoWorld) {
  for (const { key, ...input } of world.organisations) {
    const visibility = input.isPublic ? 'public' : 'network';
    keys.set(
      'organisation',
      key,
      await put(organisationsResource, { ...input, visibility }, workspaceOf(input)),
    );
  }
  for (const input of world.competences) {
    keys.set('competence', input.slug, await put(competencesResource, input));
  }
  for (const { org: o, competence, ...rest } of world.organisationCompetences) {
    await put(organisationCompetencesResource, {
      ...rest,
      organisationId: org(o),
      competenceId: keys.opt('competence', competence),
    });
  }
  for (const { roles, ...input } of world.people) {
    const personId = await put(peopleResource, input);
    for (const { org: o, ...role } of roles) {
      await put(personRolesResource, { ...role, personId, organisationId: org(o) });
    }
  }
  for (const { from, to, ...input } of world.relations) {
    await put(relationsResource, { ...input, fromOrganisationId: org(from), toOrganisationId: org(to) });
  }
}

/** The example data after the facts: organisations marked by source, the rest by their own field. */
async function insertExamples(trx: Database, { put, keys, org }: Loader, examples: DemoWorld['examples']) {
  const ids: string[] = [];
  for (const { key, ...input } of examples.organisations) {
    const id = await put(organisationsResource, { ...input, visibility: 'network' }, workspaceOf(input));
    keys.set('organisation', key, id);
    ids.push(id);
  }
  await markExamples(trx, 'organisations', ids);
  for (const { org: o, competence, ...rest } of examples.organisationCompetences) {
    await put(organisationCompetencesResource, {
      ...rest,
      source: EXAMPLE_SOURCE,
      organisationId: org(o),
      competenceId: keys.opt('competence', competence),
    });
  }
  for (const { from, to, ...input } of examples.relations) {
    await put(relationsResource, {
      ...input,
      source: EXAMPLE_SOURCE,
      fromOrganisationId: org(from),
      toOrganisationId: org(to),
    });
  }
  const calls: string[] = [];
  for (const { deadlineInDays, ...input } of examples.fundingCalls) {
    calls.push(
      await put(fundingCallsResource, { ...input, deadlineAt: daysAhead(deadlineInDays) }, 'innokaupungit'),
    );
  }
  await markExamples(trx, 'fundingCalls', calls);
}

/** Noon UTC (14:00 or 15:00 in Finland) of the day that many days from now. */
const daysAhead = (days: number, today = new Date()) =>
  new Date(
    Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() + days, 12),
  ).toISOString();

/** The example mapping rounds, through the mapping services; what their review wrote is counted too. */
async function insertMappingRounds(l: MappingLoader, world: DemoWorld, counts: DemoCounts) {
  for (const round of world.examples.mappingRounds) {
    const added = await loadMappingRound(l, round);
    for (const [table, n] of Object.entries(added)) counts[table as keyof MappingCounts] += n;
  }
}

async function insertStructures({ put, keys, org }: Loader, world: DemoWorld) {
  for (const { members, ...input } of world.networks) {
    const ws = input.slug === 'innokaupungit' ? 'innokaupungit' : 'iisalmi';
    const networkId = await put(networksResource, input, ws);
    keys.set('network', input.slug, networkId);
    for (const { org: o, ...m } of members) {
      await put(networkMembersResource, { ...m, networkId, organisationId: org(o) }, ws);
    }
  }
  for (const { members, ...input } of world.ecosystems) {
    const ecosystemId = await put(ecosystemsResource, input, 'savonlinna');
    keys.set('ecosystem', input.slug, ecosystemId);
    for (const { org: o, ...m } of members) {
      await put(ecosystemMembersResource, { ...m, ecosystemId, organisationId: org(o) }, 'savonlinna');
    }
  }
  for (const { parties, network, ...input } of world.agreements) {
    const agreementId = await put(
      ecosystemAgreementsResource,
      { ...input, networkId: keys.opt('network', network) },
      'innokaupungit',
    );
    for (const { org: o, ...p } of parties) {
      await put(agreementPartiesResource, { ...p, agreementId, organisationId: org(o) }, 'innokaupungit');
    }
  }
}

async function insertProjects(loader: Loader, world: DemoWorld) {
  const { put, keys, org } = loader;
  await insertFundingCalls(loader, world);
  for (const { roles, network, ecosystem, fundingCall, ...input } of world.projects) {
    const ws: DemoWorkspace = input.isLeadProject ? 'innokaupungit' : ecosystem ? 'savonlinna' : 'iisalmi';
    const projectId = await put(
      projectsResource,
      {
        ...input,
        networkId: keys.opt('network', network),
        ecosystemId: keys.opt('ecosystem', ecosystem),
        fundingCallId: keys.opt('fundingCall', fundingCall),
      },
      ws,
    );
    keys.set('project', input.slug, projectId);
    for (const { org: o, ...r } of roles) {
      await put(projectRolesResource, { ...r, projectId, organisationId: org(o) }, ws);
    }
  }
}

async function insertFundingCalls({ put, keys }: Loader, world: DemoWorld) {
  for (const { opener, key, rules, ...input } of world.fundingCalls) {
    const id = await put(
      fundingCallsResource,
      {
        ...input,
        openerOrganisationId: keys.opt('organisation', opener),
        rules: rules?.map((r) =>
          'network' in r ? { kind: r.kind, networkId: keys.get('network', r.network), count: r.count } : r,
        ),
      },
      'innokaupungit',
    );
    if (key) keys.set('fundingCall', key, id);
  }
}

/** The consortia, in the coordinator's workspace and shared with its network, through their own service. */
async function insertConsortia(
  trx: Database,
  { keys, org }: Loader,
  world: DemoWorld,
  at: { caller: Caller; workspace: string },
) {
  for (const { call, project, partners, ...input } of world.consortia) {
    await createConsortium(
      trx,
      at.caller,
      {
        ...input,
        fundingCallId: keys.get('fundingCall', call),
        projectId: keys.opt('project', project) ?? null,
        visibility: 'network',
        workspace: at.workspace,
        partners: partners.map((p) => ({ organisationId: org(p.org), role: p.role })),
      },
      new Date(),
    );
  }
}

async function insertStrategies({ put, keys }: Loader, world: DemoWorld) {
  for (const { goals, actions, network, ecosystem, ...input } of world.strategies) {
    const ws: DemoWorkspace = ecosystem ? 'savonlinna' : 'iisalmi';
    const strategyId = await put(
      strategiesResource,
      { ...input, networkId: keys.opt('network', network), ecosystemId: keys.opt('ecosystem', ecosystem) },
      ws,
    );
    if (network) keys.set('strategy', network, strategyId);
    for (const { key, actuals, ...goal } of goals) {
      const goalId = await put(strategyGoalsResource, { ...goal, strategyId }, ws);
      keys.set('goal', `${strategyId}/${key}`, goalId);
      for (const actual of actuals ?? []) await put(goalActualsResource, { ...actual, goalId }, ws);
    }
    for (const { goal, owner, projects, ...action } of actions) {
      const actionId = await put(
        developmentActionsResource,
        {
          ...action,
          strategyId,
          goalId: goal === undefined ? undefined : keys.get('goal', `${strategyId}/${goal}`),
          ownerOrganisationId: keys.opt('organisation', owner),
        },
        ws,
      );
      for (const p of projects ?? []) {
        await put(actionProjectsResource, { actionId, projectId: keys.get('project', p) }, ws);
      }
    }
  }
}
