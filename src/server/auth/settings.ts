export type SecuritySettings = {
  sessionIdleMinutes: number;
  sessionAbsoluteHours: number;
  /** Behind HTTPS: send HSTS. Cookies are always Secure (__Host- requires it; browsers allow it on localhost). */
  https: boolean;
  /** Believe the last X-Forwarded-For hop (only behind a proxy you run). */
  trustProxy: boolean;
  /** Password sign-in attempts per client address in a login window. */
  loginAttemptsPerIp: number;
  /** Failed password sign-ins per account and client address in a login window. */
  loginFailuresPerAccountAndIp: number;
  /** Failed password sign-ins (and TOTP codes) per account from all addresses in the account window. */
  loginFailuresPerAccount: number;
  loginAccountWindowMinutes: number;
  /** Failed bearer tokens, session cookies, sign-in links and TOTP codes per client address in a login window. */
  authFailuresPerIp: number;
  loginWindowMinutes: number;
  apiRequestsPerMinute: number;
  /** Requests to the open data API (`/api/open/v1`) per client address a minute: a budget of its own. */
  openRequestsPerMinute: number;
  /** Workshop join-code look-ups and joins per client address in a login window. */
  workshopJoinsPerIp: number;
  /** Investor enquiries (and, counted apart, accessibility feedback) per client address an hour. */
  publicFormsPerHour: number;
};

export const DEFAULT_SECURITY: SecuritySettings = {
  sessionIdleMinutes: 60,
  sessionAbsoluteHours: 12,
  https: false,
  trustProxy: false,
  loginAttemptsPerIp: 100,
  loginFailuresPerAccountAndIp: 10,
  // OWASP ASVS 4.0 2.2.1: no more than 100 failed attempts an hour on a single account.
  loginFailuresPerAccount: 100,
  loginAccountWindowMinutes: 60,
  authFailuresPerIp: 50,
  loginWindowMinutes: 15,
  apiRequestsPerMinute: 1200,
  openRequestsPerMinute: 600,
  workshopJoinsPerIp: 300,
  publicFormsPerHour: 5,
};

/** Set with Hono's host prefix: the browser sees __Host-solmu (Secure, Path=/, no Domain). */
export const SESSION_COOKIE_BASE = 'solmu';
export const SESSION_COOKIE = '__Host-solmu';
