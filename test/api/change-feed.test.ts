import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { createSession } from '../../src/server/auth/sessions.js';
import { SESSION_COOKIE } from '../../src/server/auth/settings.js';
import { inTransaction } from '../../src/server/db/database.js';
import { changesAfter } from '../../src/server/modules/changes/feed.repository.js';
import { runRetention } from '../../src/server/modules/retention/retention.job.js';
import { caller, type Call } from '../db.js';
import { securityWorld } from '../security/world.js';

/** GET /api/v1/changes: each resource's changes after a cursor, as far as the caller may read them. */
const world = await securityWorld();
const { db, app, actors } = world;
const editorB = await world.db
  .selectFrom('users')
  .select('id')
  .where('email', '=', 'editor@b.example')
  .executeTakeFirstOrThrow();

type Item = { position: number; id: string; operation: string; record?: Record<string, unknown> };

/** Until every transaction that wrote a change has ended, the feed holds its changes back. */
async function settled() {
  for (let i = 0; i < 100; i++) {
    const r = await sql<{ done: boolean }>`
      select pg_snapshot_xmin(pg_current_snapshot()) > coalesce(max(txid), '0'::xid8) as done
      from changes`.execute(db);
    if (r.rows[0]?.done) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('The change log did not settle');
}

async function start(who: Call = actors.admin) {
  const res = await who('GET', '/api/v1/changes/cursor');
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return String(res.body.cursor);
}

/** Every page after the cursor: the items and the cursor to go on from. */
async function follow(who: Call, cursor: string, resource = 'organisations', limit = 100) {
  await settled();
  const items: Item[] = [];
  let next = cursor;
  for (let pages = 0; pages < 50; pages++) {
    const res = await who('GET', `/api/v1/changes?resource=${resource}&cursor=${next}&limit=${limit}`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    items.push(...res.body.items);
    next = res.body.nextCursor;
    if (!res.body.hasMore) return { items, cursor: next };
  }
  throw new Error('The feed did not end');
}

async function organisation(who: Call, workspace: string, nameFi: string, visibility: string) {
  const res = await who('POST', `/api/v1/organisations?workspace=${workspace}`, {
    nameFi,
    kind: 'company',
    visibility,
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return String(res.body.id);
}

const sessionOf = async (userId: string): Promise<Call> => {
  const session = await createSession(db, userId, { idleMinutes: 60, absoluteHours: 12 }, new Date());
  return (method, path, body, headers = {}) =>
    caller(app, null)(method, path, body, { cookie: `${SESSION_COOKIE}=${session.token}`, ...headers });
};

describe('the change feed', () => {
  it('gives created and updated records as they are now, in order, then a tombstone of the deletion', async () => {
    const cursor = await start();
    const id = await organisation(actors.editor, 'ws-a', 'Syötteen yritys', 'private');
    expect(
      (await actors.editor('PATCH', `/api/v1/organisations/${id}`, { nameFi: 'Uusi nimi' })).status,
    ).toBe(200);
    const first = await follow(actors.editor, cursor);
    expect(first.items.map((i) => [i.id, i.operation])).toEqual([
      [id, 'created'],
      [id, 'updated'],
    ]);
    expect(first.items[0]!.position).toBeLessThan(first.items[1]!.position);
    for (const item of first.items) expect(item.record).toMatchObject({ id, nameFi: 'Uusi nimi' });

    expect((await actors.editor('DELETE', `/api/v1/organisations/${id}`)).status).toBe(204);
    const after = await follow(actors.editor, first.cursor);
    expect(after.items).toHaveLength(1);
    const tombstone = after.items[0]!;
    expect(Object.keys(tombstone).sort()).toEqual([
      'href',
      'id',
      'occurredAt',
      'operation',
      'position',
      'resource',
    ]);
    expect(tombstone).toMatchObject({ id, operation: 'deleted', resource: 'organisations' });
    // Read again from the start, the record is gone: only its tombstone is left to tell.
    expect((await follow(actors.editor, cursor)).items.map((i) => i.operation)).toEqual(['deleted']);
    // And nothing new after the last cursor.
    expect((await follow(actors.editor, after.cursor)).items).toEqual([]);
  });

  it('pages with the cursor give each change once, in order', async () => {
    const cursor = await start();
    const ids: string[] = [];
    for (let i = 0; i < 7; i++) ids.push(await organisation(actors.admin, 'ws-a', `Sivutus ${i}`, 'public'));
    const paged = await follow(actors.viewer, cursor, 'organisations', 3);
    expect(paged.items.map((i) => i.id)).toEqual(ids);
    const positions = paged.items.map((i) => i.position);
    expect(new Set(positions).size).toBe(positions.length);
  });

  it("never shows another workspace's private records to a reader, not even their tombstones", async () => {
    const cursor = await start();
    const editorOfB = await sessionOf(editorB.id);
    const hidden = await organisation(actors.admin, 'ws-b', 'Toisen salainen', 'private');
    await actors.admin('PATCH', `/api/v1/organisations/${hidden}`, { nameFi: 'Yhä salainen' });
    const shown = await organisation(actors.admin, 'ws-b', 'Toisen julkinen', 'public');
    expect((await actors.admin('DELETE', `/api/v1/organisations/${hidden}`)).status).toBe(204);

    for (const who of ['viewer', 'token', 'anonymous', 'coordinator'] as const) {
      const ids = (await follow(actors[who], cursor)).items.map((i) => i.id);
      expect(ids, who).toEqual([shown]);
    }
    // The workspace's own editor (signed in with a session) sees its private record's whole story.
    const own = await follow(editorOfB, cursor);
    expect(own.items.filter((i) => i.id === hidden).map((i) => i.operation)).toEqual(['deleted']);
    expect(own.items.map((i) => i.id)).toContain(shown);
  });

  it('tells a reader who may no longer read a record to drop it, and keeps it from those who never could', async () => {
    const shared = await organisation(actors.admin, 'ws-b', 'Ensin julkinen', 'public');
    const cursor = await start();
    await actors.admin('PATCH', `/api/v1/organisations/${shared}`, { visibility: 'private' });
    expect((await follow(actors.viewer, cursor)).items).toEqual([
      expect.objectContaining({ id: shared, operation: 'deleted' }),
    ]);
    expect((await follow(actors.admin, cursor)).items).toEqual([
      expect.objectContaining({ id: shared, operation: 'updated', record: expect.any(Object) }),
    ]);

    // Made private and then deleted, it is still dropped by the reader who had it.
    const brief = await organisation(actors.admin, 'ws-b', 'Hetken julkinen', 'public');
    const before = await start();
    await actors.admin('PATCH', `/api/v1/organisations/${brief}`, { visibility: 'private' });
    expect((await actors.admin('DELETE', `/api/v1/organisations/${brief}`)).status).toBe(204);
    expect((await follow(actors.viewer, before)).items).toEqual([
      expect.objectContaining({ id: brief, operation: 'deleted' }),
    ]);

    const secret = await organisation(actors.admin, 'ws-b', 'Aina salainen', 'private');
    const later = await start();
    await actors.admin('PATCH', `/api/v1/organisations/${secret}`, { nameFi: 'Salainen yhä' });
    expect((await follow(actors.viewer, later)).items).toEqual([]);
  });

  it("shows a link row's tombstone only to readers of the records it joined", async () => {
    const a = await organisation(actors.admin, 'ws-b', 'Julkinen A', 'public');
    const hiddenEnd = await organisation(actors.admin, 'ws-b', 'Salainen B', 'private');
    const visibleEnd = await organisation(actors.admin, 'ws-b', 'Julkinen C', 'public');
    const relation = async (to: string) => {
      const res = await actors.admin('POST', '/api/v1/relations?workspace=ws-b', {
        fromOrganisationId: a,
        toOrganisationId: to,
        kind: 'collaboration',
        visibility: 'public',
      });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      return String(res.body.id);
    };
    const toHidden = await relation(hiddenEnd);
    const toVisible = await relation(visibleEnd);
    const cursor = await start();
    for (const id of [toHidden, toVisible])
      expect((await actors.admin('DELETE', `/api/v1/relations/${id}`)).status).toBe(204);
    const seen = (await follow(actors.viewer, cursor, 'relations')).items.map((i) => i.id);
    expect(seen).toEqual([toVisible]);
    const all = (await follow(actors.admin, cursor, 'relations')).items.map((i) => i.id);
    expect(all).toEqual([toHidden, toVisible]);
  });

  it('records a write and its change in one transaction: a write that fails leaves no change', async () => {
    const workspaceId = world.ws['ws-a']!;
    const kept = await inTransaction(db, async (trx) => {
      const row = await trx
        .insertInto('organisations')
        .values({ nameFi: 'Pysyvä', kind: 'company', workspaceId })
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    });
    let inside = -1;
    let failed = '';
    await expect(
      inTransaction(db, async (trx) => {
        const row = await trx
          .insertInto('organisations')
          .values({ nameFi: 'Peruttu', kind: 'company', workspaceId })
          .returning('id')
          .executeTakeFirstOrThrow();
        failed = row.id;
        inside = (await trx.selectFrom('changes').select('position').where('recordId', '=', row.id).execute())
          .length;
        throw new Error('the write fails after its insert');
      }),
    ).rejects.toThrow('the write fails');
    expect(inside).toBe(1);
    const count = async (id: string) =>
      (await db.selectFrom('changes').select('position').where('recordId', '=', id).execute()).length;
    expect(await count(failed)).toBe(0);
    expect(await count(kept)).toBe(1);
  });

  it('orders by transaction as a number, not as its text', async () => {
    // Transactions long ended (the cluster is far past them), on both sides of a digit boundary.
    const workspaceId = world.ws['ws-a']!;
    const row = (txid: string, recordId: string) =>
      sql`insert into changes (txid, resource, record_id, operation, workspace_id, visibility)
        values (${txid}::xid8, 'probe', ${recordId}, 'created', ${workspaceId}, 'public')`.execute(db);
    const [early, late] = ['00000000-0000-4000-8000-000000000001', '00000000-0000-4000-8000-000000000002'];
    await row('100', late);
    await row('99', early);
    const rows = await changesAfter(db, 'probe', '0', 0, 10);
    expect(rows.map((r) => [r.txid, r.recordId])).toEqual([
      ['99', early],
      ['100', late],
    ]);
    expect((await changesAfter(db, 'probe', '99', rows[0]!.position, 10)).map((r) => r.recordId)).toEqual([
      late,
    ]);
  });

  it('refuses a cursor that is not one it gave, with the error shape', async () => {
    const cursor = await start();
    const next = (await follow(actors.admin, cursor)).cursor;
    const edited = Buffer.from(
      Buffer.from(next, 'base64url')
        .toString('utf8')
        .replace(/\.(\d+)\.([^.]+)$/, '.9$1.$2'),
    ).toString('base64url');
    for (const bad of ['not-a-cursor', edited, Buffer.from('c1.x.y').toString('base64url')]) {
      const res = await actors.admin('GET', `/api/v1/changes?resource=organisations&cursor=${bad}`);
      expect(res.status, bad).toBe(400);
      expect(res.body.error).toMatchObject({ code: 'invalid_cursor', details: [{ path: 'cursor' }] });
    }
    // The next cursor of one resource is not another's.
    const other = await actors.admin('GET', `/api/v1/changes?resource=relations&cursor=${next}`);
    expect(other.status).toBe(400);
    expect((await actors.admin('GET', '/api/v1/changes?resource=organisations')).status).toBe(400);
    expect((await actors.admin('GET', `/api/v1/changes?resource=users&cursor=${cursor}`)).status).toBe(400);
  });

  it('answers 410 with what to do once the changes after a cursor are pruned, then starts again', async () => {
    const cursor = await start();
    await organisation(actors.admin, 'ws-a', 'Vanha muutos', 'public');
    await settled();
    const log = { info: () => {} };
    await runRetention(db, log, new Date(Date.now() + 31 * 24 * 3600 * 1000));
    expect(await db.selectFrom('changes').select('position').execute()).toEqual([]);

    const gone = await actors.admin('GET', `/api/v1/changes?resource=organisations&cursor=${cursor}`);
    expect(gone.status).toBe(410);
    expect(gone.body.error.code).toBe('cursor_expired');
    expect(gone.body.error.message).toMatch(/GET \/api\/v1\/changes\/cursor/);
    const fi = await actors.admin(
      'GET',
      `/api/v1/changes?resource=organisations&cursor=${cursor}`,
      undefined,
      {
        'accept-language': 'fi-FI,fi;q=0.9,en;q=0.8',
      },
    );
    expect(fi.body.error.message).toMatch(/^Muutosten kohdistin on liian vanha/);
    const sv = await actors.admin(
      'GET',
      `/api/v1/changes?resource=organisations&cursor=${cursor}`,
      undefined,
      {
        'accept-language': 'sv',
      },
    );
    expect(sv.body.error.message).toMatch(/^Ändringsmarkören är för gammal/);

    const fresh = await start();
    const id = await organisation(actors.admin, 'ws-a', 'Uusi alku', 'public');
    expect((await follow(actors.admin, fresh)).items.map((i) => i.id)).toEqual([id]);
  });
});
