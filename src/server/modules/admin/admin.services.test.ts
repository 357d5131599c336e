/**
 * The admin's services on real PostgreSQL: what an account change, a new sign-in link and a granted
 * link do besides their one write — the sessions they end, the audit entry they leave (field names,
 * never values), and nothing at all when they fail.
 */
import { describe, expect, it } from 'vitest';
import { grantToken, testDatabase } from '../../../../test/db.js';
import { systemCaller } from '../../auth/caller.js';
import { createSession } from '../../auth/sessions.js';
import { grantLink, listMembers, revokeLink } from './links.service.js';
import { changeUser, createUserWithLink, newLoginLink } from './users.service.js';
import { createWorkspace } from './workspaces.service.js';

const { db } = await testDatabase();
const admin = systemCaller('admin-test');
const now = new Date('2026-05-04T08:00:00Z');
const MISSING = '00000000-0000-4000-8000-000000000000';

const auditOf = (entityId: string) =>
  db
    .selectFrom('auditLog')
    .select(['action', 'entity', 'outcome', 'detail'])
    .where('entityId', '=', entityId)
    .execute();

describe('creating a user', () => {
  it('gives an account without a password a one-time link, and one with a password none', async () => {
    const byLink = await createUserWithLink(db, admin, { email: 'linkki@test.example' }, now);
    expect(byLink.loginLink).toMatch(/^\/auth\/link\?token=/);
    expect(byLink.user).toMatchObject({ email: 'linkki@test.example', isAdmin: false, disabledAt: null });
    const withPassword = await createUserWithLink(
      db,
      admin,
      { email: 'salasana@test.example', password: 'pitkä ja harvinainen lause 42' },
      now,
    );
    expect(withPassword.loginLink).toBeNull();
    expect(await auditOf(byLink.user.id)).toEqual([
      { action: 'create', entity: 'users', outcome: 'ok', detail: {} },
    ]);
  });

  it('refuses a weak password and keeps no account', async () => {
    await expect(
      createUserWithLink(db, admin, { email: 'heikko@test.example', password: 'salasana' }, now),
    ).rejects.toMatchObject({ status: 400, code: 'weak_password' });
    const row = await db
      .selectFrom('users')
      .select('id')
      .where('email', '=', 'heikko@test.example')
      .executeTakeFirst();
    expect(row).toBeUndefined();
  });
});

describe('changing a user', () => {
  it('ends the sessions of a disabled account and audits the field names only', async () => {
    const { userId } = await grantToken(db, { email: 'suljettava@test.example' });
    await createSession(db, userId, { idleMinutes: 60, absoluteHours: 12 }, now);
    await changeUser(db, admin, userId, { displayName: 'Salainen Nimi', disabled: true }, now);
    const sessions = await db.selectFrom('sessions').select('userId').where('userId', '=', userId).execute();
    expect(sessions).toEqual([]);
    const user = await db
      .selectFrom('users')
      .select(['displayName', 'disabledAt'])
      .where('id', '=', userId)
      .executeTakeFirstOrThrow();
    expect(user).toEqual({ displayName: 'Salainen Nimi', disabledAt: now });
    const entries = await auditOf(userId);
    expect(entries).toEqual([
      { action: 'update', entity: 'users', outcome: 'ok', detail: { fields: ['displayName', 'disabled'] } },
    ]);
    expect(JSON.stringify(entries)).not.toContain('Salainen');

    await changeUser(db, admin, userId, { disabled: false }, now);
    const enabled = await db
      .selectFrom('users')
      .select('disabledAt')
      .where('id', '=', userId)
      .executeTakeFirstOrThrow();
    expect(enabled.disabledAt).toBeNull();
  });

  it('answers 404 for an unknown user and audits nothing', async () => {
    await expect(changeUser(db, admin, MISSING, { isAdmin: true }, now)).rejects.toMatchObject({
      status: 404,
      code: 'not_found',
    });
    await expect(newLoginLink(db, MISSING, now)).rejects.toMatchObject({ status: 404 });
    expect(await auditOf(MISSING)).toEqual([]);
  });
});

describe('granting links', () => {
  it("changes an existing member's role instead of adding them twice, and revokes", async () => {
    const ws = await createWorkspace(db, admin, { slug: 'linkit', nameFi: 'Linkit' }, now);
    const { userId } = await grantToken(db, { email: 'jasen@test.example' });
    const link = { table: 'memberships' as const, a: ws.id, b: userId };
    await grantLink(db, admin, link, { role: 'viewer' }, now);
    await grantLink(db, admin, link, { role: 'editor' }, now);
    expect(await listMembers(db, ws.id)).toEqual([{ userId, email: 'jasen@test.example', role: 'editor' }]);
    expect(await auditOf(`${ws.id}/${userId}`)).toEqual([
      { action: 'grant', entity: 'memberships', outcome: 'ok', detail: { fields: ['role'] } },
      { action: 'grant', entity: 'memberships', outcome: 'ok', detail: { fields: ['role'] } },
    ]);
    await revokeLink(db, admin, link, now);
    expect(await listMembers(db, ws.id)).toEqual([]);
  });
});
