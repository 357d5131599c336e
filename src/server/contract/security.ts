import type { Policy } from '../auth/policies.js';
import { SESSION_COOKIE } from '../auth/settings.js';

/** How a caller signs in: the browser's session (with its CSRF header on writes) or an API token. */
export const SECURITY_SCHEMES = {
  session: {
    type: 'apiKey',
    in: 'cookie',
    name: SESSION_COOKIE,
    description:
      'The session cookie set by POST /api/v1/auth/login (HttpOnly, Secure, SameSite=Lax). Writes with it ' +
      'also send the session’s CSRF token (`csrf`).',
  },
  csrf: {
    type: 'apiKey',
    in: 'header',
    name: 'X-CSRF-Token',
    description:
      'The session’s CSRF token, from the sign-in answer or GET /api/v1/auth/me; required with the session ' +
      'cookie on POST, PUT, PATCH and DELETE. Not used with an API token.',
  },
  apiToken: {
    type: 'http',
    scheme: 'bearer',
    description:
      'An API token (Authorization: Bearer <token>) made under /api/v1/tokens, with its scopes: any token ' +
      'reads what its owner may read; only one with the `write` scope writes. A token may be limited to one workspace.',
  },
} as const;

export type SecurityRequirement = Record<string, string[]>;

const WRITES = new Set(['post', 'put', 'patch', 'delete']);

/**
 * Who may call an operation, as the document says it: public operations need nothing, records may be
 * read anonymously (the answer then holds only public records), everything else needs a session or a
 * token; writes need the CSRF header with the session and the `write` scope with a token.
 */
export function securityFor(policy: Policy, method: string): SecurityRequirement[] {
  if (policy === 'public') return [];
  const write = WRITES.has(method.toLowerCase());
  const signedIn: SecurityRequirement[] = write
    ? [{ session: [], csrf: [] }, { apiToken: ['write'] }]
    : [{ session: [] }, { apiToken: [] }];
  return policy === 'records' && !write ? [{}, ...signedIn] : signedIn;
}

/** Operations only a person may call, with the browser's session, never with an API token. */
export function sessionOnly(method: string): SecurityRequirement[] {
  return [WRITES.has(method.toLowerCase()) ? { session: [], csrf: [] } : { session: [] }];
}
