import { describe, expect, it } from 'vitest';
import { streamedWrite } from '../../src/server/modules/workshops/workshops.stream.js';
import { workshopWorld } from '../support/workshops.js';

const { db, newWorkshop } = await workshopWorld();
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
});
