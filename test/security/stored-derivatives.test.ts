import { describe, expect, it } from 'vitest';
import { upload } from '../support/imports.js';
import { ACTORS, PLACEMENTS, canSee, securityWorld, type Placement } from './world.js';

/**
 * What Solmu stores computed from records (picture snapshots) and the aggregates it shows (a network's
 * member count and coverage) never tell a reader of a record they could not read from its source.
 */
const world = await securityWorld();
const { actors, networkId, db } = world;
const editorC = await (async () => {
  const user = await db
    .selectFrom('users')
    .select('id')
    .where('email', '=', 'editor@c.example')
    .executeTakeFirstOrThrow();
  return user.id as string;
})();
void editorC;

async function made(res: { status: number; body: { id?: string } }) {
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return String(res.body.id);
}

// In A, shared in network N: a public town and a network-shared company with their memberships.
const town = await made(
  await actors.editor('POST', '/api/v1/organisations?workspace=ws-a', {
    nameFi: 'Julkinen kaupunki',
    kind: 'municipality',
    municipalityCode: '740',
    visibility: 'public',
  }),
);
const shared = await made(
  await actors.editor('POST', '/api/v1/organisations?workspace=ws-a', {
    nameFi: 'Verkoston yritys Oy',
    kind: 'company',
    municipalityCode: '740',
    tolCode: '16100',
    visibility: 'network',
  }),
);
// In A only: a private company in another town, a private member of N.
const secret = await made(
  await actors.editor('POST', '/api/v1/organisations?workspace=ws-a', {
    nameFi: 'Salainen Yritys Oy',
    kind: 'company',
    municipalityCode: '091',
    tolCode: '62010',
    visibility: 'private',
  }),
);
for (const [organisationId, visibility] of [
  [town, 'public'],
  [shared, 'network'],
  [secret, 'private'],
] as const) {
  await made(
    await actors.editor('POST', '/api/v1/network-members?workspace=ws-a', {
      networkId,
      organisationId,
      role: 'partner',
      visibility,
    }),
  );
}

const scope = `scope=network&id=${networkId}`;
const snapshot = async (visibility: string) =>
  made(
    await actors.editor(
      'POST',
      `/api/v1/pictures/snapshots?${scope}&workspace=ws-a&visibility=${visibility}`,
    ),
  );
const names = (items: { name: string }[]) => items.map((i) => i.name);

describe('picture snapshots hold only what every reader of them may read', () => {
  it('a network-shared snapshot never shows another workspace a private member, as added or removed', async () => {
    const id = await snapshot('network');
    // The network's other workspace reads the snapshot …
    const list = await world.call('GET', `/api/v1/pictures/snapshots?scope=network&scopeId=${networkId}`);
    expect(list.body.items.map((s: { id: string }) => s.id)).toContain(id);
    const viaC = world.actors.coordinator;
    const changes = await viaC('GET', `/api/v1/pictures/changes?${scope}&since=${id}`);
    expect(changes.status, JSON.stringify(changes.body)).toBe(200);
    // … and nothing in it names the private company, in either direction.
    expect(JSON.stringify(changes.body)).not.toContain('Salainen');
    expect(JSON.stringify(changes.body)).not.toContain(secret);
  });

  it('the creator compares like for like: their own private company is not "added" to a shared snapshot', async () => {
    const id = await snapshot('network');
    const changes = await actors.editor('GET', `/api/v1/pictures/changes?${scope}&since=${id}`);
    expect(changes.status).toBe(200);
    expect(names(changes.body.actors.added)).not.toContain('Salainen Yritys Oy');
    expect(names(changes.body.actors.removed)).not.toContain('Salainen Yritys Oy');
  });

  it("a private snapshot keeps the workspace's private members for its members only", async () => {
    const gone = await made(
      await actors.editor('POST', '/api/v1/organisations?workspace=ws-a', {
        nameFi: 'Lähtevä Oy',
        kind: 'company',
        municipalityCode: '091',
        visibility: 'private',
      }),
    );
    await made(
      await actors.editor('POST', '/api/v1/network-members?workspace=ws-a', {
        networkId,
        organisationId: gone,
        role: 'partner',
        visibility: 'private',
      }),
    );
    const id = await snapshot('private');
    expect((await actors.editor('DELETE', `/api/v1/organisations/${gone}`)).status).toBe(204);
    const mine = await actors.viewer('GET', `/api/v1/pictures/changes?${scope}&since=${id}`);
    expect(mine.status, JSON.stringify(mine.body)).toBe(200);
    expect(names(mine.body.actors.removed)).toEqual(['Lähtevä Oy']);
    for (const outsider of ['coordinator', 'anonymous'] as const) {
      const res = await actors[outsider]('GET', `/api/v1/pictures/changes?${scope}&since=${id}`);
      expect(res.status).toBe(404);
      const list = await actors[outsider](
        'GET',
        `/api/v1/pictures/snapshots?scope=network&scopeId=${networkId}`,
      );
      expect(list.body.items.map((s: { id: string }) => s.id)).not.toContain(id);
    }
  });

  it('a snapshot saved before this rule (what its creator saw) is readable by its creator only', async () => {
    const ws = world.ws['ws-a']!;
    const row = await db
      .insertInto('pictureSnapshots')
      .values({
        scopeKind: 'network',
        scopeId: networkId,
        takenOn: '2026-01-01',
        picture: JSON.stringify({ secret: 'Vanha salainen' }),
        workspaceId: ws,
        visibility: 'public',
        takenForReaders: false,
        createdBy: 'user:someone-else',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    for (const who of ['anonymous', 'viewer', 'editor', 'coordinator'] as const) {
      const list = await actors[who]('GET', `/api/v1/pictures/snapshots?scope=network&scopeId=${networkId}`);
      expect(
        list.body.items.map((s: { id: string }) => s.id),
        who,
      ).not.toContain(row.id);
      const res = await actors[who]('GET', `/api/v1/pictures/changes?${scope}&since=${row.id}`);
      expect(res.status, who).toBe(404);
    }
    const list = await actors.admin('GET', `/api/v1/pictures/snapshots?scope=network&scopeId=${networkId}`);
    expect(list.body.items.map((s: { id: string }) => s.id)).toContain(row.id);
  });
});

describe("a network's aggregates count what the caller may read", () => {
  const network = async (who: keyof typeof actors) => {
    const res = await actors[who]('GET', `/api/v1/networks/${networkId}`);
    expect(res.status).toBe(200);
    return res.body as { memberCount: number; coverage: { municipalities: { code: string }[] } };
  };

  it('the anonymous public counts public members and their towns only', async () => {
    const n = await network('anonymous');
    expect(n.memberCount).toBe(1);
    expect(n.coverage.municipalities.map((m) => m.code)).toEqual(['740']);
  });

  it("the network's coordinator counts the network-shared members too, not A's private one", async () => {
    const n = await network('coordinator');
    expect(n.memberCount).toBe(2);
    expect(n.coverage.municipalities.map((m) => m.code)).toEqual(['740']);
  });

  it("workspace A's viewer counts its private member and its town", async () => {
    const members = await actors.viewer('GET', `/api/v1/network-members?networkId=${networkId}`);
    const n = await network('viewer');
    expect(n.memberCount).toBe(members.body.items.length);
    expect(n.coverage.municipalities.map((m) => m.code)).toContain('091');
  });
});

/** Every stored derivative and export, by every actor, for a record of every placement. */
describe('permission matrix: stored derivatives and exports', () => {
  const placed = {} as Record<Placement, string>;
  const snapshots = {} as Record<Placement, string>;
  const NAME = (p: Placement) => `Johdannainen ${p} Oy`;

  it('prepares one record, one membership and one snapshot per placement', async () => {
    for (const p of PLACEMENTS) {
      const [workspace, visibility] = world.placementWorkspace[p];
      placed[p] = await made(
        await world.call('POST', `/api/v1/organisations?workspace=${workspace}`, {
          nameFi: NAME(p),
          kind: 'company',
          municipalityCode: '837',
          visibility,
        }),
      );
      snapshots[p] = await made(
        await world.call(
          'POST',
          `/api/v1/pictures/snapshots?scope=municipality&id=837&workspace=${workspace}&visibility=${visibility}`,
        ),
      );
    }
  });

  it.each(ACTORS)(
    '%s reads a snapshot, an export and a report only where they may read the records',
    async (actor) => {
      const call = actors[actor];
      const listed = await call('GET', '/api/v1/pictures/snapshots?scope=municipality&scopeId=837');
      const exported = await call('GET', '/api/v1/exports/organisations.json');
      const report = await call('GET', '/api/v1/pictures/report?scope=municipality&id=837&format=html');
      const picture = await call('GET', '/api/v1/pictures?scope=municipality&id=837');
      for (const p of PLACEMENTS) {
        const visible = canSee(actor, p);
        const label = `${actor} × ${p}`;
        expect(listed.body.items.map((s: { id: string }) => s.id).includes(snapshots[p]), label).toBe(
          visible,
        );
        const changes = await call(
          'GET',
          `/api/v1/pictures/changes?scope=municipality&id=837&since=${snapshots[p]}`,
        );
        expect(changes.status, label).toBe(visible ? 200 : 404);
        expect(JSON.stringify(exported.body).includes(placed[p]), `${label} export`).toBe(visible);
        expect(String(report.body).includes(NAME(p)), `${label} report`).toBe(visible);
        expect(JSON.stringify(picture.body).includes(NAME(p)), `${label} picture`).toBe(visible);
      }
      // Whatever snapshot they can read names only records they can read.
      for (const p of PLACEMENTS) {
        if (!canSee(actor, p)) continue;
        const changes = await call(
          'GET',
          `/api/v1/pictures/changes?scope=municipality&id=837&since=${snapshots[p]}`,
        );
        for (const hidden of PLACEMENTS.filter((h) => !canSee(actor, h)))
          expect(JSON.stringify(changes.body), `${actor} × snapshot ${p} × record ${hidden}`).not.toContain(
            placed[hidden],
          );
      }
    },
  );

  it.each(ACTORS)("%s reads import runs and their bad rows only of their own workspace's", async (actor) => {
    const runs: Record<string, string> = {};
    for (const workspace of ['ws-a', 'ws-b']) {
      const res = await upload(
        world.app,
        world.admin.token,
        `entity=organisations&dryRun=true&workspace=${workspace}`,
        {
          name: 'toimijat.csv',
          bytes: `nimi,laji,y-tunnus\nVirheellinen ${workspace} Oy,company,1234567-2\n`,
        },
      );
      expect(res.status, JSON.stringify(res.body)).toBeLessThan(300);
      runs[workspace] = String(res.body.id);
    }
    const own = ['viewer', 'editor', 'token', 'admin'].includes(actor);
    expect((await actors[actor]('GET', `/api/v1/imports/${runs['ws-a']}`)).status).toBe(own ? 200 : 404);
    expect((await actors[actor]('GET', `/api/v1/imports/${runs['ws-b']}`)).status).toBe(
      actor === 'admin' ? 200 : 404,
    );
  });

  it.each(ACTORS)('%s reads the audit feed only as an admin', async (actor) => {
    const res = await actors[actor]('GET', '/api/v1/admin/audit?limit=5');
    expect(res.status).toBe(actor === 'admin' ? 200 : actor === 'anonymous' ? 401 : 403);
  });
});
