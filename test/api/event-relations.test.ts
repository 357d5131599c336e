import { describe, expect, it } from 'vitest';
import { caller, grantToken, testApp } from '../db.js';
import { API, Factory } from './fixtures.js';

/** Taking part in an event writes weak 'met at event' relations between its organisers and participants. */
const { app, db, call } = await testApp();
const f = new Factory(call);

type Relation = { id: string; fromOrganisationId: string; toOrganisationId: string; [k: string]: unknown };

async function eventWith(roles: Record<string, string[]>) {
  const eventId = await f.id('events', { visibility: 'network' });
  const ids: Record<string, string> = {};
  const participants: Record<string, string> = {};
  for (const [role, names] of Object.entries(roles)) {
    for (const name of names) {
      ids[name] = await f.id('organisations', { nameFi: name, visibility: 'network' });
      const p = await f.post('event-participants', {
        eventId,
        organisationId: ids[name],
        role,
        visibility: 'network',
      });
      participants[name] = String(p.id);
    }
  }
  return { eventId, ids, participants };
}

async function relationsOf(eventId: string): Promise<Relation[]> {
  const rows = await db.selectFrom('relations').select('id').where('eventId', '=', eventId).execute();
  const out: Relation[] = [];
  for (const r of rows) out.push((await call('GET', `${API}/relations/${r.id}`)).body as Relation);
  return out;
}

const pairs = (rels: Relation[], ids: Record<string, string>) => {
  const name = (id: string) => Object.keys(ids).find((k) => ids[k] === id);
  return rels.map((r) => `${name(r.fromOrganisationId)}→${name(r.toOrganisationId)}`).sort();
};

describe('met at event', () => {
  it('pairs each organiser with each participant, not the participants with each other', async () => {
    const { eventId, ids } = await eventWith({
      organiser: ['Järjestäjä'],
      host: ['Isäntä'],
      participant: ['A', 'B'],
      speaker: ['Puhuja'],
    });
    const rels = await relationsOf(eventId);
    expect(pairs(rels, ids)).toEqual(
      ['Isäntä→A', 'Isäntä→B', 'Isäntä→Puhuja', 'Järjestäjä→A', 'Järjestäjä→B', 'Järjestäjä→Puhuja'].sort(),
    );
    for (const r of rels) {
      expect(r).toMatchObject({ kind: 'met_at_event', source: 'event', eventId, weight: 0.25 });
      expect(r.startOn).toBe('2026-03-01');
    }
  });

  it('writes nothing without an organiser', async () => {
    const { eventId } = await eventWith({ participant: ['C', 'D', 'E'] });
    expect(await relationsOf(eventId)).toEqual([]);
  });

  it('removes the relations a removed participant backed, and audits both ways', async () => {
    const { eventId, ids, participants } = await eventWith({ organiser: ['O'], participant: ['P', 'Q'] });
    expect(await call('DELETE', `${API}/event-participants/${participants.P}`)).toMatchObject({
      status: 204,
    });
    expect(pairs(await relationsOf(eventId), ids)).toEqual(['O→Q']);
    const audited = await db
      .selectFrom('auditLog')
      .select(['detail'])
      .where('action', '=', 'event-relations.sync')
      .where('entityId', '=', eventId)
      .execute();
    expect(audited).toHaveLength(3);
  });

  it("remembers an editor's removal and does not write the relation again", async () => {
    const { eventId, ids } = await eventWith({ organiser: ['R'], participant: ['S'] });
    const [rel] = await relationsOf(eventId);
    expect(await call('DELETE', `${API}/relations/${rel!.id}`)).toMatchObject({ status: 204 });
    // S takes part again, as a speaker this time: R→S stays removed.
    await f.post('event-participants', { eventId, organisationId: ids.S, role: 'speaker' });
    const t = await f.id('organisations', { nameFi: 'T' });
    await f.post('event-participants', { eventId, organisationId: t, role: 'participant' });
    expect(pairs(await relationsOf(eventId), { ...ids, T: t })).toEqual(['R→T']);
  });

  it('leaves alone a relation an editor made more of', async () => {
    const { eventId, ids, participants } = await eventWith({ organiser: ['Y'], participant: ['Z'] });
    const [rel] = await relationsOf(eventId);
    expect(
      await call('PATCH', `${API}/relations/${rel!.id}`, { kind: 'collaboration', weight: 1 }),
    ).toMatchObject({
      status: 200,
    });
    await call('DELETE', `${API}/event-participants/${participants.Z}`);
    const kept = (await call('GET', `${API}/relations/${rel!.id}`)).body;
    expect(kept).toMatchObject({ kind: 'collaboration', fromOrganisationId: ids.Y, toOrganisationId: ids.Z });
  });

  it('goes with its event', async () => {
    const { eventId } = await eventWith({ organiser: ['U'], participant: ['V'] });
    expect(await relationsOf(eventId)).toHaveLength(1);
    expect(await call('DELETE', `${API}/events/${eventId}`)).toMatchObject({ status: 204 });
    expect(await relationsOf(eventId)).toHaveLength(0);
  });

  it('is no wider than the participations it stands on', async () => {
    const { eventId, ids } = await eventWith({ organiser: ['W'] });
    const x = await f.id('organisations', { nameFi: 'X', visibility: 'network' });
    await f.post('event-participants', {
      eventId,
      organisationId: x,
      role: 'participant',
      visibility: 'private',
    });
    const [rel] = await relationsOf(eventId);
    expect(rel).toMatchObject({ fromOrganisationId: ids.W, toOrganisationId: x, visibility: 'private' });
    const outsider = caller(
      app,
      (await grantToken(db, { email: 'o@other.example', workspace: 'other' })).token,
    );
    expect((await outsider('GET', `${API}/relations/${rel!.id}`)).status).toBe(404);
  });

  it("follows its event's visibility as it changes", async () => {
    const { eventId } = await eventWith({ organiser: ['E1'], participant: ['E2'] });
    const patch = (visibility: string) => call('PATCH', `${API}/events/${eventId}`, { visibility });
    expect(await patch('private')).toMatchObject({ status: 200 });
    expect((await relationsOf(eventId)).map((r) => r.visibility)).toEqual(['private']);
    expect(await patch('network')).toMatchObject({ status: 200 });
    expect((await relationsOf(eventId)).map((r) => r.visibility)).toEqual(['network']);
  });

  it("starts on the event's day in Finland, and moves with it", async () => {
    const { eventId } = await eventWith({ organiser: ['D1'], participant: ['D2'] });
    const moved = await call('PATCH', `${API}/events/${eventId}`, {
      startsAt: '2026-03-04T00:30:00+02:00',
      endsAt: '2026-03-04T02:00:00+02:00',
    });
    expect(moved).toMatchObject({ status: 200 });
    expect((await relationsOf(eventId)).map((r) => r.startOn)).toEqual(['2026-03-04']);
  });

  it('leaves the event a participant is moved away from', async () => {
    const { eventId, ids, participants } = await eventWith({ organiser: ['M1'], participant: ['M2'] });
    const other = await eventWith({ organiser: ['M3'] });
    const moved = await call('PATCH', `${API}/event-participants/${participants.M2}`, {
      eventId: other.eventId,
    });
    expect(moved).toMatchObject({ status: 200 });
    expect(await relationsOf(eventId)).toHaveLength(0);
    const [rel] = await relationsOf(other.eventId);
    expect(rel).toMatchObject({ fromOrganisationId: other.ids.M3, toOrganisationId: ids.M2 });
  });

  it('cannot be written through the API with an event of its own', async () => {
    const made = await call('POST', `${API}/relations`, {
      fromOrganisationId: await f.id('organisations'),
      toOrganisationId: await f.id('organisations'),
      kind: 'met_at_event',
      eventId: await f.id('events'),
    });
    expect(made.status).toBe(400);
  });
});
