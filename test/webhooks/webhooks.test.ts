/**
 * Webhooks against a local receiver (issue 19): a registered endpoint gets a signed event that
 * verifies by the Standard Webhooks specification; a 500 is retried and the retry is in the delivery
 * log; an endpoint that keeps timing out or failing is turned off with a notice; private addresses are
 * refused unless an installation admin allows them; events reach only their own workspace's endpoints.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { createSession } from '../../src/server/auth/sessions.js';
import { SESSION_COOKIE } from '../../src/server/auth/settings.js';
import type { Mail } from '../../src/server/mail/mailer.js';
import { storeEnquiry } from '../../src/server/modules/enquiries/enquiries.service.js';
import { startWebhookDispatch, webhookQueue } from '../../src/server/modules/webhooks/webhooks.job.js';
import { mailDisabledNotice } from '../../src/server/modules/webhooks/webhooks.notice.js';
import { grantToken, testApp } from '../db.js';
import { publicPage } from '../support/enquiries.js';
import { instances, until } from '../jobs/support.js';
import { startReceiver, verifyStandardWebhook, type Received } from './receiver.js';

const { app, db, url, call, admin } = await testApp();
const receiver = await startReceiver();
const mails: Mail[] = [];
const mail = {
  smtpUrl: 'smtp://127.0.0.1:1',
  from: 'Solmu <solmu@example.fi>',
  publicUrl: 'https://solmu.example.fi',
  outbox: async (m: Mail) => void mails.push(m),
};

// The worker: retries after 0.3 s, 0.9 s; three attempts in all; an answer may take 0.5 s.
const worker = await instances(url)([
  webhookQueue(
    db,
    mailDisabledNotice(() => mail),
    { maxAttempts: 3, firstRetryMs: 300, timeoutMs: 500 },
  ),
]);
const stopDispatch = startWebhookDispatch(db, worker, (e) => console.error(e), 100);
afterAll(stopDispatch);

/** A signed-in browser: the session cookie and its CSRF token. */
async function browserOf(userId: string) {
  const { token, csrfToken } = await createSession(
    db,
    userId,
    { idleMinutes: 60, absoluteHours: 12 },
    new Date(),
  );
  return async (method: string, path: string, body?: unknown) => {
    const res = await app.request(
      path,
      {
        method,
        headers: {
          cookie: `${SESSION_COOKIE}=${token}`,
          'x-csrf-token': csrfToken,
          origin: 'http://localhost',
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      },
      { incoming: { socket: { remoteAddress: `10.9.${userId.charCodeAt(0)}.1` } } },
    );
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : null };
  };
}

const adminBrowser = await browserOf(admin.userId);
const editor = await grantToken(db, { email: 'toimittaja@test.example', workspace: 'test', role: 'editor' });
const editorBrowser = await browserOf(editor.userId);

async function register(path: string, events: string[]) {
  const res = await adminBrowser('POST', '/api/v1/webhooks', {
    url: receiver.url(path),
    events,
    workspaceId: admin.workspaceId,
    allowPrivateNetwork: true,
  });
  expect(res.status).toBe(201);
  return res.body as { id: string; secret: string };
}

const deliveries = async (id: string) =>
  (await adminBrowser('GET', `/api/v1/webhooks/${id}/deliveries`)).body.items;

const json = (r: Received) =>
  JSON.parse(r.body) as { id: string; type: string; data: Record<string, unknown> };

describe('a webhook journey', () => {
  it('delivers a signed event, retries after a 500, and logs both attempts', async () => {
    receiver.answer('/crm', 500, 200);
    const endpoint = await register('/crm', ['organisations.created']);
    expect(endpoint.secret).toMatch(/^whsec_[A-Za-z0-9+/]+=*$/);
    expect(Buffer.from(endpoint.secret.slice(6), 'base64')).toHaveLength(32);
    // The list never shows the secret again.
    const listed = (await adminBrowser('GET', '/api/v1/webhooks')).body.items;
    expect(JSON.stringify(listed)).not.toContain(endpoint.secret);

    const created = await call('POST', '/api/v1/organisations', {
      kind: 'company',
      nameFi: 'Vastaanotto Oy',
    });
    expect(created.status).toBe(201);
    await until(() => receiver.received('/crm').length >= 2);

    const [first, second] = receiver.received('/crm');
    for (const r of [first!, second!]) {
      expect(verifyStandardWebhook(endpoint.secret, r.headers, r.body)).toBe(true);
      expect(r.headers['content-type']).toBe('application/json');
    }
    // The same message both times: the receiver deduplicates by webhook-id.
    expect(second!.headers['webhook-id']).toBe(first!.headers['webhook-id']);
    expect(second!.at - first!.at).toBeGreaterThanOrEqual(250);
    expect(json(first!)).toMatchObject({
      id: first!.headers['webhook-id'],
      type: 'organisations.created',
      data: {
        id: created.body.id,
        resource: 'organisations',
        url: `/api/v1/organisations/${created.body.id}`,
      },
    });
    // Minimal payload: the record is read with the receiver's own token, never carried.
    expect(first!.body).not.toContain('Vastaanotto');

    await until(async () => (await deliveries(endpoint.id))[0]?.status === 'delivered');
    const [logged] = await deliveries(endpoint.id);
    expect(logged).toMatchObject({
      eventType: 'organisations.created',
      eventId: first!.headers['webhook-id'],
      attempts: 2,
      statusCode: 200,
      lastError: null,
      nextAttemptAt: null,
    });
    expect(logged.durationMs).toBeGreaterThanOrEqual(0);
  }, 30_000);

  it('refuses a replayed or altered message by its timestamp and signature', async () => {
    const [r] = receiver.received('/crm');
    const endpoint = (await adminBrowser('GET', '/api/v1/webhooks')).body.items[0];
    expect(r!.headers['webhook-timestamp']).toMatch(/^\d{10}$/);
    const secret = (
      await db
        .selectFrom('webhookEndpoints')
        .select('secret')
        .where('id', '=', endpoint.id)
        .executeTakeFirstOrThrow()
    ).secret;
    expect(verifyStandardWebhook(secret, r!.headers, r!.body)).toBe(true);
    const anHourLater = Date.now() + 60 * 60 * 1000;
    expect(verifyStandardWebhook(secret, r!.headers, r!.body, anHourLater)).toBe(false);
    const moved = { ...r!.headers, 'webhook-timestamp': String(Number(r!.headers['webhook-timestamp']) + 1) };
    expect(verifyStandardWebhook(secret, moved, r!.body)).toBe(false);
    expect(verifyStandardWebhook(secret, r!.headers, r!.body.replace('created', 'deleted'))).toBe(false);
  });

  it('turns off an endpoint that keeps timing out, tells the editors, and takes it back when re-enabled', async () => {
    receiver.answer('/hang', 'hang');
    const endpoint = await register('/hang', ['organisations.updated']);
    const org = await call('POST', '/api/v1/organisations', { kind: 'company', nameFi: 'Hidas Oy' });
    const started = Date.now();
    const changed = await call('PATCH', `/api/v1/organisations/${org.body.id}`, {
      descriptionFi: 'muutettu',
    });
    expect(changed.status).toBe(200);
    // The request never waits for the receiver (which does not answer at all).
    expect(Date.now() - started).toBeLessThan(400);

    await until(
      async () =>
        !(await adminBrowser('GET', '/api/v1/webhooks')).body.items.find(
          (e: { id: string }) => e.id === endpoint.id,
        ).enabled,
    );
    const [log] = await deliveries(endpoint.id);
    expect(log).toMatchObject({
      status: 'failed',
      attempts: 3,
      statusCode: null,
      lastError: 'No answer within the time limit',
    });
    expect(receiver.received('/hang')).toHaveLength(3);
    const off = (await adminBrowser('GET', '/api/v1/webhooks')).body.items.find(
      (e: { id: string }) => e.id === endpoint.id,
    );
    expect(off).toMatchObject({ enabled: false, disabledReason: 'failing' });

    const notices = mails.filter((m) => m.text.includes(receiver.url('/hang')));
    expect(notices.map((m) => m.to).sort()).toEqual(['admin@test.example', 'toimittaja@test.example']);
    expect(notices[0]!.text).toContain('poistettu käytöstä');
    expect(notices[0]!.text).toContain('har stängts av');
    expect(notices[0]!.text).toContain('has been disabled');

    // Off: no new deliveries, and "send test" says to re-enable first.
    await call('PATCH', `/api/v1/organisations/${org.body.id}`, { descriptionFi: 'taas' });
    expect(await deliveries(endpoint.id)).toHaveLength(1);
    expect((await adminBrowser('POST', `/api/v1/webhooks/${endpoint.id}/test`)).status).toBe(409);

    receiver.answer('/hang', 200);
    const on = await editorBrowser('POST', `/api/v1/webhooks/${endpoint.id}/enable`);
    expect(on.body).toMatchObject({ enabled: true, disabledReason: null });
    expect((await editorBrowser('POST', `/api/v1/webhooks/${endpoint.id}/test`)).status).toBe(202);
    await until(async () => (await deliveries(endpoint.id))[0]?.status === 'delivered');
    const test = receiver.received('/hang').at(-1)!;
    expect(json(test).type).toBe('webhook.test');
    expect(verifyStandardWebhook(endpoint.secret, test.headers, test.body)).toBe(true);
  }, 30_000);

  it('turns off an endpoint that answers 5xx every time, and fails a 4xx at once without retrying', async () => {
    receiver.answer('/broken', 503);
    const broken = await register('/broken', ['organisations.deleted']);
    receiver.answer('/gone', 404);
    const gone = await register('/gone', ['organisations.deleted']);
    const org = await call('POST', '/api/v1/organisations', { kind: 'company', nameFi: 'Poistuva Oy' });
    expect((await call('DELETE', `/api/v1/organisations/${org.body.id}`)).status).toBe(204);
    await until(async () => (await deliveries(broken.id))[0]?.status === 'failed');
    await until(async () => (await deliveries(gone.id))[0]?.status === 'failed');
    expect((await deliveries(broken.id))[0]).toMatchObject({ attempts: 3, statusCode: 503 });
    expect((await deliveries(gone.id))[0]).toMatchObject({ attempts: 1, statusCode: 404 });
    const items = (await adminBrowser('GET', '/api/v1/webhooks')).body.items as {
      id: string;
      enabled: boolean;
    }[];
    expect(items.find((e) => e.id === broken.id)!.enabled).toBe(false);
    expect(items.find((e) => e.id === gone.id)!.enabled).toBe(true);
    const [deleted] = receiver.received('/gone');
    expect(json(deleted!)).toMatchObject({ type: 'organisations.deleted', data: { id: org.body.id } });
  }, 30_000);

  it("tells an enquiry to its page's workspace only, by ids", async () => {
    receiver.answer('/leads', 200);
    const own = await register('/leads', ['enquiry.received']);
    const other = await grantToken(db, { email: 'muu@test.example', workspace: 'muu', isAdmin: true });
    const otherBrowser = await browserOf(other.userId);
    receiver.answer('/others', 200);
    const others = await otherBrowser('POST', '/api/v1/webhooks', {
      url: receiver.url('/others'),
      events: ['enquiry.received', 'organisations.created'],
      workspaceId: other.workspaceId,
      allowPrivateNetwork: true,
    });
    expect(others.status).toBe(201);
    const pageId = await publicPage(db, { workspaceId: admin.workspaceId!, path: 'testikaupunki' });
    const page = { id: pageId, workspaceId: admin.workspaceId!, path: 'testikaupunki', contacts: [] };
    const lead = await storeEnquiry(
      db,
      page as never,
      {
        publicPageId: pageId,
        lang: 'en',
        lookingFor: 'A site for a sawmill',
        investmentSize: 'under_1m' as never,
        timeline: 'within_year' as never,
        organisationName: 'Sijoittaja Ab',
        contactName: 'Anna Sijoittaja',
        email: 'anna@investor.example',
        consent: 'yes',
        formToken: 'x',
      },
      new Date(),
    );
    await until(() => receiver.received('/leads').length > 0);
    const [r] = receiver.received('/leads');
    expect(verifyStandardWebhook(own.secret, r!.headers, r!.body)).toBe(true);
    expect(json(r!)).toMatchObject({
      type: 'enquiry.received',
      data: { id: lead.enquiryId, contactId: lead.contactId },
    });
    expect(r!.body).not.toMatch(/Anna|anna@|Sijoittaja|sawmill/);
    // The other workspace's endpoint heard nothing of this workspace's enquiry or organisations.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(receiver.received('/others')).toHaveLength(0);
  }, 30_000);
});

describe('no server-side request forgery', () => {
  const refused = async (address: string, who = editorBrowser, allowPrivateNetwork?: boolean) => {
    const res = await who('POST', '/api/v1/webhooks', {
      url: address,
      events: ['organisations.created'],
      ...(allowPrivateNetwork === undefined ? {} : { allowPrivateNetwork }),
    });
    return { status: res.status, code: res.body?.error?.code as string };
  };

  it.each([
    'http://10.0.0.1/hook',
    'http://169.254.169.254/latest/meta-data/',
    'http://[::1]:8080/hook',
    'http://[::ffff:127.0.0.1]/hook',
    'http://[fd00:ec2::254]/',
    'http://100.64.0.1/',
    'http://localhost/hook',
  ])('refuses %s without the private-network permission', async (address) => {
    expect(await refused(address)).toEqual({ status: 422, code: 'webhook_private_address' });
  });

  it('refuses other schemes, credentials in the address and unknown hosts', async () => {
    expect(await refused('ftp://example.com/x')).toEqual({ status: 422, code: 'webhook_url_scheme' });
    expect(await refused('https://user:pw@example.com/x')).toEqual({
      status: 422,
      code: 'webhook_url_credentials',
    });
    expect(await refused('https://no-such-host.invalid/x')).toEqual({
      status: 422,
      code: 'webhook_host_unknown',
    });
  });

  it('lets only an installation admin allow private networks', async () => {
    expect(await refused(receiver.url('/x'), editorBrowser, true)).toEqual({
      status: 403,
      code: 'webhook_private_admin_only',
    });
    expect(await refused(receiver.url('/x'), adminBrowser, true)).toEqual({ status: 201, code: undefined });
  });

  it('checks again at delivery time: an endpoint whose permission is taken away is not called', async () => {
    receiver.answer('/revoked', 200);
    const endpoint = await register('/revoked', ['organisations.created']);
    // As if the host had come to resolve to a private address after registration.
    await db
      .updateTable('webhookEndpoints')
      .set({ allowPrivateNetwork: false })
      .where('id', '=', endpoint.id)
      .execute();
    await call('POST', '/api/v1/organisations', { kind: 'company', nameFi: 'Tarkistus Oy' });
    await until(async () => (await deliveries(endpoint.id))[0]?.status === 'failed');
    expect((await deliveries(endpoint.id))[0].lastError).toMatch(/private/);
    expect(receiver.received('/revoked')).toHaveLength(0);
  }, 30_000);

  it("shows an installation admin every workspace's endpoints, and an editor only their own", async () => {
    const other = await grantToken(db, {
      email: 'webhookit.muu@test.example',
      workspace: 'webhookit-muu',
      role: 'editor',
    });
    const otherBrowser = await browserOf(other.userId);
    // A literal public address: registered without a look-up, never called (no event is sent to it).
    const made = await otherBrowser('POST', '/api/v1/webhooks', {
      url: 'https://93.184.215.14/muu',
      events: ['projects.created'],
    });
    expect(made.status).toBe(201);
    const ids = async (b: typeof adminBrowser) =>
      ((await b('GET', '/api/v1/webhooks')).body.items as { id: string }[]).map((e) => e.id);
    expect(await ids(adminBrowser)).toContain(made.body.id);
    expect(await ids(editorBrowser)).not.toContain(made.body.id);
    expect(await ids(otherBrowser)).toEqual([made.body.id]);
    expect((await adminBrowser('DELETE', `/api/v1/webhooks/${made.body.id}`)).status).toBe(204);
  });

  it('is not for API tokens or people who are not editors', async () => {
    expect((await call('GET', '/api/v1/webhooks')).status).toBe(403);
    const viewer = await grantToken(db, { email: 'katsoja@test.example', workspace: 'test', role: 'viewer' });
    const viewerBrowser = await browserOf(viewer.userId);
    expect((await viewerBrowser('GET', '/api/v1/webhooks')).body.items).toEqual([]);
    const id = (await adminBrowser('GET', '/api/v1/webhooks')).body.items[0].id;
    expect((await viewerBrowser('GET', `/api/v1/webhooks/${id}/deliveries`)).status).toBe(404);
    expect(
      (
        await viewerBrowser('POST', '/api/v1/webhooks', {
          url: 'https://example.com',
          events: ['import.finished'],
        })
      ).status,
    ).toBe(400);
  });
});
