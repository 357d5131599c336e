import { describe, expect, it } from 'vitest';
import * as enums from '../../src/domain/enums.js';
import type { Filter } from '../../src/server/resources/types.js';
import { testApp } from '../db.js';
import { API, Factory, RESOURCE_CASES, expectError, randomId, type Body } from './fixtures.js';

const { call } = await testApp();
const f = new Factory(call);

const ENUM_VALUES = Object.values(enums).flatMap((values) => [...values]);
const VALID_CANDIDATES = [
  randomId(),
  'true',
  ...ENUM_VALUES,
  '091',
  '01',
  'C',
  '2026-01-01T00:00:00Z',
  'abc',
];
const INVALID_CANDIDATES = ['not valid!!', 'x'.repeat(300)];

const validValue = (filter: Filter) => VALID_CANDIDATES.find((v) => filter.schema.safeParse(v).success);
const invalidValue = (filter: Filter) => INVALID_CANDIDATES.find((v) => !filter.schema.safeParse(v).success);

const listIds = async (query: string) => {
  const res = await call('GET', `${API}/${query}`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return (res.body.items as Body[]).map((i) => String(i.id)).sort();
};
const ids = listIds;
const sorted = (...values: unknown[]) => values.map(String).sort();

describe('every declared filter', () => {
  it.each(RESOURCE_CASES)('%s: accepts a valid value and refuses an invalid one', async (path, def) => {
    await f.make(path);
    for (const [name, filter] of Object.entries(def.filters ?? {})) {
      const good = validValue(filter);
      expect(good, `${path}?${name}: a valid sample value`).toBeDefined();
      const ok = await call('GET', `${API}/${path}?${name}=${encodeURIComponent(good ?? '')}`);
      expect(ok.status, `${path}?${name}=${good} → ${JSON.stringify(ok.body)}`).toBe(200);
      expect(ok.body).toEqual({ items: expect.any(Array), nextCursor: null, total: expect.any(Number) });

      const bad = invalidValue(filter);
      expect(bad, `${path}?${name}: an invalid sample value`).toBeDefined();
      const refused = await call('GET', `${API}/${path}?${name}=${encodeURIComponent(bad ?? '')}`);
      const details = expectError(refused, 400, 'validation_failed');
      expect(details.map((d) => d.path.split('.')[0])).toContain(name);
    }
  });

  it.each(RESOURCE_CASES)('%s: refuses an undeclared query parameter by name', async (path) => {
    const details = expectError(await call('GET', `${API}/${path}?colour=blue`), 400, 'validation_failed');
    expect(details.map((d) => d.path)).toEqual(['colour']);
  });
});

describe('organisation filters', () => {
  it('filter by region, kind, size, TOL, network, ecosystem, competences and flags', async () => {
    const savonlinna = await f.make('organisations', {
      kind: 'company',
      municipalityCode: '740',
      tolCode: '16100',
    });
    const helsinki = await f.make('organisations', {
      kind: 'rdi',
      municipalityCode: '091',
      tolCode: '72110',
      sizeClass: 'large',
      isPublic: true,
      businessId: '0201256-6',
    });
    const noPlace = await f.make('organisations', {
      kind: 'education',
      municipalityCode: null,
      tolCode: null,
    });
    const mine = new Set([savonlinna.id, helsinki.id, noPlace.id].map(String));
    const ids = async (query: string) => (await listIds(query)).filter((id) => mine.has(id));
    expect(savonlinna.regionCode).toBe('10');
    expect(helsinki.regionCode).toBe('01');

    expect(await ids('organisations?regionCode=10')).toEqual(sorted(savonlinna.id));
    expect(await ids('organisations?regionCode=01')).toEqual(sorted(helsinki.id));
    expect(await ids('organisations?municipalityCode=091')).toEqual(sorted(helsinki.id));
    expect(await ids('organisations?kind=company,rdi')).toEqual(sorted(savonlinna.id, helsinki.id));
    expect(await ids('organisations?kind=education')).toEqual(sorted(noPlace.id));
    expect(await ids('organisations?sizeClass=large')).toEqual(sorted(helsinki.id));
    expect(await ids('organisations?tolSection=C')).toEqual(sorted(savonlinna.id));
    expect(await ids('organisations?tolSection=M')).toEqual(sorted(helsinki.id));
    expect(await ids('organisations?tolDivision=72')).toEqual(sorted(helsinki.id));
    expect(await ids('organisations?tolSection=U')).toEqual([]);
    expect(await ids('organisations?businessId=0201256-6')).toEqual(sorted(helsinki.id));
    expect(await ids('organisations?isPublic=true')).toEqual(sorted(helsinki.id));
    expect(await ids('organisations?isPublic=false&kind=company,rdi')).toEqual(sorted(savonlinna.id));
    expectError(await call('GET', `${API}/organisations?kind=company,spaceship`), 400);
    expectError(await call('GET', `${API}/organisations?kind=`), 400);

    const networkId = await f.id('networks');
    await f.make('network-members', { networkId, organisationId: savonlinna.id });
    expect(await ids(`organisations?networkId=${networkId}`)).toEqual(sorted(savonlinna.id));
    expect(await ids(`organisations?networkId=${randomId()}`)).toEqual([]);

    const ecosystemId = await f.id('ecosystems');
    await f.make('ecosystem-members', { ecosystemId, organisationId: helsinki.id });
    expect(await ids(`organisations?ecosystemId=${ecosystemId}`)).toEqual(sorted(helsinki.id));

    const competenceId = await f.id('competences');
    await f.make('organisation-competences', {
      organisationId: savonlinna.id,
      competenceId,
      direction: 'offer',
    });
    await f.make('organisation-competences', {
      organisationId: helsinki.id,
      competenceId,
      direction: 'need',
    });
    expect(await ids(`organisations?offers=${competenceId}`)).toEqual(sorted(savonlinna.id));
    expect(await ids(`organisations?needs=${competenceId}`)).toEqual(sorted(helsinki.id));
    expect(await ids(`organisations?offers=${competenceId}&regionCode=01`)).toEqual([]);
  });
});

describe('relation, membership and participation filters', () => {
  it('relations ?organisationId= matches both ends', async () => {
    const [a, b, c] = [await f.id('organisations'), await f.id('organisations'), await f.id('organisations')];
    const ab = await f.make('relations', {
      fromOrganisationId: a,
      toOrganisationId: b,
      kind: 'customer',
      source: 'survey',
    });
    const ca = await f.make('relations', { fromOrganisationId: c, toOrganisationId: a, kind: 'funding' });
    const bc = await f.make('relations', { fromOrganisationId: b, toOrganisationId: c, kind: 'customer' });
    expect(await ids(`relations?organisationId=${a}`)).toEqual(sorted(ab.id, ca.id));
    expect(await ids(`relations?organisationId=${b}`)).toEqual(sorted(ab.id, bc.id));
    expect(await ids(`relations?fromOrganisationId=${a}`)).toEqual(sorted(ab.id));
    expect(await ids(`relations?toOrganisationId=${a}`)).toEqual(sorted(ca.id));
    expect(await ids(`relations?organisationId=${a}&kind=customer`)).toEqual(sorted(ab.id));
    expect(await ids(`relations?organisationId=${a}&source=survey`)).toEqual(sorted(ab.id));
  });

  it('people, projects and events by organisation', async () => {
    const org = await f.id('organisations');
    const person = await f.id('people');
    await f.id('people');
    await f.make('person-roles', { personId: person, organisationId: org });
    expect(await ids(`people?organisationId=${org}`)).toEqual(sorted(person));

    const project = await f.id('projects');
    await f.id('projects');
    await f.make('project-roles', { projectId: project, organisationId: org });
    expect(await ids(`projects?organisationId=${org}`)).toEqual(sorted(project));

    const event = await f.id('events');
    await f.id('events');
    await f.make('event-participants', { eventId: event, organisationId: org });
    expect(await ids(`events?organisationId=${org}`)).toEqual(sorted(event));
  });

  it('ecosystems by municipality and theme', async () => {
    const a = await f.make('ecosystems', { municipalityCodes: ['091', '049'], themes: ['tekoäly', 'data'] });
    const b = await f.make('ecosystems', { municipalityCodes: ['837'], themes: ['data'] });
    expect(await ids('ecosystems?municipalityCode=049')).toEqual(sorted(a.id));
    expect(await ids('ecosystems?theme=data')).toEqual(sorted(a.id, b.id));
    expect(await ids('ecosystems?theme=tekoäly')).toEqual(sorted(a.id));
  });
});

describe('time filters', () => {
  it('events ?from= and ?to= select by start time', async () => {
    const projectId = await f.id('projects');
    const at = async (startsAt: string) =>
      String((await f.make('events', { projectId, startsAt, endsAt: null })).id);
    const jan = await at('2030-01-15T10:00:00+02:00');
    const feb = await at('2030-02-15T10:00:00+02:00');
    const mar = await at('2030-03-15T10:00:00+02:00');
    const q = (query: string) => ids(`events?projectId=${projectId}&${query}`);
    expect(await q('from=2030-02-01T00:00:00Z')).toEqual(sorted(feb, mar));
    expect(await q('to=2030-02-01T00:00:00Z')).toEqual(sorted(jan));
    expect(await q('from=2030-02-01T00:00:00%2B02:00&to=2030-03-01T00:00:00Z')).toEqual(sorted(feb));
    // from is inclusive, to exclusive
    expect(await q('from=2030-02-15T08:00:00Z&to=2030-03-15T08:00:00Z')).toEqual(sorted(feb));
    expectError(await call('GET', `${API}/events?from=yesterday`), 400);
    expectError(await call('GET', `${API}/events?to=2030-02-01`), 400);
  });

  it('funding calls ?open= compares the deadline with now', async () => {
    const open = await f.make('funding-calls', { opensOn: null, deadlineAt: '2099-01-01T00:00:00Z' });
    const closed = await f.make('funding-calls', { opensOn: null, deadlineAt: '2001-01-01T00:00:00Z' });
    expect(await ids('funding-calls?open=true&limit=200')).toContain(String(open.id));
    expect(await ids('funding-calls?open=true&limit=200')).not.toContain(String(closed.id));
    expect(await ids('funding-calls?open=false&limit=200')).toEqual(sorted(closed.id));
    expectError(await call('GET', `${API}/funding-calls?open=yes`), 400);
  });
});
