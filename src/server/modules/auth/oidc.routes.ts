import type { OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import * as client from 'openid-client';
import { audit } from '../../audit/audit.js';
import type { OidcSettings } from '../../config.js';
import { plainRoute, route } from '../../routing.js';
import type { AppEnv } from '../../env.js';
import { jsonContent } from '../../openapi.js';
import { startSession } from './auth.routes.js';
import { page } from './page.js';
import { findUserByEmail } from './users.service.js';

const FLOW_COOKIE = 'solmu-oidc';

/** Single sign-on with OpenID Connect (authorization code + PKCE, state and nonce checked). */
export function registerOidcRoutes(app: OpenAPIHono<AppEnv>, settings: OidcSettings | undefined) {
  route(
    app,
    'public',
    {
      method: 'get',
      path: '/api/v1/auth/options',
      tags: ['auth'],
      summary: 'Which ways to sign in this installation offers (the sign-in page shows them)',
      responses: {
        200: jsonContent(
          z.object({ oidc: z.boolean().meta({ description: 'Single sign-on at /auth/oidc/start' }) }),
          'Sign-in options',
        ),
      },
    },
    (c) => c.json({ oidc: Boolean(settings) }, 200),
  );
  let config: Promise<client.Configuration> | undefined;
  const configuration = () =>
    (config ??= client
      .discovery(
        new URL(settings!.issuer),
        settings!.clientId,
        settings!.clientSecret,
        undefined,
        settings!.allowHttp ? { execute: [client.allowInsecureRequests] } : undefined,
      )
      .catch((e: unknown) => {
        config = undefined; // try discovery again next time
        throw e;
      }));

  plainRoute(app, 'public', 'GET', '/auth/oidc/start', async (c) => {
    if (!settings)
      return c.html(page('Kertakirjautuminen ei ole käytössä', 'Single sign-on is not configured.'), 404);
    const verifier = client.randomPKCECodeVerifier();
    const state = client.randomState();
    const nonce = client.randomNonce();
    setCookie(c, FLOW_COOKIE, JSON.stringify({ verifier, state, nonce }), {
      path: '/',
      secure: true,
      httpOnly: true,
      sameSite: 'Lax',
      prefix: 'host',
      maxAge: 600,
    });
    const url = client.buildAuthorizationUrl(await configuration(), {
      redirect_uri: settings.redirectUri,
      scope: 'openid email profile',
      code_challenge: await client.calculatePKCECodeChallenge(verifier),
      code_challenge_method: 'S256',
      state,
      nonce,
    });
    return c.redirect(url.href, 302);
  });

  plainRoute(app, 'public', 'GET', '/auth/oidc/callback', async (c) => {
    if (!settings)
      return c.html(page('Kertakirjautuminen ei ole käytössä', 'Single sign-on is not configured.'), 404);
    const flow = JSON.parse(getCookie(c, `__Host-${FLOW_COOKIE}`) ?? 'null') as {
      verifier: string;
      state: string;
      nonce: string;
    } | null;
    deleteCookie(c, FLOW_COOKIE, { path: '/', secure: true, prefix: 'host' });
    const { db } = c.var;
    try {
      if (!flow) throw new Error('no sign-in in progress');
      const current = new URL(settings.redirectUri);
      current.search = new URL(c.req.url).search;
      const tokens = await client.authorizationCodeGrant(await configuration(), current, {
        pkceCodeVerifier: flow.verifier,
        expectedState: flow.state,
        expectedNonce: flow.nonce,
      });
      const idClaims = tokens.claims();
      if (!idClaims?.sub) throw new Error('no subject in the ID token');
      // Providers may keep e-mail out of the ID token; the UserInfo endpoint has it (checked against sub).
      const info = await client.fetchUserInfo(await configuration(), tokens.access_token, idClaims.sub);
      const userId = await accountFor(c.var.db, settings, { ...info, sub: idClaims.sub });
      if (!userId) {
        await audit(
          db,
          null,
          { action: 'login', outcome: 'denied', detail: { via: 'oidc', reason: 'no account' } },
          c.var.now(),
        );
        return c.html(
          page(
            'Ei käyttöoikeutta',
            'Tälle tunnukselle ei ole Solmu-tiliä. / No Solmu account for this identity.',
          ),
          403,
        );
      }
      await startSession(c, userId);
      await audit(
        db,
        null,
        { action: 'login', entity: 'users', entityId: userId, outcome: 'ok', detail: { via: 'oidc' } },
        c.var.now(),
      );
      return c.redirect('/', 302);
    } catch {
      await audit(db, null, { action: 'login', outcome: 'failed', detail: { via: 'oidc' } }, c.var.now());
      return c.html(page('Kirjautuminen epäonnistui', 'Sign-in failed. Try again.'), 400);
    }
  });
}

type Claims = { sub: string; email?: unknown; email_verified?: unknown; name?: unknown };

/** The account of this identity: linked before, or an existing account with the same verified e-mail, or a new one. */
async function accountFor(
  db: AppEnv['Variables']['db'],
  settings: OidcSettings,
  claims: Claims,
): Promise<string | null> {
  const linked = await db
    .selectFrom('users')
    .select(['id', 'disabledAt'])
    .where('oidcIssuer', '=', settings.issuer)
    .where('oidcSubject', '=', claims.sub)
    .executeTakeFirst();
  if (linked) return linked.disabledAt ? null : linked.id;
  const email = typeof claims.email === 'string' && claims.email_verified === true ? claims.email : null;
  if (!email) return null;
  const existing = await findUserByEmail(db, email);
  if (existing) {
    if (existing.disabledAt || existing.oidcSubject) return null;
    await db
      .updateTable('users')
      .set({ oidcIssuer: settings.issuer, oidcSubject: claims.sub })
      .where('id', '=', existing.id)
      .execute();
    return existing.id;
  }
  if (!settings.autoCreate) return null;
  const created = await db
    .insertInto('users')
    .values({
      email,
      displayName: typeof claims.name === 'string' ? claims.name : null,
      oidcIssuer: settings.issuer,
      oidcSubject: claims.sub,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return created.id;
}
