/**
 * A small world for the open data tests: records of every visibility (public, network, private), each
 * non-public one named "Secret…" so that a leak shows in any answer or file by its name or its id.
 */
import { expect } from 'vitest';
import type { Database } from '../../src/server/db/database.js';
import type { Call } from '../db.js';

export type OpenWorld = Awaited<ReturnType<typeof buildOpenWorld>>;

const VISIBILITIES = ['public', 'network', 'private'] as const;

export async function buildOpenWorld(db: Database, call: Call) {
  const create = async (path: string, body: object) => {
    const res = await call('POST', `/api/v1/${path}`, body);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body.id as string;
  };
  const name = (v: string, what: string) => (v === 'public' ? `Avoin ${what}` : `Secret ${v} ${what}`);
  const byVisibility = async (make: (v: (typeof VISIBILITIES)[number]) => Promise<string>) => {
    const ids = await Promise.all(VISIBILITIES.map(make));
    return { public: ids[0]!, network: ids[1]!, private: ids[2]! };
  };

  const organisations = await byVisibility((visibility) =>
    create('organisations', {
      kind: visibility === 'public' ? 'company' : 'rdi',
      nameFi: name(visibility, 'Saha Oy'),
      municipalityCode: visibility === 'public' ? '740' : '091',
      tolCode: visibility === 'public' ? '16100' : '62010',
      website: visibility === 'public' ? 'https://saha.example.fi' : undefined,
      visibility,
    }),
  );
  await db
    .updateTable('organisations')
    .set({ publicConsentOn: '2026-11-01' })
    .where('id', '=', organisations.public)
    .execute();
  const ecosystems = await byVisibility((visibility) =>
    create('ecosystems', {
      slug: `${visibility}-eco`,
      nameFi: name(visibility, 'metsäekosysteemi'),
      themes: ['biotalous'],
      municipalityCodes: ['740'],
      visibility,
    }),
  );
  const networks = await byVisibility((visibility) =>
    create('networks', {
      slug: `${visibility}-net`,
      kind: 'town_network',
      nameFi: name(visibility, 'verkosto'),
      visibility,
    }),
  );
  // The public network's towns: 740 by a public member; 091 by a private organisation, 167 by a private membership.
  await create('network-members', {
    networkId: networks.public,
    organisationId: organisations.public,
    role: 'member',
    municipalityCodes: ['740'],
    visibility: 'public',
  });
  await create('network-members', {
    networkId: networks.public,
    organisationId: organisations.private,
    role: 'member',
    municipalityCodes: ['091'],
    visibility: 'public',
  });
  await create('network-members', {
    networkId: networks.public,
    organisationId: organisations.network,
    role: 'partner',
    municipalityCodes: ['167'],
    visibility: 'private',
  });

  const event = (visibility: string, extra: object) =>
    create('events', { kind: 'webinar', titleFi: name(visibility, 'webinaari'), visibility, ...extra });
  const upcoming = { startsAt: '2027-03-01T10:00:00+02:00', endsAt: '2027-03-01T12:00:00+02:00' };
  const events = {
    // A public event of a private ecosystem and a public network: the ecosystem is not named.
    public: await event('public', {
      ...upcoming,
      municipalityCode: '740',
      location: 'Savonlinna-sali',
      isOnline: true,
      onlineUrl: 'https://meet.example.fi/webinaari',
      ecosystemId: ecosystems.private,
      networkId: networks.public,
    }),
    past: await event('public', { startsAt: '2025-03-01T10:00:00+02:00', municipalityCode: '740' }),
    network: await event('network', { ...upcoming, municipalityCode: '740' }),
    private: await event('private', { ...upcoming, municipalityCode: '740', networkId: networks.private }),
  };

  const { id: workspaceId } = await db
    .selectFrom('workspaces')
    .select('id')
    .where('slug', '=', 'test')
    .executeTakeFirstOrThrow();
  const published = new Date('2026-12-01T10:00:00Z');
  await db
    .insertInto('publicPages')
    .values([
      { workspaceId, municipalityCode: '740', path: 'savonlinna', publishedAt: published },
      { workspaceId, ecosystemId: ecosystems.public, path: 'savonlinna/metsa', publishedAt: published },
      { workspaceId, ecosystemId: ecosystems.private, path: 'savonlinna/secret-eco', publishedAt: published },
      { workspaceId, networkId: networks.network, path: 'secret-net', publishedAt: published },
      { workspaceId, networkId: networks.public, path: 'secret-unpublished' },
    ])
    .execute();

  const hiddenIds = [
    organisations.network,
    organisations.private,
    ecosystems.network,
    ecosystems.private,
    networks.network,
    networks.private,
    events.network,
    events.private,
  ];
  return { organisations, ecosystems, networks, events, hiddenIds };
}

/** Fails when the text names a record that is not public, by its name or its id. */
export function expectNoLeak(text: string, world: OpenWorld, where: string) {
  expect(text, where).not.toMatch(/secret/i);
  for (const id of world.hiddenIds) expect(text, where).not.toContain(id);
}
