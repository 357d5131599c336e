/**
 * Outgoing mail through the job queue: the request's instance only queues a mail, a worker (of any
 * instance) hands it to the SMTP server and keeps trying while the server cannot be reached; neither
 * the job's stored error nor the log names the address.
 */
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import net from 'node:net';
import { inspect } from 'node:util';
import smtpTester from 'smtp-tester';
import { afterAll, describe, expect, it } from 'vitest';
import { createMailer, type MailSettings } from '../../src/server/mail/mailer.js';
import { MAIL_QUEUE, mailQueue, withOutbox } from '../../src/server/mail/outbox.js';
import { testDatabase } from '../db.js';
import { instances, jobRows, until } from './support.js';

const { url } = await testDatabase();
const start = instances(url);

/** A port nothing listens on yet. */
async function freePort() {
  const probe = net.createServer().listen(0, '127.0.0.1');
  await once(probe, 'listening');
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

const port = await freePort();
const settings: MailSettings = {
  smtpUrl: `smtp://127.0.0.1:${port}`,
  from: 'Solmu <solmu@example.fi>',
  publicUrl: 'https://solmu.example.fi',
};
const ADDRESS = 'invitee@town.example';

describe('mail through the job queue', () => {
  it('is queued by one instance and sent by a worker once the SMTP server can be reached', async () => {
    const warnings: string[] = [];
    const log = {
      info: () => {},
      warn: (fields: object, message: string) => warnings.push(inspect(fields) + message),
    };
    // The worker's instance; the SMTP server is not up yet. Retries come after 1 s, 2 s … here.
    const worker = await start([{ ...mailQueue(settings), retryDelaySeconds: 1 }], { log });
    const web = await start([]);
    const mailer = createMailer(withOutbox(settings, web));
    expect(await mailer.send({ to: ADDRESS, subject: 'Kutsu kartoitukseen', text: 'Hei!' })).toBe(true);

    await until(async () => (await jobRows(url, 'name', MAIL_QUEUE))[0]?.state === 'retry');
    const [refused] = await jobRows(url, 'name', MAIL_QUEUE);
    expect(refused!.output?.message).toBe('The SMTP server did not take the mail');
    expect(JSON.stringify(refused!.output)).not.toContain(ADDRESS);

    const server = smtpTester.init(port);
    afterAll(() => server.stop(() => {}));
    const inbox: string[] = [];
    server.bind((_address, _id, email) => inbox.push(...Object.keys(email.receivers)));
    await until(() => inbox.length > 0, 20_000);
    expect(inbox).toEqual([ADDRESS]);
    await until(async () => (await jobRows(url, 'name', MAIL_QUEUE))[0]?.state === 'completed');

    expect(warnings.length).toBeGreaterThan(0);
    expect(warnings.join('\n')).not.toContain(ADDRESS);
    await web.stop();
    await worker.stop();
  }, 60_000);

  it('says "not sent" when even the queue cannot take the mail', async () => {
    const web = await start([]);
    await web.stop();
    const mailer = createMailer(withOutbox(settings, web));
    expect(await mailer.send({ to: ADDRESS, subject: 'x', text: 'y' })).toBe(false);
  });
});
