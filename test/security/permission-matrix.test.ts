import { describe, expect, it } from 'vitest';
import { RESOURCES } from '../../src/server/modules/index.js';
import { Factory, fixtureFor, type Body } from '../api/fixtures.js';
import type { Call } from '../db.js';
import { ACTORS, PLACEMENTS, canSee, expectedWrite, securityWorld, type Placement } from './world.js';

const world = await securityWorld();
const { actors, placementWorkspace } = world;

/** The admin creating records (and what they depend on) in one workspace with one visibility. */
function placedCall(placement: Placement): Call {
  const [workspace, visibility] = placementWorkspace[placement];
  return (method, path, body, headers) => {
    if (method !== 'POST') return world.call(method, path, body, headers);
    const personal = path.includes('/people');
    const v = personal && visibility === 'public' ? 'network' : visibility;
    return world.call(
      method,
      `${path}?workspace=${workspace}`,
      { ...(body as Body), visibility: v },
      headers,
    );
  };
}

/**
 * Where a record counts as placed for its readers: a link row is readable only with the records it
 * joins (resources/links.ts), and a person is never public — a "public" role links a person shared in
 * B's network, so it reads as B's network-shared record does.
 */
function effectivePlacement(path: string, placement: Placement): Placement {
  // Of the link rows only a person's role always names a person (a participant may be an organisation).
  return path === 'person-roles' && placement === 'public' ? 'other' : placement;
}

const violations: string[] = [];
let checks = 0;
function check(label: string, actual: number, expected: number) {
  checks++;
  if (actual !== expected) violations.push(`${label}: expected ${expected}, got ${actual}`);
}

describe('permission matrix: every resource route × every actor × every placement', () => {
  it.each(RESOURCES.map((r) => [r.path, r] as const))('%s', async (path, def) => {
    const base = `/api/v1/${path}`;
    const records = {} as Record<Placement, Body>;
    for (const placement of PLACEMENTS) {
      if (def.personal && placement === 'public') continue; // personal data is never public
      records[placement] = await new Factory(placedCall(placement)).make(path);
    }
    for (const actor of ACTORS) {
      const call = actors[actor];
      const listed = new Set<string>();
      for (let cursor: string | null = null, first = true; first || cursor; first = false) {
        const page = await call('GET', `${base}?limit=200${cursor ? `&cursor=${cursor}` : ''}`);
        check(`${actor} GET ${base}`, page.status, 200);
        for (const item of page.body.items ?? []) listed.add(item.id);
        cursor = page.body.nextCursor;
      }
      for (const placement of PLACEMENTS) {
        const record = records[placement];
        if (!record) continue;
        const label = `${actor} × ${placement} × ${path}`;
        const placed = effectivePlacement(path, placement);
        check(
          `${label} GET one`,
          (await call('GET', `${base}/${record.id}`)).status,
          canSee(actor, placed) ? 200 : 404,
        );
        check(`${label} in list`, listed.has(record.id) ? 1 : 0, canSee(actor, placed) ? 1 : 0);
        const patch = await call('PATCH', `${base}/${record.id}`, { visibility: record.visibility });
        check(`${label} PATCH`, patch.status, expectedWrite(actor, placed));
        if (expectedWrite(actor, placed) !== 200) {
          check(
            `${label} DELETE`,
            (await call('DELETE', `${base}/${record.id}`)).status,
            expectedWrite(actor, placed),
          );
        }
      }
      // Creating: into A (own) and into B (someone else's workspace), with dependencies made in A.
      const body = await fixtureFor(path).create(new Factory(placedCall('own')));
      for (const [workspace, mine] of [
        ['ws-a', true],
        ['ws-b', false],
      ] as const) {
        const res = await call('POST', `${base}?workspace=${workspace}`, body);
        const expected =
          actor === 'anonymous'
            ? 401
            : actor === 'admin' || (mine && (actor === 'editor' || actor === 'token'))
              ? 201
              : 403;
        // A unique value (slug, business ID) may collide with the admin's earlier create: that is still not a cross-workspace write.
        check(
          `${actor} POST ${base}?workspace=${workspace}`,
          res.status === 409 && expected === 201 ? 201 : res.status,
          expected,
        );
        if (res.status === 201) await world.call('DELETE', `${base}/${res.body.id}`);
      }
    }
    // The owners can still delete their own: the editor in A, the admin anywhere.
    check(
      `editor DELETE own ${path}`,
      (await actors.editor('DELETE', `${base}/${records.own.id}`)).status,
      204,
    );
    check(
      `admin DELETE other ${path}`,
      (await actors.admin('DELETE', `${base}/${records.other.id}`)).status,
      204,
    );
  });

  it('found 0 cross-workspace reads or writes', () => {
    expect(checks).toBeGreaterThan(RESOURCES.length * ACTORS.length * PLACEMENTS.length * 3);
    expect(violations).toEqual([]);
  });
});

/**
 * Creating a network's records: coordinators of network N write N's records only in N's workspaces
 * (A and C), never in B and never another network's; editors only in their own workspace.
 */
describe('permission matrix: creation by every role into every workspace with every network', () => {
  const networkM = world.db
    .selectFrom('networks')
    .select('id')
    .where('slug', '=', 'network-m')
    .executeTakeFirstOrThrow();
  const NETWORKED = RESOURCES.filter((r) => r.networkField && r.networkField !== 'id');
  const created: string[] = [];

  function expectedCreate(actor: (typeof ACTORS)[number], workspace: string, network: 'N' | 'M') {
    if (actor === 'anonymous') return 401;
    if (actor === 'admin') return 201;
    if (actor === 'editor' || actor === 'token') return workspace === 'ws-a' ? 201 : 403;
    if (actor === 'coordinator') return network === 'N' && workspace !== 'ws-b' ? 201 : 403;
    return 403;
  }

  it.each(NETWORKED.map((r) => [r.path] as const))('%s', async (path) => {
    const base = `/api/v1/${path}`;
    const networks = { N: world.networkId, M: String((await networkM).id) };
    // What the record refers to is public, so every actor may refer to it.
    const body = await fixtureFor(path).create(new Factory(placedCall('public')));
    if (path === 'strategies') Object.assign(body, { scope: 'network', ecosystemId: undefined });
    for (const actor of ACTORS) {
      for (const workspace of ['ws-a', 'ws-b', 'ws-c']) {
        for (const network of ['N', 'M'] as const) {
          const res = await actors[actor]('POST', `${base}?workspace=${workspace}`, {
            ...body,
            networkId: networks[network],
          });
          const expected = expectedCreate(actor, workspace, network);
          check(`${actor} POST ${path} into ${workspace} of network ${network}`, res.status, expected);
          if (res.status !== 201) continue;
          // Whoever created a record can read it.
          check(
            `${actor} reads its new ${path} in ${workspace}`,
            (await actors[actor]('GET', `${base}/${res.body.id}`)).status,
            200,
          );
          await world.call('DELETE', `${base}/${res.body.id}`);
          created.push(res.body.id);
        }
      }
    }
    // A coordinator's record in another workspace is shared with the network, never private.
    const hidden = await actors.coordinator('POST', `${base}?workspace=ws-c`, {
      ...body,
      networkId: networks.N,
      visibility: 'private',
    });
    check(`coordinator POST private ${path} into ws-c`, hidden.status, 422);
    // … and cannot move one of N's records out of N.
    const own = await actors.coordinator('POST', `${base}?workspace=ws-c`, {
      ...body,
      networkId: networks.N,
    });
    check(`coordinator POST ${path} into ws-c`, own.status, 201);
    const moved = await actors.coordinator('PATCH', `${base}/${own.body.id}`, { networkId: networks.M });
    check(`coordinator moves ${path} to network M`, moved.status, 403);
    const hiding = await actors.coordinator('PATCH', `${base}/${own.body.id}`, { visibility: 'private' });
    check(`coordinator makes ${path} private in ws-c`, hiding.status, 422);
    await world.call('DELETE', `${base}/${own.body.id}`);
  });

  it('found 0 wrong creations', () => {
    expect(created.length).toBeGreaterThan(NETWORKED.length * 3);
    expect(violations).toEqual([]);
  });
});
