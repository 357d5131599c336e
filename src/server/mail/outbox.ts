/**
 * Outgoing mail through the job queue: a request only queues its mails, and whichever instance's
 * worker takes one hands it to the SMTP server, trying again with a growing delay while the server
 * refuses or cannot be reached (issue 18). A job carries the mail whole, addresses too: the queue
 * deletes finished jobs within hours (jobs.ts), and neither the job's stored error nor the log names an
 * address (`smtpDelivery` throws its own words, not the server's).
 */
import type { Jobs, Queue } from '../jobs/jobs.js';
import { smtpDelivery, type Mail, type MailSettings } from './mailer.js';

export const MAIL_QUEUE = 'mail';

/** The worker's side: 9 attempts over about eight hours (1, 2, 4 … 128 minutes apart, with jitter). */
export function mailQueue(settings: MailSettings): Queue<Mail> {
  return {
    name: MAIL_QUEUE,
    handle: smtpDelivery(settings),
    retryLimit: 8,
    retryDelaySeconds: 60,
    expireInSeconds: 5 * 60,
    // A mail that could not even be started within a day is stale (an invitation, a notice): given up.
    retentionMinutes: 24 * 60,
  };
}

/** The sender's side: settings whose mailer queues instead of sending. */
export function withOutbox(settings: MailSettings, jobs: Pick<Jobs, 'send'>): MailSettings {
  return {
    ...settings,
    outbox: async (mail) => {
      await jobs.send(MAIL_QUEUE, mail);
    },
  };
}
