import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import smtpTester from 'smtp-tester';
import { sql } from 'kysely';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { createSession } from '../../src/server/auth/sessions.js';
import { SESSION_COOKIE } from '../../src/server/auth/settings.js';
import { caller, grantToken, testApp } from '../db.js';
import { enquiryToken, postForm, publicPage } from '../support/enquiries.js';

/** Investors' enquiries from a public page (issue 17): spam checks, the lead in the pipeline, the mail. */
const mailServer = smtpTester.init(0);
afterAll(() => mailServer.stop(() => {}));
if (!mailServer.smtpServer.server.listening) await once(mailServer.smtpServer.server, 'listening');
const smtpPort = (mailServer.smtpServer.server.address() as AddressInfo).port;
type Received = { to: string; subject: string; body: string };
const inbox: Received[] = [];
mailServer.bind((_address, _id, email) => {
  for (const to of Object.keys(email.receivers))
    inbox.push({ to, subject: String(email.headers.subject), body: email.body ?? '' });
});
const settle = async (n: number) => {
  for (let i = 0; i < 100 && inbox.length < n; i++) await new Promise((resolve) => setTimeout(resolve, 20));
};

const clock = new Date('2026-12-07T10:00:00Z');
const { app, db } = await testApp({
  now: () => clock,
  security: { trustProxy: true },
  mail: {
    smtpUrl: `smtp://127.0.0.1:${smtpPort}`,
    from: 'Solmu <solmu@example.fi>',
    publicUrl: 'https://solmu.example.fi',
  },
});
const editor = await grantToken(db, { email: 'elina@savonlinna.example', workspace: 'savonlinna' });
const savonlinna = editor.workspaceId!;
const asEditor = caller(app, editor.token);
const other = await grantToken(db, { email: 'otto@mikkeli.example', workspace: 'mikkeli' });
const page = await publicPage(db, {
  workspaceId: savonlinna,
  path: 'savonlinna',
  contacts: [{ role: { fi: 'Yritysneuvonta' }, email: 'yritysneuvonta@savonlinna.example' }],
});
const unpublished = await publicPage(db, {
  workspaceId: other.workspaceId!,
  path: 'mikkeli',
  municipalityCode: '491',
  published: false,
});

let address = 0;
/** Each test its own client address, so the per-address limit counts only its own sends. */
let ip = '';
beforeEach(() => {
  ip = `203.0.113.${++address}`;
  inbox.length = 0;
});

const later = (ms: number) => new Date(clock.getTime() + ms);
/** A form served a minute before now, as a person fills it. */
const served = () => enquiryToken(db, page, later(-60_000));

const fields = async (extra: Record<string, string> = {}) => ({
  publicPageId: page,
  lang: 'en',
  lookingFor: 'A site for a sawmill by the lake, with a rail connection',
  investmentSize: '1m_10m',
  timeline: 'within_year',
  organisationName: 'Nordic Timber Fund',
  contactName: 'Anna Investor',
  email: 'anna@fund.example',
  phone: '',
  consent: 'yes',
  website: '',
  formToken: await served(),
  ...extra,
});
const send = async (extra: Record<string, string> = {}, headers: Record<string, string> = {}) =>
  postForm(app, '/invest/enquiries', await fields(extra), { 'x-forwarded-for': ip, ...headers });
const sendJson = async (body: Record<string, unknown>) =>
  app.request('/invest/enquiries', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': ip },
    body: JSON.stringify(body),
  });

const count = async (table: 'enquiries' | 'organisations' | 'people' | 'contacts') =>
  Number(
    (
      await db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );
const counts = async () => ({
  enquiries: await count('enquiries'),
  organisations: await count('organisations'),
  people: await count('people'),
  contacts: await count('contacts'),
});

describe('an enquiry that passes', () => {
  it('goes back to the page with "received" and becomes a lead in the page’s workspace', async () => {
    const res = await send();
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/en/invest/savonlinna?enquiry=received#enquiry');
    const enquiry = await db
      .selectFrom('enquiries')
      .selectAll()
      .where('email', '=', 'anna@fund.example')
      .executeTakeFirstOrThrow();
    expect(enquiry).toMatchObject({
      workspaceId: savonlinna,
      publicPageId: page,
      pageUrl: '/en/invest/savonlinna',
      lang: 'en',
      investmentSize: '1m_10m',
      timeline: 'within_year',
      phone: null,
      visibility: 'private',
    });
    const contact = await db
      .selectFrom('contacts')
      .selectAll()
      .where('id', '=', enquiry.contactId!)
      .executeTakeFirstOrThrow();
    expect(contact).toMatchObject({
      workspaceId: savonlinna,
      stage: 'to_contact',
      visibility: 'private',
      ownerId: null,
      nextStepOn: '2026-12-14',
    });
    expect(contact.reason).toContain('/en/invest/savonlinna');
    expect(contact.reason).toContain('sawmill by the lake');
    const organisation = await db
      .selectFrom('organisations')
      .selectAll()
      .where('id', '=', contact.organisationId)
      .executeTakeFirstOrThrow();
    expect(organisation).toMatchObject({
      nameFi: 'Nordic Timber Fund',
      workspaceId: savonlinna,
      visibility: 'private',
    });
    const person = await db
      .selectFrom('people')
      .selectAll()
      .where('id', '=', contact.personId!)
      .executeTakeFirstOrThrow();
    expect(person).toMatchObject({
      fullName: 'Anna Investor',
      email: 'anna@fund.example',
      workspaceId: savonlinna,
      visibility: 'private',
      lawfulBasis: 'consent',
      collectedOn: '2026-12-07',
      informedOn: '2026-12-07',
      retainUntil: '2028-12-07',
    });
    const entry = await db
      .selectFrom('auditLog')
      .selectAll()
      .where('entity', '=', 'enquiries')
      .where('entityId', '=', enquiry.id)
      .executeTakeFirstOrThrow();
    expect(entry).toMatchObject({ action: 'create', workspaceId: savonlinna, userId: null, outcome: 'ok' });
    expect(JSON.stringify(entry.detail)).not.toContain('anna@fund.example');
  });

  it('shows on the workspace’s pipeline card with the page it came from', async () => {
    const res = await send({ organisationName: 'Card Capital', email: 'card@capital.example' });
    expect(res.status).toBe(303);
    const board = (await asEditor('GET', `/api/v1/pipeline?workspaceId=${savonlinna}`)).body as {
      stages: {
        stage: string;
        cards: { organisation: { nameFi: string }; enquiry: unknown; person: unknown }[];
      }[];
    };
    const card = board.stages[0]!.cards.find((c) => c.organisation.nameFi === 'Card Capital');
    expect(card).toMatchObject({
      enquiry: { pageUrl: '/en/invest/savonlinna', receivedAt: clock.toISOString() },
      person: { name: 'Anna Investor' },
    });
    // Another workspace's users do not see it.
    const theirs = await caller(app, other.token)('GET', `/api/v1/pipeline?workspaceId=${savonlinna}`);
    const names = JSON.stringify(theirs.body);
    expect(names).not.toContain('Card Capital');
  });

  it('joins the workspace’s organisation of the same name rather than doubling it', async () => {
    const existing = await db
      .insertInto('organisations')
      .values({ workspaceId: savonlinna, nameFi: 'Saimaa Ventures Oy', kind: 'company' })
      .returning('id')
      .executeTakeFirstOrThrow();
    expect((await send({ organisationName: 'saimaa ventures oy', email: 'x@saimaa.example' })).status).toBe(
      303,
    );
    const enquiry = await db
      .selectFrom('enquiries as e')
      .innerJoin('contacts as c', 'c.id', 'e.contactId')
      .select('c.organisationId')
      .where('e.email', '=', 'x@saimaa.example')
      .executeTakeFirstOrThrow();
    expect(enquiry.organisationId).toBe(existing.id);
  });

  it('answers JSON with 201 and the enquiry’s id', async () => {
    const res = await sendJson({
      ...(await fields()),
      phone: '+358 40 123 4567',
      email: 'json@fund.example',
    });
    expect(res.status).toBe(201);
    const body = (await res.json()) as { status: string; id: string };
    expect(body.status).toBe('received');
    const row = await db
      .selectFrom('enquiries')
      .select(['email', 'phone'])
      .where('id', '=', body.id)
      .executeTakeFirst();
    expect(row).toEqual({ email: 'json@fund.example', phone: '+358 40 123 4567' });
  });

  it('mails the page’s contact address in the investor’s language, with the card’s address', async () => {
    expect((await send({ organisationName: 'Mail Oy', email: 'mail@fund.example' })).status).toBe(303);
    await settle(1);
    expect(inbox).toHaveLength(1);
    const [mail] = inbox;
    expect(mail!.to).toBe('yritysneuvonta@savonlinna.example');
    expect(mail!.subject).toBe('Enquiry from an investor: Mail Oy');
    expect(mail!.body).toContain('https://solmu.example.fi/en/invest/savonlinna');
    expect(mail!.body).toContain('mail@fund.example');
    expect(mail!.body).toMatch(/https:\/\/solmu\.example\.fi\/en\/contacts\/[0-9a-f-]{36}/);
  });

  it('mails the workspace’s editors when the page names no contact, never a viewer', async () => {
    const viewer = await grantToken(db, {
      email: 'ville@kerava.example',
      workspace: 'kerava',
      role: 'viewer',
    });
    const keravaEditor = await grantToken(db, { email: 'eija@kerava.example', workspace: 'kerava' });
    expect(keravaEditor.workspaceId).toBe(viewer.workspaceId);
    const kerava = await publicPage(db, {
      workspaceId: viewer.workspaceId!,
      path: 'kerava',
      municipalityCode: '245',
    });
    const res = await send({
      publicPageId: kerava,
      lang: 'fi',
      formToken: await enquiryToken(db, kerava, later(-60_000)),
    });
    expect(res.headers.get('location')).toBe('/fi/invest/kerava?enquiry=received#enquiry');
    await settle(1);
    expect(inbox.map((m) => m.to)).toEqual(['eija@kerava.example']);
    expect(inbox[0]!.subject).toBe('Sijoittajan yhteydenotto: Nordic Timber Fund');
  });
});

describe('an enquiry that is refused', () => {
  const refusedWith = async (res: Response, reason: string) => {
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(`/en/invest/savonlinna?enquiry=${reason}#enquiry`);
  };

  it('keeps nothing from a filled honeypot, yet answers as if received', async () => {
    const before = await counts();
    await refusedWith(await send({ website: 'https://spam.example' }), 'received');
    expect(await counts()).toEqual(before);
    expect(inbox).toHaveLength(0);
  });

  it('refuses a form sent within 3 seconds of being served', async () => {
    const before = await counts();
    await refusedWith(await send({ formToken: await enquiryToken(db, page, later(-2_000)) }), 'too_fast');
    expect(await counts()).toEqual(before);
  });

  it('refuses a form served over a day ago', async () => {
    await refusedWith(
      await send({ formToken: await enquiryToken(db, page, later(-25 * 3600_000)) }),
      'expired',
    );
  });

  it('refuses a forged or altered time, and a token of another page', async () => {
    const token = await served();
    const [, signature] = token.split('.');
    const older = `${(clock.getTime() - 60_000 - 1).toString(36)}.${signature}`;
    await refusedWith(await send({ formToken: older }), 'invalid');
    await refusedWith(await send({ formToken: 'made.up' }), 'invalid');
    const otherPages = await enquiryToken(db, unpublished, later(-60_000));
    await refusedWith(await send({ formToken: otherPages }), 'invalid');
    const json = await sendJson({ ...(await fields()), formToken: 'made.up' });
    expect(json.status).toBe(400);
    expect(((await json.json()) as { error: { code: string } }).error.code).toBe('form_forged');
  });

  it('refuses invalid fields with a message naming each', async () => {
    await refusedWith(await send({ email: 'not an address' }), 'invalid');
    const res = await sendJson({
      ...(await fields()),
      email: 'nope',
      consent: undefined,
      organisationName: '',
    });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { code: string; details: { path: string }[] } };
    expect(body.error.code).toBe('validation_failed');
    expect(body.error.details.map((d) => d.path).sort()).toEqual(['consent', 'email', 'organisationName']);
  });

  it('limits an address to 5 enquiries an hour', async () => {
    for (let i = 0; i < 5; i++) expect((await send({ email: `n${i}@limit.example` })).status).toBe(303);
    const sixth = await send({ email: 'sixth@limit.example' });
    await refusedWith(sixth, 'limited');
    expect(Number(sixth.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(
      await db.selectFrom('enquiries').select('id').where('email', '=', 'sixth@limit.example').execute(),
    ).toEqual([]);
    // Another address is not limited by it.
    ip = '198.51.100.77';
    await refusedWith(await send({ email: 'other@limit.example' }), 'received');
  });

  it('answers "not found" for an unpublished page or an unknown one', async () => {
    const before = await counts();
    const token = await enquiryToken(db, unpublished, later(-60_000));
    expect((await send({ publicPageId: unpublished, formToken: token })).status).toBe(404);
    expect((await send({ publicPageId: '00000000-0000-4000-8000-000000000000' })).status).toBe(404);
    expect((await send({ publicPageId: 'savonlinna' })).status).toBe(404);
    expect(await counts()).toEqual(before);
  });
});

describe('one transaction', () => {
  it('leaves nothing behind when the last write fails', async () => {
    await sql`create function refuse_enquiry() returns trigger language plpgsql as $$
      begin raise exception 'refused for the test'; end $$`.execute(db);
    await sql`create trigger refuse_enquiry before insert on enquiries
      for each row execute function refuse_enquiry()`.execute(db);
    try {
      const before = await counts();
      const res = await send({ organisationName: 'Half Written Oy', email: 'half@written.example' });
      expect(res.status).toBe(500);
      expect(await counts()).toEqual(before);
      expect(inbox).toHaveLength(0);
    } finally {
      await sql`drop trigger refuse_enquiry on enquiries`.execute(db);
      await sql`drop function refuse_enquiry()`.execute(db);
    }
  });
});

describe('a signed-in visitor and cross-site requests', () => {
  it('takes the form from a signed-in browser without a CSRF token, and acts for no one', async () => {
    const session = await createSession(db, editor.userId, { idleMinutes: 60, absoluteHours: 12 }, clock);
    const res = await send(
      { organisationName: 'Signed In Oy', email: 'signed@in.example' },
      { cookie: `${SESSION_COOKIE}=${session.token}` },
    );
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toContain('enquiry=received');
    const row = await db
      .selectFrom('enquiries')
      .select('id')
      .where('email', '=', 'signed@in.example')
      .executeTakeFirstOrThrow();
    const entry = await db
      .selectFrom('auditLog')
      .select('userId')
      .where('entityId', '=', row.id)
      .executeTakeFirstOrThrow();
    expect(entry.userId).toBeNull();
  });

  it('refuses a form posted from another site', async () => {
    const before = await counts();
    const res = await send({ email: 'cross@site.example' }, { origin: 'https://evil.example' });
    expect(res.status).toBe(403);
    expect(await counts()).toEqual(before);
  });

  it('still refuses a signed-in browser’s API write without its CSRF token', async () => {
    const session = await createSession(db, editor.userId, { idleMinutes: 60, absoluteHours: 12 }, clock);
    const res = await app.request('/api/v1/organisations', {
      method: 'POST',
      headers: { cookie: `${SESSION_COOKIE}=${session.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ nameFi: 'X', kind: 'company' }),
    });
    expect(res.status).toBe(403);
  });
});
