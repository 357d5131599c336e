/** The row-shape plugin maps results exactly as Kysely's CamelCasePlugin does, with far less garbage. */
import { CamelCasePlugin, type QueryResult, type UnknownRow } from 'kysely';
import { describe, expect, it } from 'vitest';
import { testDatabase } from '../../../test/db.js';
import { columnList, RowShapeCamelCasePlugin } from './camel-case.js';

const mapWith = async (plugin: CamelCasePlugin, rows: UnknownRow[]) =>
  plugin.transformResult({
    queryId: { queryId: 'test' },
    result: { rows, numAffectedRows: BigInt(rows.length) } as QueryResult<UnknownRow>,
  });

const when = new Date('2026-12-06T10:00:00.123Z');
const rows: UnknownRow[] = [
  {
    id: 'a',
    name_fi: 'Saha Oy',
    created_at: when,
    budget_eur: 1.5,
    is_public: true,
    municipality_code: null,
    rules: [{ max_share: 0.5, kind_of_cost: 'staff' }, 'text', 3],
    name_history: { previous_name: 'Vanha Saha', nested_deeper: { some_key: 1 } },
    bytes: Buffer.from('ab'),
  },
  {
    id: 'b',
    name_fi: 'Toinen',
    created_at: null,
    budget_eur: null,
    is_public: false,
    municipality_code: '740',
    rules: [],
    name_history: Object.assign(Object.create(null) as UnknownRow, { no_proto: 'x' }),
    bytes: null,
  },
];

describe('RowShapeCamelCasePlugin', () => {
  it('gives the same rows, keys in the same order, as CamelCasePlugin', async () => {
    const ours = await mapWith(new RowShapeCamelCasePlugin(), rows);
    const theirs = await mapWith(new CamelCasePlugin(), rows);
    expect(ours).toEqual(theirs);
    expect(ours.rows.map((r) => Object.keys(r))).toEqual(theirs.rows.map((r) => Object.keys(r)));
    expect(ours.rows[0]!.createdAt).toBe(when);
    expect(ours.rows[0]!.rules).toEqual([{ maxShare: 0.5, kindOfCost: 'staff' }, 'text', 3]);
    expect(ours.numAffectedRows).toBe(2n);
  });

  it('keeps nested keys when told to, like CamelCasePlugin', async () => {
    const options = { maintainNestedObjectKeys: true };
    expect(await mapWith(new RowShapeCamelCasePlugin(options), rows)).toEqual(
      await mapWith(new CamelCasePlugin(options), rows),
    );
  });

  it('maps empty results and results of other shapes from the same plugin', async () => {
    const plugin = new RowShapeCamelCasePlugin();
    expect((await mapWith(plugin, [])).rows).toEqual([]);
    await mapWith(plugin, rows);
    expect((await mapWith(plugin, [{ other_column: 1 }])).rows).toEqual([{ otherColumn: 1 }]);
  });

  it('writes a column list as the SQL names the plugin gives, read back as camelCase', async () => {
    const { db } = await testDatabase();
    const list = columnList(['id', 'nameFi', 'tol2025Code']) as never;
    expect(db.selectFrom('organisations').select(list).compile().sql).toBe(
      'select "id", "name_fi", "tol2025_code" from "organisations"',
    );
    const regions = db.selectFrom('regions').select(columnList(['code', 'nameFi']) as never);
    expect(await regions.where('code', '=', '11').execute()).toEqual([
      { code: '11', nameFi: 'Pohjois-Savo' },
    ]);
  });

  it('is the plugin of the database Solmu opens (real PostgreSQL)', async () => {
    const { db } = await testDatabase();
    const row = await db
      .selectFrom('regions')
      .select(['code', 'nameFi', 'nameSv'])
      .orderBy('code')
      .executeTakeFirst();
    expect(db.getExecutor().plugins.some((p) => p instanceof RowShapeCamelCasePlugin)).toBe(true);
    expect(row && Object.keys(row)).toEqual(['code', 'nameFi', 'nameSv']);
  });
});
