import { describe, expect, it } from 'vitest';
import { hashPassword } from '../../src/server/auth/passwords.js';
import { createSession } from '../../src/server/auth/sessions.js';
import { SESSION_COOKIE } from '../../src/server/auth/settings.js';
import { acceptTotp, totpCode } from '../../src/server/auth/totp.js';
import { caller, testApp } from '../db.js';

/** A TOTP code passes once: a replayed code is refused at sign-in and when turning the factor on or off. */
let clock = new Date('2026-11-25T12:00:00Z');
const nextStep = () => (clock = new Date(clock.getTime() + 30_000));
const { app, db } = await testApp({
  now: () => clock,
  security: { loginFailuresPerAccountAndIp: 1000, loginAttemptsPerIp: 1000 },
});
const anonymous = caller(app, null);
const PASSWORD = 'korkea-metsä-ja-järvi-42';
const SECRET = 'JBSWY3DPEHPK3PXP';

async function userWithTotp(email: string) {
  const user = await db
    .insertInto('users')
    .values({ email, passwordHash: await hashPassword(PASSWORD), totpSecret: SECRET, totpEnabledAt: clock })
    .returning('id')
    .executeTakeFirstOrThrow();
  return user.id as string;
}

const login = (email: string, totp: string) =>
  anonymous('POST', '/api/v1/auth/login', { email, password: PASSWORD, totp });

/** A signed-in browser of the user: its session cookie and CSRF token go with every request. */
async function sessionOf(userId: string) {
  const { token, csrfToken } = await createSession(db, userId, { idleMinutes: 60, absoluteHours: 12 }, clock);
  const headers = { cookie: `${SESSION_COOKIE}=${token}`, 'x-csrf-token': csrfToken };
  return (method: string, path: string, body?: unknown) => anonymous(method, path, body, headers);
}

describe('TOTP codes are single-use', () => {
  it('at sign-in: the same code twice is refused the second time; the next code works', async () => {
    await userWithTotp('kerran@example.fi');
    const code = totpCode(SECRET, clock);
    expect((await login('kerran@example.fi', code)).status).toBe(200);
    const again = await login('kerran@example.fi', code);
    expect(again.status).toBe(401);
    expect(again.body.error.code).toBe('invalid_credentials');

    nextStep();
    // The used code is still inside the drift window, but its step is already taken.
    expect((await login('kerran@example.fi', code)).status).toBe(401);
    expect((await login('kerran@example.fi', totpCode(SECRET, clock))).status).toBe(200);
  });

  it('a code of a step before the last accepted one is refused', async () => {
    await userWithTotp('vanha@example.fi');
    const earlier = totpCode(SECRET, clock);
    const later = totpCode(SECRET, new Date(clock.getTime() + 30_000));
    expect((await login('vanha@example.fi', later)).status).toBe(200);
    expect((await login('vanha@example.fi', earlier)).status).toBe(401);
  });

  it('concurrent sign-ins with the same code: exactly one succeeds', async () => {
    await userWithTotp('yhtaaikaa@example.fi');
    const code = totpCode(SECRET, clock);
    const results = await Promise.all(Array.from({ length: 6 }, () => login('yhtaaikaa@example.fi', code)));
    expect(results.map((r) => r.status).sort()).toEqual([200, 401, 401, 401, 401, 401]);
  });

  it('concurrent acceptance of the same code in the database: exactly one takes it', async () => {
    const id = await userWithTotp('kilpa@example.fi');
    const code = totpCode(SECRET, clock);
    const user = { id, totpSecret: SECRET };
    const taken = await Promise.all(Array.from({ length: 12 }, () => acceptTotp(db, user, code, clock)));
    expect(taken.filter(Boolean)).toHaveLength(1);
  });

  it('turning the factor on and off: a used code is refused; setting up anew starts over', async () => {
    const id = await userWithTotp('asetus@example.fi');
    await db
      .updateTable('users')
      .set({ totpSecret: null, totpEnabledAt: null })
      .where('id', '=', id)
      .execute();
    const session = await sessionOf(id);
    const setup = await session('POST', '/api/v1/auth/totp/setup');
    expect(setup.status).toBe(200);
    const code = totpCode(setup.body.secret, clock);
    expect((await session('POST', '/api/v1/auth/totp/enable', { code })).status).toBe(204);
    expect((await session('POST', '/api/v1/auth/totp/enable', { code })).status).toBe(400);
    const replayedOff = await session('POST', '/api/v1/auth/totp/disable', { code });
    expect(replayedOff.status).toBe(400);
    expect(replayedOff.body.error.code).toBe('invalid_code');
    const stillOn = await db
      .selectFrom('users')
      .select('totpEnabledAt')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(stillOn.totpEnabledAt).not.toBeNull();

    nextStep();
    const off = { code: totpCode(setup.body.secret, clock) };
    expect((await session('POST', '/api/v1/auth/totp/disable', off)).status).toBe(204);
    // A new secret in the same time step: its first code is accepted, the old secret's codes are not.
    const renewed = await session('POST', '/api/v1/auth/totp/setup');
    expect((await session('POST', '/api/v1/auth/totp/enable', off)).status).toBe(400);
    const fresh = { code: totpCode(renewed.body.secret, clock) };
    expect((await session('POST', '/api/v1/auth/totp/enable', fresh)).status).toBe(204);
  });
});
