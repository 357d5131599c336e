import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import ICAL from 'ical.js';
import smtpTester from 'smtp-tester';
import { afterAll, describe, expect, it } from 'vitest';
import { caller, grantToken, testApp } from '../db.js';
import { API, Factory } from './fixtures.js';

/** Calendar invitations per participant: as a file, and mailed through a real SMTP server. */
const mailServer = smtpTester.init(0);
afterAll(() => mailServer.stop(() => {}));
if (!mailServer.smtpServer.server.listening) await once(mailServer.smtpServer.server, 'listening');
const smtpPort = (mailServer.smtpServer.server.address() as AddressInfo).port;

type Received = { to: string; subject: string; body: string; ics: string | null };
const inbox: Received[] = [];
mailServer.bind((_address, _id, email) => {
  const attachment = (email.attachments ?? []).find((a: { contentType: string }) =>
    a.contentType.startsWith('text/calendar'),
  );
  for (const to of Object.keys(email.receivers))
    inbox.push({
      to,
      subject: String(email.headers.subject),
      body: email.body ?? '',
      ics: attachment ? Buffer.from(attachment.content).toString('utf8') : null,
    });
});
const settle = async (n: number) => {
  for (let i = 0; i < 100 && inbox.length < n; i++) await new Promise((resolve) => setTimeout(resolve, 20));
};

const logged: string[] = [];
const { app, db, call } = await testApp({
  mail: {
    smtpUrl: `smtp://127.0.0.1:${smtpPort}`,
    from: 'Solmu <solmu@example.fi>',
    publicUrl: 'https://solmu.example.fi',
  },
  logError: (e) => logged.push(String(e)),
});
const f = new Factory(call);

const person = (fullName: string, email?: string) =>
  f.id('people', {
    fullName,
    email,
    lawfulBasis: 'legitimate_interests',
    purpose: 'Tapahtumat',
    visibility: 'network',
  });

const eventId = await f.id('events', {
  titleFi: 'Metsäbiotalouden webinaari',
  titleSv: 'Skogsbioekonomins webbinarium',
});
const organiser = await f.id('organisations', { nameFi: 'Savonlinnan kaupunki' });
await f.post('event-participants', { eventId, organisationId: organiser, role: 'organiser' });
const liisa = await f.post('event-participants', {
  eventId,
  personId: await person('Liisa Laine', 'liisa@example.fi'),
  role: 'participant',
});
const lisa = await f.post('event-participants', {
  eventId,
  personId: await person('Lisa Lindholm', 'lisa@example.fi'),
  role: 'speaker',
});
const noAddress = await f.post('event-participants', {
  eventId,
  personId: await person('Ilman Osoitetta'),
  role: 'participant',
});

function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const vevent = calendar.getFirstSubcomponent('vevent')!;
  return { calendar, vevent, event: new ICAL.Event(vevent) };
}
const address = (v: unknown) => String(v).toLowerCase();

describe('an invitation file per participant', () => {
  it('is a request from the organiser to that participant, with the export’s UID', async () => {
    const res = await app.request(`${API}/events/${eventId}/invitations/${liisa.id}.ics?lang=sv`, {
      headers: {
        authorization: `Bearer ${(await grantToken(db, { email: 'r@test.example', workspace: 'test', role: 'viewer' })).token}`,
      },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/calendar');
    const { calendar, vevent, event } = parse(await res.text());
    expect(calendar.getFirstPropertyValue('method')).toBe('REQUEST');
    expect(event.uid).toBe(`${eventId}@solmu`);
    expect(event.summary).toBe('Skogsbioekonomins webbinarium');
    const org = vevent.getFirstProperty('organizer')!;
    expect(address(org.getFirstValue())).toBe('mailto:solmu@example.fi');
    expect(org.getParameter('cn')).toBe('Savonlinnan kaupunki');
    const attendees = vevent.getAllProperties('attendee');
    expect(attendees.map((a) => address(a.getFirstValue()))).toEqual(['mailto:liisa@example.fi']);
  });

  it('carries a greater sequence after the event changes', async () => {
    const before = parse((await call('GET', `${API}/events/${eventId}/invitations/${lisa.id}.ics`)).body)
      .event.sequence;
    await new Promise((resolve) => setTimeout(resolve, 1100));
    await call('PATCH', `${API}/events/${eventId}`, { location: 'Linnankatu 1' });
    const after = parse((await call('GET', `${API}/events/${eventId}/invitations/${lisa.id}.ics`)).body).event
      .sequence;
    expect(after).toBeGreaterThan(before);
  });

  it('needs a person with an address, a participant of this event, and an event the caller may see', async () => {
    const none = await call('GET', `${API}/events/${eventId}/invitations/${noAddress.id}.ics`);
    expect(none.status).toBe(422);
    const other = await f.id('events');
    expect((await call('GET', `${API}/events/${other}/invitations/${liisa.id}.ics`)).status).toBe(404);
    const stranger = caller(
      app,
      (await grantToken(db, { email: 's@other.example', workspace: 'other' })).token,
    );
    const hidden = await f.id('events', { visibility: 'private' });
    expect((await stranger('GET', `${API}/events/${hidden}/invitations/${liisa.id}.ics`)).status).toBe(404);
    expect((await call('GET', `${API}/events/${eventId}/invitations/nope.ics`)).status).toBe(400);
  });
});

describe('the event itself as a calendar file', () => {
  it('holds that one event only, and answers an event the caller cannot see as not found', async () => {
    await f.id('events', { titleFi: 'Toinen tapahtuma' });
    const res = await app.request(`${API}/exports/events.ics?eventId=${eventId}&lang=sv`, {
      headers: {
        authorization: `Bearer ${(await grantToken(db, { email: 'c@test.example', workspace: 'test', role: 'viewer' })).token}`,
      },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toContain('event.ics');
    const calendar = new ICAL.Component(ICAL.parse(await res.text()));
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events.map((e) => [e.uid, e.summary])).toEqual([
      [`${eventId}@solmu`, 'Skogsbioekonomins webbinarium'],
    ]);
    const stranger = caller(
      app,
      (await grantToken(db, { email: 'c@other.example', workspace: 'other2' })).token,
    );
    const hidden = await f.id('events', { visibility: 'private' });
    expect((await stranger('GET', `${API}/exports/events.ics?eventId=${hidden}`)).status).toBe(404);
    const missing = '00000000-0000-4000-8000-000000000000';
    expect((await call('GET', `${API}/exports/events.ics?eventId=${missing}`)).status).toBe(404);
  });
});

describe('sending the invitations', () => {
  it('mails each participant with an address the invitation as an attachment, and logs no address', async () => {
    const res = await call('POST', `${API}/events/${eventId}/invitations`, { language: 'fi' });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.sent).toBe(2);
    expect(res.body.skipped).toEqual(
      expect.arrayContaining([
        { participantId: noAddress.id, reason: 'no_email' },
        { participantId: expect.any(String), reason: 'no_email' }, // the organiser organisation
      ]),
    );
    await settle(2);
    expect(inbox.map((m) => m.to).sort()).toEqual(['liisa@example.fi', 'lisa@example.fi']);
    const mail = inbox.find((m) => m.to === 'liisa@example.fi')!;
    expect(mail.subject).toBe('Kutsu: Metsäbiotalouden webinaari');
    expect(mail.body).toContain(`https://solmu.example.fi/fi/events/${eventId}`);
    const { vevent } = parse(mail.ics!);
    expect(vevent.getAllProperties('attendee').map((a) => address(a.getFirstValue()))).toEqual([
      'mailto:liisa@example.fi',
    ]);
    const audited = await db
      .selectFrom('auditLog')
      .select(['detail'])
      .where('action', '=', 'invitation.send')
      .execute();
    expect(JSON.stringify(audited)).not.toContain('@example.fi');
    expect(logged.join()).not.toContain('@example.fi');
  });

  it('is for the event’s editors only', async () => {
    const viewer = caller(
      app,
      (await grantToken(db, { email: 'v@test.example', workspace: 'test', role: 'viewer' })).token,
    );
    expect((await viewer('POST', `${API}/events/${eventId}/invitations`, {})).status).toBe(403);
  });
});
