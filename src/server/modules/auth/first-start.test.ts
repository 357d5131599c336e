/** The first start: an admin without a password, and a one-time link at every start until they sign in. */
import { describe, expect, it } from 'vitest';
import { testDatabase } from '../../../../test/db.js';
import { ADMIN_EMAIL, adminLoginLink } from './first-start.js';

const { db } = await testDatabase();
const now = new Date('2026-05-04T08:00:00Z');

describe('adminLoginLink', () => {
  it('creates the admin once and gives a link until the admin has signed in', async () => {
    const first = await adminLoginLink(db, now);
    const second = await adminLoginLink(db, now);
    expect(first).toMatch(/^\/auth\/link\?token=/);
    expect(second).toMatch(/^\/auth\/link\?token=/);
    expect(second).not.toBe(first);
    const admins = await db
      .selectFrom('users')
      .select(['email', 'passwordHash'])
      .where('isAdmin', '=', true)
      .execute();
    expect(admins).toEqual([{ email: ADMIN_EMAIL, passwordHash: null }]);

    await db.updateTable('users').set({ lastLoginAt: now }).where('email', '=', ADMIN_EMAIL).execute();
    expect(await adminLoginLink(db, now)).toBeNull();
  });
});
