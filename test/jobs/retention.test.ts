/**
 * The retention job on the queue: its schedule is kept once for all instances, and the run each
 * instance asks for at start is one run when they start together.
 */
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import {
  RETENTION_CRON,
  RETENTION_QUEUE,
  retentionQueue,
  scheduleRetention,
} from '../../src/server/modules/retention/retention.job.js';
import { testDatabase } from '../db.js';
import { instances, quietLog, sleep, until } from './support.js';

const { db, url } = await testDatabase();
const start = instances(url);

async function schedules() {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<{ name: string; cron: string }>('select name, cron from pgboss.schedule'))
      .rows;
  } finally {
    await client.end();
  }
}

describe('the retention job', () => {
  it('runs once when two instances start together, and is scheduled once', async () => {
    let runs = 0;
    const queue = retentionQueue(db, quietLog);
    const counted = { ...queue, handle: async (data: object) => (runs++, queue.handle(data)) };
    const [a, b] = await Promise.all([start([counted]), start([counted])]);
    await Promise.all([scheduleRetention(a), scheduleRetention(b)]);
    await until(() => runs > 0);
    await sleep(1500);
    expect(runs).toBe(1);
    expect(await schedules()).toEqual([{ name: RETENTION_QUEUE, cron: RETENTION_CRON }]);
    await a.stop();
    await b.stop();
  });
});
