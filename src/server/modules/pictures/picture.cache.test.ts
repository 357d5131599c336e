/**
 * The picture cache, through the app on real PostgreSQL: a repeated request is answered from the cache
 * (one statement: the data version), any write to what a picture reads (through the API or straight into
 * the database) gives the next request a new picture, equal to one computed afresh, and callers who may
 * read different rows never share one.
 */
import pg from 'pg';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { caller, grantToken, testDatabase } from '../../../../test/db.js';
import { createApp } from '../../app.js';
import { createDatabase } from '../../db/database.js';
import { PictureCache } from './picture.cache.js';

const { db, url } = await testDatabase();
let statements: string[] = [];
// The API limit's count of each request (rate_limits) is not the picture's work.
const counted = createDatabase(url, 4, (event) => {
  if (event.level === 'query' && !event.query.sql.includes('"rate_limits"')) statements.push(event.query.sql);
});
afterAll(() => counted.destroy());
const security = { apiRequestsPerMinute: 1_000_000 };
const app = createApp({ db: counted, version: 'test', security });
const admin = caller(
  app,
  (await grantToken(db, { email: 'a@x.example', workspace: 'test', isAdmin: true })).token,
);
const editorB = caller(app, (await grantToken(db, { email: 'b@x.example', workspace: 'ws-b' })).token);
const anonymous = caller(app, null);

/** The same picture computed by an app with an empty cache. */
const fresh = () => caller(createApp({ db, version: 'test', security }), null);

const PICTURE = '/api/v1/pictures?scope=network&id=cache-network';
const made = async (path: string, body: object, workspace = 'test') => {
  const res = await admin('POST', `/api/v1/${path}?workspace=${workspace}`, {
    visibility: 'public',
    ...body,
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.id as string;
};
const network = await made('networks', {
  slug: 'cache-network',
  kind: 'town_network',
  nameFi: 'Välimuistiverkko',
});
const org = (nameFi: string, tolCode: string) =>
  made('organisations', { kind: 'company', nameFi, municipalityCode: '740', tolCode });
const [sawmill, boatyard, software] = [
  await org('Saha Oy', '16100'),
  await org('Veneveistämö Oy', '30120'),
  await org('Ohjelmisto Oy', '62010'),
];
for (const organisationId of [sawmill, boatyard])
  await made('network-members', { networkId: network, organisationId, role: 'member' });

type Picture = {
  composition: { organisations: number };
  network: { relations: number; actors: { organisationId: string; name: string }[] };
  competences: { offered: { label: string }[] };
};
async function picture(who = anonymous): Promise<Picture> {
  const res = await who('GET', PICTURE);
  expect(res.status, JSON.stringify(res.body).slice(0, 300)).toBe(200);
  return res.body as Picture;
}
/** The anonymous picture after a write: new, and the same as one computed afresh. */
async function changed(before: Picture) {
  const after = await picture();
  expect(after).not.toEqual(before);
  expect(after).toEqual((await fresh()('GET', PICTURE)).body);
  return after;
}

beforeEach(() => {
  statements = [];
});

describe('the picture cache', () => {
  it('answers a repeated request from the cache: one statement, the data version', async () => {
    const first = await picture();
    expect(statements.length).toBeGreaterThan(5);
    statements = [];
    const second = await picture();
    expect(second).toEqual(first);
    expect(statements).toEqual(['select "version" from "data_version"']);
  });

  it('gives a new picture after a write to an organisation, relation, membership, competence or project', async () => {
    let before = await picture();

    await admin('PATCH', `/api/v1/organisations/${sawmill}`, { nameFi: 'Uusi Saha Oy' });
    before = await changed(before);
    expect(before.network.actors.map((a) => a.name)).toContain('Uusi Saha Oy');

    await made('relations', {
      fromOrganisationId: sawmill,
      toOrganisationId: boatyard,
      kind: 'supply_chain',
    });
    before = await changed(before);
    expect(before.network.relations).toBe(1);

    const membership = await made('network-members', {
      networkId: network,
      organisationId: software,
      role: 'member',
    });
    before = await changed(before);
    expect(before.composition.organisations).toBe(3);

    await made('organisation-competences', {
      organisationId: boatyard,
      direction: 'offer',
      tag: 'lujitemuovi',
    });
    before = await changed(before);
    expect(before.competences.offered.map((c) => c.label)).toContain('lujitemuovi');

    const project = await made('projects', { nameFi: 'Puuvene 2030' });
    await made('project-roles', { projectId: project, organisationId: boatyard, role: 'main_implementer' });
    before = await changed(before);
    expect(JSON.stringify(before)).toContain('Puuvene 2030');

    const res = await admin('DELETE', `/api/v1/network-members/${membership}`);
    expect(res.status).toBe(204);
    before = await changed(before);
    expect(before.network.actors.map((a) => a.organisationId)).not.toContain(software);
  });

  it('sees a deleted organisation disappear, and writes made outside the app', async () => {
    let before = await picture();
    expect((await admin('DELETE', `/api/v1/organisations/${boatyard}`)).status).toBe(204);
    before = await changed(before);
    expect(before.network.actors.map((a) => a.organisationId)).not.toContain(boatyard);

    // Another process (the command line, an import) writes straight into the database.
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query(`update organisations set name_fi = 'Saha Oyj' where id = $1`, [sawmill]);
    await client.end();
    before = await changed(before);
    expect(before.network.actors.map((a) => a.name)).toEqual(['Saha Oyj']);
  });

  it('never gives one caller the picture of another who may read different rows', async () => {
    const hidden = await made(
      'organisations',
      { kind: 'company', nameFi: 'Yksityinen Oy', municipalityCode: '740', visibility: 'private' },
      'ws-b',
    );
    await made(
      'network-members',
      { networkId: network, organisationId: hidden, role: 'member', visibility: 'private' },
      'ws-b',
    );
    const names = async (who: typeof anonymous) => (await picture(who)).network.actors.map((a) => a.name);
    for (let round = 0; round < 2; round++) {
      expect(await names(anonymous)).not.toContain('Yksityinen Oy');
      expect(await names(editorB)).toContain('Yksityinen Oy');
      expect(await names(admin)).toContain('Yksityinen Oy');
    }
  });
});

describe('the data version', () => {
  const version = async () =>
    Number((await db.selectFrom('dataVersion').select('version').executeTakeFirstOrThrow()).version);

  it('moves once per committed transaction that writes a picture table, and not before its commit', async () => {
    const start = await version();
    await db.transaction().execute(async (trx) => {
      await trx.updateTable('organisations').set({ nameFi: 'Saha A' }).where('id', '=', sawmill).execute();
      await trx.updateTable('organisations').set({ nameFi: 'Saha B' }).where('id', '=', sawmill).execute();
      await trx.updateTable('relations').set({ weight: 2 }).execute();
      expect(await version()).toBe(start); // another connection sees the committed version
    });
    expect(await version()).toBe(start + 1);
    expect(await db.selectFrom('dataChanges').selectAll().execute()).toEqual([]);
  });

  it('stays when a transaction rolls back or writes only elsewhere', async () => {
    const start = await version();
    await expect(
      db.transaction().execute(async (trx) => {
        await trx.updateTable('organisations').set({ nameFi: 'Ei' }).where('id', '=', sawmill).execute();
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    await db.updateTable('workspaces').set({ nameFi: 'B' }).where('slug', '=', 'ws-b').execute();
    expect(await version()).toBe(start);
  });
});

describe('PictureCache', () => {
  const bytes = (n: number) => Buffer.alloc(n);

  it('keeps the most recently used within its bytes and entries', async () => {
    const cache = new PictureCache({ maxBytes: 100, maxEntries: 3 });
    for (const key of ['a', 'b', 'c']) await cache.get(key, 1, async () => bytes(30));
    await cache.get('a', 1, async () => bytes(30)); // a is now the most recent
    await cache.get('d', 1, async () => bytes(30)); // over 100 bytes: b goes
    expect(cache.size).toEqual({ entries: 3, bytes: 90 });
    let computed = 0;
    const count = async () => {
      computed++;
      return bytes(30);
    };
    for (const key of ['a', 'c', 'd']) await cache.get(key, 1, count);
    expect(computed).toBe(0);
    await cache.get('b', 1, count);
    expect(computed).toBe(1);
    await cache.get('e', 1, async () => bytes(101)); // larger than the whole cache: not kept
    expect(cache.size.bytes).toBeLessThanOrEqual(100);
  });

  it('computes once for requests that miss together, keeps no failure, and replaces older versions', async () => {
    const cache = new PictureCache();
    let computed = 0;
    const slow = async () => {
      computed++;
      await new Promise((r) => setTimeout(r, 10));
      return bytes(1);
    };
    await Promise.all([cache.get('k', 1, slow), cache.get('k', 1, slow), cache.get('k', 1, slow)]);
    expect(computed).toBe(1);
    await expect(cache.get('k', 2, () => Promise.reject(new Error('no')))).rejects.toThrow('no');
    await cache.get('k', 2, slow);
    expect(computed).toBe(2);
    expect(cache.size.entries).toBe(1);
  });
});
