import crypto from 'node:crypto';
import { expect } from 'vitest';
import { RESOURCES } from '../../src/server/modules/index.js';
import type { ResourceDefinition } from '../../src/server/resources/types.js';

/** A JSON value as the API returns it; tests look into it freely. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any;
export type Body = Record<string, Json>;
export type Call = (method: string, path: string, body?: unknown) => Promise<{ status: number; body: Json }>;

export const API = '/api/v1';
export const randomId = () => crypto.randomUUID();

let counter = 0;
/** A slug that no other record in this test file has. */
export const uniqueSlug = (prefix: string) => `${prefix}-${process.pid}-${++counter}`;

/** Creates records through the API; any record a fixture depends on is made with that resource's own fixture. */
export class Factory {
  constructor(readonly call: Call) {}

  async post(path: string, body: Body): Promise<Body> {
    const res = await this.call('POST', `${API}/${path}`, body);
    if (res.status !== 201) throw new Error(`POST ${path} → ${res.status}: ${JSON.stringify(res.body)}`);
    return res.body as Body;
  }

  /** A new record of the resource at `path`, made from its fixture plus `extra`. */
  async make(path: string, extra: Body = {}): Promise<Body> {
    return this.post(path, { ...(await fixtureFor(path).create(this)), ...extra });
  }

  async id(path: string, extra: Body = {}): Promise<string> {
    return String((await this.make(path, extra)).id);
  }
}

/** What the table-driven tests need to know about one resource. */
export type Fixture = {
  /** A valid create body, creating the records it refers to. Every call yields a body that does not conflict. */
  create: (f: Factory) => Promise<Body>;
  /** One field to change with PATCH. */
  update: Body;
  /** A `q` that finds the record made by `create` (required for searchable resources). */
  search?: string;
  /** A required field to leave out. */
  required: string;
  /** An enum field, when the entity has one. */
  badEnum?: string;
  /**
   * A field referring to another record: set to a nonexistent value it must give 422 with this path.
   * Where the field holds a record id, a record of another workspace the caller cannot see (private)
   * must give the same 422 as a missing one (validation.test.ts makes one for the field's table).
   */
  reference?: { field: string; value?: string };
  /** [start field, end field, start value, an end before the start, an end after the start]. */
  period?: [string, string, Json, Json, Json];
  /** A unique value: posting `body` (default: the create body) twice must give 409 with this path. */
  unique?: { path: string; body?: (f: Factory) => Promise<Body> };
};

const period = (startOn = '2025-01-01', endOn = '2026-12-31') => ({ startOn, endOn });

export const FIXTURES: Record<string, Fixture> = {
  organisations: {
    create: async () => ({
      kind: 'company',
      nameFi: 'Puunjalostus Oy',
      municipalityCode: '740',
      tolCode: '16100',
      descriptionFi: 'Sahatavaraa ja puutuotteita',
    }),
    update: { nameSv: 'Träförädling Ab' },
    search: 'puunjalostus',
    required: 'nameFi',
    badEnum: 'kind',
    reference: { field: 'municipalityCode', value: '999' },
    unique: {
      path: 'businessId',
      body: async () => ({ kind: 'company', nameFi: 'Kopio Oy', businessId: '2532004-3' }),
    },
  },
  competences: {
    create: async () => ({
      slug: uniqueSlug('tekoaly'),
      nameFi: 'Tekoäly',
      descriptionFi: 'Koneoppiminen ja data',
    }),
    update: { nameEn: 'Artificial intelligence' },
    search: 'tekoäly',
    required: 'slug',
    unique: { path: 'slug' },
  },
  'organisation-competences': {
    create: async (f) => ({
      organisationId: await f.id('organisations'),
      competenceId: await f.id('competences'),
      direction: 'offer',
      tag: 'robotiikka',
      description: 'Teollisuusrobottien integrointi',
    }),
    update: { direction: 'need' },
    search: 'robotiikka',
    required: 'organisationId',
    badEnum: 'direction',
    reference: { field: 'competenceId' },
  },
  people: {
    create: async () => ({
      fullName: 'Maija Virtanen',
      title: 'Toimitusjohtaja',
      email: 'maija.virtanen@example.fi',
      lawfulBasis: 'legitimate_interests',
      purpose: 'Yhteydenpito ekosysteemityössä',
      source: 'Yrityksen verkkosivut',
      collectedOn: '2026-01-15',
      retainUntil: '2028-01-15',
    }),
    update: { title: 'Hallituksen puheenjohtaja' },
    search: 'virtanen',
    required: 'lawfulBasis',
    badEnum: 'lawfulBasis',
    period: ['collectedOn', 'retainUntil', '2026-01-15', '2025-01-01', '2027-01-01'],
  },
  'person-roles': {
    create: async (f) => ({
      personId: await f.id('people'),
      organisationId: await f.id('organisations'),
      title: 'Kehitysjohtaja',
      ...period(),
    }),
    update: { isContact: true },
    required: 'title',
    reference: { field: 'personId' },
    period: ['startOn', 'endOn', '2025-01-01', '2024-01-01', '2025-06-01'],
  },
  relations: {
    create: async (f) => ({
      fromOrganisationId: await f.id('organisations'),
      toOrganisationId: await f.id('organisations'),
      kind: 'collaboration',
      weight: 2,
      description: 'Yhteinen tuotekehitys',
      ...period(),
    }),
    update: { weight: 3 },
    search: 'tuotekehitys',
    required: 'kind',
    badEnum: 'kind',
    reference: { field: 'toOrganisationId' },
    period: ['startOn', 'endOn', '2025-01-01', '2024-01-01', '2025-06-01'],
  },
  ecosystems: {
    create: async () => ({
      slug: uniqueSlug('biotalous'),
      nameFi: 'Biotalouden ekosysteemi',
      nameSv: 'Bioekonomins ekosystem',
      themes: ['biotalous'],
      municipalityCodes: ['740', '167'],
    }),
    update: { isPublic: true },
    search: 'biotalouden',
    required: 'nameFi',
    unique: { path: 'slug' },
  },
  'ecosystem-members': {
    create: async (f) => ({
      ecosystemId: await f.id('ecosystems'),
      organisationId: await f.id('organisations'),
      role: 'core',
    }),
    update: { role: 'supporting' },
    required: 'role',
    badEnum: 'role',
    reference: { field: 'ecosystemId' },
    unique: { path: 'ecosystemId,organisationId' },
  },
  networks: {
    create: async () => ({
      slug: uniqueSlug('pikkukaupungit'),
      kind: 'town_network',
      nameFi: 'Pienten kaupunkien verkosto',
      ...period(),
    }),
    update: { descriptionFi: 'Kaupunkien yhteistyöverkosto' },
    search: 'verkosto',
    required: 'kind',
    badEnum: 'kind',
    period: ['startOn', 'endOn', '2025-01-01', '2024-01-01', '2025-06-01'],
    unique: { path: 'slug' },
  },
  'network-members': {
    create: async (f) => ({
      networkId: await f.id('networks'),
      organisationId: await f.id('organisations'),
      role: 'member',
      municipalityCodes: ['740'],
    }),
    update: { role: 'partner' },
    required: 'role',
    badEnum: 'role',
    reference: { field: 'networkId' },
    unique: { path: 'networkId,organisationId' },
  },
  projects: {
    create: async (f) => ({
      slug: uniqueSlug('vetyhanke'),
      nameFi: 'Vetytalouden kehityshanke',
      networkId: await f.id('networks'),
      ecosystemId: await f.id('ecosystems'),
      budgetEur: 150000.5,
      status: 'active',
      themes: ['vety'],
      ...period(),
    }),
    update: { status: 'completed' },
    search: 'vetytalouden',
    required: 'nameFi',
    badEnum: 'status',
    reference: { field: 'networkId' },
    period: ['startOn', 'endOn', '2025-01-01', '2024-01-01', '2025-06-01'],
    unique: { path: 'slug' },
  },
  'project-roles': {
    create: async (f) => ({
      projectId: await f.id('projects'),
      organisationId: await f.id('organisations'),
      role: 'main_implementer',
    }),
    update: { note: 'Koordinoi hanketta' },
    required: 'role',
    badEnum: 'role',
    reference: { field: 'projectId' },
    unique: { path: 'projectId,organisationId,role' },
  },
  'funding-calls': {
    create: async (f) => ({
      titleFi: 'Innovaatiohaku',
      openerOrganisationId: await f.id('organisations'),
      opensOn: '2098-06-01',
      deadlineAt: '2099-01-01T12:00:00.000Z',
      themes: ['vihreä siirtymä'],
      rules: [{ kind: 'minOrganisations', count: 2 }],
    }),
    update: { programme: 'EAKR' },
    search: 'innovaatiohaku',
    required: 'deadlineAt',
    reference: { field: 'openerOrganisationId' },
    period: ['opensOn', 'deadlineAt', '2026-06-01', '2026-01-01T00:00:00Z', '2026-07-01T00:00:00Z'],
  },
  'ecosystem-agreements': {
    create: async (f) => ({
      nameFi: 'Ekosysteemisopimus',
      cityRegionFi: 'Kuopion kaupunkiseutu',
      municipalityCodes: ['297'],
      networkId: await f.id('networks'),
      ...period(),
    }),
    update: { signedOn: '2024-12-01' },
    search: 'ekosysteemisopimus',
    required: 'cityRegionFi',
    reference: { field: 'networkId' },
    period: ['startOn', 'endOn', '2025-01-01', '2024-01-01', '2025-06-01'],
  },
  'agreement-parties': {
    create: async (f) => ({
      agreementId: await f.id('ecosystem-agreements'),
      organisationId: await f.id('organisations'),
      note: 'Allekirjoittaja',
    }),
    update: { note: 'Päävastuullinen' },
    required: 'agreementId',
    reference: { field: 'agreementId' },
    unique: { path: 'agreementId,organisationId' },
  },
  events: {
    create: async (f) => ({
      kind: 'webinar',
      titleFi: 'Vetytalouden webinaari',
      startsAt: '2026-03-01T10:00:00+02:00',
      endsAt: '2026-03-01T12:00:00+02:00',
      municipalityCode: '091',
      projectId: await f.id('projects'),
    }),
    update: { location: 'Helsinki' },
    search: 'webinaari',
    required: 'startsAt',
    badEnum: 'kind',
    reference: { field: 'projectId' },
    period: ['startsAt', 'endsAt', '2026-03-01T10:00:00Z', '2026-03-01T09:00:00Z', '2026-03-01T11:00:00Z'],
  },
  'event-participants': {
    create: async (f) => ({
      eventId: await f.id('events'),
      organisationId: await f.id('organisations'),
      role: 'speaker',
    }),
    update: { role: 'host' },
    required: 'eventId',
    badEnum: 'role',
    reference: { field: 'eventId' },
  },
  strategies: {
    create: async (f) => ({
      scope: 'ecosystem',
      ecosystemId: await f.id('ecosystems'),
      titleFi: 'Biotalousstrategia',
      startYear: 2025,
      endYear: 2030,
    }),
    update: { visionFi: 'Kestävä biotalous' },
    search: 'biotalousstrategia',
    required: 'titleFi',
    badEnum: 'scope',
    reference: { field: 'ecosystemId' },
    period: ['startYear', 'endYear', 2030, 2025, 2031],
  },
  'strategy-goals': {
    create: async (f) => ({
      strategyId: await f.id('strategies'),
      titleFi: 'Uudet yritykset',
      indicatorFi: 'Yritysten lukumäärä',
      indicatorSv: 'Antal företag',
      unitFi: 'kpl',
      unitSv: 'st.',
      baselineValue: 10,
      baselineYear: 2024,
      targetValue: 50,
      targetYear: 2030,
    }),
    update: { targetValue: 60 },
    search: 'yritykset',
    required: 'indicatorFi',
    reference: { field: 'strategyId' },
  },
  'goal-actuals': {
    create: async (f) => ({ goalId: await f.id('strategy-goals'), measuredOn: '2026-01-01', value: 12 }),
    update: { value: 13 },
    required: 'measuredOn',
    reference: { field: 'goalId' },
    unique: { path: 'goalId,measuredOn' },
  },
  'development-actions': {
    create: async (f) => {
      const strategyId = await f.id('strategies');
      return {
        strategyId,
        goalId: await f.id('strategy-goals', { strategyId }),
        titleFi: 'Yrityskiihdyttämö',
        ownerOrganisationId: await f.id('organisations'),
        status: 'in_progress',
        ...period(),
      };
    },
    update: { status: 'done' },
    search: 'yrityskiihdyttämö',
    required: 'strategyId',
    badEnum: 'status',
    reference: { field: 'ownerOrganisationId' },
    period: ['startOn', 'endOn', '2025-01-01', '2024-01-01', '2025-06-01'],
  },
  'action-projects': {
    create: async (f) => ({ actionId: await f.id('development-actions'), projectId: await f.id('projects') }),
    update: { note: 'Rahoittaa toimenpidettä' },
    required: 'actionId',
    reference: { field: 'projectId' },
    unique: { path: 'actionId,projectId' },
  },
  'action-calls': {
    create: async (f) => ({
      actionId: await f.id('development-actions'),
      fundingCallId: await f.id('funding-calls'),
    }),
    update: { note: 'Haetaan syksyllä' },
    required: 'actionId',
    reference: { field: 'fundingCallId' },
    unique: { path: 'actionId,fundingCallId' },
  },
  'goal-contributions': {
    create: async (f) => {
      // A network that Savonlinna (740) is in, its goal, and Savonlinna's own goal contributing to it.
      const networkId = await f.id('networks');
      await f.make('network-members', { networkId, municipalityCodes: ['740'] });
      const networkStrategy = await f.id('strategies', { scope: 'network', ecosystemId: null, networkId });
      const townStrategy = await f.id('strategies', {
        scope: 'municipality',
        ecosystemId: null,
        municipalityCode: '740',
      });
      return {
        networkGoalId: await f.id('strategy-goals', { strategyId: networkStrategy, rollupRule: 'sum' }),
        contributingGoalId: await f.id('strategy-goals', { strategyId: townStrategy }),
      };
    },
    update: { note: 'Savonlinnan osuus' },
    required: 'networkGoalId',
    reference: { field: 'contributingGoalId' },
    unique: { path: 'networkGoalId,contributingGoalId' },
  },
  contacts: {
    create: async (f) => ({
      organisationId: await f.id('organisations'),
      stage: 'to_contact',
      reason: 'Osaamistarve: puunkuivausteknologia',
      nextStep: 'Soitto',
      nextStepOn: '2026-12-01',
    }),
    update: { stage: 'contacted' },
    search: 'puunkuivausteknologia',
    required: 'organisationId',
    badEnum: 'stage',
    reference: { field: 'organisationId' },
  },
  'picture-proposals': {
    create: async () => ({
      scopeKind: 'municipality',
      scopeId: '740',
      titleFi: 'Metsäbiotalouden TKI-yhteistyö',
      bodyFi: 'Kootaan puunjalostuksen yritykset ja Xamk yhteiseen kehittämisalustaan',
      position: 1,
    }),
    update: { titleSv: 'FUI-samarbete inom skogsbioekonomi' },
    search: 'puunjalostuksen',
    required: 'titleFi',
    badEnum: 'scopeKind',
  },
  notes: {
    create: async (f) => ({
      body: 'Tapaamisessa sovittiin yhteisestä hankehausta',
      organisationId: await f.id('organisations'),
    }),
    update: { body: 'Yhteisestä hankehausta sovittiin uudelleen keväällä' },
    search: 'hankehausta',
    required: 'body',
    reference: { field: 'organisationId' },
  },
};

/** The fixture of a resource; a resource added to RESOURCES without one fails every table-driven test. */
export function fixtureFor(path: string): Fixture {
  const fixture = FIXTURES[path];
  if (!fixture) throw new Error(`No fixture for resource "${path}": add one to test/api/fixtures.ts`);
  return fixture;
}

/** [path, definition] pairs for it.each. */
export const RESOURCE_CASES: [string, ResourceDefinition][] = RESOURCES.map((r) => [r.path, r]);

/** Asserts the standard error envelope and returns its details. */
export function expectError(res: { status: number; body: Json }, status: number, code?: string) {
  expect(res.status, JSON.stringify(res.body)).toBe(status);
  expect(Object.keys(res.body)).toEqual(['error']);
  expect(res.body.error).toEqual({
    code: code ?? expect.any(String),
    message: expect.any(String),
    details: expect.any(Array),
  });
  expect(JSON.stringify(res.body)).not.toMatch(/stack|\s+at\s+\S+\s+\(/);
  return res.body.error.details as { path: string; message: string }[];
}
