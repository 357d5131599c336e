import { verify } from '@node-rs/argon2';
import { describe, expect, it } from 'vitest';
import { hashPassword, passwordVerifier } from '../../src/server/auth/passwords.js';
import { totpCode } from '../../src/server/auth/totp.js';
import { checkCredentials, createLoginLink } from '../../src/server/modules/auth/users.service.js';
import { caller, testApp } from '../db.js';

let clock = new Date('2026-11-25T12:00:00Z');
const advance = (minutes: number) => (clock = new Date(clock.getTime() + minutes * 60_000));
const t = await testApp({
  now: () => clock,
  security: {
    sessionIdleMinutes: 30,
    sessionAbsoluteHours: 8,
    loginFailuresPerAccountAndIp: 5,
    loginAttemptsPerIp: 1000,
  },
});
const { app, db } = t;
const PASSWORD = 'korkea-metsä-ja-järvi-42';

async function addUser(email: string, password = PASSWORD) {
  const ws = await db
    .selectFrom('workspaces')
    .select('id')
    .where('slug', '=', 'test')
    .executeTakeFirstOrThrow();
  const user = await db
    .insertInto('users')
    .values({ email, passwordHash: await hashPassword(password) })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('memberships')
    .values({ userId: user.id, workspaceId: ws.id, role: 'editor' })
    .execute();
  return user.id as string;
}

/** A browser: keeps the cookie, sends the CSRF token it was given on writes (unless told not to). */
function browser() {
  let cookie = '';
  let csrf = '';
  const send = async (
    method: string,
    path: string,
    body?: unknown,
    opts: { csrf?: boolean; headers?: Record<string, string> } = {},
  ) => {
    const res = await app.request(path, {
      method,
      headers: {
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(cookie ? { cookie } : {}),
        ...(opts.csrf === false || !csrf ? {} : { 'x-csrf-token': csrf }),
        ...opts.headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const set = res.headers.get('set-cookie');
    if (set) cookie = set.split(';')[0]!.endsWith('=') ? '' : set.split(';')[0]!;
    const text = await res.text();
    const json = text.startsWith('{') ? JSON.parse(text) : text;
    if (json?.csrfToken) csrf = json.csrfToken;
    return { status: res.status, body: json, headers: res.headers, setCookie: set };
  };
  return {
    send,
    get cookie() {
      return cookie;
    },
  };
}

describe('password login and sessions', () => {
  it('signs in with a __Host- cookie that is HttpOnly, Secure and SameSite=Lax, with a fresh token each time', async () => {
    await addUser('kirsi@example.fi');
    const b = browser();
    const login = await b.send('POST', '/api/v1/auth/login', {
      email: 'Kirsi@Example.fi',
      password: PASSWORD,
    });
    expect(login.status).toBe(200);
    expect(login.setCookie).toMatch(/^__Host-solmu=[A-Za-z0-9_-]{43};/);
    expect(login.setCookie).toMatch(/HttpOnly/);
    expect(login.setCookie).toMatch(/Secure/);
    expect(login.setCookie).toMatch(/SameSite=Lax/);
    expect(login.setCookie).toMatch(/Path=\//);
    expect(login.setCookie).not.toMatch(/Domain=/);
    const first = b.cookie;
    expect(
      (await b.send('POST', '/api/v1/auth/login', { email: 'kirsi@example.fi', password: PASSWORD })).status,
    ).toBe(200);
    expect(b.cookie).not.toBe(first);
    // The old session is dead
    const old = await app.request('/api/v1/auth/me', { headers: { cookie: first } });
    expect((await old.json()).user).toBeNull();
  });

  it('refuses wrong passwords with one message and never says whether the account exists', async () => {
    const b = browser();
    const wrong = await b.send('POST', '/api/v1/auth/login', {
      email: 'kirsi@example.fi',
      password: 'väärä-salasana-123',
    });
    const none = await b.send('POST', '/api/v1/auth/login', {
      email: 'nobody@example.fi',
      password: 'väärä-salasana-123',
    });
    expect(wrong.status).toBe(401);
    expect(none.status).toBe(401);
    expect(wrong.body.error.message).toBe(none.body.error.message);
  });

  it('needs the CSRF token for cookie-authenticated writes, and refuses foreign origins', async () => {
    await addUser('csrf@example.fi');
    const b = browser();
    await b.send('POST', '/api/v1/auth/login', { email: 'csrf@example.fi', password: PASSWORD });
    const body = { kind: 'company', nameFi: 'CSRF Oy' };
    expect((await b.send('POST', '/api/v1/organisations', body, { csrf: false })).status).toBe(403);
    expect(
      (await b.send('POST', '/api/v1/organisations', body, { headers: { 'x-csrf-token': 'guess' } })).status,
    ).toBe(403);
    expect(
      (await b.send('POST', '/api/v1/organisations', body, { headers: { origin: 'https://evil.example' } }))
        .status,
    ).toBe(403);
    expect((await b.send('POST', '/api/v1/organisations', body)).status).toBe(201);
    // Reads need no token
    expect((await b.send('GET', '/api/v1/organisations', undefined, { csrf: false })).status).toBe(200);
  });

  it('ends a session after the idle timeout, after the absolute timeout, at logout and when the account is disabled', async () => {
    const id = await addUser('expiry@example.fi');
    const me = async (b: ReturnType<typeof browser>) =>
      (await b.send('GET', '/api/v1/auth/me')).body.user?.email ?? null;
    const login = async () => {
      const b = browser();
      await b.send('POST', '/api/v1/auth/login', { email: 'expiry@example.fi', password: PASSWORD });
      return b;
    };
    const idle = await login();
    advance(29);
    expect(await me(idle)).toBe('expiry@example.fi');
    advance(31);
    expect(await me(idle)).toBeNull();

    const absolute = await login();
    for (let i = 0; i < 20; i++) {
      advance(25);
      await me(absolute);
    }
    expect(await me(absolute)).toBeNull(); // 500 minutes > 8 hours, though never idle

    const out = await login();
    expect((await out.send('POST', '/api/v1/auth/logout')).status).toBe(204);
    expect(await me(out)).toBeNull();

    const disabled = await login();
    expect((await t.call('PATCH', `/api/v1/admin/users/${id}`, { disabled: true })).status).toBe(204);
    expect(await me(disabled)).toBeNull();
    expect(
      (await browser().send('POST', '/api/v1/auth/login', { email: 'expiry@example.fi', password: PASSWORD }))
        .status,
    ).toBe(401);
  });

  it('answers brute force with 429, also when X-Forwarded-For is spoofed', async () => {
    await addUser('target@example.fi');
    const b = browser();
    const statuses: number[] = [];
    for (let i = 0; i < 8; i++) {
      const res = await b.send(
        'POST',
        '/api/v1/auth/login',
        { email: 'target@example.fi', password: `guess-number-${i}-xx` },
        { headers: { 'x-forwarded-for': `10.0.0.${i}` } },
      );
      statuses.push(res.status);
    }
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(statuses.slice(5)).toEqual([429, 429, 429]);
    const right = await b.send(
      'POST',
      '/api/v1/auth/login',
      { email: 'target@example.fi', password: PASSWORD },
      { headers: { 'x-forwarded-for': '192.0.2.1' } },
    );
    expect(right.status).toBe(429);
    expect(right.headers.get('retry-after')).toMatch(/^\d+$/);
  });

  it('asks for a TOTP code when the second factor is on', async () => {
    const secret = 'JBSWY3DPEHPK3PXP';
    const id = await addUser('totp@example.fi');
    await db
      .updateTable('users')
      .set({ totpSecret: secret, totpEnabledAt: clock })
      .where('id', '=', id)
      .execute();
    const b = browser();
    const noCode = await b.send('POST', '/api/v1/auth/login', {
      email: 'totp@example.fi',
      password: PASSWORD,
    });
    expect(noCode.body.error.code).toBe('totp_required');
    expect(
      (
        await b.send('POST', '/api/v1/auth/login', {
          email: 'totp@example.fi',
          password: PASSWORD,
          totp: '000000',
        })
      ).status,
    ).toBe(401);
    const ok = await b.send('POST', '/api/v1/auth/login', {
      email: 'totp@example.fi',
      password: PASSWORD,
      totp: totpCode(secret, clock),
    });
    expect(ok.status).toBe(200);
  });

  it('signs in once with a one-time link', async () => {
    const id = await addUser('link@example.fi');
    const link = await createLoginLink(db, id, clock);
    const first = await app.request(link);
    expect(first.status).toBe(302);
    expect(first.headers.get('set-cookie')).toMatch(/^__Host-solmu=/);
    expect((await app.request(link)).status).toBe(400);
  });
});

describe('sign-in does the same work whatever is wrong', () => {
  // "$argon2id$v=19$m=19456,t=2,p=1$salt$hash" → "argon2id$v=19$m=19456,t=2,p=1"
  const parameters = (hash: string) => hash.split('$').slice(1, 4).join('$');

  it("verifies one Argon2id hash of the stored hashes' parameters for an unknown e-mail, an account without a password, a disabled account and a wrong password", async () => {
    await addUser('work@example.fi');
    await db.insertInto('users').values({ email: 'link-only@example.fi' }).execute();
    const disabled = await addUser('disabled-work@example.fi');
    await db.updateTable('users').set({ disabledAt: clock }).where('id', '=', disabled).execute();
    const stored = parameters(await hashPassword('any-password-at-all'));
    expect(stored).toBe('argon2id$v=19$m=19456,t=2,p=1');

    const verified: string[] = [];
    const counting = passwordVerifier(async (hash, password) => {
      verified.push(hash);
      return verify(hash, password);
    });
    const attempt = async (email: string, password: string) => {
      verified.length = 0;
      const { signedIn } = await checkCredentials(db, email, password, counting);
      return { signedIn: signedIn?.email ?? null, verified: verified.map(parameters) };
    };
    for (const [email, password] of [
      ['nobody-here@example.fi', PASSWORD],
      ['link-only@example.fi', PASSWORD],
      ['link-only@example.fi', ''],
      ['disabled-work@example.fi', PASSWORD],
      ['work@example.fi', 'väärä-salasana-123'],
    ] as const) {
      expect(await attempt(email, password), `${email} / ${password}`).toEqual({
        signedIn: null,
        verified: [stored],
      });
    }
    expect(await attempt('Work@Example.fi', PASSWORD)).toEqual({
      signedIn: 'work@example.fi',
      verified: [stored],
    });
  });
});

describe('API tokens', () => {
  it('are shown once, stored hashed, scoped and revocable', async () => {
    await addUser('tokens@example.fi');
    const b = browser();
    await b.send('POST', '/api/v1/auth/login', { email: 'tokens@example.fi', password: PASSWORD });
    const made = await b.send('POST', '/api/v1/tokens', { name: 'lukija', scopes: ['read'] });
    expect(made.status).toBe(201);
    expect(made.body.token).toMatch(/^solmu_/);
    const stored = await db
      .selectFrom('apiTokens')
      .select('tokenHash')
      .where('id', '=', made.body.id)
      .executeTakeFirstOrThrow();
    expect(stored.tokenHash).not.toContain(made.body.token);
    expect(JSON.stringify((await b.send('GET', '/api/v1/tokens')).body)).not.toContain(made.body.token);

    const reader = caller(app, made.body.token);
    expect((await reader('GET', '/api/v1/organisations')).status).toBe(200);
    expect(
      (await reader('POST', '/api/v1/organisations', { kind: 'company', nameFi: 'Ei saa' })).status,
    ).toBe(403);
    expect((await reader('POST', '/api/v1/tokens', { name: 'x', scopes: ['write'] })).status).toBe(403);

    expect((await b.send('DELETE', `/api/v1/tokens/${made.body.id}`)).status).toBe(204);
    expect((await reader('GET', '/api/v1/organisations')).status).toBe(401);
    expect((await caller(app, 'solmu_not-a-token')('GET', '/api/v1/organisations')).status).toBe(401);
  });
});

describe('hardening', () => {
  it('sends strict security headers', async () => {
    const res = await app.request('/');
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('strict-transport-security')).toBeNull();
    const https = await testApp({ security: { https: true } });
    expect((await https.app.request('/')).headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
  });

  it('limits the API rate per caller with 429', async () => {
    const limited = await testApp({ security: { apiRequestsPerMinute: 5 } });
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) statuses.push((await limited.anonymous('GET', '/api/v1/regions')).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429, 429]);
  });

  it('keeps error messages generic and bodies small', async () => {
    const big = await t.call('POST', '/api/v1/organisations', {
      kind: 'company',
      nameFi: 'x',
      descriptionFi: 'a'.repeat(2_000_000),
    });
    expect(big.status).toBe(413);
    expect(JSON.stringify(big.body)).not.toMatch(/at .*\.ts/);
  });

  it('writes logins, denials and personal-data views to the audit log', async () => {
    const actions = await db.selectFrom('auditLog').select(['action', 'outcome']).execute();
    expect(actions).toEqual(
      expect.arrayContaining([
        { action: 'login', outcome: 'ok' },
        { action: 'login', outcome: 'failed' },
        { action: 'login', outcome: 'denied' },
      ]),
    );
  });
});
