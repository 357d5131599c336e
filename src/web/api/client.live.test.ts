/**
 * The web app's typed client as an integration uses it, against a live Solmu (a real process on the
 * embedded PostgreSQL): sign in with an API token, create an organisation, page through a list, read a
 * situational picture. The client is typed from the document the server serves (`npm run api:types`).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSolmu, type Running } from '../../../e2e/support/solmu';
import { api, connectApi } from './client';

const NETWORK = 'seutukaupunkien-innovaatioekosysteemiverkosto';
let solmu: Running;

/** An API token made as a person would: one-time sign-in link, session cookie, CSRF token. */
async function makeToken(link: string): Promise<string> {
  const signIn = await fetch(link, { redirect: 'manual' });
  const cookie = /__Host-solmu=[^;]+/.exec(signIn.headers.get('set-cookie') ?? '')?.[0];
  if (!cookie) throw new Error(`No session from the sign-in link (${signIn.status})`);
  const me = (await (await fetch(`${solmu.base}/api/v1/auth/me`, { headers: { cookie } })).json()) as {
    csrfToken: string;
  };
  const res = await fetch(`${solmu.base}/api/v1/tokens`, {
    method: 'POST',
    headers: { cookie, 'x-csrf-token': me.csrfToken, 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'typed client test', scopes: ['read', 'write'] }),
  });
  if (res.status !== 201) throw new Error(`Token not made: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { token: string }).token;
}

beforeAll(async () => {
  solmu = await startSolmu();
  connectApi({
    origin: solmu.base,
    token: await makeToken(solmu.links['Verkostokoordinaattori (Iisalmi)']!),
  });
}, 180_000);

afterAll(() => solmu?.stop(), 60_000);

describe('the typed client against a live Solmu', () => {
  it('signs in with an API token', async () => {
    const me = await api.get('/auth/me');
    expect(me.user).not.toBeNull();
    expect(me.workspaces.length).toBeGreaterThan(0);
  });

  it('creates an organisation and reads it back', async () => {
    const me = await api.get('/auth/me');
    const created = await api.send('POST', '/organisations', {
      query: { workspace: me.workspaces[0]!.id },
      body: { kind: 'company', nameFi: 'Rajapintaesimerkki Oy', visibility: 'private' },
    });
    expect(created.nameFi).toBe('Rajapintaesimerkki Oy');
    const read = await api.get('/organisations/{id}', { path: { id: created.id } });
    expect(read.id).toBe(created.id);
  });

  it('pages through a list with its cursor', async () => {
    const seen = new Set<string>();
    let cursor: string | null = null;
    for (let page = 0; page < 3; page++) {
      const query: { limit: number; cursor?: string } = { limit: 5, ...(cursor && { cursor }) };
      const answer = await api.get('/organisations', { query });
      expect(answer.items.length).toBe(5);
      for (const item of answer.items) seen.add(item.id);
      cursor = answer.nextCursor;
      expect(cursor).not.toBeNull();
    }
    expect(seen.size).toBe(15);
  });

  it("reads a network's situational picture", async () => {
    const picture = await api.get('/pictures', { query: { scope: 'network', id: NETWORK } });
    expect(picture).toMatchObject({ scope: expect.objectContaining({ kind: 'network' }) });
  });
});
