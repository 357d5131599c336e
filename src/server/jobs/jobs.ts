/**
 * Background work through a queue in the app's own PostgreSQL (pg-boss, in a schema of its own that it
 * creates and upgrades itself), so that any number of Solmu instances on one database share it (issue
 * 18): a job is taken by one instance only, a failed attempt is tried again later with a growing delay,
 * and a job outlives the instance that sent it or was running it.
 */
import PgBoss from 'pg-boss';

export const JOBS_SCHEMA = 'pgboss';

export type JobLog = {
  info(message: string): void;
  warn(fields: object, message: string): void;
};

/** A named queue and what its jobs do. */
export type Queue<T extends object = object> = {
  name: string;
  /** Does one job; a throw fails this attempt. Its message is stored with the job: no personal data. */
  handle(data: T): Promise<void>;
  /** Attempts after the first; default 3. */
  retryLimit?: number;
  /** Seconds before the first retry, doubled (with jitter) for each one after it; default 30. */
  retryDelaySeconds?: number;
  /** A job running longer counts as failed and is retried (its instance may have died); default 15 min. */
  expireInSeconds?: number;
  /** A job not started within this many minutes is given up; default 14 days. */
  retentionMinutes?: number;
};

export type SendOptions = {
  /** Jobs with the same key in the same window of `singletonSeconds` are one job. */
  singletonKey?: string;
  singletonSeconds?: number;
  /** Sends the job with this connection, inside its open transaction: it is queued if that commits. */
  db?: SqlRunner;
};

/** What pg-boss needs of a connection to run its statement inside someone else's transaction. */
export type SqlRunner = { executeSql(text: string, values: unknown[]): Promise<{ rows: unknown[] }> };

export type Jobs = {
  /** Queues a job; null when a job with the same singleton key and window is already there. */
  send(queue: string, data: object, options?: SendOptions): Promise<string | null>;
  /** Sends a job to the queue whenever the cron expression (Finnish time) comes round, once in all. */
  schedule(queue: string, cron: string, data?: object): Promise<void>;
  /**
   * Takes no more jobs, waits up to `timeoutMs` for the running ones, and gives the rest back to the
   * queue (counted as a failed attempt, so another instance retries them).
   */
  stop(options?: { timeoutMs?: number }): Promise<void>;
};

export type JobsOptions = {
  /** The app's database. */
  connectionString: string;
  queues: Queue[];
  log: JobLog;
  schema?: string;
  /** How often an idle instance looks for new jobs; default 2 s. */
  pollingIntervalSeconds?: number;
  /** How often the schedules are checked and due jobs sent; default 30 s and 5 s (tests: less). */
  scheduleCheckSeconds?: number;
  /** Each attempt's outcome (metrics). */
  onAttempt?: (queue: string, outcome: 'completed' | 'failed') => void;
};

/**
 * Finished jobs leave the queue's table after 15 minutes for its archive, and the archive is emptied an
 * hour later (checked every two minutes by whichever instance holds pg-boss's maintenance turn). Mails'
 * jobs carry addresses, so nothing about a job is kept longer than that; failed jobs neither.
 */
const RETENTION = {
  archiveCompletedAfterSeconds: 15 * 60,
  archiveFailedAfterSeconds: 15 * 60,
  deleteAfterHours: 1,
};

/** Starts the queue on the database and this instance's workers of the given queues. */
export async function startJobs(options: JobsOptions): Promise<Jobs> {
  const boss = new PgBoss({
    connectionString: options.connectionString,
    schema: options.schema ?? JOBS_SCHEMA,
    application_name: 'solmu-jobs',
    max: 3,
    ...RETENTION,
    ...(options.scheduleCheckSeconds
      ? {
          cronMonitorIntervalSeconds: options.scheduleCheckSeconds,
          cronWorkerIntervalSeconds: options.scheduleCheckSeconds,
        }
      : {}),
  });
  // pg-boss reports connection trouble as events; unheard, an 'error' event would end the process.
  boss.on('error', (e) => options.log.warn({ err: e }, 'job queue error'));
  await boss.start();
  for (const queue of options.queues) await startQueue(boss, queue, options);
  return {
    send: (queue, data, sendOptions = {}) => boss.send(queue, data, sendOptions),
    schedule: (queue, cron, data = {}) => boss.schedule(queue, cron, data, { tz: 'Europe/Helsinki' }),
    stop: ({ timeoutMs = 30_000 } = {}) => boss.stop({ graceful: true, wait: true, timeout: timeoutMs }),
  };
}

async function startQueue(boss: PgBoss, queue: Queue, options: JobsOptions) {
  const settings = {
    name: queue.name,
    retryLimit: queue.retryLimit ?? 3,
    retryDelay: queue.retryDelaySeconds ?? 30,
    retryBackoff: true,
    expireInSeconds: queue.expireInSeconds ?? 15 * 60,
    ...(queue.retentionMinutes ? { retentionMinutes: queue.retentionMinutes } : {}),
  };
  // The first instance creates the queue; every start brings its settings up to date.
  await createQueueOnce(boss, queue.name, settings);
  await boss.updateQueue(queue.name, settings);
  const polling = options.pollingIntervalSeconds
    ? { pollingIntervalSeconds: options.pollingIntervalSeconds }
    : {};
  await boss.work<object>(queue.name, polling, async ([job]) => {
    try {
      await queue.handle(job!.data);
      options.onAttempt?.(queue.name, 'completed');
    } catch (e) {
      options.onAttempt?.(queue.name, 'failed');
      options.log.warn({ err: e, queue: queue.name, job: job!.id }, 'job attempt failed');
      throw e;
    }
  });
}

/**
 * Creates a queue unless it is there. pg-boss makes a queue a partition of its job table, and two
 * instances starting together on a new database can deadlock on that: PostgreSQL ends one of the two
 * transactions, and that instance finds the queue made by the other when it tries again.
 */
async function createQueueOnce(boss: PgBoss, name: string, settings: PgBoss.Queue) {
  for (let attempt = 1; ; attempt++) {
    if (await boss.getQueue(name)) return;
    try {
      await boss.createQueue(name, settings);
      return;
    } catch (e) {
      if (attempt >= 5 || (e as { code?: string }).code !== DEADLOCK) throw e;
    }
  }
}

const DEADLOCK = '40P01';
