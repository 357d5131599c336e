import { describe, expect, it } from 'vitest';
import { caller, grantToken, testApp } from '../db.js';
import { API } from './fixtures.js';

/** A webinar series: its sessions made in one go, read together, retitled from now on. */
const NOW = new Date('2026-11-01T12:00:00Z');
const { app, db, call } = await testApp({ now: () => NOW });

const body = {
  titleFi: 'Seutukaupunkien innovaatioekosysteemit -webinaarisarja',
  titleEn: 'Regional towns’ innovation ecosystems webinar series',
  frequency: 'weekly',
  count: 4,
  visibility: 'network',
  session: {
    kind: 'webinar',
    startsAt: '2026-10-20T10:00:00+03:00',
    endsAt: '2026-10-20T11:00:00+03:00',
    isOnline: true,
    municipalityCode: '140',
  },
};

type Session = { id: string; titleFi: string; titleEn: string | null; startsAt: string };

describe('event series', () => {
  it('makes every session as an event of the series, at the same Finnish time each week', async () => {
    const made = await call('POST', `${API}/event-series`, body);
    expect(made.status, JSON.stringify(made.body)).toBe(201);
    const sessions = made.body.sessions as Session[];
    expect(sessions.map((s) => s.startsAt)).toEqual([
      '2026-10-20T07:00:00.000Z',
      '2026-10-27T08:00:00.000Z',
      '2026-11-03T08:00:00.000Z',
      '2026-11-10T08:00:00.000Z',
    ]);
    for (const s of sessions) {
      const event = (await call('GET', `${API}/events/${s.id}`)).body;
      expect(event).toMatchObject({
        seriesId: made.body.id,
        titleFi: body.titleFi,
        kind: 'webinar',
        visibility: 'network',
      });
    }
    expect((await call('GET', `${API}/event-series/${made.body.id}`)).body.sessions).toHaveLength(4);
  });

  it('carries a new title to the sessions still ahead, not to those held', async () => {
    const made = (await call('POST', `${API}/event-series`, body)).body;
    const renamed = await call('PATCH', `${API}/event-series/${made.id}`, {
      titleFi: 'Ekosysteemiwebinaarit',
    });
    expect(renamed.status, JSON.stringify(renamed.body)).toBe(200);
    expect((renamed.body.sessions as Session[]).map((s) => s.titleFi)).toEqual([
      body.titleFi,
      body.titleFi,
      'Ekosysteemiwebinaarit',
      'Ekosysteemiwebinaarit',
    ]);
    expect((renamed.body.sessions as Session[])[3]!.titleEn).toBe(body.titleEn);
  });

  it('is all or nothing: a session the events refuse leaves no series behind', async () => {
    const before = await db.selectFrom('eventSeries').select('id').execute();
    const bad = await call('POST', `${API}/event-series`, {
      ...body,
      session: { ...body.session, municipalityCode: '999' },
    });
    expect(bad.status).toBe(422);
    expect(await db.selectFrom('eventSeries').select('id').execute()).toEqual(before);
  });

  it('refuses a series with both or neither of count and last day', async () => {
    const { count: _count, ...neither } = body;
    expect((await call('POST', `${API}/event-series`, neither)).status).toBe(400);
    expect((await call('POST', `${API}/event-series`, { ...body, untilOn: '2026-12-31' })).status).toBe(400);
  });

  it('is read by whoever may read it and written by its editors only', async () => {
    const made = (await call('POST', `${API}/event-series`, { ...body, visibility: 'private' })).body;
    const stranger = caller(
      app,
      (await grantToken(db, { email: 's@other.example', workspace: 'other' })).token,
    );
    expect((await stranger('GET', `${API}/event-series/${made.id}`)).status).toBe(404);
    const viewer = caller(
      app,
      (await grantToken(db, { email: 'v@test.example', workspace: 'test', role: 'viewer' })).token,
    );
    expect((await viewer('GET', `${API}/event-series/${made.id}`)).status).toBe(200);
    expect((await viewer('PATCH', `${API}/event-series/${made.id}`, { titleFi: 'Ei' })).status).toBe(403);
  });

  it('may be of any kind of event: a series of company visits is visits', async () => {
    const made = await call('POST', `${API}/event-series`, {
      ...body,
      session: { ...body.session, kind: 'visit', isOnline: false },
    });
    expect(made.status, JSON.stringify(made.body)).toBe(201);
    for (const s of made.body.sessions as Session[])
      expect((await call('GET', `${API}/events/${s.id}`)).body.kind).toBe('visit');
  });
});

describe('deleting a series', () => {
  const status = async (id: string) => (await call('GET', `${API}/events/${id}`)).status;

  it('deletes the sessions ahead nobody takes part in, keeps the others as events of their own, and audits it', async () => {
    const made = (await call('POST', `${API}/event-series`, body)).body;
    const [held, alsoHeld, ahead, booked] = made.sessions as Session[];
    const organisation = await call('POST', `${API}/organisations`, {
      nameFi: 'Osallistuja Oy',
      kind: 'company',
    });
    const joined = await call('POST', `${API}/event-participants`, {
      eventId: booked!.id,
      organisationId: organisation.body.id,
      role: 'participant',
    });
    expect(joined.status, JSON.stringify(joined.body)).toBe(201);

    const deleted = await call('DELETE', `${API}/event-series/${made.id}`);
    expect(deleted.status, JSON.stringify(deleted.body)).toBe(200);
    expect(deleted.body).toEqual({ deleted: [ahead!.id], kept: [held!.id, alsoHeld!.id, booked!.id] });
    expect((await call('GET', `${API}/event-series/${made.id}`)).status).toBe(404);
    expect(await status(ahead!.id)).toBe(404);
    for (const kept of [held!, alsoHeld!, booked!]) {
      const event = await call('GET', `${API}/events/${kept.id}`);
      expect(event.body).toMatchObject({ seriesId: null, titleFi: body.titleFi });
    }
    const audited = await db
      .selectFrom('auditLog')
      .select(['entity', 'entityId', 'detail'])
      .where('action', '=', 'delete')
      .where('entityId', 'in', [made.id, ahead!.id])
      .execute();
    expect(audited).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ entity: 'events', entityId: ahead!.id }),
        {
          entity: 'event-series',
          entityId: made.id,
          detail: { deletedSessions: [ahead!.id], keptSessions: [held!.id, alsoHeld!.id, booked!.id] },
        },
      ]),
    );
  });

  it('is for the series’ editors only: others change nothing', async () => {
    const made = (await call('POST', `${API}/event-series`, { ...body, visibility: 'private' })).body;
    const viewer = caller(
      app,
      (await grantToken(db, { email: 'v2@test.example', workspace: 'test', role: 'viewer' })).token,
    );
    const stranger = caller(
      app,
      (await grantToken(db, { email: 's2@other.example', workspace: 'other' })).token,
    );
    expect((await viewer('DELETE', `${API}/event-series/${made.id}`)).status).toBe(403);
    expect((await stranger('DELETE', `${API}/event-series/${made.id}`)).status).toBe(404);
    const still = await call('GET', `${API}/event-series/${made.id}`);
    expect(still.body.sessions).toHaveLength(4);
    const denied = await db
      .selectFrom('auditLog')
      .select('outcome')
      .where('entity', '=', 'event-series')
      .where('entityId', '=', made.id)
      .where('action', '=', 'delete')
      .execute();
    expect(denied.map((d) => d.outcome)).toEqual(['denied']);
  });
});
