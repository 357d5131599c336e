/**
 * A list's `total` and paging stay exact whether the first page holds every match (then no count query
 * runs) or not, for every caller and filter; the records go out with their declared fields only.
 */
import { describe, expect, it } from 'vitest';
import { caller, grantToken, testApp } from '../db.js';

const { app, db, call } = await testApp();
const viewer = caller(app, (await grantToken(db, { email: 'viewer@b.example', workspace: 'ws-b' })).token);
const anonymous = caller(app, null);

// Seven public organisations of 'test' (three in Savonlinna) and two private ones of workspace B.
for (let i = 0; i < 7; i++) {
  await call('POST', '/api/v1/organisations', {
    kind: 'company',
    nameFi: `Listayhtiö ${i}`,
    municipalityCode: i < 3 ? '740' : '091',
    visibility: 'public',
  });
}
for (let i = 0; i < 2; i++) {
  await call('POST', '/api/v1/organisations?workspace=ws-b', {
    kind: 'company',
    nameFi: `Yksityinen ${i}`,
    municipalityCode: '740',
    visibility: 'private',
  });
}

type Page = { items: { id: string; nameFi: string }[]; nextCursor: string | null; total: number };

async function allPages(get: typeof call, query: string, limit: number) {
  const pages: Page[] = [];
  let cursor: string | null = null;
  do {
    const res = await get(
      'GET',
      `/api/v1/organisations?${query}&limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`,
    );
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    pages.push(res.body as Page);
    cursor = (res.body as Page).nextCursor;
  } while (cursor);
  return pages;
}

describe('list totals', () => {
  it.each([
    ['anonymous, all', anonymous, 'sort=nameFi', 7],
    ['anonymous, Savonlinna', anonymous, 'municipalityCode=740', 3],
    ['workspace B viewer, Savonlinna', viewer, 'municipalityCode=740', 5],
    ['workspace B viewer, search', viewer, 'q=Yksityinen', 2],
  ] as const)('%s: the same total on every page, whatever the page size', async (_, who, query, count) => {
    for (const limit of [1, 2, count, count + 1, 50]) {
      const pages = await allPages(who, query, limit);
      expect(pages.map((p) => p.total)).toEqual(pages.map(() => count));
      const ids = pages.flatMap((p) => p.items.map((i) => i.id));
      expect(ids).toHaveLength(count);
      expect(new Set(ids).size).toBe(count);
    }
  });

  it('a filter nothing matches gives an empty page and 0', async () => {
    const res = await anonymous('GET', '/api/v1/organisations?municipalityCode=999');
    expect(res.body).toEqual({ items: [], nextCursor: null, total: 0 });
  });

  it('sends the declared fields of a record and not the cursor it was paged by', async () => {
    const res = await anonymous('GET', '/api/v1/organisations?limit=2&sort=-createdAt');
    for (const item of res.body.items) {
      expect(item).not.toHaveProperty('cursorValue');
      expect(item).toMatchObject({ regionCode: expect.any(String), industry: null, status: null });
      expect(Object.keys(item).slice(0, 2)).toEqual(['id', 'workspaceId']);
    }
    const one = await anonymous('GET', `/api/v1/organisations/${res.body.items[0].id}`);
    expect(Object.keys(one.body)).toEqual(Object.keys(res.body.items[0]));
  });

  it('sends the person a public record names as null to the anonymous, in lists and single reads', async () => {
    const person = await call('POST', '/api/v1/people', {
      fullName: 'Yhteyshenkilö',
      lawfulBasis: 'legitimate_interests',
      purpose: 'yhteydenpito',
      source: 'tapaaminen',
      collectedOn: '2026-12-01',
    });
    expect(person.status, JSON.stringify(person.body)).toBe(201);
    const [a, b] = (await call('GET', '/api/v1/organisations?limit=2')).body.items;
    const relation = await call('POST', '/api/v1/relations', {
      fromOrganisationId: a.id,
      toOrganisationId: b.id,
      kind: 'collaboration',
      personId: person.body.id,
      visibility: 'public',
    });
    expect(relation.status, JSON.stringify(relation.body)).toBe(201);
    const listed = await anonymous('GET', '/api/v1/relations');
    expect(listed.body.items).toEqual([expect.objectContaining({ id: relation.body.id, personId: null })]);
    const one = await anonymous('GET', `/api/v1/relations/${relation.body.id}`);
    expect(one.body).toMatchObject({ personId: null, kind: 'collaboration' });
    const seen = await call('GET', `/api/v1/relations/${relation.body.id}`);
    expect(seen.body.personId).toBe(person.body.id);
  });
});
