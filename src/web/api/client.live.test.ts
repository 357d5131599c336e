/**
 * The web app's typed client as an integration uses it, against a live Solmu (a real process on the
 * embedded PostgreSQL): sign in with an API token, create an organisation, page through a list, read a
 * situational picture. The client is typed from the document the server serves (`npm run api:types`).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeApiToken } from '../../../e2e/support/api-token';
import { startSolmu, type Running } from '../../../e2e/support/solmu';
import { api, connectApi } from './client';

const NETWORK = 'seutukaupunkien-innovaatioekosysteemiverkosto';
let solmu: Running;

beforeAll(async () => {
  solmu = await startSolmu();
  connectApi({
    origin: solmu.base,
    token: await makeApiToken(
      solmu.base,
      solmu.links['Verkostokoordinaattori (Iisalmi)']!,
      'typed client test',
    ),
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
