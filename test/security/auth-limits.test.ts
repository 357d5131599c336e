import { describe, expect, it } from 'vitest';
import { hashPassword } from '../../src/server/auth/passwords.js';
import { pgLimiters } from '../../src/server/auth/pg-limiter.js';
import type { Limits } from '../../src/server/auth/rate-limit.js';
import { createSession } from '../../src/server/auth/sessions.js';
import { SESSION_COOKIE } from '../../src/server/auth/settings.js';
import { createLoginLink } from '../../src/server/modules/auth/users.service.js';
import { testApp } from '../db.js';

/**
 * Failed authentications are limited per client address (tokens, cookies, sign-in links, TOTP codes),
 * and failed passwords per account and address under a per-account ceiling, so that an attacker
 * neither guesses without end nor locks the owner out.
 */
let clock = new Date('2026-11-25T12:00:00Z');
const advance = (minutes: number) => (clock = new Date(clock.getTime() + minutes * 60_000));
const { app, db, admin } = await testApp({
  now: () => clock,
  security: {
    authFailuresPerIp: 10,
    loginFailuresPerAccountAndIp: 10,
    loginFailuresPerAccount: 25,
    loginAttemptsPerIp: 1000,
  },
});
const PASSWORD = 'korkea-metsä-ja-järvi-42';

/** A request from a client address, as the Node server hands it to the app (the socket's address). */
async function from(
  ip: string,
  path: string,
  init: { method?: string; headers?: object; body?: unknown } = {},
) {
  const res = await app.request(
    path,
    {
      method: init.method ?? 'GET',
      headers: {
        ...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
        ...init.headers,
      } as Record<string, string>,
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    },
    { incoming: { socket: { remoteAddress: ip } } },
  );
  await res.arrayBuffer();
  return { status: res.status, retryAfter: res.headers.get('retry-after') };
}

const bearer = (ip: string, token: string, headers: object = {}) =>
  from(ip, '/api/v1/organisations', { headers: { authorization: `Bearer ${token}`, ...headers } });
const withCookie = (ip: string, token: string) =>
  from(ip, '/api/v1/auth/me', { headers: { cookie: `${SESSION_COOKIE}=${token}` } });
const login = (ip: string, email: string, password: string) =>
  from(ip, '/api/v1/auth/login', { method: 'POST', body: { email, password } });

async function addUser(email: string) {
  const user = await db
    .insertInto('users')
    .values({ email, passwordHash: await hashPassword(PASSWORD) })
    .returning('id')
    .executeTakeFirstOrThrow();
  return user.id as string;
}

describe('failed authentications per client address', () => {
  it('answers the 11th made-up bearer token from one address with 429 before looking it up; another address still gets 401', async () => {
    const attacker = '203.0.113.1';
    for (let i = 0; i < 10; i++) expect((await bearer(attacker, `solmu_made-up-${i}`)).status).toBe(401);
    const blocked = await bearer(attacker, 'solmu_made-up-10');
    expect(blocked.status).toBe(429);
    expect(blocked.retryAfter).toBe(String(15 * 60));
    // Not even a real token is looked up from there, and a spoofed X-Forwarded-For changes nothing.
    expect((await bearer(attacker, admin.token)).status).toBe(429);
    expect((await bearer(attacker, 'solmu_x', { 'x-forwarded-for': '198.51.100.7' })).status).toBe(429);
    // Without credentials the address is only anonymous.
    expect((await from(attacker, '/api/v1/regions')).status).toBe(200);

    expect((await bearer('203.0.113.2', 'solmu_made-up-0')).status).toBe(401);
    expect((await bearer('203.0.113.2', admin.token)).status).toBe(200);

    advance(15);
    expect((await bearer(attacker, admin.token)).status).toBe(200);
  });

  it('counts session cookies that do not resolve, a stale cookie sent again and again once', async () => {
    const ip = '203.0.113.3';
    const userId = await addUser('evaste@example.fi');
    const settings = { idleMinutes: 60, absoluteHours: 12 };
    const live = await createSession(db, userId, settings, clock);
    for (let i = 0; i < 30; i++) expect((await withCookie(ip, 'stale-cookie')).status).toBe(200);
    for (let i = 1; i < 10; i++) expect((await withCookie(ip, `made-up-cookie-${i}`)).status).toBe(200);
    expect((await withCookie(ip, 'made-up-cookie-10')).status).toBe(429);
    expect((await withCookie(ip, live.token)).status).toBe(429);
    expect((await withCookie('203.0.113.4', live.token)).status).toBe(200);
  });

  it('answers the 11th made-up sign-in link from one address with 429 and keeps a real link usable', async () => {
    const ip = '203.0.113.5';
    const link = await createLoginLink(db, await addUser('linkki@example.fi'), clock);
    for (let i = 0; i < 10; i++) expect((await from(ip, `/auth/link?token=made-up-${i}`)).status).toBe(400);
    const blocked = await from(ip, link);
    expect(blocked.status).toBe(429);
    expect(blocked.retryAfter).toMatch(/^\d+$/);
    expect((await from('203.0.113.6', '/auth/link?token=made-up-0')).status).toBe(400);
    expect((await from('203.0.113.6', link)).status).toBe(302);
  });

  it('counts wrong TOTP codes when turning the factor on', async () => {
    const ip = '203.0.113.7';
    const userId = await addUser('koodi@example.fi');
    const { token, csrfToken } = await createSession(
      db,
      userId,
      { idleMinutes: 60, absoluteHours: 12 },
      clock,
    );
    const headers = { cookie: `${SESSION_COOKIE}=${token}`, 'x-csrf-token': csrfToken };
    expect((await from(ip, '/api/v1/auth/totp/setup', { method: 'POST', headers })).status).toBe(200);
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) {
      const body = { code: String(i).padStart(6, '9') };
      statuses.push((await from(ip, '/api/v1/auth/totp/enable', { method: 'POST', headers, body })).status);
    }
    expect(statuses).toEqual([...Array<number>(10).fill(400), 429]);
  });
});

describe('failed passwords per account and address, under a per-account ceiling', () => {
  it("an attacker's wrong passwords hold back the attacker, not the owner signing in from elsewhere", async () => {
    await addUser('omistaja@example.fi');
    const attacker = '198.51.100.1';
    const statuses: number[] = [];
    for (let i = 0; i < 30; i++)
      statuses.push((await login(attacker, 'omistaja@example.fi', `arvaus-numero-${i}-xx`)).status);
    expect(statuses).toEqual([...Array<number>(10).fill(401), ...Array<number>(20).fill(429)]);
    // Even the right password is not tried from the attacker's address ...
    expect((await login(attacker, 'omistaja@example.fi', PASSWORD)).status).toBe(429);
    // ... while the owner signs in from theirs; the attacker's refused attempts did not count on the account.
    expect((await login('192.0.2.10', 'Omistaja@Example.fi', PASSWORD)).status).toBe(200);
  });

  it('keeps a ceiling per account that addresses taking turns cannot pass', async () => {
    await addUser('katto@example.fi');
    const statuses: number[] = [];
    for (let i = 0; i < 30; i++)
      statuses.push((await login(`198.51.100.${100 + i}`, 'katto@example.fi', `arvaus-${i}-xxxxxx`)).status);
    expect(statuses).toEqual([...Array<number>(25).fill(401), ...Array<number>(5).fill(429)]);
    const owner = await login('192.0.2.20', 'katto@example.fi', PASSWORD);
    expect(owner.status).toBe(429);
    expect(Number(owner.retryAfter)).toBeGreaterThan(15 * 60);
    advance(60);
    expect((await login('192.0.2.20', 'katto@example.fi', PASSWORD)).status).toBe(200);
  });

  it("a client's own success forgets its failures, not the account's failures from elsewhere", async () => {
    await addUser('muistaa@example.fi');
    for (let i = 0; i < 9; i++) await login('192.0.2.30', 'muistaa@example.fi', `kirjoitusvirhe-${i}-x`);
    expect((await login('192.0.2.30', 'muistaa@example.fi', PASSWORD)).status).toBe(200);
    for (let i = 0; i < 10; i++)
      expect((await login('192.0.2.30', 'muistaa@example.fi', `toinen-virhe-${i}-x`)).status).toBe(401);
    expect((await login('192.0.2.30', 'muistaa@example.fi', PASSWORD)).status).toBe(429);
  });
});

describe('PgLimiter', () => {
  let t = Date.parse('2026-11-25T12:00:00Z');
  const limiter = (limit: number, name: keyof Limits = 'api') => pgLimiters(db, () => t)(name, limit, 60_000);

  it('takes attempts up to the limit, refuses without counting, gives back and resets by window', async () => {
    const start = t;
    const one = limiter(2, 'loginIp');
    expect(await one.take('a')).toBe(0);
    expect(await one.wait('a')).toBe(0);
    expect(await one.take('a')).toBe(0);
    expect(await one.wait('a')).toBe(60);
    expect(await one.take('a')).toBe(60);
    await one.giveBack('a');
    expect(await one.wait('a')).toBe(0);
    expect(await one.take('a')).toBe(0);
    t = start + 59_500;
    expect(await one.take('a')).toBe(1);
    expect(await one.take('b')).toBe(0);
    t = start + 60_000;
    expect(await one.take('a')).toBe(0);
    await one.reset('a');
    expect(await one.take('a')).toBe(0);
    expect(await one.take('a')).toBe(0);
    expect(await one.take('a')).toBe(60);
  });

  it('counts the same credential once a window', async () => {
    const one = limiter(2, 'failedAuth');
    for (let i = 0; i < 5; i++) expect(await one.take('ip', 'same')).toBe(0);
    expect(await one.wait('ip')).toBe(0);
    expect(await one.take('ip', 'other')).toBe(0);
    expect(await one.wait('ip')).toBe(60);
    expect(await one.take('ip', 'same')).toBe(0);
    expect(await one.take('ip', 'third')).toBe(60);
  });

  it('counts apart per limiter name, and together across apps on one database', async () => {
    const [a, b] = [limiter(3, 'workshopJoin'), limiter(3, 'workshopJoin')];
    expect(await a.take('k')).toBe(0);
    expect(await b.take('k')).toBe(0);
    expect(await a.take('k')).toBe(0);
    expect(await b.take('k')).toBe(60);
    expect(await limiter(3, 'workshopSecrets').take('k')).toBe(0);
  });

  it('takes exactly the limit when many ask at once, and keeps no key as it is', async () => {
    const results = await Promise.all(
      Array.from({ length: 40 }, () => limiter(10, 'enquiries').take('crowd')),
    );
    expect(results.filter((w) => w === 0)).toHaveLength(10);
    expect(results.filter((w) => w === 60)).toHaveLength(30);
    const rows = await db.selectFrom('rateLimits').select(['key', 'count']).execute();
    expect(rows.map((r) => r.count)).toContain(10);
    expect(rows.map((r) => r.key.toString('latin1')).join()).not.toContain('crowd');
  });

  it('sweeps ended windows now and then', async () => {
    const count = async () =>
      Number(
        (
          await db
            .selectFrom('rateLimits')
            .select((e) => e.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const before = await count();
    expect(before).toBeGreaterThan(0);
    t += 365 * 24 * 3600_000; // past every window the suite's app opened too
    await limiter(5, 'feedback').take('later');
    expect(await count()).toBe(1);
  });
});
