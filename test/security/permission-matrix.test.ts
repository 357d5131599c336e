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
        check(
          `${label} GET one`,
          (await call('GET', `${base}/${record.id}`)).status,
          canSee(actor, placement) ? 200 : 404,
        );
        check(`${label} in list`, listed.has(record.id) ? 1 : 0, canSee(actor, placement) ? 1 : 0);
        const patch = await call('PATCH', `${base}/${record.id}`, { visibility: record.visibility });
        check(`${label} PATCH`, patch.status, expectedWrite(actor, placement));
        if (expectedWrite(actor, placement) !== 200) {
          check(
            `${label} DELETE`,
            (await call('DELETE', `${base}/${record.id}`)).status,
            expectedWrite(actor, placement),
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
