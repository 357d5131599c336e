import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import net from 'node:net';
import smtpTester from 'smtp-tester';
import { afterAll, describe, expect, it } from 'vitest';
import { caller, grantToken, testApp } from '../db.js';

const NOW = new Date('2026-05-15T09:00:00Z');
const PUBLIC_URL = 'https://solmu.example.fi';

// A real SMTP server on a free local port, receiving what Solmu sends.
const mailServer = smtpTester.init(0);
afterAll(() => mailServer.stop(() => {}));
if (!mailServer.smtpServer.server.listening) await once(mailServer.smtpServer.server, 'listening');
const smtpPort = (mailServer.smtpServer.server.address() as AddressInfo).port;

type Received = { to: string; subject: string; body: string };
const inbox: Received[] = [];
mailServer.bind((_address, _id, email) => {
  for (const to of Object.keys(email.receivers))
    inbox.push({ to, subject: String(email.headers.subject), body: email.body ?? '' });
});
const settle = async (n: number) => {
  for (let i = 0; i < 100 && inbox.length < n; i++) await new Promise((resolve) => setTimeout(resolve, 20));
};

const withMail = await testApp({
  now: () => NOW,
  mail: { smtpUrl: `smtp://127.0.0.1:${smtpPort}`, from: 'Solmu <solmu@example.fi>', publicUrl: PUBLIC_URL },
});
const withoutMail = await testApp({ now: () => NOW });

/** A port nothing listens on: a mail server that cannot be reached. */
async function closedPort() {
  const probe = net.createServer().listen(0, '127.0.0.1');
  await once(probe, 'listening');
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}
const unreachable = await testApp({
  now: () => NOW,
  mail: {
    smtpUrl: `smtp://127.0.0.1:${await closedPort()}`,
    from: 'solmu@example.fi',
    publicUrl: PUBLIC_URL,
  },
});

async function setUp(env: typeof withMail, slug: string) {
  const editor = caller(
    env.app,
    (await grantToken(env.db, { email: `e@${slug}.example`, workspace: slug })).token,
  );
  const reader = caller(
    env.app,
    (await grantToken(env.db, { email: `r@${slug}.example`, workspace: slug, role: 'viewer' })).token,
  );
  const q = await editor('POST', '/api/v1/questionnaires', {
    nameFi: 'Kartoitus',
    lawfulBasis: 'public_task',
  });
  const round = await editor('POST', '/api/v1/mapping-rounds', {
    questionnaireId: q.body.id,
    nameFi: 'Metsäbiotalouden kartoitus',
    nameSv: 'Kartläggning av skogsbioekonomin',
    scope: 'municipality',
    municipalityCode: '740',
    opensOn: '2026-05-01',
    closesOn: '2026-05-31',
  });
  const added = await editor('POST', `/api/v1/mapping-rounds/${round.body.id}/respondents`, {
    respondents: [
      { displayName: 'Liisa Laine', email: 'liisa@example.fi' },
      { displayName: 'Lisa Lindholm', email: 'lisa@example.fi', language: 'sv' },
      { displayName: 'Ilman Osoitetta' },
    ],
  });
  const [fi, sv, none] = added.body.data as { id: string; link: { token: string } }[];
  return { editor, reader, roundId: round.body.id as string, fi: fi!, sv: sv!, none: none! };
}

const tokenIn = (body: string) => /\/answer\/([A-Za-z0-9_-]{20,})/.exec(body)?.[1];

describe('invitations and reminders by e-mail (a local SMTP server)', () => {
  const ready = setUp(withMail, 'kutsut');

  it('mails each respondent a fresh personal link in their language; one without an address gets a link to copy', async () => {
    const { editor, roundId, fi, sv, none } = await ready;
    const res = await editor('POST', `/api/v1/mapping-rounds/${roundId}/invitations`, { kind: 'invitation' });
    expect(res.status).toBe(200);
    expect(res.body.sent).toBe(2);
    expect(res.body.skipped).toEqual([{ id: none.id, reason: 'no_email' }]);
    expect(res.body.links.map((l: { respondentId: string }) => l.respondentId)).toEqual([none.id]);
    await settle(2);
    const finnish = inbox.find((m) => m.to === 'liisa@example.fi')!;
    const swedish = inbox.find((m) => m.to === 'lisa@example.fi')!;
    expect(finnish.subject).toBe('Kutsu vastaamaan: Metsäbiotalouden kartoitus');
    expect(swedish.subject).toBe('Inbjudan att svara: Kartläggning av skogsbioekonomin');
    expect(finnish.body).toContain(`${PUBLIC_URL}/fi/answer/`);
    expect(swedish.body).toContain(`${PUBLIC_URL}/sv/answer/`);
    expect(swedish.body).toContain('31.5.2026');
    const mailed = tokenIn(finnish.body)!;
    expect((await withMail.anonymous('GET', `/api/v1/answers/${mailed}`)).status).toBe(200);
    // The link made when the respondent was added was replaced by the mailed one.
    expect((await withMail.anonymous('GET', `/api/v1/answers/${fi.link.token}`)).status).toBe(404);
    expect(sv.id).toBeTruthy();
  });

  it('reminds only those who have not submitted, and records when', async () => {
    const { editor, roundId, fi, sv } = await ready;
    inbox.length = 0;
    await editor('POST', `/api/v1/mapping-rounds/${roundId}/invitations`, {
      kind: 'invitation',
      respondentIds: [fi.id],
    });
    await settle(1);
    const token = tokenIn(inbox[0]!.body)!;
    const done = await withMail.anonymous('PUT', `/api/v1/answers/${token}`, {
      answers: { role: ['research'] },
      submit: true,
    });
    expect(done.status).toBe(200);
    inbox.length = 0;
    const res = await editor('POST', `/api/v1/mapping-rounds/${roundId}/invitations`, {
      kind: 'reminder',
      respondentIds: [fi.id, sv.id],
    });
    expect([res.body.sent, res.body.skipped]).toEqual([1, [{ id: fi.id, reason: 'submitted' }]]);
    await settle(1);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(inbox.map((m) => [m.to, m.subject])).toEqual([
      ['lisa@example.fi', 'Påminnelse: Kartläggning av skogsbioekonomin'],
    ]);
    const listed = (await editor('GET', `/api/v1/mapping-rounds/${roundId}/respondents`)).body.data as {
      id: string;
      remindedAt: string | null;
    }[];
    expect(listed.find((r) => r.id === sv.id)!.remindedAt).toBe(NOW.toISOString());
    expect(listed.find((r) => r.id === fi.id)!.remindedAt).toBeNull();
    // The submitted respondent's link was not replaced by the reminder.
    expect((await withMail.anonymous('GET', `/api/v1/answers/${token}`)).status).toBe(200);
  });

  it('is for the round’s editors; an id of another round is refused', async () => {
    const { reader, editor, roundId } = await ready;
    expect(
      (await reader('POST', `/api/v1/mapping-rounds/${roundId}/invitations`, { kind: 'reminder' })).status,
    ).toBe(403);
    const other = await editor('POST', `/api/v1/mapping-rounds/${roundId}/invitations`, {
      kind: 'reminder',
      respondentIds: ['00000000-0000-4000-8000-000000000000'],
    });
    expect([other.status, other.body.error.details[0].path]).toEqual([422, 'respondentIds.0']);
    const bad = await editor('POST', `/api/v1/mapping-rounds/${roundId}/invitations`, { kind: 'spam' });
    expect(bad.status).toBe(400);
  });

  it('never writes an address to the audit log', async () => {
    const rows = await withMail.db.selectFrom('auditLog').select(['detail']).execute();
    expect(JSON.stringify(rows)).not.toContain('@example.fi');
  });
});

describe('without SMTP', () => {
  it('sends nothing and gives fresh links to copy', async () => {
    const { editor, roundId, fi, sv, none } = await setUp(withoutMail, 'linkit');
    const before = inbox.length;
    const res = await editor('POST', `/api/v1/mapping-rounds/${roundId}/invitations`, { kind: 'invitation' });
    expect([res.status, res.body.sent, res.body.skipped]).toEqual([200, 0, []]);
    expect(res.body.links.map((l: { respondentId: string }) => l.respondentId).sort()).toEqual(
      [fi.id, sv.id, none.id].sort(),
    );
    const svLink = res.body.links.find((l: { respondentId: string }) => l.respondentId === sv.id);
    expect(svLink.url).toMatch(/^\/sv\/answer\//);
    const token = svLink.url.split('/').pop();
    expect((await withoutMail.anonymous('GET', `/api/v1/answers/${token}`)).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(inbox.length).toBe(before);
  });
});

describe('a mail server that cannot be reached', () => {
  it('reports each mail as not sent and gives its link to copy', async () => {
    const { editor, roundId, fi, sv } = await setUp(unreachable, 'tavoittamaton');
    const res = await editor('POST', `/api/v1/mapping-rounds/${roundId}/invitations`, {
      kind: 'invitation',
      respondentIds: [fi.id, sv.id],
    });
    expect(res.body.sent).toBe(0);
    expect(res.body.skipped.map((s: { reason: string }) => s.reason)).toEqual(['send_failed', 'send_failed']);
    expect(res.body.links.length).toBe(2);
  });
});
