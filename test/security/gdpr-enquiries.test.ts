import { describe, expect, it } from 'vitest';
import { anonymiseExpiredPeople } from '../../src/server/modules/people/gdpr.service.js';
import { eraseEnquiriesPastRetention } from '../../src/server/modules/enquiries/enquiries.gdpr.js';
import { caller, grantToken, testApp } from '../db.js';
import { enquiryToken, feedbackToken, postForm, publicPage } from '../support/enquiries.js';

/** An investor's data rights (issue 17): export, erasure with the person, and the retention's end. */
const clock = new Date('2026-12-07T10:00:00Z');
const { app, db, call: asAdmin } = await testApp({ now: () => clock });
const editor = await grantToken(db, { email: 'elina@savonlinna.example', workspace: 'savonlinna' });
const asEditor = caller(app, editor.token);
const mikkeli = await grantToken(db, { email: 'otto@mikkeli.example', workspace: 'mikkeli' });
const savonlinnaPage = await publicPage(db, { workspaceId: editor.workspaceId!, path: 'savonlinna' });
const mikkeliPage = await publicPage(db, {
  workspaceId: mikkeli.workspaceId!,
  path: 'mikkeli',
  municipalityCode: '491',
});

let address = 0;
async function enquire(page: string, email: string, organisationName = 'Nordic Timber Fund') {
  const res = await postForm(
    app,
    '/invest/enquiries',
    {
      publicPageId: page,
      lang: 'fi',
      lookingFor: 'Tontti sahalle',
      investmentSize: 'over_10m',
      timeline: 'later',
      organisationName,
      contactName: 'Anna Sijoittaja',
      email,
      consent: 'yes',
      formToken: await enquiryToken(db, page, new Date(clock.getTime() - 60_000)),
    },
    { 'x-forwarded-for': `192.0.2.${++address}` },
  );
  expect(res.headers.get('location')).toContain('enquiry=received');
  return db
    .selectFrom('enquiries as e')
    .innerJoin('contacts as c', 'c.id', 'e.contactId')
    .select(['e.id', 'c.personId', 'c.id as contactId'])
    .where('e.email', '=', email)
    .where('e.publicPageId', '=', page)
    .executeTakeFirstOrThrow();
}

async function feedback(email: string) {
  const res = await postForm(
    app,
    '/invest/feedback',
    {
      lang: 'fi',
      pageUrl: '/fi/invest/savonlinna',
      message: 'Kartta ei toimi näppäimistöllä',
      email,
      formToken: await feedbackToken(db, new Date(clock.getTime() - 60_000)),
    },
    { 'x-forwarded-for': `192.0.2.${++address}` },
  );
  expect(res.headers.get('location')).toContain('feedback=received');
}

describe('an enquirer’s data rights', () => {
  it('puts the workspace’s enquiries from their address in their export; feedback only for an admin', async () => {
    const mine = await enquire(savonlinnaPage, 'Anna@Fund.example');
    await enquire(mikkeliPage, 'anna@fund.example');
    await feedback('anna@fund.example');
    const res = await asEditor('GET', `/api/v1/people/${mine.personId}/export`);
    expect(res.status).toBe(200);
    expect(res.body.occurrences.enquiries).toEqual([
      expect.objectContaining({ id: mine.id, email: 'Anna@Fund.example', workspaceId: editor.workspaceId }),
    ]);
    expect(res.body.occurrences.contacts).toEqual([expect.objectContaining({ id: mine.contactId })]);
    expect(res.body.occurrences.accessibility_feedback).toEqual([]);
    const byAdmin = await asAdmin('GET', `/api/v1/people/${mine.personId}/export`);
    expect(byAdmin.body.occurrences.accessibility_feedback).toEqual([
      expect.objectContaining({ email: 'anna@fund.example', message: 'Kartta ei toimi näppäimistöllä' }),
    ]);
  });

  it('erases the enquiry with the person, and their address from feedback; another town’s enquiry stays', async () => {
    const mine = await enquire(savonlinnaPage, 'eero@fund.example', 'Eeron Rahasto');
    const theirs = await enquire(mikkeliPage, 'eero@fund.example', 'Eeron Rahasto');
    await feedback('eero@fund.example');
    expect((await asEditor('POST', `/api/v1/people/${mine.personId}/erase`)).status).toBe(204);
    expect(await db.selectFrom('enquiries').select('id').where('id', '=', mine.id).execute()).toEqual([]);
    // Mikkeli's enquiry is Mikkeli's to answer for; the erasure's scrub of every mention still takes
    // the address and the name out of it.
    const other = await db
      .selectFrom('enquiries')
      .select(['email', 'contactName'])
      .where('id', '=', theirs.id)
      .executeTakeFirstOrThrow();
    expect(JSON.stringify(other)).not.toContain('eero@fund.example');
    expect(await db.selectFrom('people').select('id').where('id', '=', mine.personId!).execute()).toEqual([]);
    const card = await db
      .selectFrom('contacts')
      .select('personId')
      .where('id', '=', mine.contactId)
      .executeTakeFirst();
    expect(card).toEqual({ personId: null });
    const kept = await db
      .selectFrom('accessibilityFeedback')
      .select(['email', 'message'])
      .where('message', '=', 'Kartta ei toimi näppäimistöllä')
      .execute();
    expect(kept.map((f) => f.email)).not.toContain('eero@fund.example');
  });

  it('erases enquiries and feedback addresses past the retention, and anonymises the enquirer', async () => {
    const old = await enquire(savonlinnaPage, 'old@fund.example');
    await feedback('old@fund.example');
    const twoYearsOn = new Date('2028-12-08T10:00:00Z');
    expect(await eraseEnquiriesPastRetention(db, new Date('2028-12-06T10:00:00Z'))).toBe(0);
    expect(await eraseEnquiriesPastRetention(db, twoYearsOn)).toBeGreaterThanOrEqual(1);
    expect(await db.selectFrom('enquiries').select('id').where('id', '=', old.id).execute()).toEqual([]);
    const addresses = await db
      .selectFrom('accessibilityFeedback')
      .select('email')
      .where('email', 'is not', null)
      .execute();
    expect(addresses).toEqual([]);
    await anonymiseExpiredPeople(db, twoYearsOn);
    const person = await db
      .selectFrom('people')
      .select(['fullName', 'email', 'anonymisedAt'])
      .where('id', '=', old.personId!)
      .executeTakeFirstOrThrow();
    expect(person).toMatchObject({ fullName: null, email: null });
    expect(person.anonymisedAt).not.toBeNull();
  });
});
