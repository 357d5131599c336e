import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import smtpTester from 'smtp-tester';
import { afterAll, describe, expect, it } from 'vitest';
import { caller, grantToken, testApp } from '../db.js';
import { feedbackToken, postForm } from '../support/enquiries.js';

/** Feedback on the public pages' accessibility (law 306/2019): kept, mailed to the admins, handled. */
const mailServer = smtpTester.init(0);
afterAll(() => mailServer.stop(() => {}));
if (!mailServer.smtpServer.server.listening) await once(mailServer.smtpServer.server, 'listening');
const smtpPort = (mailServer.smtpServer.server.address() as AddressInfo).port;
const inbox: { to: string; subject: string; body: string }[] = [];
mailServer.bind((_address, _id, email) => {
  for (const to of Object.keys(email.receivers))
    inbox.push({ to, subject: String(email.headers.subject), body: email.body ?? '' });
});
const settle = async (n: number) => {
  for (let i = 0; i < 100 && inbox.length < n; i++) await new Promise((resolve) => setTimeout(resolve, 20));
};

const clock = new Date('2026-12-07T10:00:00Z');
const {
  app,
  db,
  call: asAdmin,
} = await testApp({
  now: () => clock,
  security: { trustProxy: true },
  mail: {
    smtpUrl: `smtp://127.0.0.1:${smtpPort}`,
    from: 'Solmu <solmu@example.fi>',
    publicUrl: 'https://solmu.example.fi',
  },
});
const editor = await grantToken(db, { email: 'elina@savonlinna.example', workspace: 'savonlinna' });
const PATH = '/api/v1/admin/accessibility-feedback';

let address = 0;
const send = async (fields: Record<string, string>) =>
  postForm(
    app,
    '/invest/feedback',
    {
      lang: 'sv',
      pageUrl: '/sv/invest/savonlinna',
      message: 'Kontrasten i sidfoten är för svag',
      formToken: await feedbackToken(db, new Date(clock.getTime() - 30_000)),
      ...fields,
    },
    { 'x-forwarded-for': `198.51.100.${++address}` },
  );

type Feedback = {
  id: string;
  message: string;
  email: string | null;
  pageUrl: string;
  handledAt: string | null;
};
const list = async (query = '') => (await asAdmin('GET', `${PATH}${query}`)).body.items as Feedback[];

describe('accessibility feedback', () => {
  it('goes back to the page it was sent from, is kept and mailed to the admins in its language', async () => {
    inbox.length = 0;
    const res = await send({ email: 'sara@example.fi' });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/sv/invest/savonlinna?feedback=received#feedback');
    expect(await list()).toEqual([
      expect.objectContaining({
        message: 'Kontrasten i sidfoten är för svag',
        email: 'sara@example.fi',
        pageUrl: '/sv/invest/savonlinna',
        lang: 'sv',
        handledAt: null,
      }),
    ]);
    await settle(1);
    expect(inbox.map((m) => m.to)).toEqual(['admin@test.example']);
    expect(inbox[0]!.subject).toBe('Respons om tillgängligheten');
    expect(inbox[0]!.body).toContain('Kontrasten i sidfoten är för svag');
    expect(inbox[0]!.body).toContain('sara@example.fi');
  });

  it('sends a page address that is not a public page’s back to the accessibility statement', async () => {
    const res = await send({ pageUrl: 'https://evil.example/phish', message: 'Annat' });
    expect(res.headers.get('location')).toBe('/sv/invest/accessibility?feedback=received#feedback');
    const absolute = await send({
      pageUrl: 'https://solmu.example.fi/sv/invest/savonlinna',
      message: 'Annat',
    });
    expect(absolute.headers.get('location')).toBe('/sv/invest/savonlinna?feedback=received#feedback');
    const elsewhere = await send({ pageUrl: '//evil.example/sv/invest/x', message: 'Annat' });
    expect(elsewhere.headers.get('location')).toBe('/sv/invest/x?feedback=received#feedback');
  });

  it('refuses a filled honeypot silently, a form sent too fast, and an empty message', async () => {
    const before = (await list()).length;
    expect((await send({ website: 'x', message: 'Spam' })).headers.get('location')).toContain(
      'feedback=received',
    );
    const fast = await send({ formToken: await feedbackToken(db, new Date(clock.getTime() - 1_000)) });
    expect(fast.headers.get('location')).toContain('feedback=too_fast');
    expect((await send({ message: '' })).headers.get('location')).toContain('feedback=invalid');
    expect((await list()).length).toBe(before);
  });

  it('lets admins mark feedback handled, and lists what is not yet handled', async () => {
    const [first] = await list();
    const res = await asAdmin('PUT', `${PATH}/${first!.id}/handled`, { handled: true });
    expect(res.status).toBe(200);
    expect(res.body.handledAt).toBe(clock.toISOString());
    expect((await list('?unhandled=true')).map((f) => f.id)).not.toContain(first!.id);
    expect(
      (await asAdmin('PUT', `${PATH}/${first!.id}/handled`, { handled: false })).body.handledAt,
    ).toBeNull();
    expect((await asAdmin('PUT', `${PATH}/nope/handled`, { handled: true })).status).toBe(404);
  });

  it('is for admins only', async () => {
    expect((await caller(app, editor.token)('GET', PATH)).status).toBe(403);
    expect((await caller(app, null)('GET', PATH)).status).toBe(401);
  });
});
