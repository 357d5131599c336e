import type { Database } from '../../db/database.js';
import { DEMO_USERS } from '../demo/demo.workspaces.js';
import { firstAdmin, lastLogin } from './users.repository.js';
import { createLoginLink, createUser } from './users.service.js';

export const ADMIN_EMAIL = 'admin@solmu.localhost';

/**
 * Nothing has a default password: the first start creates the admin without one and prints a
 * one-time sign-in link, again at every start until the admin has signed in once.
 */
export async function adminLoginLink(db: Database, now: Date): Promise<string | null> {
  let admin = await firstAdmin(db);
  if (!admin) {
    const created = await createUser(db, { email: ADMIN_EMAIL, displayName: 'Admin', isAdmin: true });
    admin = { id: created.id, lastLoginAt: null };
  }
  return admin.lastLoginAt ? null : createLoginLink(db, admin.id, now);
}

/** One-time links for the demo accounts that have never signed in. */
export async function demoLoginLinks(db: Database, now: Date) {
  const links: { email: string; displayName: string; link: string }[] = [];
  for (const u of DEMO_USERS) {
    const user = await lastLogin(db, u.email);
    if (user && !user.lastLoginAt)
      links.push({
        email: u.email,
        displayName: u.displayName,
        link: await createLoginLink(db, user.id, now),
      });
  }
  return links;
}
