import path from 'node:path';
import { z } from 'zod';
import type { MailSettings } from './mail/mailer.js';

const schema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('127.0.0.1'),
  SOLMU_DATA_DIR: z.string().min(1).default('./solmu-data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  SOLMU_DEMO: z.enum(['auto', 'facts', 'never']).default('auto'),
  SOLMU_HTTPS: z.enum(['true', 'false']).default('false'),
  SOLMU_TRUST_PROXY: z.enum(['true', 'false']).default('false'),
  SOLMU_API_REQUESTS_PER_MINUTE: z.coerce.number().int().min(1).max(1_000_000).default(1200),
  SOLMU_OPEN_REQUESTS_PER_MINUTE: z.coerce.number().int().min(1).max(1_000_000).default(600),
  SOLMU_LOGIN_ATTEMPTS_PER_IP: z.coerce.number().int().min(1).max(1_000_000).default(100),
  SOLMU_LOGIN_FAILURES_PER_ACCOUNT: z.coerce.number().int().min(1).max(1_000_000).default(100),
  SOLMU_OPEN_DATA_LICENCE: z
    .string()
    .optional()
    .refine((s) => !s || parseLicence(s) !== undefined, {
      message: 'an SPDX id (CC-BY-4.0, CC0-1.0, CC-BY-SA-4.0, ODbL-1.0) or "<SPDX id> <https URL>"',
    }),
  PUBLIC_URL: z.url().optional(),
  OIDC_ISSUER: z.url().optional(),
  OIDC_CLIENT_ID: z.string().optional(),
  OIDC_CLIENT_SECRET: z.string().optional(),
  OIDC_AUTO_CREATE: z.enum(['true', 'false']).default('false'),
  SOLMU_YTJ_URL: z.url().optional(),
  SOLMU_SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must start with smtp:// or smtps://')
    .optional(),
  SOLMU_MAIL_FROM: z.string().min(3).optional(),
  SOLMU_METRICS: z.enum(['off', 'on-with-token']).default('off'),
  SOLMU_METRICS_TOKEN: z.string().min(16, 'at least 16 characters').optional(),
  SOLMU_SHUTDOWN_TIMEOUT_SECONDS: z.coerce.number().int().min(0).max(600).default(10),
  SOLMU_BACKUP_DIR: z.string().min(1).optional(),
  SOLMU_BACKUP_EVERY_HOURS: z.coerce.number().positive().max(8784).default(24),
  SOLMU_BACKUP_KEEP: z.coerce.number().int().min(1).max(10_000).default(7),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

/** Single sign-on with an OpenID Connect provider; off when OIDC_ISSUER is empty. */
export type OidcSettings = {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Where the provider sends the browser back: <public URL>/auth/oidc/callback. */
  redirectUri: string;
  /** Create an account on first sign-in; otherwise only existing accounts (matched by verified e-mail) may sign in. */
  autoCreate: boolean;
  /** Only for a provider on loopback in tests: allow http. */
  allowHttp?: boolean;
};

export type Config = {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  loadDemo: boolean;
  /** The demo loads its fictional example data too, unless SOLMU_DEMO=facts (facts only). */
  demoExamples: boolean;
  logLevel: z.infer<typeof schema>['LOG_LEVEL'];
  https: boolean;
  trustProxy: boolean;
  /** Per signed-in user (or per address when signed out), counted by all instances together. */
  apiRequestsPerMinute: number;
  /** The open data API's own budget, per client address, counted by all instances together. */
  openRequestsPerMinute: number;
  /** Password sign-in attempts per client address in the login window (15 minutes). */
  loginAttemptsPerIp: number;
  /** Failed password sign-ins (and TOTP codes) per account from all addresses an hour. */
  loginFailuresPerAccount: number;
  /** The licence of the open data API and its downloads (CC BY 4.0 unless SOLMU_OPEN_DATA_LICENCE says). */
  openDataLicence: OpenDataLicence;
  oidc: OidcSettings | undefined;
  /** Base URL of PRH's YTJ v3 API for the live look-up; PRH's own when unset. */
  ytjBaseUrl: string | undefined;
  /** Invitations and reminders of mapping rounds by e-mail; off (links to copy) when SOLMU_SMTP_URL is empty. */
  mail: MailSettings | undefined;
  /** The Bearer token of /metrics; metrics are off (404) when undefined. */
  metricsToken: string | undefined;
  /** On SIGTERM/SIGINT, requests in flight get this long to finish before their connections are closed. */
  shutdownTimeoutMs: number;
  /** Scheduled backups of the embedded database; off unless SOLMU_BACKUP_DIR is set (docs/backup.md). */
  backup: BackupSettings | undefined;
  /** Where users reach Solmu (PUBLIC_URL), if set. */
  publicUrl: string | undefined;
};

export type BackupSettings = { dir: string; everyHours: number; keep: number };

/** Reads the environment once; a bad value stops start-up with every problem listed. */
export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n');
    throw new ConfigError(`Invalid configuration:\n${problems}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: path.resolve(e.SOLMU_DATA_DIR),
    databaseUrl: e.DATABASE_URL || undefined,
    loadDemo: e.SOLMU_DEMO !== 'never',
    demoExamples: e.SOLMU_DEMO !== 'facts',
    logLevel: e.LOG_LEVEL,
    https: e.SOLMU_HTTPS === 'true',
    trustProxy: e.SOLMU_TRUST_PROXY === 'true',
    apiRequestsPerMinute: e.SOLMU_API_REQUESTS_PER_MINUTE,
    openRequestsPerMinute: e.SOLMU_OPEN_REQUESTS_PER_MINUTE,
    loginAttemptsPerIp: e.SOLMU_LOGIN_ATTEMPTS_PER_IP,
    loginFailuresPerAccount: e.SOLMU_LOGIN_FAILURES_PER_ACCOUNT,
    openDataLicence:
      (e.SOLMU_OPEN_DATA_LICENCE && parseLicence(e.SOLMU_OPEN_DATA_LICENCE)) || DEFAULT_LICENCE,
    oidc: oidcSettings(e),
    ytjBaseUrl: e.SOLMU_YTJ_URL,
    mail: mailSettings(e),
    metricsToken: metricsToken(e),
    shutdownTimeoutMs: e.SOLMU_SHUTDOWN_TIMEOUT_SECONDS * 1000,
    backup: e.SOLMU_BACKUP_DIR
      ? {
          dir: path.resolve(e.SOLMU_BACKUP_DIR),
          everyHours: e.SOLMU_BACKUP_EVERY_HOURS,
          keep: e.SOLMU_BACKUP_KEEP,
        }
      : undefined,
    publicUrl: e.PUBLIC_URL,
  };
}

/** The licence the open data is published under: an SPDX identifier and where its text is read. */
export type OpenDataLicence = { id: string; url: string };

/** Licences an installation is likely to choose, so that naming one is enough. */
const KNOWN: Record<string, string> = {
  'CC-BY-4.0': 'https://creativecommons.org/licenses/by/4.0/',
  'CC0-1.0': 'https://creativecommons.org/publicdomain/zero/1.0/',
  'CC-BY-SA-4.0': 'https://creativecommons.org/licenses/by-sa/4.0/',
  'ODbL-1.0': 'https://opendatacommons.org/licenses/odbl/1-0/',
};

export const DEFAULT_LICENCE: OpenDataLicence = { id: 'CC-BY-4.0', url: KNOWN['CC-BY-4.0']! };

/**
 * `CC-BY-4.0` or `<SPDX id> <URL>`: a known licence by its identifier, any other with the address of its
 * text. Undefined when the setting names an unknown licence without an address.
 */
export function parseLicence(setting: string): OpenDataLicence | undefined {
  const [id, url, ...rest] = setting.trim().split(/\s+/);
  if (!id || rest.length > 0 || !/^[A-Za-z0-9.+-]+$/.test(id)) return undefined;
  if (url) return URL.canParse(url) && /^https?:/.test(url) ? { id, url } : undefined;
  const known = KNOWN[id];
  return known ? { id, url: known } : undefined;
}

export class ConfigError extends Error {}

function oidcSettings(e: z.infer<typeof schema>): OidcSettings | undefined {
  if (!e.OIDC_ISSUER) return undefined;
  if (!e.OIDC_CLIENT_ID || !e.OIDC_CLIENT_SECRET || !e.PUBLIC_URL) {
    throw new ConfigError(
      'Invalid configuration:\n  OIDC_ISSUER needs OIDC_CLIENT_ID, OIDC_CLIENT_SECRET and PUBLIC_URL',
    );
  }
  return {
    issuer: e.OIDC_ISSUER,
    clientId: e.OIDC_CLIENT_ID,
    clientSecret: e.OIDC_CLIENT_SECRET,
    redirectUri: new URL('/auth/oidc/callback', e.PUBLIC_URL).href,
    autoCreate: e.OIDC_AUTO_CREATE === 'true',
  };
}

function mailSettings(e: z.infer<typeof schema>): MailSettings | undefined {
  if (!e.SOLMU_SMTP_URL) return undefined;
  if (!e.SOLMU_MAIL_FROM || !e.PUBLIC_URL) {
    throw new ConfigError(
      'Invalid configuration:\n  SOLMU_SMTP_URL needs SOLMU_MAIL_FROM and PUBLIC_URL (links in mails are absolute)',
    );
  }
  return { smtpUrl: e.SOLMU_SMTP_URL, from: e.SOLMU_MAIL_FROM, publicUrl: e.PUBLIC_URL };
}

function metricsToken(e: z.infer<typeof schema>): string | undefined {
  if (e.SOLMU_METRICS === 'off') return undefined;
  if (!e.SOLMU_METRICS_TOKEN) {
    throw new ConfigError('Invalid configuration:\n  SOLMU_METRICS=on-with-token needs SOLMU_METRICS_TOKEN');
  }
  return e.SOLMU_METRICS_TOKEN;
}
