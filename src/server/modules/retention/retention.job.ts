/**
 * The GDPR retention job: people past their retain-until date anonymised, the respondents of mapping
 * rounds past the day their answers were kept until, investors' enquiries past their 24 months
 * erased, the change feed's changes past its 30 days pruned and webhook delivery logs past 30 days
 * deleted. A schedule of the job queue runs it every six hours, and each start asks for a run too;
 * either way one instance runs it, however many share the database.
 */
import type { Database } from '../../db/database.js';
import type { JobLog, Jobs, Queue } from '../../jobs/jobs.js';
import { pruneChanges } from '../changes/feed.retention.js';
import { eraseEnquiriesPastRetention } from '../enquiries/enquiries.gdpr.js';
import { anonymiseRoundsPastRetention } from '../mapping/retention.service.js';
import { anonymiseExpiredPeople } from '../people/gdpr.service.js';
import { forgetOldDeliveries } from '../webhooks/webhooks.retention.js';

export const RETENTION_QUEUE = 'retention';
/** At 0, 6, 12 and 18 o'clock Finnish time. */
export const RETENTION_CRON = '0 */6 * * *';
/** Instances started within the same ten minutes share the run at start. */
const AT_START = { singletonKey: 'at-start', singletonSeconds: 600 };

export async function runRetention(db: Database, log: Pick<JobLog, 'info'>, now = new Date()) {
  const people = await anonymiseExpiredPeople(db, now);
  if (people) log.info(`Retention: anonymised ${people} people past their retain-until date`);
  const respondents = await anonymiseRoundsPastRetention(db, now);
  if (respondents) log.info(`Retention: anonymised ${respondents} respondents of mapping rounds`);
  const enquiries = await eraseEnquiriesPastRetention(db, now);
  if (enquiries) log.info(`Retention: erased ${enquiries} investors' enquiries`);
  const changes = await pruneChanges(db, now);
  if (changes) log.info(`Retention: pruned ${changes} changes of the change feed`);
  const deliveries = await forgetOldDeliveries(db, now);
  if (deliveries) log.info(`Retention: deleted ${deliveries} webhook deliveries older than 30 days`);
}

export function retentionQueue(db: Database, log: Pick<JobLog, 'info'>): Queue {
  return {
    name: RETENTION_QUEUE,
    handle: () => runRetention(db, log),
    retryLimit: 2,
    retryDelaySeconds: 300,
  };
}

/** The schedule (kept in the queue's tables, so one for all instances) and a run now. */
export async function scheduleRetention(jobs: Pick<Jobs, 'send' | 'schedule'>) {
  await jobs.schedule(RETENTION_QUEUE, RETENTION_CRON);
  await jobs.send(RETENTION_QUEUE, {}, AT_START);
}
