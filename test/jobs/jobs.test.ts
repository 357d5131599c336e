/**
 * The job queue shared by several Solmu instances on one database (issue 18): two pg-boss instances
 * here stand for two Solmu processes, each with its own connections and workers.
 */
import { describe, expect, it } from 'vitest';
import type { Queue } from '../../src/server/jobs/jobs.js';
import { testDatabase } from '../db.js';
import { instances, jobRow, sleep, until } from './support.js';

const { url } = await testDatabase();
const start = instances(url);

describe('the job queue across two instances', () => {
  it('runs each sent job once, whichever instance takes it', async () => {
    const runs: { n: number; by: string }[] = [];
    const counting = (by: string): Queue<{ n: number }> => ({
      name: 'count',
      handle: async ({ n }) => {
        runs.push({ n, by });
        await sleep(20);
      },
    });
    const a = await start([counting('a')]);
    const b = await start([counting('b')]);
    const sent = await Promise.all(
      Array.from({ length: 30 }, (_, n) => (n % 2 ? a : b).send('count', { n })),
    );
    expect(sent.every((id) => typeof id === 'string')).toBe(true);
    await until(() => runs.length >= 30);
    await sleep(1500); // a second run, if there were one, would come in this time
    expect(runs.map((r) => r.n).sort((x, y) => x - y)).toEqual(Array.from({ length: 30 }, (_, n) => n));
    await a.stop();
    await b.stop();
  });

  it('runs a scheduled job once, though both instances keep the schedule', async () => {
    // An every-minute schedule sends in the minute it is checked: start well inside a minute.
    if (new Date().getSeconds() > 40) await sleep((61 - new Date().getSeconds()) * 1000);
    let runs = 0;
    const tick: Queue = { name: 'tick', handle: async () => void runs++ };
    const a = await start([tick], { scheduleCheckSeconds: 1 });
    const b = await start([tick], { scheduleCheckSeconds: 1 });
    await Promise.all([a.schedule('tick', '* * * * *'), b.schedule('tick', '* * * * *')]);
    await until(() => runs > 0, 15_000);
    await sleep(4000); // both instances check the schedule every second meanwhile
    expect(runs).toBe(1);
    await a.stop();
    await b.stop();
  }, 90_000);

  it('runs a singleton job sent by both instances once', async () => {
    let runs = 0;
    const once: Queue = { name: 'once', handle: async () => void runs++ };
    const a = await start([once]);
    const b = await start([once]);
    const key = { singletonKey: 'at-start', singletonSeconds: 600 };
    const ids = await Promise.all([a.send('once', {}, key), b.send('once', {}, key)]);
    expect(ids.filter((id) => id !== null)).toHaveLength(1);
    await until(() => runs > 0);
    await sleep(1500);
    expect(runs).toBe(1);
    await a.stop();
    await b.stop();
  });
});

describe('instances starting together', () => {
  it('create their queues once between them', async () => {
    const ran = new Set<string>();
    const queues: Queue[] = Array.from({ length: 6 }, (_, i) => ({
      name: `together-${i}`,
      handle: async () => void ran.add(`together-${i}`),
    }));
    const [a, b] = await Promise.all([start(queues), start(queues)]);
    await Promise.all(queues.map((q, i) => (i % 2 ? a : b).send(q.name, {})));
    await until(() => ran.size === queues.length);
    await Promise.all([a.stop(), b.stop()]);
  });
});

describe('a job outlives its instance', () => {
  it('is given back when its instance stops before it is done, and done after a restart', async () => {
    let started = false;
    const stuck: Queue<{ report: string }> = {
      name: 'render',
      retryDelaySeconds: 1,
      handle: async () => {
        started = true;
        await new Promise(() => {}); // never done here
      },
    };
    const first = await start([stuck]);
    const id = (await first.send('render', { report: 'r-1' }))!;
    await until(() => started);
    await first.stop({ timeoutMs: 1000 });
    expect((await jobRow(url, id))?.state).toBe('retry');

    const done: string[] = [];
    const finishing: Queue<{ report: string }> = {
      ...stuck,
      handle: async ({ report }) => void done.push(report),
    };
    const restarted = await start([finishing]);
    await until(() => done.length > 0);
    expect(done).toEqual(['r-1']);
    await until(async () => (await jobRow(url, id))?.state === 'completed');
    await restarted.stop();
  });

  it('is waited for by a graceful stop, and not run again', async () => {
    const runs: string[] = [];
    let finished = false;
    const slow: Queue = {
      name: 'slow',
      handle: async () => {
        runs.push('started');
        await sleep(1500);
        finished = true;
      },
    };
    const a = await start([slow]);
    const id = (await a.send('slow', {}))!;
    await until(() => runs.length > 0);
    await a.stop({ timeoutMs: 10_000 });
    expect(finished).toBe(true);
    const b = await start([slow]);
    await sleep(1500);
    expect(runs).toEqual(['started']);
    expect((await jobRow(url, id))?.state).toBe('completed');
    await b.stop();
  });
});

describe('a failing job', () => {
  it('is retried with a growing delay, then fails with its error kept', async () => {
    const attempts: number[] = [];
    const outcomes: string[] = [];
    const failing: Queue = {
      name: 'failing',
      retryLimit: 2,
      retryDelaySeconds: 1,
      handle: async () => {
        attempts.push(Date.now());
        throw new Error('the report could not be rendered');
      },
    };
    const a = await start([failing], { onAttempt: (_queue, outcome) => outcomes.push(outcome) });
    const id = (await a.send('failing', {}))!;
    await until(async () => (await jobRow(url, id))?.state === 'failed', 30_000);
    const row = (await jobRow(url, id))!;
    expect(row.retryCount).toBe(2);
    expect(row.output?.message).toBe('the report could not be rendered');
    expect(attempts).toHaveLength(3);
    expect(outcomes).toEqual(['failed', 'failed', 'failed']);
    // Back-off: the delay doubles from 1 s (with up to as much again of jitter), where a fixed delay
    // would keep the second gap at about 1 s.
    const [gap1, gap2] = [attempts[1]! - attempts[0]!, attempts[2]! - attempts[1]!];
    expect(gap1).toBeGreaterThanOrEqual(950);
    expect(gap2).toBeGreaterThanOrEqual(1950);
    await sleep(2500);
    expect(attempts).toHaveLength(3);
    await a.stop();
  }, 60_000);
});
