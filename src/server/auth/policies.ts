import type { Caller } from './caller.js';

/**
 * Every route declares who may call it; the access middleware refuses a route without a declaration
 * (default deny), and a test fails the run if one exists.
 * - public: anyone, also anonymous
 * - user: a signed-in user or an API token
 * - admin: installation admins
 * - records: signed-in or not; the resource layer decides per record (visibility, workspace role)
 */
export type Policy = 'public' | 'user' | 'admin' | 'records';

/** Where the policies of an app's routes are kept (see routing.ts: each route is declared with its policy). */
export type PolicyLookup = { get(method: string, path: string): Policy | undefined };

export function allows(policy: Policy, caller: Caller): boolean {
  switch (policy) {
    case 'public':
    case 'records':
      return true;
    case 'user':
      return caller.kind !== 'anonymous';
    case 'admin':
      return caller.isAdmin;
  }
}
