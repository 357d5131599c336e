import type { Database } from '../db/database.js';
import { hashToken, newToken } from './secrets.js';

export type SessionSettings = { idleMinutes: number; absoluteHours: number };
export type Session = { tokenHash: string; userId: string; csrfToken: string };

const minutes = (n: number) => n * 60_000;

/** A new random token at every login; the old session of this browser (if any) is already gone. */
export async function createSession(db: Database, userId: string, settings: SessionSettings, now: Date) {
  const token = newToken();
  const csrfToken = newToken();
  await db
    .insertInto('sessions')
    .values({
      tokenHash: hashToken(token),
      userId,
      csrfToken,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + minutes(settings.absoluteHours * 60)),
    })
    .execute();
  return { token, csrfToken };
}

/** A live session: before its absolute end, used within the idle time, of an enabled account. */
export async function findSession(db: Database, token: string, settings: SessionSettings, now: Date) {
  const row = await db
    .selectFrom('sessions as s')
    .innerJoin('users as u', 'u.id', 's.userId')
    .select(['s.tokenHash', 's.userId', 's.csrfToken', 's.lastSeenAt', 's.expiresAt', 'u.disabledAt'])
    .where('s.tokenHash', '=', hashToken(token))
    .executeTakeFirst();
  if (!row) return null;
  const idleLimit = new Date(now.getTime() - minutes(settings.idleMinutes));
  if (row.disabledAt || (row.expiresAt as Date) <= now || (row.lastSeenAt as Date) <= idleLimit) {
    await db.deleteFrom('sessions').where('tokenHash', '=', row.tokenHash).execute();
    return null;
  }
  // Touch at most once a minute: a read-mostly app should not write on every request.
  if (now.getTime() - (row.lastSeenAt as Date).getTime() > 60_000) {
    await db
      .updateTable('sessions')
      .set({ lastSeenAt: now })
      .where('tokenHash', '=', row.tokenHash)
      .execute();
  }
  return {
    tokenHash: row.tokenHash,
    userId: row.userId,
    csrfToken: row.csrfToken,
  };
}

export async function endSession(db: Database, token: string) {
  await db.deleteFrom('sessions').where('tokenHash', '=', hashToken(token)).execute();
}

export async function endAllSessions(db: Database, userId: string) {
  await db.deleteFrom('sessions').where('userId', '=', userId).execute();
}

export async function purgeExpiredSessions(db: Database, now: Date) {
  await db.deleteFrom('sessions').where('expiresAt', '<=', now).execute();
  await db
    .deleteFrom('loginLinks')
    .where((eb) => eb.or([eb('expiresAt', '<=', now), eb('usedAt', 'is not', null)]))
    .execute();
}
