import type { NationalCount } from '../../../formats/pxweb-csv.js';
import type { Database } from '../../db/database.js';

export type NationalBasis = 'establishments' | 'jobs';

/** The whole country's row of a national table. */
export const WHOLE_COUNTRY = 'SSS';

/**
 * A YTJ import of at least this many companies read the whole register (the open data's all-companies
 * dump holds several hundred thousand; no town's own import comes near), so the organisations in Solmu
 * then stand for all of Finland.
 */
export const FULL_REGISTER_MIN_ROWS = 100_000;

const CHUNK = 2000;

export type NationalTableRow = {
  basis: NationalBasis;
  year: number;
  title: string | null;
  measure: string | null;
  source: string;
  fileName: string | null;
  municipalityCount: number;
  missingCount: number;
  importedBy: string;
};

export function listNationalTables(db: Database) {
  return db
    .selectFrom('nationalTables')
    .select([
      'id',
      'basis',
      'year',
      'title',
      'measure',
      'source',
      'fileName',
      'municipalityCount',
      'missingCount',
      'importedAt',
    ])
    .orderBy('basis')
    .execute();
}

/** Replaces the table of the row's basis with these counts; the caller holds the transaction. */
export async function replaceNationalTable(trx: Database, row: NationalTableRow, counts: NationalCount[]) {
  await trx.deleteFrom('nationalTables').where('basis', '=', row.basis).execute();
  const { id } = await trx.insertInto('nationalTables').values(row).returning('id').executeTakeFirstOrThrow();
  for (let i = 0; i < counts.length; i += CHUNK) {
    await trx
      .insertInto('nationalIndustryCounts')
      .values(
        counts.slice(i, i + CHUNK).map((c) => ({
          tableId: id,
          area: c.municipalityCode ?? WHOLE_COUNTRY,
          industryCode: c.industryCode,
          count: c.count,
        })),
      )
      .execute();
  }
  return id;
}

/**
 * Counts by industry of a national table, summed over the given areas (municipality codes, or the
 * whole country's code), with the number of those areas the table has rows for.
 */
export async function nationalCounts(db: Database, basis: NationalBasis, areas: readonly string[]) {
  if (areas.length === 0) return { rows: [], areasFound: 0 };
  const base = db
    .selectFrom('nationalIndustryCounts as c')
    .innerJoin('nationalTables as t', 't.id', 'c.tableId')
    .where('t.basis', '=', basis)
    .where('c.area', 'in', [...areas]);
  const [rows, found] = await Promise.all([
    base
      .select((eb) => ['c.industryCode', eb.fn.sum<number>('c.count').as('count')])
      .groupBy('c.industryCode')
      .execute(),
    base.select((eb) => eb.fn.count<number>('c.area').distinct().as('n')).executeTakeFirst(),
  ]);
  return {
    rows: rows.map((r) => ({ code: r.industryCode, count: Number(r.count) })),
    areasFound: Number(found?.n ?? 0),
  };
}

/** Every municipality's counts summed: Finland when the table has no whole-country row. */
export async function allMunicipalityCounts(db: Database, basis: NationalBasis) {
  const rows = await db
    .selectFrom('nationalIndustryCounts as c')
    .innerJoin('nationalTables as t', 't.id', 'c.tableId')
    .where('t.basis', '=', basis)
    .where('c.area', '<>', WHOLE_COUNTRY)
    .select((eb) => ['c.industryCode', eb.fn.sum<number>('c.count').as('count')])
    .groupBy('c.industryCode')
    .execute();
  return rows.map((r) => ({ code: r.industryCode, count: Number(r.count) }));
}

/** The latest finished YTJ import that read the whole register, if any. */
export function latestFullRegisterImport(db: Database) {
  return db
    .selectFrom('importRuns')
    .select(['finishedAt', 'rowCount', 'fileName'])
    .where('kind', '=', 'ytj')
    .where('entity', '=', 'organisations')
    .where('state', '=', 'done')
    .where('rowCount', '>=', FULL_REGISTER_MIN_ROWS)
    .orderBy('finishedAt', 'desc')
    .limit(1)
    .executeTakeFirst();
}

/** Municipalities a national table may name: every code and name the installation knows, retired ones too. */
export function municipalityNames(db: Database) {
  return db.selectFrom('municipalities').select(['code', 'nameFi', 'nameSv']).execute();
}
