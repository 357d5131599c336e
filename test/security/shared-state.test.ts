/**
 * What a signed-in person holds lives in tables, not in a process (issue 18): two apps on one database,
 * as two instances behind a load balancer, see the same sessions, one-time sign-in links and used TOTP
 * steps. (test/cluster/two-instances.test.ts proves the same with real processes for sessions.)
 */
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/server/app.js';
import { hashPassword } from '../../src/server/auth/passwords.js';
import { SESSION_COOKIE } from '../../src/server/auth/settings.js';
import { totpCode } from '../../src/server/auth/totp.js';
import { createLoginLink } from '../../src/server/modules/auth/users.service.js';
import { caller, testApp } from '../db.js';

const clock = new Date('2026-11-25T12:00:00Z');
const { app: one, db } = await testApp({ now: () => clock });
const two = createApp({ db, version: 'test', logError: () => {}, now: () => clock });
const PASSWORD = 'yhteinen-tietokanta-kahdelle';
const SECRET = 'JBSWY3DPEHPK3PXP';

async function addUser(email: string, totp = false) {
  const user = await db
    .insertInto('users')
    .values({
      email,
      passwordHash: await hashPassword(PASSWORD),
      ...(totp ? { totpSecret: SECRET, totpEnabledAt: clock } : {}),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return user.id as string;
}

const emailOf = async (app: typeof one, cookie: string) =>
  (await caller(app, null)('GET', '/api/v1/auth/me', undefined, { cookie })).body.user?.email ?? null;

describe('state shared by instances on one database', () => {
  it('a one-time sign-in link opened on one instance is used up on the other; its session is valid on both', async () => {
    const link = await createLoginLink(db, await addUser('linkki@example.fi'), clock);
    const opened = await two.request(link);
    expect(opened.status).toBe(302);
    const cookie = new RegExp(`${SESSION_COOKIE}=[^;]+`).exec(opened.headers.get('set-cookie') ?? '')![0];
    expect(await emailOf(one, cookie)).toBe('linkki@example.fi');
    expect(await emailOf(two, cookie)).toBe('linkki@example.fi');
    expect((await one.request(link)).status).toBe(400);
  });

  it('a TOTP code accepted on one instance is refused on the other', async () => {
    await addUser('askel@example.fi', true);
    const body = { email: 'askel@example.fi', password: PASSWORD, totp: totpCode(SECRET, clock) };
    expect((await caller(one, null)('POST', '/api/v1/auth/login', body)).status).toBe(200);
    const replayed = await caller(two, null)('POST', '/api/v1/auth/login', body);
    expect(replayed.status).toBe(401);
    expect(replayed.body.error.code).toBe('invalid_credentials');
  });
});
