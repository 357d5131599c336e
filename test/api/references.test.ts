import type { DB } from '../../src/server/db/schema.js';
import { describe, expect, it } from 'vitest';
import { testApp } from '../db.js';
import { API, Factory, expectError, randomId, uniqueSlug, type Body } from './fixtures.js';

const { call, db } = await testApp();
const f = new Factory(call);

const get = async (path: string) => call('GET', `${API}/${path}`);
const exists = async (path: string, id: unknown) => (await get(`${path}/${String(id)}`)).status === 200;
const count = async (table: keyof DB) =>
  Number(
    (
      await db
        .selectFrom(table as 'organisations')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('deleting an organisation', () => {
  it('cascades to its relations, memberships, roles and competences; optional references become null', async () => {
    const org = await f.id('organisations');
    const other = await f.id('organisations');
    const networkId = await f.id('networks');
    const ecosystemId = await f.id('ecosystems');
    const personId = await f.id('people');
    const eventId = await f.id('events');
    const projectId = await f.id('projects');
    const agreementId = await f.id('ecosystem-agreements');
    const strategyId = await f.id('strategies');

    const dependants = {
      relations: [
        await f.id('relations', { fromOrganisationId: org, toOrganisationId: other }),
        await f.id('relations', { fromOrganisationId: other, toOrganisationId: org }),
      ],
      'network-members': [await f.id('network-members', { networkId, organisationId: org })],
      'ecosystem-members': [await f.id('ecosystem-members', { ecosystemId, organisationId: org })],
      'person-roles': [await f.id('person-roles', { personId, organisationId: org })],
      'project-roles': [await f.id('project-roles', { projectId, organisationId: org })],
      'organisation-competences': [await f.id('organisation-competences', { organisationId: org })],
      'agreement-parties': [await f.id('agreement-parties', { agreementId, organisationId: org })],
      'event-participants': [await f.id('event-participants', { eventId, organisationId: org })],
    };
    const untouchedRelation = await f.id('relations', {
      fromOrganisationId: other,
      toOrganisationId: await f.id('organisations'),
    });
    const call1 = await f.id('funding-calls', { openerOrganisationId: org });
    const action = await f.id('development-actions', { strategyId, goalId: null, ownerOrganisationId: org });
    expect((await get(`networks/${networkId}`)).body.memberCount).toBe(1);

    expect((await call('DELETE', `${API}/organisations/${org}`)).status).toBe(204);

    for (const [path, ids] of Object.entries(dependants)) {
      for (const id of ids)
        expect(await exists(path, id), `${path} ${id} is deleted with the organisation`).toBe(false);
    }
    expect(await exists('relations', untouchedRelation)).toBe(true);
    expect((await get(`funding-calls/${call1}`)).body.openerOrganisationId).toBeNull();
    expect((await get(`development-actions/${action}`)).body.ownerOrganisationId).toBeNull();
    // what it pointed at stays
    for (const [path, id] of [
      ['organisations', other],
      ['networks', networkId],
      ['ecosystems', ecosystemId],
      ['people', personId],
      ['events', eventId],
      ['projects', projectId],
      ['ecosystem-agreements', agreementId],
    ]) {
      expect(await exists(String(path), id), `${path} stays`).toBe(true);
    }
    expect((await get(`networks/${networkId}`)).body.memberCount).toBe(0);
    expect((await get(`relations?organisationId=${org}`)).body.total).toBe(0);
  });
});

describe('deleting a network', () => {
  it('sets projects.networkId (and other optional links) to null; its members and strategies go', async () => {
    const networkId = await f.id('networks');
    const project = await f.make('projects', { networkId });
    const event = await f.id('events', { networkId, projectId: null });
    const agreement = await f.id('ecosystem-agreements', { networkId });
    const member = await f.id('network-members', { networkId });
    const strategy = await f.id('strategies', { scope: 'network', networkId, ecosystemId: undefined });
    const goal = await f.id('strategy-goals', { strategyId: strategy });
    expect(project.networkId).toBe(networkId);

    expect((await call('DELETE', `${API}/networks/${networkId}`)).status).toBe(204);

    const after = await get(`projects/${String(project.id)}`);
    expect(after.status).toBe(200);
    expect(after.body.networkId).toBeNull();
    expect(after.body.ecosystemId).toBe(project.ecosystemId);
    expect((await get(`events/${event}`)).body.networkId).toBeNull();
    expect((await get(`ecosystem-agreements/${agreement}`)).body.networkId).toBeNull();
    expect(await exists('network-members', member)).toBe(false);
    expect(await exists('strategies', strategy)).toBe(false);
    expect(await exists('strategy-goals', goal)).toBe(false);
    expect((await get(`projects?networkId=${networkId}`)).body.total).toBe(0);
  });

  it('other parents: ecosystem, project, competence and goal', async () => {
    const ecosystemId = await f.id('ecosystems');
    const project = await f.id('projects', { ecosystemId });
    expect((await call('DELETE', `${API}/ecosystems/${ecosystemId}`)).status).toBe(204);
    expect((await get(`projects/${project}`)).body.ecosystemId).toBeNull();

    const role = await f.id('project-roles', { projectId: project });
    const link = await f.id('action-projects', { projectId: project });
    const event = await f.id('events', { projectId: project });
    expect((await call('DELETE', `${API}/projects/${project}`)).status).toBe(204);
    expect(await exists('project-roles', role)).toBe(false);
    expect(await exists('action-projects', link)).toBe(false);
    expect((await get(`events/${event}`)).body.projectId).toBeNull();

    const competenceId = await f.id('competences');
    const offer = await f.id('organisation-competences', { competenceId });
    expect((await call('DELETE', `${API}/competences/${competenceId}`)).status).toBe(204);
    expect(await exists('organisation-competences', offer)).toBe(false);

    const action = await f.make('development-actions');
    const actual = await f.id('goal-actuals', { goalId: action.goalId });
    expect((await call('DELETE', `${API}/strategy-goals/${String(action.goalId)}`)).status).toBe(204);
    expect((await get(`development-actions/${String(action.id)}`)).body.goalId).toBeNull();
    expect(await exists('goal-actuals', actual)).toBe(false);
  });
});

describe('transactions', () => {
  it('an ecosystem with an unknown municipality code is refused and leaves nothing behind', async () => {
    const before = await count('ecosystems');
    const slug = uniqueSlug('kesken');
    const res = await call('POST', `${API}/ecosystems`, {
      slug,
      nameFi: 'Kesken',
      municipalityCodes: ['740', '000'],
    });
    expect(expectError(res, 422, 'unknown_reference')).toEqual([
      { path: 'municipalityCodes', message: expect.stringContaining('000') },
    ]);
    expect(await count('ecosystems')).toBe(before);
    expectError(await get(`ecosystems/${slug}`), 404);
  });

  it('network members and agreements check their municipality codes the same way', async () => {
    const members = await count('networkMembers');
    const badMember = await call('POST', `${API}/network-members`, {
      networkId: await f.id('networks'),
      organisationId: await f.id('organisations'),
      role: 'member',
      municipalityCodes: ['999'],
    });
    expect(expectError(badMember, 422).map((d) => d.path)).toEqual(['municipalityCodes']);
    expect(await count('networkMembers')).toBe(members);

    const agreements = await count('ecosystemAgreements');
    const badAgreement = await call('POST', `${API}/ecosystem-agreements`, {
      nameFi: 'X',
      cityRegionFi: 'Y',
      municipalityCodes: ['297', '998'],
    });
    expectError(badAgreement, 422);
    expect(await count('ecosystemAgreements')).toBe(agreements);
  });

  it('a refused update changes nothing', async () => {
    const eco = await f.make('ecosystems');
    const res = await call('PATCH', `${API}/ecosystems/${String(eco.id)}`, {
      nameFi: 'Uusi nimi',
      municipalityCodes: ['000'],
    });
    expectError(res, 422, 'unknown_reference');
    expect((await get(`ecosystems/${String(eco.id)}`)).body).toEqual(eco);

    const org = await f.make('organisations');
    const bad = await call('PATCH', `${API}/organisations/${String(org.id)}`, {
      nameFi: 'Uusi',
      municipalityCode: '999',
    });
    expectError(bad, 422, 'unknown_reference');
    expect((await get(`organisations/${String(org.id)}`)).body).toEqual(org);
  });

  it('concurrent duplicate writes give one 201 and 409s, never a 500', async () => {
    const body = {
      ecosystemId: await f.id('ecosystems'),
      organisationId: await f.id('organisations'),
      role: 'core',
    };
    const results = await Promise.all([1, 2, 3, 4].map(() => call('POST', `${API}/ecosystem-members`, body)));
    expect(results.map((r) => r.status).sort()).toEqual([201, 409, 409, 409]);
    const members = await get(`ecosystem-members?ecosystemId=${body.ecosystemId}`);
    expect(members.body.total).toBe(1);
  });
});

describe('reference data', () => {
  it('serves regions, municipalities and industries', async () => {
    const regions = await get('regions');
    expect(regions.status).toBe(200);
    expect(regions.body.items.length).toBeGreaterThanOrEqual(18);
    expect(regions.body.items.find((r: Body) => r.code === '10')).toMatchObject({ nameFi: 'Etelä-Savo' });

    const inRegion = await get('municipalities?regionCode=10');
    expect(inRegion.body.items.map((m: Body) => m.code)).toContain('740');
    expect(inRegion.body.items.every((m: Body) => m.regionCode === '10')).toBe(true);
    expect((await get('municipalities/740')).body).toMatchObject({
      code: '740',
      nameFi: 'Savonlinna',
      regionCode: '10',
    });
    expectError(await get('municipalities/999'), 404, 'not_found');
    expectError(await get('municipalities?regionCode=1'), 400);
    expectError(await get('municipalities?colour=blue'), 400);

    const sections = await get('industries?level=1');
    expect(sections.status).toBe(200);
    expect(sections.body.items.map((i: Body) => i.code)).toContain('C');
    expectError(await get('industries?classification=SIC'), 400);
  });

  it('organisations resolve region and industry from their codes', async () => {
    const org = await f.make('organisations', { municipalityCode: '091', tolCode: '62010' });
    expect(org.regionCode).toBe('01');
    expect(org.industry).toEqual({ code: '62010', divisionCode: '62', sectionCode: 'J' });
    const moved = await call('PATCH', `${API}/organisations/${String(org.id)}`, {
      municipalityCode: null,
      tolCode: null,
    });
    expect(moved.body).toMatchObject({ regionCode: null, industry: null });
  });

  it('a reference to a random id is refused with 422 in every direction', async () => {
    const res = await call('POST', `${API}/relations`, {
      fromOrganisationId: randomId(),
      toOrganisationId: randomId(),
      kind: 'other',
    });
    expect(expectError(res, 422, 'unknown_reference').map((d) => d.path)).toHaveLength(1);
  });
});
