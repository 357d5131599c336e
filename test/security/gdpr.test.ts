import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { anonymiseExpiredPeople } from '../../src/server/modules/people/gdpr.service.js';
import type { Database } from '../../src/server/db/database.js';
import { caller, grantToken, testApp } from '../db.js';

const { app, db, call, anonymous } = await testApp();

const NAME = 'Ilmari Tunnistettava';
const EMAIL = 'ilmari.tunnistettava@kunta.example';
const PHONE = '+358 40 123 4567';

async function seedPerson(name = NAME, email = EMAIL, phone = PHONE) {
  const post = async (path: string, body: unknown) => {
    const res = await call('POST', `/api/v1/${path}`, body);
    if (res.status !== 201) throw new Error(`${path}: ${JSON.stringify(res.body)}`);
    return res.body.id as string;
  };
  const org = await post('organisations', {
    kind: 'company',
    nameFi: 'Yhteys Oy',
    descriptionFi: `Yhteyshenkilö ${name}`,
  });
  const other = await post('organisations', { kind: 'rdi', nameFi: 'Tutkimus Oy' });
  const person = await post('people', {
    fullName: name,
    email,
    phone,
    title: 'toimitusjohtaja',
    lawfulBasis: 'legitimate_interests',
    purpose: 'Kumppanihaku',
    source: 'Haastattelu',
    collectedOn: '2025-05-01',
    retainUntil: '2027-12-31',
  });
  await post('person-roles', { personId: person, organisationId: org, title: 'toimitusjohtaja' });
  const contact = await post('contacts', {
    organisationId: org,
    personId: person,
    stage: 'contacted',
    reason: `Soitettu: ${name}`,
  });
  await post('notes', {
    body: `Tavattu ${name}, puh. ${phone}, ${email}`,
    contactId: contact,
    personId: person,
  });
  await post('notes', { body: `Hankekokouksessa mainittiin ${name}.`, organisationId: other });
  await post('relations', {
    fromOrganisationId: org,
    toOrganisationId: other,
    kind: 'collaboration',
    personId: person,
    description: `Yhteys syntyi ${name} kautta`,
  });
  const event = await post('events', {
    kind: 'workshop',
    titleFi: 'Työpaja',
    startsAt: '2025-06-01T09:00:00+03:00',
  });
  await post('event-participants', { eventId: event, personId: person, role: 'speaker' });
  expect((await call('GET', `/api/v1/people/${person}`)).status).toBe(200); // a view: audited
  return person;
}

/** Every row of every table, as text, that mentions the needle. */
async function hitsInDatabase(db: Database, needle: string): Promise<string[]> {
  const tables = await sql<{ tableName: string }>`
    select table_name from information_schema.tables where table_schema = current_schema() and table_type = 'BASE TABLE'`.execute(
    db,
  );
  const hits: string[] = [];
  for (const { tableName } of tables.rows) {
    const r = await sql<{
      n: number;
    }>`select count(*)::int as n from ${sql.raw(`"${tableName}"`)} t where t::text ilike ${`%${needle}%`}`.execute(
      db,
    );
    if (r.rows[0]!.n > 0) hits.push(`${tableName}: ${r.rows[0]!.n}`);
  }
  return hits;
}

describe('personal data', () => {
  it('exports every occurrence of a person across all tables', async () => {
    const person = await seedPerson();
    const res = await call('GET', `/api/v1/people/${person}/export`);
    expect(res.status).toBe(200);
    expect(res.body.person).toMatchObject({ fullName: NAME, email: EMAIL, phone: PHONE });
    const o = res.body.occurrences;
    expect(o.person_roles).toHaveLength(1);
    expect(o.contacts).toHaveLength(1);
    expect(o.notes).toHaveLength(1);
    expect(o.relations).toHaveLength(1);
    expect(o.event_participants).toHaveLength(1);
    const actions = o.audit_log.map((a: { action: string }) => a.action);
    expect(actions).toEqual(expect.arrayContaining(['create', 'view']));
  });

  it('erases a person everywhere: 0 hits for their name, e-mail and phone in the whole database', async () => {
    const person = await seedPerson();
    expect((await hitsInDatabase(db, NAME)).length).toBeGreaterThan(3);
    expect((await call('POST', `/api/v1/people/${person}/erase`)).status).toBe(204);
    expect(await hitsInDatabase(db, NAME)).toEqual([]);
    expect(await hitsInDatabase(db, EMAIL)).toEqual([]);
    expect(await hitsInDatabase(db, PHONE)).toEqual([]);
    expect((await call('GET', `/api/v1/people/${person}`)).status).toBe(404);
    // The audit keeps the fact, not the data
    const erased = await db
      .selectFrom('auditLog')
      .select(['action', 'entityId'])
      .where('action', '=', 'erase')
      .execute();
    expect(erased).toEqual([{ action: 'erase', entityId: person }]);
    // Full-text search no longer finds the person's notes
    expect((await call('GET', `/api/v1/notes?q=Tunnistettava`)).body.total).toBe(0);
  });

  it('anonymises people past their retain-until date, on a controlled clock', async () => {
    const person = await seedPerson('Kaarina Vanheneva', 'kaarina@kunta.example', '+358 50 765 4321');
    expect(await anonymiseExpiredPeople(db, new Date('2027-12-31T12:00:00Z'))).toBe(0);
    // Everyone seeded in this file is kept until 31.12.2027: the first test's person and this one.
    expect(await anonymiseExpiredPeople(db, new Date('2028-01-01T12:00:00Z'))).toBe(2);
    const row = (await call('GET', `/api/v1/people/${person}`)).body;
    expect(row).toMatchObject({ fullName: null, email: null, phone: null, purpose: 'Kumppanihaku' });
    expect(await hitsInDatabase(db, 'Kaarina Vanheneva')).toEqual([]);
    expect(await anonymiseExpiredPeople(db, new Date('2028-06-01T12:00:00Z'))).toBe(0);
  });

  it('lets only editors of the workspace export or erase', async () => {
    const person = await seedPerson('Pekka Suojattu', 'pekka@kunta.example', '+358 44 000 1111');
    const viewer = caller(
      app,
      (await grantToken(db, { email: 'viewer@test.example', workspace: 'test', role: 'viewer' })).token,
    );
    const stranger = caller(
      app,
      (await grantToken(db, { email: 'editor@other.example', workspace: 'other' })).token,
    );
    expect((await anonymous('GET', `/api/v1/people/${person}/export`)).status).toBe(401);
    expect((await viewer('GET', `/api/v1/people/${person}`)).status).toBe(200);
    expect((await viewer('GET', `/api/v1/people/${person}/export`)).status).toBe(403);
    expect((await viewer('POST', `/api/v1/people/${person}/erase`)).status).toBe(403);
    expect((await stranger('GET', `/api/v1/people/${person}/export`)).status).toBe(404);
    expect((await stranger('POST', `/api/v1/people/${person}/erase`)).status).toBe(404);
    expect((await call('GET', `/api/v1/people/${person}`)).body.fullName).toBe('Pekka Suojattu');
  });

  it("lists a person's audit entries oldest first, entry 10 after entry 9", async () => {
    const person = await seedPerson();
    await db
      .insertInto('auditLog')
      .values([9_999_999, 10_000_000].map((id) => ({ id, action: 'view', entityId: person, outcome: 'ok' })))
      .execute();
    const res = await call('GET', `/api/v1/people/${person}/export`);
    const ids = res.body.occurrences.audit_log.map((a: { id: string }) => Number(a.id));
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    expect(ids).toEqual(expect.arrayContaining([9_999_999, 10_000_000]));
  });
});
