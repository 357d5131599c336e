import { describe, expect, it } from 'vitest';
import { RESOURCES } from '../../src/server/modules/index.js';
import { recordTableOf } from '../../src/server/resources/references.js';
import { caller, grantToken, testApp } from '../db.js';
import { API, Factory, RESOURCE_CASES, expectError, fixtureFor, randomId, type Body } from './fixtures.js';

const { app, call, db, admin } = await testApp();
const f = new Factory(call);
/** An editor of another workspace: sees its own records and public ones, not the private records of 'test'. */
const outsider = caller(
  app,
  (await grantToken(db, { email: 'editor@other.example', workspace: 'other' })).token,
);
const g = new Factory(outsider);

/** A request with a raw body and content type, for what `call` cannot send. */
async function raw(method: string, path: string, body: string | undefined, contentType?: string) {
  const res = await app.request(path, {
    method,
    body,
    headers: {
      authorization: `Bearer ${admin.token}`,
      ...(contentType ? { 'content-type': contentType } : {}),
    },
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : null };
}

const paths = (details: { path: string }[]) => details.map((d) => d.path);

describe.each(RESOURCE_CASES)('%s', (path) => {
  const fixture = fixtureFor(path);
  const url = `${API}/${path}`;

  it('refuses an unknown field with its path, on create and on update', async () => {
    const body = await fixture.create(f);
    const details = expectError(
      await call('POST', url, { ...body, surpriseField: 1 }),
      400,
      'validation_failed',
    );
    expect(paths(details)).toContain('surpriseField');

    const id = await f.id(path);
    for (const field of ['id', 'createdBy', 'searchVector', 'workspaceId']) {
      const patched = expectError(
        await call('PATCH', `${url}/${id}`, { [field]: 'x' }),
        400,
        'validation_failed',
      );
      expect(paths(patched)).toContain(field);
    }
  });

  it('refuses a missing required field', async () => {
    const body = await fixture.create(f);
    expect(body, 'the fixture sets the required field').toHaveProperty(fixture.required);
    delete body[fixture.required];
    const details = expectError(await call('POST', url, body), 400, 'validation_failed');
    expect(paths(details)).toContain(fixture.required);
  });

  it('refuses a value outside an enum', async () => {
    if (!fixture.badEnum) return;
    const body = { ...(await fixture.create(f)), [fixture.badEnum]: 'no_such_value' };
    expect(paths(expectError(await call('POST', url, body), 400, 'validation_failed'))).toContain(
      fixture.badEnum,
    );
    const id = await f.id(path);
    const patched = await call('PATCH', `${url}/${id}`, { [fixture.badEnum]: 'no_such_value' });
    expect(paths(expectError(patched, 400, 'validation_failed'))).toContain(fixture.badEnum);
  });

  it('refuses a reference to a record that does not exist with 422 and the field path', async () => {
    if (!fixture.reference) return;
    const { field, value = randomId() } = fixture.reference;
    const body = { ...(await fixture.create(f)), [field]: value };
    expect(paths(expectError(await call('POST', url, body), 422, 'unknown_reference'))).toEqual([field]);
    const id = await f.id(path);
    const patched = await call('PATCH', `${url}/${id}`, { [field]: value });
    expect(paths(expectError(patched, 422, 'unknown_reference'))).toEqual([field]);
  });

  it('refuses a reference to a record of another workspace it cannot see, exactly like a missing one', async () => {
    if (!fixture.reference) return;
    const { field } = fixture.reference;
    const table = recordTableOf(field);
    if (!table) return; // a code, not a record id (organisations.municipalityCode)
    const target = RESOURCES.find((r) => r.table === table);
    expect(target, `a resource for table ${table}`).toBeDefined();
    const hidden = await f.make(target!.path); // private to workspace 'test'
    const body = { ...(await fixture.create(g)), [field]: hidden.id };
    const missingId = randomId();
    const missing = expectError(
      await outsider('POST', url, { ...body, [field]: missingId }),
      422,
      'unknown_reference',
    );
    const refused = expectError(await outsider('POST', url, body), 422, 'unknown_reference');
    expect(paths(refused)).toEqual([field]);
    expect(refused).toEqual(
      missing.map((d) => ({ ...d, message: d.message.replace(missingId, String(hidden.id)) })),
    );
    const id = await g.id(path);
    const patched = await outsider('PATCH', `${url}/${id}`, { [field]: hidden.id });
    expect(paths(expectError(patched, 422, 'unknown_reference'))).toEqual([field]);
    // once its owner makes it public, the same reference is accepted (people are never public)
    const shown = await call('PATCH', `${API}/${target!.path}/${String(hidden.id)}`, {
      visibility: 'public',
    });
    if (target!.path === 'people') {
      expect(paths(expectError(shown, 400))).toEqual(['visibility']);
      return;
    }
    expect(shown.status, JSON.stringify(shown.body)).toBe(200);
    const accepted = await outsider('POST', url, body);
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(201);
    expect(accepted.body).toMatchObject({ [field]: hidden.id, visibility: 'private' });
  });

  it('takes a visibility from the body and refuses one outside private, network and public', async () => {
    const body = await fixture.create(f);
    const details = expectError(
      await call('POST', url, { ...body, visibility: 'secret' }),
      400,
      'validation_failed',
    );
    expect(paths(details)).toEqual(['visibility']);
    const shared = await f.make(path, { visibility: 'network' });
    expect(shared.visibility).toBe('network');
    const id = String(shared.id);
    const patched = await call('PATCH', `${url}/${id}`, { visibility: 'public' });
    if (path === 'people') {
      // personal data is never public: refused on the field, and the record stays as it was
      expect(paths(expectError(patched, 400))).toEqual(['visibility']);
      expect((await call('GET', `${url}/${id}`)).body).toEqual(shared);
    } else {
      expect(patched.status, JSON.stringify(patched.body)).toBe(200);
      expect(patched.body.visibility).toBe('public');
    }
    expect(paths(expectError(await call('PATCH', `${url}/${id}`, { visibility: null }), 400))).toEqual([
      'visibility',
    ]);
  });

  it('answers 404 for a nonexistent or malformed id', async () => {
    const id = randomId();
    expectError(await call('GET', `${url}/${id}`), 404, 'not_found');
    expectError(await call('PATCH', `${url}/${id}`, fixture.update), 404, 'not_found');
    expectError(await call('DELETE', `${url}/${id}`), 404, 'not_found');
    for (const bad of [
      'not-a-uuid',
      '12345',
      'x'.repeat(150),
      'x'.repeat(5000),
      encodeURIComponent("' or 1=1 --"),
    ]) {
      expectError(await call('GET', `${url}/${bad}`), 404, 'not_found');
      expectError(await call('PATCH', `${url}/${bad}`, fixture.update), 404, 'not_found');
      expectError(await call('DELETE', `${url}/${bad}`), 404, 'not_found');
    }
  });

  it('refuses a body that is not JSON', async () => {
    const body = JSON.stringify(await fixture.create(f));
    const id = await f.id(path);
    expectError(await raw('POST', url, body, 'text/plain'), 400);
    expectError(await raw('POST', url, body, undefined), 400);
    expectError(await raw('POST', url, '{"broken": ', 'application/json'), 400);
    expectError(await raw('POST', url, '[1, 2]', 'application/json'), 400);
    expectError(await raw('POST', url, 'null', 'application/json'), 400);
    expectError(await raw('PATCH', `${url}/${id}`, JSON.stringify(fixture.update), 'text/plain'), 400);
    expectError(await raw('PATCH', `${url}/${id}`, '{"broken": ', 'application/json'), 400);
  });

  it('refuses a period that ends before it starts, also when an update moves one end', async () => {
    if (!fixture.period) return;
    const [from, to, start, badEnd, goodEnd] = fixture.period;
    const body = { ...(await fixture.create(f)), [from]: start, [to]: badEnd };
    expect(paths(expectError(await call('POST', url, body), 400, 'validation_failed'))).toContain(to);
    const record = await f.make(path, { [from]: start, [to]: goodEnd });
    const id = String(record.id);
    const both = await call('PATCH', `${url}/${id}`, { [from]: start, [to]: badEnd });
    expect(paths(expectError(both, 400, 'validation_failed'))).toContain(to);
    // only the end moves, to before the stored start
    const endOnly = await call('PATCH', `${url}/${id}`, { [to]: badEnd });
    expect(paths(expectError(endOnly, 400, 'validation_failed'))).toContain(to);
    expect((await call('GET', `${url}/${id}`)).body).toEqual(record);
  });

  it('refuses a duplicate unique value with 409', async () => {
    if (!fixture.unique) return;
    const body = fixture.unique.body ? await fixture.unique.body(f) : await fixture.create(f);
    expect((await call('POST', url, body)).status).toBe(201);
    const details = expectError(await call('POST', url, body), 409, 'conflict');
    expect(paths(details)).toEqual([fixture.unique.path]);
    // the same through an update
    const other = await f.make(path);
    const clash = Object.fromEntries(fixture.unique.path.split(',').map((k) => [k, body[k]]));
    expectError(await call('PATCH', `${url}/${String(other.id)}`, clash), 409, 'conflict');
  });
});

describe('field rules', () => {
  it('refuses wrong types and malformed values with their paths', async () => {
    const cases: [string, Body, string][] = [
      ['organisations', { kind: 'company', nameFi: 'X', businessId: '1234567-8' }, 'businessId'],
      ['organisations', { kind: 'company', nameFi: 'X', municipalityCode: '91' }, 'municipalityCode'],
      ['organisations', { kind: 'company', nameFi: 'X', website: 'javascript:alert(1)' }, 'website'],
      ['organisations', { kind: 'company', nameFi: '   ' }, 'nameFi'],
      ['organisations', { kind: 'company', nameFi: 42 }, 'nameFi'],
      ['organisations', { kind: 'company', nameFi: 'X', isPublic: 'yes' }, 'isPublic'],
      ['competences', { slug: 'Not A Slug', nameFi: 'X' }, 'slug'],
      ['people', { ...(await fixtureFor('people').create(f)), email: 'not-an-email' }, 'email'],
      ['people', { ...(await fixtureFor('people').create(f)), collectedOn: '2026-02-30' }, 'collectedOn'],
      ['events', { kind: 'webinar', titleFi: 'X', startsAt: '2026-03-01 10:00' }, 'startsAt'],
      [
        'strategies',
        { scope: 'ecosystem', ecosystemId: randomId(), titleFi: 'X', startYear: 1800, endYear: 2030 },
        'startYear',
      ],
      [
        'funding-calls',
        { titleFi: 'X', deadlineAt: '2099-01-01T00:00:00Z', rules: [{ kind: 'bogus' }] },
        'rules.0.kind',
      ],
      [
        'funding-calls',
        { titleFi: 'X', deadlineAt: '2099-01-01T00:00:00Z', rules: [{ kind: 'minOrganisations', count: 0 }] },
        'rules.0.count',
      ],
      [
        'relations',
        { fromOrganisationId: 'abc', toOrganisationId: randomId(), kind: 'other' },
        'fromOrganisationId',
      ],
    ];
    for (const [path, body, field] of cases) {
      const details = expectError(await call('POST', `${API}/${path}`, body), 400, 'validation_failed');
      expect(paths(details), `${path} ${JSON.stringify(body)}`).toContain(field);
    }
  });

  it('refuses a relation from an organisation to itself', async () => {
    const org = await f.id('organisations');
    const res = await call('POST', `${API}/relations`, {
      fromOrganisationId: org,
      toOrganisationId: org,
      kind: 'other',
    });
    expect(paths(expectError(res, 400, 'validation_failed'))).toContain('toOrganisationId');
  });

  it('an organisation competence needs a competence or a tag, on create and on update', async () => {
    const organisationId = await f.id('organisations');
    const neither = await call('POST', `${API}/organisation-competences`, {
      organisationId,
      direction: 'offer',
    });
    expect(paths(expectError(neither, 400, 'validation_failed'))).toContain('tag');
    const tagOnly = await f.make('organisation-competences', {
      organisationId,
      competenceId: undefined,
      tag: 'ai',
    });
    const cleared = await call('PATCH', `${API}/organisation-competences/${String(tagOnly.id)}`, {
      tag: null,
    });
    expect(paths(expectError(cleared, 400, 'validation_failed'))).toContain('tag');
  });

  it('an event participant is an organisation or a person, on create and on update', async () => {
    const eventId = await f.id('events');
    const neither = await call('POST', `${API}/event-participants`, { eventId, role: 'participant' });
    expect(paths(expectError(neither, 400, 'validation_failed'))).toContain('organisationId');
    const person = await f.make('event-participants', {
      eventId,
      organisationId: undefined,
      personId: await f.id('people'),
    });
    const cleared = await call('PATCH', `${API}/event-participants/${String(person.id)}`, { personId: null });
    expect(paths(expectError(cleared, 400, 'validation_failed'))).toContain('organisationId');
  });

  it('a strategy names the owner its scope asks for', async () => {
    const ecosystemId = await f.id('ecosystems');
    const networkId = await f.id('networks');
    const base = { titleFi: 'Strategia', startYear: 2025, endYear: 2030 };
    const wrong = await call('POST', `${API}/strategies`, { ...base, scope: 'network', ecosystemId });
    expect(paths(expectError(wrong, 422))).toEqual(['networkId']);
    const both = await call('POST', `${API}/strategies`, {
      ...base,
      scope: 'ecosystem',
      ecosystemId,
      networkId,
    });
    expectError(both, 422);
    const ok = await f.make('strategies', { ...base, scope: 'network', networkId, ecosystemId: undefined });
    expectError(await call('PATCH', `${API}/strategies/${String(ok.id)}`, { scope: 'ecosystem' }), 422);
  });

  it('judges a funding call deadline by its instant, whatever the offset', async () => {
    const call1 = await f.make('funding-calls', {
      opensOn: '2026-06-01',
      deadlineAt: '2026-06-01T01:00:00+03:00',
    });
    expect(call1.deadlineAt).toBe('2026-05-31T22:00:00.000Z');
    expect(
      (await call('PATCH', `${API}/funding-calls/${String(call1.id)}`, { programme: 'EAKR' })).status,
    ).toBe(200);
    const early = await call('POST', `${API}/funding-calls`, {
      titleFi: 'X',
      opensOn: '2026-06-01',
      deadlineAt: '2026-05-31T12:00:00Z',
    });
    expect(paths(expectError(early, 400, 'validation_failed'))).toEqual(['deadlineAt']);
  });

  it('refuses a funding call rule naming an unknown network', async () => {
    const res = await call('POST', `${API}/funding-calls`, {
      titleFi: 'Haku',
      deadlineAt: '2099-01-01T00:00:00Z',
      rules: [{ kind: 'minMembersOfNetwork', networkId: randomId(), count: 2 }],
    });
    expect(paths(expectError(res, 422, 'unknown_reference'))).toEqual(['rules']);
  });

  it('refuses an unknown TOL code and an unknown municipality', async () => {
    const tol = await call('POST', `${API}/organisations`, {
      kind: 'company',
      nameFi: 'X',
      tolCode: '04100',
    });
    expect(paths(expectError(tol, 422))).toEqual(['tolCode']);
    const eco = await call('POST', `${API}/ecosystems`, {
      slug: 'eco-x',
      nameFi: 'X',
      municipalityCodes: ['740', '998'],
    });
    expect(paths(expectError(eco, 422, 'unknown_reference'))).toEqual(['municipalityCodes']);
  });

  it('unknown routes and methods get the error envelope', async () => {
    expectError(await call('GET', `${API}/no-such-things`), 404);
    expectError(await call('PUT', `${API}/organisations/${randomId()}`, {}), 404);
  });

  it('refuses a body over 1 MiB', async () => {
    const big = { kind: 'company', nameFi: 'X', descriptionFi: 'x'.repeat(1024 * 1024 + 10) };
    const res = await call('POST', `${API}/organisations`, big);
    expect(res.status).toBe(413);
    expect(res.body.error.code).toBe('too_large');
  });
});
