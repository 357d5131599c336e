import { describe, expect, it } from 'vitest';
import { securityWorld } from './world.js';

/**
 * The organisation list filters by network, ecosystem and competence look through join tables. A caller
 * must learn nothing from them about records they cannot read: a private network of another workspace,
 * or a private membership row of a public network, filters to nothing for them.
 */
const world = await securityWorld();
const { call, actors } = world;

async function made(path: string, workspace: string, body: Record<string, unknown>) {
  const res = await call('POST', `/api/v1/${path}?workspace=${workspace}`, body);
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return String(res.body.id);
}

// A public organisation of workspace B, member of B's private network and of a public network through a
// private membership row; it offers a private competence and needs a public one through a public row.
const org = await made('organisations', 'ws-b', {
  nameFi: 'Julkinen Oy',
  kind: 'company',
  visibility: 'public',
});
const privateNetwork = await made('networks', 'ws-b', {
  slug: 'private-b',
  kind: 'other',
  nameFi: 'Yksityinen',
  visibility: 'private',
});
const publicNetwork = await made('networks', 'ws-b', {
  slug: 'public-b',
  kind: 'other',
  nameFi: 'Julkinen',
  visibility: 'public',
});
const ecosystem = await made('ecosystems', 'ws-b', { slug: 'eco-b', nameFi: 'Eko', visibility: 'private' });
const secret = await made('competences', 'ws-b', {
  slug: 'secret',
  nameFi: 'Salainen',
  visibility: 'private',
});
const open = await made('competences', 'ws-b', { slug: 'open', nameFi: 'Avoin', visibility: 'public' });
const member = { organisationId: org, role: 'member' };
await made('network-members', 'ws-b', { ...member, networkId: privateNetwork, visibility: 'public' });
await made('network-members', 'ws-b', { ...member, networkId: publicNetwork, visibility: 'private' });
await made('ecosystem-members', 'ws-b', {
  organisationId: org,
  ecosystemId: ecosystem,
  role: 'core',
  visibility: 'public',
});
const competence = { organisationId: org, visibility: 'public' };
await made('organisation-competences', 'ws-b', { ...competence, competenceId: secret, direction: 'offer' });
await made('organisation-competences', 'ws-b', { ...competence, competenceId: open, direction: 'need' });

const FILTERS = [
  ['a private network', `networkId=${privateNetwork}`],
  ['a private membership of a public network', `networkId=${publicNetwork}`],
  ['a private ecosystem', `ecosystemId=${ecosystem}`],
  ['a private competence offered', `offers=${secret}`],
] as const;

async function total(who: keyof typeof actors, filter: string) {
  const res = await actors[who]('GET', `/api/v1/organisations?${filter}`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body.total as number;
}

describe('organisation filters through join tables', () => {
  it.each(FILTERS)('%s: the admin finds the organisation', async (_name, filter) => {
    expect(await total('admin', filter)).toBe(1);
  });

  it.each(FILTERS)('%s: others (viewer, editor, token, anonymous) find nothing', async (_name, filter) => {
    for (const who of ['viewer', 'editor', 'token', 'anonymous', 'coordinator'] as const) {
      expect(await total(who, filter), who).toBe(0);
    }
  });

  it('a public competence needed through a public row filters for everyone', async () => {
    for (const who of ['admin', 'viewer', 'anonymous'] as const) {
      expect(await total(who, `needs=${open}`), who).toBe(1);
      expect(await total(who, `offers=${open}`), who).toBe(0);
    }
  });
});
