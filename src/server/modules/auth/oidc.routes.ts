import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { z } from 'zod';
import type { OidcSettings } from '../../config.js';
import type { AppEnv } from '../../env.js';
import { jsonContent } from '../../openapi.js';
import { plainRoute, route, type Api } from '../../routing.js';
import { auditFailedOidc, oidcProvider, signInWithOidc } from './oidc.service.js';
import { page } from './page.js';
import { sessionRequest, setSessionCookie } from './session-cookie.js';

const FLOW_COOKIE = 'solmu-oidc';

const notConfigured = (c: Context<AppEnv>) =>
  c.html(page('Kertakirjautuminen ei ole käytössä', 'Single sign-on is not configured.'), 404);

/** Single sign-on with OpenID Connect (authorization code + PKCE, state and nonce checked). */
export function registerOidcRoutes(app: Api, settings: OidcSettings | undefined) {
  route(
    app,
    'public',
    {
      method: 'get',
      path: '/api/v1/auth/options',
      operationId: 'getSignInOptions',
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
  const provider = settings && oidcProvider(settings);

  plainRoute(app, 'public', 'GET', '/auth/oidc/start', async (c) => {
    if (!provider) return notConfigured(c);
    const { url, flow } = await provider.start();
    setCookie(c, FLOW_COOKIE, JSON.stringify(flow), {
      path: '/',
      secure: true,
      httpOnly: true,
      sameSite: 'Lax',
      prefix: 'host',
      maxAge: 600,
    });
    return c.redirect(url, 302);
  });

  plainRoute(app, 'public', 'GET', '/auth/oidc/callback', async (c) => {
    if (!settings || !provider) return notConfigured(c);
    const flow: unknown = JSON.parse(getCookie(c, `__Host-${FLOW_COOKIE}`) ?? 'null');
    deleteCookie(c, FLOW_COOKIE, { path: '/', secure: true, prefix: 'host' });
    const req = sessionRequest(c);
    try {
      const claims = await provider.identity(flow, new URL(c.req.url).search);
      const session = await signInWithOidc(req, settings, claims);
      if (!session) {
        const text = 'Tälle tunnukselle ei ole Solmu-tiliä. / No Solmu account for this identity.';
        return c.html(page('Ei käyttöoikeutta', text), 403);
      }
      setSessionCookie(c, session.token);
      return c.redirect('/', 302);
    } catch {
      await auditFailedOidc(req.db, req.now);
      return c.html(page('Kirjautuminen epäonnistui', 'Sign-in failed. Try again.'), 400);
    }
  });
}
