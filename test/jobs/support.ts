/**
 * Job queue tests' helpers: "instances" of Solmu's job queue (each its own pg-boss with its own
 * connections, as two processes would have) on one test database, and a look at a job's row.
 */
import pg from 'pg';
import { afterAll } from 'vitest';
import { startJobs, type Jobs, type JobsOptions, type Queue } from '../../src/server/jobs/jobs.js';

export const quietLog = { info: () => {}, warn: () => {} };

export function instances(url: string) {
  const running = new Set<Jobs>();
  afterAll(async () => {
    for (const jobs of running) await jobs.stop({ timeoutMs: 1000 });
  });
  return async (queues: Queue[], options: Partial<JobsOptions> = {}) => {
    const jobs = await startJobs({
      connectionString: url,
      queues,
      log: quietLog,
      pollingIntervalSeconds: 0.5,
      ...options,
    });
    running.add(jobs);
    return {
      ...jobs,
      stop: async (o?: { timeoutMs?: number }) => {
        running.delete(jobs);
        await jobs.stop(o);
      },
    };
  };
}

export type JobRow = {
  state: string;
  retryCount: number;
  data: unknown;
  output: { message?: string } | null;
};

/** A job's row, from the queue's table or its archive. */
export async function jobRow(url: string, id: string): Promise<JobRow | undefined> {
  return (await jobRows(url, 'id', id))[0];
}

/** The jobs of a queue (with `name`) or the one job (with `id`). */
export async function jobRows(url: string, by: 'id' | 'name', value: string): Promise<JobRow[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const query = async (table: string) =>
      (
        await client.query<JobRow>(
          `select state, retry_count as "retryCount", data, output from pgboss.${table} where ${by} = $1`,
          [value],
        )
      ).rows;
    return [...(await query('job')), ...(await query('archive'))];
  } finally {
    await client.end();
  }
}

export async function until(check: () => boolean | Promise<boolean>, timeoutMs = 20_000) {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > timeoutMs) throw new Error('timed out waiting');
    await sleep(100);
  }
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
