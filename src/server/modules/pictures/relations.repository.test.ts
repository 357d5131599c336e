/** The columnar relations of large scopes give the same network as the relation objects of small ones. */
import { describe, expect, it } from 'vitest';
import { testApp } from '../../../../test/db.js';
import { buildPicture } from '../../../analysis/picture.js';
import { ANONYMOUS, systemCaller, type Caller } from '../../auth/caller.js';
import { loadDemoWorld } from '../demo/demo.service.js';
import { relationColumns } from './relations.repository.js';
import { loadPictureInput } from './picture.service.js';

const { db } = await testApp();
await loadDemoWorld(db);

/** A member of the workspace that keeps most relations: sees public records, its own and shared ones. */
const workspace = await db
  .selectFrom('relations')
  .select(['workspaceId as id', (eb) => eb.fn.countAll().as('n')])
  .groupBy('workspaceId')
  .orderBy('n', 'desc')
  .executeTakeFirstOrThrow();
const member: Caller = {
  ...ANONYMOUS,
  kind: 'user',
  label: 'member',
  workspaces: new Map([[workspace.id as string, 'viewer']]),
};

describe('relations as columns of positions', () => {
  it.each([
    ['a town (admin)', 'municipality', '740', systemCaller('test')],
    [
      'the town network (a workspace member)',
      'network',
      'seutukaupunkien-innovaatioekosysteemiverkosto',
      member,
    ],
    [
      'the town network (admin)',
      'network',
      'seutukaupunkien-innovaatioekosysteemiverkosto',
      systemCaller('t'),
    ],
  ] as const)(
    'match the relation objects for %s, ties reaching outside included',
    async (_, kind, id, caller) => {
      const input = await loadPictureInput(db, kind, id, caller, '2026-11-25');
      const ids = input.organisations.map((o) => o.id);
      const columns = await relationColumns(db, ids, caller);
      const byObjects = buildPicture(input).network;
      const byColumns = buildPicture({ ...input, relations: columns }).network;
      expect(byObjects.edges).toBeGreaterThan(0);
      expect(byColumns).toEqual(byObjects);
      expect(columns.from).toHaveLength(byObjects.relations);
      expect(columns.external).toBe(byObjects.externalRelations);
      if (kind === 'municipality') expect(columns.external).toBeGreaterThan(0);
    },
  );

  it('reads positions and weights back exactly', async () => {
    const input = await loadPictureInput(db, 'municipality', '740', systemCaller('t'), '2026-11-25');
    const ids = input.organisations.map((o) => o.id);
    const columns = await relationColumns(db, ids, systemCaller('t'));
    const expected = (input.relations as { from: string; to: string; weight?: number }[])
      .filter((r) => ids.includes(r.from) && ids.includes(r.to))
      .map((r) => `${ids.indexOf(r.from)}-${ids.indexOf(r.to)}:${r.weight ?? 1}`)
      .sort();
    const actual = [...columns.from].map((f, i) => `${f}-${columns.to[i]}:${columns.weight![i]}`).sort();
    expect(actual).toEqual(expected);
    expect(expected.length).toBeGreaterThan(0);
  });
});
