import { describe, expect, it } from 'vitest';
import { MAPPING_TEMPLATE } from '../../src/domain/questionnaire-templates.js';
import type { Database } from '../../src/server/db/database.js';
import { testApp } from '../db.js';
import { respondentOf, roundWith } from '../support/mapping.js';

const NOW = new Date('2026-05-15T09:00:00Z');
const { db, anonymous } = await testApp({ now: () => NOW });
const round = await roundWith(db, 'kierros', MAPPING_TEMPLATE.content);

const workspace = async (slug: string) =>
  (await db.insertInto('workspaces').values({ slug, nameFi: slug }).returning('id').executeTakeFirstOrThrow())
    .id;
const partner = await workspace('kumppani');
const outsider = await workspace('ulkopuolinen');
const network = await db
  .insertInto('networks')
  .values({ workspaceId: partner, slug: 'verkosto', nameFi: 'Verkosto', kind: 'town_network' })
  .returning('id')
  .executeTakeFirstOrThrow();
await db
  .insertInto('workspaceNetworks')
  .values([round.workspaceId, partner].map((workspaceId) => ({ workspaceId, networkId: network.id })))
  .execute();

async function organisation(d: Database, workspaceId: string, nameFi: string, visibility: string) {
  return (
    await d
      .insertInto('organisations')
      .values({ workspaceId, nameFi, visibility, kind: 'company', municipalityCode: '740' })
      .returning('id')
      .executeTakeFirstOrThrow()
  ).id;
}
const ids = {
  public: await organisation(db, outsider, 'Sahatesti Oy', 'public'),
  ownPrivate: await organisation(db, round.workspaceId, 'Sahaoma Oy', 'private'),
  shared: await organisation(db, partner, 'Sahakumppani Oy', 'network'),
  notShared: await organisation(db, outsider, 'Sahavieras Oy', 'network'),
};

const search = (token: string, query: string) =>
  anonymous('GET', `/api/v1/answers/${token}/organisations?${query}`);

describe('the roster as a personal link may search it', () => {
  it('finds public organisations and those shared with the round’s networks, never private ones', async () => {
    const { token } = await respondentOf(db, round.roundId);
    const found = await search(token, 'q=saha');
    expect(found.status).toBe(200);
    expect(found.body.data.map((o: { name: string }) => o.name)).toEqual(['Sahakumppani Oy', 'Sahatesti Oy']);
    expect(Object.keys(found.body.data[0]).sort()).toEqual([
      'businessId',
      'id',
      'kind',
      'municipalityCode',
      'name',
    ]);
    const byIds = await search(token, `ids=${Object.values(ids).join(',')}`);
    expect(byIds.body.data.map((o: { id: string }) => o.id).sort()).toEqual([ids.public, ids.shared].sort());
    expect((await search(token, 'q=%25')).body.data).toEqual([]);
  });

  it('answers a wrong or revoked link with a refusal, never with organisations', async () => {
    expect((await search('x'.repeat(43), 'q=saha')).status).toBe(404);
    const revoked = await respondentOf(db, round.roundId, { tokenRevokedAt: NOW });
    const refused = await search(revoked.token, 'q=saha');
    expect([refused.status, refused.body.data]).toEqual([410, undefined]);
    expect((await search(revoked.token, 'ids=not-an-id')).status).toBe(400);
  });
});
