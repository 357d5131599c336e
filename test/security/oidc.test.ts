import type { Server } from 'node:http';
import Provider from 'oidc-provider';
import { afterAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/server/app.js';
import { freeLoopbackPort } from '../../src/server/db/embedded.js';
import { testDatabase } from '../db.js';

/** A real OpenID Provider (the oidc-provider package) on loopback, with its development login screens. */
const port = await freeLoopbackPort();
const issuer = `http://127.0.0.1:${port}`;
const REDIRECT = 'http://localhost/auth/oidc/callback';
const IDENTITIES: Record<string, Record<string, unknown>> = {
  'sub-existing': { email: 'olemassa@kunta.example', email_verified: true, name: 'Olemassa' },
  'sub-new': { email: 'uusi@kunta.example', email_verified: true, name: 'Uusi' },
  'sub-unverified': { email: 'olemassa@kunta.example', email_verified: false },
};
const provider = new Provider(issuer, {
  clients: [
    {
      client_id: 'solmu',
      client_secret: 'solmu-test-secret',
      redirect_uris: [REDIRECT],
      grant_types: ['authorization_code'],
      response_types: ['code'],
    },
  ],
  findAccount: async (_ctx, sub) => ({ accountId: sub, claims: async () => ({ sub, ...IDENTITIES[sub] }) }),
  claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
  features: { devInteractions: { enabled: true } },
  cookies: { keys: ['solmu-oidc-test-cookie-key'] },
});
const server: Server = await new Promise((resolve) => {
  const s = provider.listen(port, '127.0.0.1', () => resolve(s));
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const { db } = await testDatabase();
const settings = {
  issuer,
  clientId: 'solmu',
  clientSecret: 'solmu-test-secret',
  redirectUri: REDIRECT,
  autoCreate: false,
  allowHttp: true,
};
await db.insertInto('users').values({ email: 'olemassa@kunta.example' }).execute();

/** Plays the browser at the provider: follows redirects and submits its login and consent forms. */
async function signInAtProvider(start: string, sub: string): Promise<string> {
  const jar = new Map<string, string>();
  let url = start;
  let method = 'GET';
  let body: URLSearchParams | undefined;
  for (let hop = 0; hop < 20; hop++) {
    if (url.startsWith(REDIRECT)) return url;
    const res = await fetch(url, {
      method,
      body,
      redirect: 'manual',
      headers: {
        cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; '),
        ...(body ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
      },
    });
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const [k, ...v] = pair!.split('=');
      jar.set(k!, v.join('='));
    }
    const location = res.headers.get('location');
    if (location) {
      url = new URL(location, url).href;
      method = 'GET';
      body = undefined;
      continue;
    }
    const html = await res.text();
    const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
    if (!action) throw new Error(`No form at ${url}: ${html.slice(0, 300)}`);
    const fields = new URLSearchParams();
    for (const [tag] of html.matchAll(/<input[^>]*>/g)) {
      const name = /name="([^"]+)"/.exec(tag)?.[1];
      if (name) fields.set(name, /value="([^"]*)"/.exec(tag)?.[1] ?? '');
    }
    if (fields.has('login')) fields.set('login', sub);
    if (fields.has('password')) fields.set('password', 'any');
    url = new URL(action.replace(/&amp;/g, '&'), url).href;
    method = 'POST';
    body = fields;
  }
  throw new Error('Too many redirects at the provider');
}

async function signIn(autoCreate: boolean, sub: string) {
  const app = createApp({ db, version: 'test', logError: () => {}, oidc: { ...settings, autoCreate } });
  const start = await app.request('/auth/oidc/start');
  expect(start.status).toBe(302);
  const flowCookie = start.headers.get('set-cookie')!.split(';')[0]!;
  expect(flowCookie).toMatch(/^__Host-solmu-oidc=/);
  const callback = await signInAtProvider(start.headers.get('location')!, sub);
  const done = await app.request(callback.replace('http://localhost', ''), {
    headers: { cookie: flowCookie },
  });
  const session = done.headers.getSetCookie().find((c) => c.startsWith('__Host-solmu='));
  if (!session) return { status: done.status, email: null };
  const me = await app.request('/api/v1/auth/me', { headers: { cookie: session.split(';')[0]! } });
  return { status: done.status, email: (await me.json()).user?.email ?? null };
}

describe('single sign-on with OpenID Connect', () => {
  it('signs an existing account in by its verified e-mail and links the identity', async () => {
    expect(await signIn(false, 'sub-existing')).toEqual({ status: 302, email: 'olemassa@kunta.example' });
    const user = await db
      .selectFrom('users')
      .select(['oidcIssuer', 'oidcSubject'])
      .where('email', '=', 'olemassa@kunta.example')
      .executeTakeFirstOrThrow();
    expect(user).toEqual({ oidcIssuer: issuer, oidcSubject: 'sub-existing' });
  });

  it('refuses an unknown identity unless accounts are created on first sign-in', async () => {
    expect(await signIn(false, 'sub-new')).toEqual({ status: 403, email: null });
    expect(await signIn(true, 'sub-new')).toEqual({ status: 302, email: 'uusi@kunta.example' });
  });

  it('does not link an account by an unverified e-mail', async () => {
    expect(await signIn(true, 'sub-unverified')).toEqual({ status: 403, email: null });
  });

  it('refuses a callback without the sign-in it started', async () => {
    const app = createApp({ db, version: 'test', logError: () => {}, oidc: settings });
    expect((await app.request('/auth/oidc/callback?code=forged&state=forged')).status).toBe(400);
  });
});
