import { describe, expect, it } from 'vitest';
import { caller, testApp } from '../db.js';
import { sql } from 'kysely';
import { listenForWorkshops } from '../../src/server/modules/workshops/workshops.listener.js';
import {
  streamedWrite,
  subscribe,
  subscriberCount,
  WORKSHOP_CHANNEL,
} from '../../src/server/modules/workshops/workshops.stream.js';
import { workshopWorld } from '../support/workshops.js';

const { db, url, newWorkshop, openPhase, join, readEvents, bearer } = await workshopWorld();
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("the workshop's stream log", () => {
  it('is written one transaction at a time, so no row commits after a newer one was readable', async () => {
    const id = (await newWorkshop()).workshop.id;
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const first = streamedWrite(db, async (_trx, emit) => {
      await emit(id, 'workshop-changed', { n: 'first' });
      await gate;
    });
    await sleep(100);
    let secondDone = false;
    const second = streamedWrite(db, (_trx, emit) => emit(id, 'workshop-changed', { n: 'second' })).then(
      () => (secondDone = true),
    );
    await sleep(300);
    const doneBeforeFirstCommitted = secondDone;
    release();
    await Promise.all([first, second]);
    expect(doneBeforeFirstCommitted).toBe(false);
    const rows = await db
      .selectFrom('workshopStream')
      .select(['id', 'payload'])
      .where('workshopId', '=', id)
      .where('type', '=', 'workshop-changed')
      .orderBy('id')
      .execute();
    expect(rows.map((r) => (r.payload as { n?: string }).n).filter(Boolean)).toEqual(['first', 'second']);
  });

  it('ends when the screen hangs up: the stream stops listening for the workshop', async () => {
    const board = await newWorkshop();
    await openPhase(board, 'ideas');
    await join(board.workshop.joinCode, 'Anna');
    const id = board.workshop.id;
    await readEvents(`/api/v1/workshops/${id}/stream`, 3, bearer);
    for (let i = 0; i < 50 && subscriberCount(id) > 0; i++) await sleep(20);
    expect(subscriberCount(id)).toBe(0);
  });
});

describe('several instances', () => {
  it("wake this process's streams when another instance's change commits (LISTEN/NOTIFY)", async () => {
    const id = (await newWorkshop()).workshop.id;
    const stop = await listenForWorkshops(url, () => {});
    let woken = 0;
    const unsubscribe = subscribe(id, () => woken++);
    try {
      // Another instance's commit, as this process sees it: only the notice, nothing woken in-process.
      await db.selectNoFrom(sql<void>`pg_notify(${WORKSHOP_CHANNEL}, ${id})`.as('n')).execute();
      for (let i = 0; i < 100 && woken === 0; i++) await sleep(20);
      expect(woken).toBe(1);
    } finally {
      unsubscribe();
      await stop();
    }
  });
});

describe("a room's phones behind one address", () => {
  it("count against the API limit each by their own secret, not the room's address", async () => {
    const world = await testApp({ security: { apiRequestsPerMinute: 6 } });
    const strategy = await world.call('POST', '/api/v1/strategies', {
      scope: 'municipality',
      municipalityCode: '740',
      titleFi: 'Elinvoimaohjelma',
      startYear: 2025,
      endYear: 2027,
    });
    const made = await world.call('POST', '/api/v1/workshops', {
      strategyId: strategy.body.id,
      titleFi: 'Paja',
    });
    const ideas = made.body.phases.find((p: { kind: string }) => p.kind === 'ideas').id;
    await world.call('POST', `/api/v1/workshops/${made.body.workshop.id}/phases/${ideas}/open`);
    const code = made.body.workshop.joinCode;
    const anyone = caller(world.app, null);
    const secrets: string[] = [];
    for (const name of ['Anna', 'Eero'])
      secrets.push(
        (await anyone('POST', `/api/v1/join/${code}`, { displayName: name, consent: true })).body.token,
      );
    const state = (secret: string) =>
      anyone('GET', `/api/v1/join/${code}/state`, undefined, { 'x-workshop-participant': secret });
    for (let i = 0; i < 6; i++) for (const secret of secrets) expect((await state(secret)).status).toBe(200);
    expect((await state(secrets[0]!)).status).toBe(429);
  });
});
