export type SecuritySettings = {
  sessionIdleMinutes: number;
  sessionAbsoluteHours: number;
  /** Behind HTTPS: send HSTS. Cookies are always Secure (__Host- requires it; browsers allow it on localhost). */
  https: boolean;
  /** Believe the last X-Forwarded-For hop (only behind a proxy you run). */
  trustProxy: boolean;
  loginAttemptsPerAccount: number;
  loginAttemptsPerIp: number;
  loginWindowMinutes: number;
  apiRequestsPerMinute: number;
};

export const DEFAULT_SECURITY: SecuritySettings = {
  sessionIdleMinutes: 60,
  sessionAbsoluteHours: 12,
  https: false,
  trustProxy: false,
  loginAttemptsPerAccount: 10,
  loginAttemptsPerIp: 100,
  loginWindowMinutes: 15,
  apiRequestsPerMinute: 1200,
};

/** Set with Hono's host prefix: the browser sees __Host-solmu (Secure, Path=/, no Domain). */
export const SESSION_COOKIE_BASE = 'solmu';
export const SESSION_COOKIE = '__Host-solmu';
