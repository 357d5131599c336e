import type { Context } from 'hono';
import { AppError } from '../errors.js';
import type { SecuritySettings } from './settings.js';

/**
 * Attempts counted per key in fixed windows, shared by every instance through the database
 * (`PgLimiter` in pg-limiter.ts).
 */
export interface Limiter {
  /** Seconds until `key` may try again; 0 when it may now. Counts nothing. */
  wait(key: string): Promise<number>;
  /**
   * Takes one of `key`'s attempts in this window: 0 when one was left, else the seconds to wait (and
   * nothing is counted). `credential` (e.g. a token's hash) names what was tried: the same one counts
   * once a window, so a stale cookie sent with every request is one failure, not hundreds.
   */
  take(key: string, credential?: string): Promise<number>;
  /** Gives back an attempt of `key` that turned out not to be a failure. */
  giveBack(key: string): Promise<void>;
  /** Forgets `key`'s attempts: the client proved itself. */
  reset(key: string): Promise<void>;
}

/** Takes an attempt from each limiter in turn; when one refuses, gives back those taken and says how long to wait. */
export async function takeAll(attempts: [Limiter, string][]): Promise<number> {
  for (const [i, [limiter, key]] of attempts.entries()) {
    const wait = await limiter.take(key);
    if (wait > 0) {
      for (const [taken, takenKey] of attempts.slice(0, i)) await taken.giveBack(takenKey);
      return wait;
    }
  }
  return 0;
}

/** The limits of one app. */
export type Limits = {
  /** API requests per caller (the user, or the address when signed out) a minute. */
  api: Limiter;
  /** Open data API requests per client address a minute (counted apart from `api`). */
  open: Limiter;
  /** Failed bearer tokens, session cookies, sign-in links and TOTP codes per client address. */
  failedAuth: Limiter;
  /** Password sign-in attempts per client address. */
  loginIp: Limiter;
  /** Failed password sign-ins per account and client address: an attacker elsewhere does not lock the owner out. */
  loginAccountIp: Limiter;
  /** Failed password sign-ins and TOTP codes per account from anywhere: a ceiling that rotating addresses cannot pass. */
  loginAccount: Limiter;
  /** Workshop join-code look-ups and joins per client address (a room behind one network joins from one). */
  workshopJoin: Limiter;
  /** Wrong workshop participant secrets per client address (made-up secrets must not each get a count of their own). */
  workshopSecrets: Limiter;
  /** Investor enquiries from public pages per client address an hour. */
  enquiries: Limiter;
  /** Accessibility feedback per client address an hour. */
  feedback: Limiter;
};

/** A limiter named `name` (its counts are its own), `limit` attempts per key in windows of `windowMs`. */
export type MakeLimiter = (name: keyof Limits, limit: number, windowMs: number) => Limiter;

export function createLimits(s: SecuritySettings, make: MakeLimiter): Limits {
  const window = s.loginWindowMinutes * 60_000;
  return {
    api: make('api', s.apiRequestsPerMinute, 60_000),
    open: make('open', s.openRequestsPerMinute, 60_000),
    failedAuth: make('failedAuth', s.authFailuresPerIp, window),
    loginIp: make('loginIp', s.loginAttemptsPerIp, window),
    loginAccountIp: make('loginAccountIp', s.loginFailuresPerAccountAndIp, window),
    loginAccount: make('loginAccount', s.loginFailuresPerAccount, s.loginAccountWindowMinutes * 60_000),
    workshopJoin: make('workshopJoin', s.workshopJoinsPerIp, window),
    workshopSecrets: make('workshopSecrets', s.workshopJoinsPerIp, window),
    enquiries: make('enquiries', s.publicFormsPerHour, 3600_000),
    feedback: make('feedback', s.publicFormsPerHour, 3600_000),
  };
}

/** 429 with Retry-After. */
export function tooMany(c: Context, wait: number, message: string) {
  c.header('Retry-After', String(wait));
  return new AppError(429, 'rate_limited', message);
}
