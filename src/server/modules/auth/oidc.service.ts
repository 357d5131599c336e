import * as client from 'openid-client';
import { z } from 'zod';
import { audit } from '../../audit/audit.js';
import type { OidcSettings } from '../../config.js';
import type { Database } from '../../db/database.js';
import { findUserByEmail, findUserByIdentity, insertUser, updateUser } from './users.repository.js';
import { signIn, type OpenedSession, type SessionRequest } from './sign-in.service.js';

/** What the browser keeps (in a short-lived cookie) between leaving for the provider and coming back. */
const flowSchema = z.object({ verifier: z.string(), state: z.string(), nonce: z.string() });
export type Flow = z.infer<typeof flowSchema>;

type Claims = { sub: string; email?: unknown; email_verified?: unknown; xms_edov?: unknown; name?: unknown };

/**
 * Whether the provider vouches for the e-mail address. Entra ID never sends `email_verified` for work
 * accounts; its optional `xms_edov` claim says the address's domain is verified by the tenant.
 */
function verifiedEmail(claims: Claims): string | null {
  if (typeof claims.email !== 'string') return null;
  return claims.email_verified === true || claims.xms_edov === true ? claims.email : null;
}

/**
 * The provider's side of single sign-on (authorization code + PKCE, state and nonce checked). Its
 * configuration is discovered at the first sign-in, and again after a failed discovery.
 */
export function oidcProvider(settings: OidcSettings) {
  let config: Promise<client.Configuration> | undefined;
  const configuration = () =>
    (config ??= client
      .discovery(
        new URL(settings.issuer),
        settings.clientId,
        settings.clientSecret,
        undefined,
        settings.allowHttp ? { execute: [client.allowInsecureRequests] } : undefined,
      )
      .catch((e: unknown) => {
        config = undefined; // try discovery again next time
        throw e;
      }));
  return {
    /** Where to send the browser, and the flow to keep until it comes back. */
    async start(): Promise<{ url: string; flow: Flow }> {
      const flow = {
        verifier: client.randomPKCECodeVerifier(),
        state: client.randomState(),
        nonce: client.randomNonce(),
      };
      const url = client.buildAuthorizationUrl(await configuration(), {
        redirect_uri: settings.redirectUri,
        scope: 'openid email profile',
        code_challenge: await client.calculatePKCECodeChallenge(flow.verifier),
        code_challenge_method: 'S256',
        state: flow.state,
        nonce: flow.nonce,
      });
      return { url: url.href, flow };
    },
    /** The identity the provider vouches for at the callback (`search`: its query); throws when anything fails. */
    async identity(kept: unknown, search: string): Promise<Claims> {
      if (!kept) throw new Error('no sign-in in progress');
      const flow = flowSchema.parse(kept);
      const current = new URL(settings.redirectUri);
      current.search = search;
      const tokens = await client.authorizationCodeGrant(await configuration(), current, {
        pkceCodeVerifier: flow.verifier,
        expectedState: flow.state,
        expectedNonce: flow.nonce,
      });
      const idClaims = tokens.claims();
      if (!idClaims?.sub) throw new Error('no subject in the ID token');
      // Providers may keep e-mail out of the ID token; the UserInfo endpoint has it (checked against sub).
      const info = await client.fetchUserInfo(await configuration(), tokens.access_token, idClaims.sub);
      // Entra ID's verified-domain claim is in the ID token only (an optional claim the app asks for).
      return { ...info, sub: idClaims.sub, xms_edov: idClaims.xms_edov };
    },
  };
}

/** The account of this identity: linked before, or an existing account with the same verified e-mail, or a new one. */
async function accountFor(db: Database, settings: OidcSettings, claims: Claims): Promise<string | null> {
  const linked = await findUserByIdentity(db, settings.issuer, claims.sub);
  if (linked) return linked.disabledAt ? null : linked.id;
  const email = verifiedEmail(claims);
  if (!email) return null;
  const existing = await findUserByEmail(db, email);
  if (existing) {
    if (existing.disabledAt || existing.oidcSubject) return null;
    await updateUser(db, existing.id, { oidcIssuer: settings.issuer, oidcSubject: claims.sub });
    return existing.id;
  }
  if (!settings.autoCreate) return null;
  const created = await insertUser(db, {
    email,
    displayName: typeof claims.name === 'string' ? claims.name : null,
    oidcIssuer: settings.issuer,
    oidcSubject: claims.sub,
  });
  return created.id;
}

/** Signs in the account of an identity the provider vouched for; null (audited) when it has none. */
export async function signInWithOidc(
  req: SessionRequest,
  settings: OidcSettings,
  claims: Claims,
): Promise<OpenedSession | null> {
  const userId = await accountFor(req.db, settings, claims);
  if (userId) return signIn(req, userId, 'oidc');
  const detail = { via: 'oidc', reason: 'no account' };
  await audit(req.db, null, { action: 'login', outcome: 'denied', detail }, req.now);
  return null;
}

export const auditFailedOidc = (db: Database, now: Date) =>
  audit(db, null, { action: 'login', outcome: 'failed', detail: { via: 'oidc' } }, now);
