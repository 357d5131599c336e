import { describe, expect, it } from 'vitest';
import { DEMO_WORLD } from '../../../../data/demo/index.js';
import { testApp } from '../../../../test/db.js';
import { loadCaller } from '../../auth/caller.js';
import { dispatchDue } from '../webhooks/webhooks.job.js';
import * as webhooks from '../webhooks/webhooks.service.js';
import { loadDemoWorld } from './demo.service.js';

const { db } = await testApp();
await loadDemoWorld(db);

const coordinator = async () => {
  const user = await db
    .selectFrom('users')
    .select('id')
    .where('email', '=', 'koordinaattori@iisalmi.solmu-demo.example')
    .executeTakeFirstOrThrow();
  return (await loadCaller(db, user.id))!;
};

describe('the demo’s example webhook', () => {
  it('is on Iisalmi’s screen, marked as example, off, with its log', async () => {
    const [seed] = DEMO_WORLD.examples.webhooks;
    const caller = await coordinator();
    const [endpoint, ...others] = await webhooks.listEndpoints(db, caller);
    expect(others).toEqual([]);
    expect(endpoint).toMatchObject({ url: seed!.url, example: true, disabledReason: 'manual' });
    expect(new URL(endpoint!.url).hostname).toMatch(/\.invalid$/);
    const log = await webhooks.listDeliveries(db, caller, endpoint!.id);
    expect(log.map((d) => d.status).sort()).toEqual(seed!.deliveries.map((d) => d.status).sort());
    expect(log.every((d) => d.createdAt < new Date() && d.nextAttemptAt === null)).toBe(true);
  });

  it('sends nothing: no row is due, and it can be neither turned on nor tested', async () => {
    const sent: unknown[] = [];
    expect(
      await dispatchDue(db, {
        send: async (...job) => {
          sent.push(job);
          return null;
        },
      }),
    ).toBe(0);
    expect(sent).toEqual([]);
    const caller = await coordinator();
    const [endpoint] = await webhooks.listEndpoints(db, caller);
    const now = new Date();
    await expect(webhooks.reenableEndpoint(db, caller, endpoint!.id, now)).rejects.toMatchObject({
      status: 409,
      code: 'webhook_example',
    });
    await expect(webhooks.sendTest(db, caller, endpoint!.id, now)).rejects.toMatchObject({ status: 409 });
  });
});
