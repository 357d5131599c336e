import { audit } from '../../audit/audit.js';
import type { Caller } from '../../auth/caller.js';
import { hashPassword, verifyPassword } from '../../auth/passwords.js';
import { type Limits, takeAll } from '../../auth/rate-limit.js';
import { hashToken } from '../../auth/secrets.js';
import { createSession, endAllSessions, endSession, type SessionSettings } from '../../auth/sessions.js';
import { acceptTotp } from '../../auth/totp.js';
import { inTransaction, type Database } from '../../db/database.js';
import { AppError } from '../../errors.js';
import { ownAccount } from './account.service.js';
import { updateUser } from './users.repository.js';
import { checkCredentials, checkPassword, consumeLoginLink } from './users.service.js';

/** What starting a session needs of a request: the browser's current session token, if any, is ended. */
export type SessionRequest = { db: Database; now: Date; previous?: string; settings: SessionSettings };

/** A sign-in attempt: who tries from where, and the limits it counts against; `refuse` makes the 429. */
export type AttemptRequest = SessionRequest & {
  ip: string;
  limits: Limits;
  refuse: (wait: number, message: string) => AppError;
};

export type OpenedSession = { userId: string; token: string; csrfToken: string };

/** A new session with a new token every time (the browser's old one ends); the sign-in is noted. */
async function openSession(req: SessionRequest, userId: string): Promise<OpenedSession> {
  if (req.previous) await endSession(req.db, req.previous);
  const { token, csrfToken } = await createSession(req.db, userId, req.settings, req.now);
  await updateUser(req.db, userId, { lastLoginAt: req.now });
  return { userId, token, csrfToken };
}

/** Signs a user in whose credentials have been checked: the session and its audit entry, together. */
export function signIn(req: SessionRequest, userId: string, via?: 'link' | 'oidc') {
  return inTransaction(req.db, async (trx) => {
    const session = await openSession({ ...req, db: trx }, userId);
    await audit(
      trx,
      null,
      {
        action: 'login',
        entity: 'users',
        entityId: userId,
        outcome: 'ok',
        detail: via ? { via } : undefined,
      },
      req.now,
    );
    return session;
  });
}

/**
 * Takes a password attempt of `email` from the client's address: per address, per account and
 * address (a correct password from a client that has not failed still works while an attacker is held
 * back), and per account from everywhere (a ceiling that rotating addresses cannot pass). Returns what
 * to call when the password was right, or throws 429.
 */
async function takePasswordAttempt(req: AttemptRequest, email: string) {
  const { limits, ip } = req;
  const account = email.trim().toLowerCase();
  const pair = `${account}\n${ip}`;
  const wait =
    (await limits.failedAuth.wait(ip)) ||
    (await takeAll([
      [limits.loginIp, ip],
      [limits.loginAccountIp, pair],
      [limits.loginAccount, account],
    ]));
  if (wait > 0) {
    await audit(
      req.db,
      null,
      { action: 'login', outcome: 'denied', detail: { reason: 'rate limited' } },
      req.now,
    );
    throw req.refuse(wait, 'Too many sign-in attempts; try again later');
  }
  return {
    /** The password was right but more is needed: this attempt was no failure. */
    notFailed: async () => {
      await limits.loginAccountIp.giveBack(pair);
      await limits.loginAccount.giveBack(account);
    },
    /** Signed in: this client's failures are forgotten; the account's failures from elsewhere are not. */
    succeeded: async () => {
      await limits.loginAccountIp.reset(pair);
      await limits.loginAccount.giveBack(account);
    },
  };
}

export type PasswordSignIn = { email: string; password: string; totp?: string };

/** E-mail and password, and the current TOTP code when the account has the second factor on. */
export async function signInWithPassword(req: AttemptRequest, input: PasswordSignIn) {
  const attempt = await takePasswordAttempt(req, input.email);
  const { user, signedIn } = await checkCredentials(req.db, input.email, input.password);
  if (!signedIn) {
    const entityId = user?.id ?? null;
    await audit(req.db, null, { action: 'login', entity: 'users', entityId, outcome: 'failed' }, req.now);
    throw new AppError(401, 'invalid_credentials', 'Wrong e-mail or password');
  }
  if (signedIn.totpEnabledAt) {
    if (!input.totp) {
      await attempt.notFailed();
      throw new AppError(401, 'totp_required', 'Enter the code from your authenticator app');
    }
    if (!(await acceptTotp(req.db, signedIn, input.totp, req.now))) {
      await req.limits.failedAuth.take(req.ip);
      const detail = { reason: 'totp' };
      await audit(
        req.db,
        null,
        { action: 'login', entity: 'users', entityId: signedIn.id, outcome: 'failed', detail },
        req.now,
      );
      throw new AppError(401, 'invalid_credentials', 'Wrong code');
    }
  }
  await attempt.succeeded();
  return signIn(req, signedIn.id);
}

export type LinkSignIn =
  | { outcome: 'signed_in'; session: OpenedSession }
  | { outcome: 'rate_limited'; wait: number }
  | { outcome: 'invalid' };

/** A one-time sign-in link: used or expired links fail the client's address like a wrong token. */
export async function signInWithLink(req: AttemptRequest, token: string): Promise<LinkSignIn> {
  const wait = token ? await req.limits.failedAuth.wait(req.ip) : 0;
  if (wait > 0) {
    const detail = { reason: 'rate limited' };
    await audit(req.db, null, { action: 'login_link', outcome: 'denied', detail }, req.now);
    return { outcome: 'rate_limited', wait };
  }
  const userId = token ? await consumeLoginLink(req.db, token, req.now) : null;
  if (!userId) {
    if (token) await req.limits.failedAuth.take(req.ip, hashToken(token));
    await audit(req.db, null, { action: 'login_link', outcome: 'failed' }, req.now);
    return { outcome: 'invalid' };
  }
  return { outcome: 'signed_in', session: await signIn(req, userId, 'link') };
}

/** Ends this session. */
export async function signOut(db: Database, caller: Caller, token: string | undefined, now: Date) {
  if (token) await endSession(db, token);
  await audit(db, caller, { action: 'logout', outcome: 'ok' }, now);
}

export type PasswordChange = { currentPassword?: string; newPassword: string };

/**
 * A new password. A wrong current password is a failed sign-in: a stolen session is no way around the
 * limits. Every session of the account ends; this browser gets a new one.
 */
export async function changePassword(req: AttemptRequest, caller: Caller, input: PasswordChange) {
  const user = await ownAccount(req.db, caller, 'Only a signed-in user can change their password');
  if (user.passwordHash) {
    const attempt = await takePasswordAttempt(req, user.email);
    if (!(await verifyPassword(user.passwordHash, input.currentPassword ?? '')))
      throw new AppError(401, 'invalid_credentials', 'The current password is wrong');
    await attempt.succeeded();
  }
  checkPassword(input.newPassword, user.email);
  const passwordHash = await hashPassword(input.newPassword);
  return inTransaction(req.db, async (trx) => {
    await updateUser(trx, user.id, { passwordHash, updatedAt: req.now });
    await endAllSessions(trx, user.id);
    const session = await openSession({ ...req, db: trx }, user.id);
    await audit(
      trx,
      caller,
      { action: 'password_change', entity: 'users', entityId: user.id, outcome: 'ok' },
      req.now,
    );
    return session;
  });
}
