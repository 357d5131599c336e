/**
 * Which account a single sign-on identity signs in (the provider's side is tested against a real one in
 * test/security/oidc.test.ts): never a disabled account, never one already linked to another identity.
 */
import { describe, expect, it } from 'vitest';
import { testDatabase } from '../../../../test/db.js';
import type { OidcSettings } from '../../config.js';
import { signInWithOidc } from './oidc.service.js';

const { db } = await testDatabase();
const now = new Date('2026-05-04T08:00:00Z');
const settings: OidcSettings = {
  issuer: 'https://login.example.invalid',
  clientId: 'solmu',
  clientSecret: 'secret',
  redirectUri: 'https://solmu.example.invalid/auth/oidc/callback',
  autoCreate: true,
};
const request = { db, now, settings: { idleMinutes: 60, absoluteHours: 12 } };
const verified = (sub: string, email: string) => ({ sub, email, email_verified: true });

describe('signInWithOidc', () => {
  it('refuses a disabled account, linked or matched by e-mail, even when accounts are created', async () => {
    await db
      .insertInto('users')
      .values([
        {
          email: 'linkattu@test.example',
          oidcIssuer: settings.issuer,
          oidcSubject: 'sub-1',
          disabledAt: now,
        },
        { email: 'suljettu@test.example', disabledAt: now },
      ])
      .execute();
    expect(await signInWithOidc(request, settings, verified('sub-1', 'muu@test.example'))).toBeNull();
    expect(await signInWithOidc(request, settings, verified('sub-2', 'suljettu@test.example'))).toBeNull();
    const denied = await db
      .selectFrom('auditLog')
      .select(['outcome', 'detail'])
      .where('action', '=', 'login')
      .execute();
    expect(denied).toEqual([
      { outcome: 'denied', detail: { via: 'oidc', reason: 'no account' } },
      { outcome: 'denied', detail: { via: 'oidc', reason: 'no account' } },
    ]);
  });

  it('does not move an account linked to one identity to another with the same e-mail', async () => {
    await db
      .insertInto('users')
      .values({ email: 'sidottu@test.example', oidcIssuer: settings.issuer, oidcSubject: 'sub-3' })
      .execute();
    expect(await signInWithOidc(request, settings, verified('sub-4', 'sidottu@test.example'))).toBeNull();
    const session = await signInWithOidc(request, settings, verified('sub-3', 'sidottu@test.example'));
    expect(session?.token).toBeTruthy();
  });

  it('creates an account for a new verified identity when so configured, and signs it in the next time', async () => {
    const first = await signInWithOidc(request, settings, {
      ...verified('sub-5', 'uusi@test.example'),
      name: 'Uusi',
    });
    const again = await signInWithOidc(request, settings, verified('sub-5', 'uusi@test.example'));
    expect(first?.userId).toBeTruthy();
    expect(again?.userId).toBe(first?.userId);
    const user = await db
      .selectFrom('users')
      .select(['displayName', 'lastLoginAt'])
      .where('id', '=', first!.userId)
      .executeTakeFirstOrThrow();
    expect(user).toEqual({ displayName: 'Uusi', lastLoginAt: now });
  });

  it('takes Entra ID’s verified-domain claim for a verified e-mail, and nothing less', async () => {
    await db.insertInto('users').values({ email: 'entra@test.example' }).execute();
    const unverified = { sub: 'sub-6', email: 'entra@test.example' };
    expect(await signInWithOidc(request, settings, unverified)).toBeNull();
    expect(await signInWithOidc(request, settings, { ...unverified, xms_edov: 'true' })).toBeNull();
    const session = await signInWithOidc(request, settings, { ...unverified, xms_edov: true });
    expect(session?.token).toBeTruthy();
  });
});
