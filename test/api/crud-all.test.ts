import { describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { testApp } from '../db.js';
import { RESOURCES } from '../../src/server/modules/index.js';
import { API, Factory, FIXTURES, RESOURCE_CASES, expectError, fixtureFor, type Body } from './fixtures.js';

const { call, db, admin } = await testApp();
const f = new Factory(call);

/** Values the API gives back for what was sent: numbers and strings as sent, date-times normalised to UTC. */
function expectEcho(record: Body, sent: Body) {
  for (const [key, value] of Object.entries(sent)) {
    if (typeof value === 'string' && /T\d\d:\d\d/.test(value)) {
      expect(Date.parse(record[key]), key).toBe(Date.parse(value));
    } else {
      expect(record[key], key).toEqual(value);
    }
  }
}

describe('every resource has a fixture', () => {
  it('the fixture map covers RESOURCES exactly', () => {
    expect(Object.keys(FIXTURES).sort()).toEqual(RESOURCES.map((r) => r.path).sort());
  });

  it.each(RESOURCE_CASES)('%s: searchable resources have a search term', (path, def) => {
    if (def.searchable) expect(fixtureFor(path).search, `${path} is searchable`).toBeTruthy();
    else expect(fixtureFor(path).search, `${path} is not searchable`).toBeUndefined();
  });
});

describe('create, read, update, list, search and delete', () => {
  it.each(RESOURCE_CASES)('%s', async (path, def) => {
    const fixture = fixtureFor(path);
    const body = await fixture.create(f);

    // create
    const created = await call('POST', `${API}/${path}`, body);
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const record = created.body as Body;
    expect(typeof record.id).toBe('string');
    expectEcho(record, body);
    const label = `user:${admin.userId}`;
    expect(record).toMatchObject({ createdBy: label, updatedBy: label });
    // records land in the caller's one editor workspace, private unless the body says otherwise
    expect(record).toMatchObject({ workspaceId: admin.workspaceId, visibility: 'private' });
    expect(Date.parse(record.createdAt)).not.toBeNaN();
    for (const key of Object.keys(record)) expect(key, 'JSON is camelCase').toMatch(/^[a-z][a-zA-Z0-9]*$/);
    expect(record).not.toHaveProperty('searchVector');
    const id = String(record.id);

    // read by id, and by slug where the entity has one
    const read = await call('GET', `${API}/${path}/${id}`);
    expect(read.status).toBe(200);
    expect(read.body).toEqual(record);
    if (def.alternateKeys?.includes('slug')) {
      const bySlug = await call('GET', `${API}/${path}/${String(record.slug)}`);
      expect(bySlug.status).toBe(200);
      expect(bySlug.body.id).toBe(id);
    }

    // update one field; the rest stays
    const updated = await call('PATCH', `${API}/${path}/${id}`, fixture.update);
    expect(updated.status, JSON.stringify(updated.body)).toBe(200);
    expectEcho(updated.body, fixture.update);
    expectEcho(
      updated.body,
      Object.fromEntries(Object.entries(body).filter(([k]) => !(k in fixture.update))),
    );
    expect(updated.body.createdAt).toBe(record.createdAt);
    expect(Date.parse(updated.body.updatedAt)).toBeGreaterThanOrEqual(Date.parse(record.updatedAt));
    expect((await call('GET', `${API}/${path}/${id}`)).body).toEqual(updated.body);

    // list
    const listed = await call('GET', `${API}/${path}?limit=200`);
    expect(listed.status).toBe(200);
    expect(listed.body.total).toBeGreaterThanOrEqual(1);
    expect(listed.body.items.map((i: Body) => i.id)).toContain(id);
    expect(listed.body.items.find((i: Body) => i.id === id)).toEqual(updated.body);

    // search
    if (def.searchable) {
      const found = await call('GET', `${API}/${path}?q=${encodeURIComponent(fixture.search ?? '')}`);
      expect(found.status).toBe(200);
      expect(found.body.total).toBeGreaterThanOrEqual(1);
      expect(found.body.items.map((i: Body) => i.id)).toContain(id);
      const none = await call('GET', `${API}/${path}?q=xyzzyplugh`);
      expect(none.body.items.map((i: Body) => i.id)).not.toContain(id);
    } else {
      expectError(await call('GET', `${API}/${path}?q=anything`), 400);
    }

    // delete, then it is gone
    expect((await call('DELETE', `${API}/${path}/${id}`)).status).toBe(204);
    expectError(await call('GET', `${API}/${path}/${id}`), 404, 'not_found');
    expectError(await call('DELETE', `${API}/${path}/${id}`), 404, 'not_found');
    expect((await call('GET', `${API}/${path}?limit=200`)).body.items.map((i: Body) => i.id)).not.toContain(
      id,
    );
  });
});

describe('paging', () => {
  it.each(RESOURCE_CASES)(
    '%s: every sort field pages through all records once, both directions',
    async (path, def) => {
      const ids = new Set<string>();
      for (let i = 0; i < 3; i++) ids.add(await f.id(path));
      for (const field of def.sortable) {
        for (const sort of [field, `-${field}`]) {
          const seen: string[] = [];
          let cursor: string | null = null;
          for (let guard = 0; guard < 50; guard++) {
            const res: { status: number; body: Body } = await call(
              'GET',
              `${API}/${path}?limit=2&sort=${sort}${cursor ? `&cursor=${cursor}` : ''}`,
            );
            expect(res.status, JSON.stringify(res.body)).toBe(200);
            seen.push(...res.body.items.map((i: Body) => String(i.id)));
            cursor = res.body.nextCursor;
            if (!cursor) break;
          }
          const total = (await call('GET', `${API}/${path}?limit=1`)).body.total;
          expect(new Set(seen).size, `${path} sort=${sort} repeats no record`).toBe(seen.length);
          expect(seen.length, `${path} sort=${sort} visits every record`).toBe(total);
          for (const id of ids) expect(seen).toContain(id);
        }
      }
    },
  );

  it.each(RESOURCE_CASES)(
    '%s: sortable columns are NOT NULL (keyset paging skips nulls)',
    async (_path, def) => {
      const snake = (s: string) => s.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
      const { rows } = await sql<{ columnName: string; isNullable: string }>`
      select column_name, is_nullable from information_schema.columns where table_name = ${snake(def.table)}`.execute(
        db,
      );
      for (const field of def.sortable) {
        expect(rows.find((r) => r.columnName === snake(field))?.isNullable, `${def.table}.${field}`).toBe(
          'NO',
        );
      }
    },
  );

  it('pages strategy goals without a target year', async () => {
    const strategyId = await f.id('strategies');
    for (const targetYear of [null, 2030, null]) await f.make('strategy-goals', { strategyId, targetYear });
    for (const sort of ['targetYear', '-targetYear']) {
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const page: { status: number; body: Body } = await call(
          'GET',
          `${API}/strategy-goals?strategyId=${strategyId}&limit=1&sort=${sort}${cursor ? `&cursor=${cursor}` : ''}`,
        );
        if (page.status !== 200) {
          expectError(page, 400); // a sort the API no longer offers is refused, not answered wrongly
          break;
        }
        seen.push(...page.body.items.map((i: Body) => String(i.id)));
        cursor = page.body.nextCursor;
      } while (cursor && seen.length < 10);
      if (seen.length) expect(seen).toHaveLength(3);
    }
  });

  it('rejects bad paging and sort parameters', async () => {
    for (const query of ['limit=0', 'limit=201', 'limit=abc', 'sort=nope', 'sort=-', 'cursor=garbage']) {
      expectError(await call('GET', `${API}/organisations?${query}`), 400);
    }
  });
});

describe('text search stems Finnish and Swedish', () => {
  it('finds inflected forms', async () => {
    const eco = await f.make('ecosystems', {
      nameFi: 'Kiertotalouden ekosysteemi',
      descriptionFi: 'Yritykset kehittävät kaupungeissa uusia palveluita',
      nameSv: 'Cirkulär ekonomi',
      descriptionSv: 'Företagen utvecklar tjänster i städerna',
    });
    const ids = async (q: string) =>
      (await call('GET', `${API}/ecosystems?q=${encodeURIComponent(q)}`)).body.items.map((i: Body) => i.id);
    expect(await ids('kaupungit')).toContain(eco.id); // fi: kaupungeissa
    expect(await ids('palvelu')).toContain(eco.id); // fi: palveluita
    expect(await ids('företag')).toContain(eco.id); // sv: företagen
    expect(await ids('tjänst')).toContain(eco.id); // sv: tjänster
    expect(await ids('kierto')).toContain(eco.id); // prefix as you type
    expect(await ids('metalliteollisuus')).not.toContain(eco.id);
  });
});
