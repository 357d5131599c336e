import { describe, expect, it } from 'vitest';
import { createSession } from '../../src/server/auth/sessions.js';
import { SESSION_COOKIE } from '../../src/server/auth/settings.js';
import { caller, grantToken, testApp } from '../db.js';

/** A user's own account: sign out everywhere, and the export of what Solmu keeps about them. */
const { app, db } = await testApp();
const SETTINGS = { idleMinutes: 60, absoluteHours: 12 };

/** A signed-in browser of the user: the session cookie, and its CSRF token on writes. */
async function sessionOf(userId: string) {
  const { token, csrfToken } = await createSession(db, userId, SETTINGS, new Date());
  return async (method: string, path: string) => {
    const res = await app.request(path, {
      method,
      headers: {
        cookie: `${SESSION_COOKIE}=${token}`,
        'x-csrf-token': csrfToken,
        origin: 'http://localhost',
      },
    });
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : null };
  };
}

const user = await grantToken(db, { email: 'oma@test.example', workspace: 'oma', role: 'viewer' });
await db
  .updateTable('users')
  .set({ passwordHash: 'not-a-real-hash', totpSecret: 'SECRETSECRET' })
  .where('id', '=', user.userId)
  .execute();

describe('POST /api/v1/auth/logout-everywhere', () => {
  it('ends every session of the user, not those of others', async () => {
    const first = await sessionOf(user.userId);
    const second = await sessionOf(user.userId);
    const other = await grantToken(db, { email: 'muu@test.example' });
    const others = await sessionOf(other.userId);
    expect((await second('GET', '/api/v1/auth/me')).body.user.email).toBe('oma@test.example');
    expect((await first('POST', '/api/v1/auth/logout-everywhere')).status).toBe(204);
    expect((await first('GET', '/api/v1/auth/me')).body.user).toBeNull();
    expect((await second('GET', '/api/v1/auth/me')).body.user).toBeNull();
    expect((await others('GET', '/api/v1/auth/me')).body.user.email).toBe('muu@test.example');
  });

  it('is not for API tokens or the anonymous', async () => {
    expect((await caller(app, user.token)('POST', '/api/v1/auth/logout-everywhere')).status).toBe(403);
    expect((await caller(app, null)('POST', '/api/v1/auth/logout-everywhere')).status).toBe(401);
  });
});

describe('GET /api/v1/auth/me/export', () => {
  it("gives the user's details, memberships, tokens and audit entries, never a secret", async () => {
    const session = await sessionOf(user.userId);
    const res = await session('GET', '/api/v1/auth/me/export');
    expect(res.status).toBe(200);
    expect(res.body.user).toMatchObject({ id: user.userId, email: 'oma@test.example', isAdmin: false });
    expect(res.body.memberships).toEqual([{ slug: 'oma', nameFi: 'oma', role: 'viewer' }]);
    expect(res.body.apiTokens).toEqual([expect.objectContaining({ name: 'test', revokedAt: null })]);
    expect(res.body.audit).toEqual(
      expect.arrayContaining([expect.objectContaining({ action: 'logout_everywhere', entity: 'users' })]),
    );
    const text = JSON.stringify(res.body);
    for (const secret of ['passwordHash', 'not-a-real-hash', 'totpSecret', 'SECRETSECRET', 'tokenHash'])
      expect(text).not.toContain(secret);
  });

  it('is not for API tokens or the anonymous', async () => {
    expect((await caller(app, user.token)('GET', '/api/v1/auth/me/export')).status).toBe(403);
    expect((await caller(app, null)('GET', '/api/v1/auth/me/export')).status).toBe(401);
  });
});
