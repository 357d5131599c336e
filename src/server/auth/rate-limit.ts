import type { Context } from 'hono';
import { AppError } from '../errors.js';
import type { SecuritySettings } from './settings.js';

/**
 * Attempts counted per key in fixed windows. The methods are async so that the counts can move from
 * this process's memory to the database without changing their callers.
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

type Window = { count: number; resetAt: number; credentials?: Set<string> };

/**
 * Fixed-window counters in memory. Per process: behind a load balancer each instance counts alone,
 * which still bounds brute force per instance (noted in docs/security.md).
 */
export class MemoryLimiter implements Limiter {
  private readonly windows = new Map<string, Window>();

  constructor(
    readonly limit: number,
    readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  async wait(key: string) {
    const t = this.now();
    const w = this.windows.get(key);
    return w && w.resetAt > t && w.count >= this.limit ? Math.ceil((w.resetAt - t) / 1000) : 0;
  }

  async take(key: string, credential?: string) {
    const t = this.now();
    let w = this.windows.get(key);
    if (!w || w.resetAt <= t) {
      w = { count: 0, resetAt: t + this.windowMs };
      this.windows.set(key, w);
      if (this.windows.size > 100_000) this.sweep(t);
    }
    if (credential !== undefined && w.credentials?.has(credential)) return 0;
    if (w.count >= this.limit) return Math.ceil((w.resetAt - t) / 1000);
    w.count++;
    if (credential !== undefined) (w.credentials ??= new Set()).add(credential);
    return 0;
  }

  async giveBack(key: string) {
    const w = this.windows.get(key);
    if (w && w.count > 0) w.count--;
  }

  async reset(key: string) {
    this.windows.delete(key);
  }

  private sweep(t: number) {
    for (const [k, v] of this.windows) if (v.resetAt <= t) this.windows.delete(k);
  }
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

export type MakeLimiter = (limit: number, windowMs: number) => Limiter;

export function createLimits(s: SecuritySettings, make: MakeLimiter): Limits {
  const window = s.loginWindowMinutes * 60_000;
  return {
    api: make(s.apiRequestsPerMinute, 60_000),
    open: make(s.openRequestsPerMinute, 60_000),
    failedAuth: make(s.authFailuresPerIp, window),
    loginIp: make(s.loginAttemptsPerIp, window),
    loginAccountIp: make(s.loginFailuresPerAccountAndIp, window),
    loginAccount: make(s.loginFailuresPerAccount, s.loginAccountWindowMinutes * 60_000),
    workshopJoin: make(s.workshopJoinsPerIp, window),
    workshopSecrets: make(s.workshopJoinsPerIp, window),
    enquiries: make(s.publicFormsPerHour, 3600_000),
    feedback: make(s.publicFormsPerHour, 3600_000),
  };
}

/** 429 with Retry-After. */
export function tooMany(c: Context, wait: number, message: string) {
  c.header('Retry-After', String(wait));
  return new AppError(429, 'rate_limited', message);
}
