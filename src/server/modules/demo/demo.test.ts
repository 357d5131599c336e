import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { DEMO_WORLD, NETWORK_PROJECT, TOWN_NETWORK } from '../../../../data/demo/index.js';
import { testApp } from '../../../../test/db.js';
import { readConfig } from '../../config.js';
import { pairsOf } from '../events/event-relations.service.js';
import { systemCaller } from '../../auth/caller.js';
import { networkGoalRollup } from '../strategies/rollup.service.js';
import { countExamples } from './demo.repository.js';
import { hasAnyData, loadDemoWorld, removeExamples, type DemoCounts } from './demo.service.js';

const { db, call } = await testApp();

const { examples } = DEMO_WORLD;
/** The example rounds' ties (each accepted as an example relation) and their new actors (each once). */
const partners = examples.mappingRounds.flatMap((m) =>
  m.respondents.flatMap((r) => (r.interviewedOn ? (r.answers?.partners ?? []) : [])),
);
const newActors = new Set(partners.flatMap((p) => p.newActor?.name ?? [])).size;
const EXAMPLE_COUNTS = {
  relations: examples.relations.length + partners.length,
  organisationCompetences: examples.organisationCompetences.length,
  organisations: examples.organisations.length + newActors,
  mappingRounds: examples.mappingRounds.length,
  contacts: examples.contacts.length,
  fundingCalls: examples.fundingCalls.length,
  strategies: examples.strategies.towns.length,
  strategyGoals: examples.strategies.networkGoals.length,
  workshops: examples.workshops.length,
  publicStories: examples.publicStories.length,
  publicConsents: examples.publicConsents.length,
  events: examples.events.length,
  // each report in Finnish, Swedish and English
  pictureReports: examples.pictureReports.length * 3,
  webhookEndpoints: examples.webhooks.length,
};
const NO_EXAMPLES = {
  relations: 0,
  organisationCompetences: 0,
  organisations: 0,
  mappingRounds: 0,
  contacts: 0,
  fundingCalls: 0,
  strategies: 0,
  strategyGoals: 0,
  workshops: 0,
  publicStories: 0,
  publicConsents: 0,
  events: 0,
  pictureReports: 0,
  webhookEndpoints: 0,
};
/** The 'met at event' relations the demo's events write: organisers with each participant. */
const EVENT_RELATIONS = DEMO_WORLD.events
  .map((e) =>
    pairsOf(
      'public',
      e.participants.flatMap((p) =>
        p.org ? [{ organisationId: p.org, role: p.role, visibility: 'public' }] : [],
      ),
    ),
  )
  .reduce((n, pairs) => n + pairs.length, 0);
const FACT_RELATIONS = DEMO_WORLD.relations.length + EVENT_RELATIONS;
const exampleRounds = (database: typeof db) =>
  database.selectFrom('mappingRounds').select('id').where('example', '=', true).execute();
const exampleKeys = new Set(examples.organisations.map((o) => o.key));

const total = async (path: string) => (await call('GET', `/api/v1/${path}`)).body.total as number;

/** Every item of a list, following the cursor. */
async function all(path: string) {
  const items: Record<string, unknown>[] = [];
  let cursor: string | null = null;
  do {
    const sep = path.includes('?') ? '&' : '?';
    const page: { body: { items: Record<string, unknown>[]; nextCursor: string | null } } = await call(
      'GET',
      `/api/v1/${path}${sep}limit=100${cursor ? `&cursor=${cursor}` : ''}`,
    );
    items.push(...page.body.items);
    cursor = page.body.nextCursor;
  } while (cursor);
  return items;
}

describe('demo seed world', () => {
  let counts: DemoCounts;

  it('loads into an empty database in one go', async () => {
    expect(await hasAnyData(db)).toBe(false);
    counts = await loadDemoWorld(db);
    expect(await hasAnyData(db)).toBe(true);
    expect(counts.organisations).toBe(DEMO_WORLD.organisations.length + EXAMPLE_COUNTS.organisations);
    expect(counts.mappingRounds).toBe(1);
    expect(await total('organisations')).toBe(counts.organisations);
    expect(await total('relations')).toBe(counts.relations);
    expect(await total('events')).toBe(counts.events);
    expect(await total('event-participants')).toBe(counts.eventParticipants);
    expect(await total('projects')).toBe(counts.projects);
    // the loader writes as the installation, not as a user
    const writers = new Set((await all('organisations')).flatMap((o) => [o.createdBy, o.updatedBy]));
    expect([...writers]).toEqual(['system:demo']);
  });

  it('gives Iisalmi an example pipeline: private cards in every stage, each with its owner and log', async () => {
    const iisalmi = await db
      .selectFrom('workspaces')
      .select('id')
      .where('slug', '=', 'iisalmi')
      .executeTakeFirstOrThrow();
    const board = (await call('GET', `/api/v1/pipeline?workspaceId=${iisalmi.id}`)).body as {
      stages: {
        stage: string;
        cards: { id: string; visibility: string; example: boolean; owner: unknown }[];
      }[];
    };
    const cards = board.stages.flatMap((s) => s.cards);
    expect(cards).toHaveLength(examples.contacts.length);
    expect(board.stages.every((s) => s.cards.length > 0 || s.stage === 'to_contact')).toBe(true);
    for (const c of cards)
      expect(c).toMatchObject({
        visibility: 'private',
        example: true,
        owner: { name: 'Verkostokoordinaattori (Iisalmi)' },
      });
    const moves = await db
      .selectFrom('notes')
      .select(['fromStage', 'toStage'])
      .where('kind', '=', 'stage_change')
      .execute();
    expect(moves).toContainEqual({ fromStage: 'meeting', toStage: 'partner' });
  });

  it("holds an example strategy workshop of Savonlinna's ecosystem: closed, grouped and voted", async () => {
    const listed = (await call('GET', '/api/v1/workshops')).body.data as { id: string; titleFi: string }[];
    const example = listed.find((w) => w.titleFi.startsWith('Esimerkki: Savonlinnan strategiatyöpaja'))!;
    const board = (await call('GET', `/api/v1/workshops/${example.id}`)).body;
    expect(board.workshop).toMatchObject({ status: 'closed', example: true });
    expect(board.participants.map((p: { displayName: string }) => p.displayName)).toHaveLength(4);
    expect(board.ideas.map((i: { dots: number }) => i.dots)).toEqual([5, 4, 8, 2]);
    expect(board.groups.map((g: { title: string; dots: number }) => [g.title, g.dots])).toEqual([
      ['Osaajat', 9],
      ['Kiertotalous', 8],
    ]);
  });

  it('covers exactly 10 municipalities in 8 regions in the town network (seed 002)', async () => {
    const res = await call('GET', `/api/v1/networks/${TOWN_NETWORK}`);
    expect(res.status).toBe(200);
    expect(res.body.memberCount).toBe(9);
    expect(res.body.coverage.municipalityCount).toBe(10);
    expect(res.body.coverage.regionCount).toBe(8);
    expect(res.body.coverage.municipalities.map((m: { code: string }) => m.code)).toEqual([
      '111',
      '140',
      '232',
      '249',
      '287',
      '305',
      '678',
      '684',
      '740',
      '832',
    ]);
  });

  it('gives the network project exactly the seed’s roles', async () => {
    const project = (await call('GET', `/api/v1/projects/${NETWORK_PROJECT}`)).body;
    expect(project).toMatchObject({
      startOn: '2021-10-01',
      endOn: '2023-12-31',
      status: 'completed',
      budgetEur: null,
    });
    const roles = await all(`project-roles?projectId=${project.id}`);
    const organisations = new Map((await all('organisations')).map((o) => [o.id, o.nameFi]));
    const byRole = (role: string) =>
      roles
        .filter((r) => r.role === role)
        .map((r) => organisations.get(r.organisationId))
        .sort();
    expect(byRole('main_implementer')).toEqual(['Iisalmen kaupunki']);
    expect(byRole('co_implementer')).toEqual([
      'Kristiinankaupungin elinkeinokeskus Oy',
      'Raahen kaupunki',
      'Savonlinnan Hankekehitys Oy',
    ]);
    expect(byRole('network_partner')).toEqual([
      'Heinolan kaupunki',
      'Kauhajoen kaupunki',
      'Keuruun kaupunki',
      'Naturpolis Oy',
      'Rauman kaupunki',
    ]);
    expect(byRole('funder')).toContain('Pohjois-Savon liitto');
    expect(byRole('funder')).toHaveLength(11); // the regional council and the ten towns
    expect(byRole('partner')).toEqual(['MDI Public Oy']);
  });

  it('has the 16 Innokaupungit agreements and the Seinäjoki call deadline', async () => {
    const agreements = await all('ecosystem-agreements');
    expect(agreements).toHaveLength(16);
    expect(agreements.every((a) => a.signedOn === '2021-02-09' && a.endOn === '2027-12-31')).toBe(true);
    const innokaupungit = (await call('GET', '/api/v1/networks/innokaupungit')).body;
    expect(innokaupungit.coverage.regionCount).toBe(16);

    const calls = (await all('funding-calls')).filter((c) => !String(c.titleFi).startsWith('Esimerkki: '));
    expect(calls).toHaveLength(DEMO_WORLD.fundingCalls.length);
    const seinajoki = calls.find((c) => String(c.titleFi).includes('Seinäjoen'));
    expect(Date.parse(seinajoki?.deadlineAt as string)).toBe(Date.parse('2022-12-02T23:59:00+02:00'));
    expect((await call('GET', '/api/v1/projects?isLeadProject=true')).body.total).toBe(6);
    const forest = (await call('GET', '/api/v1/ecosystems?limit=1')).body.items[0];
    const fitting = await call('GET', `/api/v1/funding-calls/fitting?ecosystemId=${forest.id}`);
    expect(fitting.body.items).toEqual([expect.objectContaining({ example: true, overlap: 2 })]);
  });

  it('keeps people to their roles: no names, e-mail addresses or phone numbers', async () => {
    const people = await all('people');
    expect(people.length).toBeGreaterThan(0);
    for (const person of people) {
      expect(person.email ?? null).toBeNull();
      expect(person.phone ?? null).toBeNull();
      expect(person.fullName ?? null).toBeNull();
    }
  });

  it('rolls the example towns’ goals up into the network’s example goal, two towns behind', async () => {
    const goal = await db
      .selectFrom('strategyGoals')
      .select('id')
      .where('example', '=', true)
      .executeTakeFirstOrThrow();
    const { rollup } = await networkGoalRollup(db, systemCaller(), goal.id, '2026-12-07');
    // Iisalmi 9, Raahe 5, Heinola 8, Kauhajoki 2; Rauma has measured nothing.
    expect(rollup).toMatchObject({ rule: 'sum', value: 24, measured: 4, missing: 1, onTrack: 2, behind: 2 });
  });

  it('refuses to load twice and leaves the data as it was', async () => {
    const before = await total('organisations');
    await expect(loadDemoWorld(db)).rejects.toMatchObject({ status: 409, code: 'not_empty' });
    expect(await total('organisations')).toBe(before);
    expect(await total('relations')).toBe(counts.relations);
  });
});

describe('the town network’s key actors in the seed data', () => {
  it('gives every town of the town network at least 12 real (non-example) organisations', () => {
    const network = DEMO_WORLD.networks.find((n) => n.slug === TOWN_NETWORK);
    expect(network).toBeDefined();
    const byKey = new Map(DEMO_WORLD.organisations.map((o) => [o.key, o]));
    // The network's municipalities, as the coverage counts them: a member's own list, else its municipality.
    const towns = new Set(
      network!.members.flatMap((m) => m.municipalityCodes ?? [byKey.get(m.org)!.municipalityCode as string]),
    );
    expect(towns.size).toBe(10);
    const counts = new Map([...towns].map((code) => [code, 0]));
    for (const o of DEMO_WORLD.organisations) {
      const code = o.municipalityCode as string;
      if (counts.has(code) && !exampleKeys.has(o.key)) counts.set(code, counts.get(code)! + 1);
    }
    const short = [...counts].filter(([, n]) => n < 12);
    expect(short, 'municipality code and its number of real organisations').toEqual([]);
  });
});

describe('demo seed world in a transaction', () => {
  it('rolls everything back when a record in the middle fails', async () => {
    const fresh = await testApp();
    // A network that takes the demo's slug: the networks come after the organisations.
    const taken = await fresh.call('POST', '/api/v1/networks', {
      slug: 'innokaupungit',
      kind: 'other',
      nameFi: 'Varattu',
    });
    expect(taken.status).toBe(201);
    // PostgreSQL's unique violation, after all the organisations were inserted in the transaction
    await expect(loadDemoWorld(fresh.db)).rejects.toMatchObject({
      code: '23505',
      constraint: 'networks_slug_key',
    });
    expect(await hasAnyData(fresh.db)).toBe(false);
    expect((await fresh.call('GET', '/api/v1/organisations')).body.total).toBe(0);
    expect((await fresh.call('GET', '/api/v1/relations')).body.total).toBe(0);
    expect((await fresh.call('GET', '/api/v1/networks')).body.total).toBe(1);
  });
});

describe('the demo’s example data', () => {
  it('is fictional by its own name, has no business ID and invents no tie between two real actors', () => {
    expect(examples.organisations.length).toBeGreaterThan(0);
    for (const o of examples.organisations) {
      expect(o.nameFi).toMatch(/^Esimerkki: /);
      expect(o.nameSv).toMatch(/^Exempel: /);
      expect(o.nameEn).toMatch(/^Example: /);
      expect(o.businessId ?? null).toBeNull();
      expect(o.isPublic).toBe(false);
    }
    for (const r of examples.relations) {
      expect(exampleKeys.has(r.from) || exampleKeys.has(r.to), `${r.from} → ${r.to}`).toBe(true);
    }
    for (const c of examples.organisationCompetences) expect(exampleKeys.has(c.org)).toBe(true);
    for (const c of examples.fundingCalls) {
      expect(c.titleFi).toMatch(/^Esimerkki: /);
      expect(c.titleSv).toMatch(/^Exempel: /);
      expect(c.titleEn).toMatch(/^Example: /);
      expect(c.deadlineInDays).toBeGreaterThan(0);
    }
    // the facts never use the example source
    expect(DEMO_WORLD.relations.filter((r) => r.source === 'example')).toEqual([]);
  });

  it('loads marked as example, and removing it leaves exactly the facts', async () => {
    const fresh = await testApp();
    await loadDemoWorld(fresh.db);
    expect(await countExamples(fresh.db)).toEqual(EXAMPLE_COUNTS);
    const organisation = (await fresh.call('GET', '/api/v1/organisations?q=Esimerkki&limit=1')).body.items[0];
    expect(organisation.source).toBe('example');
    const picture = async () =>
      (await fresh.call('GET', '/api/v1/pictures?scope=municipality&id=740')).body.includesExamples;
    expect(await picture()).toBe(true);

    expect(await removeExamples(fresh.db)).toEqual(EXAMPLE_COUNTS);
    expect(await countExamples(fresh.db)).toEqual(NO_EXAMPLES);
    expect(await exampleRounds(fresh.db)).toEqual([]);
    const upcoming = await fresh.db
      .selectFrom('events')
      .select('id')
      .where('startsAt', '>', new Date())
      .execute();
    expect(upcoming).toEqual([]);
    expect(await fresh.db.selectFrom('pictureReports').select('id').execute()).toEqual([]);
    expect(await fresh.db.selectFrom('roundRespondents').select('id').execute()).toEqual([]);
    const total = async (path: string) => (await fresh.call('GET', `/api/v1/${path}`)).body.total as number;
    expect(await total('organisations')).toBe(DEMO_WORLD.organisations.length);
    expect(await total('relations')).toBe(FACT_RELATIONS);
    expect(await total('organisation-competences')).toBe(DEMO_WORLD.organisationCompetences.length);
    expect(await picture()).toBe(false);
    // a second run finds nothing left to remove
    expect(await removeExamples(fresh.db)).toEqual(NO_EXAMPLES);
  });

  it('is removed in one transaction: a failure at the end keeps every example row', async () => {
    const fresh = await testApp();
    await loadDemoWorld(fresh.db);
    // A row elsewhere that refuses its example organisation's deletion (no cascade): the last step fails.
    const blocked = await fresh.db
      .selectFrom('organisations')
      .select('id')
      .where('source', '=', 'example')
      .limit(1)
      .executeTakeFirstOrThrow();
    await sql`create table blocker (organisation_id uuid references organisations(id))`.execute(fresh.db);
    await sql`insert into blocker values (${blocked.id}::uuid)`.execute(fresh.db);
    await expect(removeExamples(fresh.db)).rejects.toMatchObject({ code: '23503' });
    expect(await countExamples(fresh.db)).toEqual(EXAMPLE_COUNTS);
  });

  it('stays out with SOLMU_DEMO=facts', async () => {
    const config = readConfig({ SOLMU_DEMO: 'facts' });
    expect(config).toMatchObject({ loadDemo: true, demoExamples: false });
    expect(readConfig({})).toMatchObject({ loadDemo: true, demoExamples: true });
    expect(readConfig({ SOLMU_DEMO: 'never' })).toMatchObject({ loadDemo: false });
    const fresh = await testApp();
    const counts = await loadDemoWorld(fresh.db, undefined, { examples: config.demoExamples });
    expect(counts.organisations).toBe(DEMO_WORLD.organisations.length);
    expect(counts.relations).toBe(FACT_RELATIONS);
    expect(counts.mappingRounds).toBe(0);
    expect(await countExamples(fresh.db)).toEqual(NO_EXAMPLES);
    expect(await fresh.db.selectFrom('mappingRounds').select('id').execute()).toEqual([]);
    const picture = await fresh.call('GET', '/api/v1/pictures?scope=municipality&id=740');
    expect(picture.body.includesExamples).toBe(false);
  });
});
