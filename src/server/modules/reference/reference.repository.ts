import { sql, type Insertable } from 'kysely';
import type { MunicipalityBorder } from '../../../formats/municipality-borders.js';
import type { Database } from '../../db/database.js';
import type { DB, JsonValue } from '../../db/schema.js';

const CHUNK = 1000;
const BORDER_CHUNK = 100;

/** The municipalities of the given codes (those that exist), in one query. */
export async function municipalitiesByCode(db: Database, codes: readonly string[]) {
  if (codes.length === 0) return [];
  return db
    .selectFrom('municipalities')
    .select(['code', 'nameFi', 'nameSv', 'nameEn', 'regionCode'])
    .where('code', 'in', [...codes])
    .execute();
}

export type MunicipalityName = Awaited<ReturnType<typeof municipalitiesByCode>>[number];

/** Region code of each given municipality, in one query. */
export async function municipalityRegions(db: Database, codes: (string | null | undefined)[]) {
  const wanted = [...new Set(codes.filter((c): c is string => !!c))];
  const rows = await municipalitiesByCode(db, wanted);
  return new Map(rows.map((r) => [r.code, r.regionCode]));
}

export async function missingMunicipalities(db: Database, codes: string[]): Promise<string[]> {
  const wanted = [...new Set(codes)];
  const found = new Set((await municipalitiesByCode(db, wanted)).map((r) => r.code));
  return wanted.filter((c) => !found.has(c));
}

export function listRegions(db: Database) {
  return db
    .selectFrom('regions')
    .select(['code', 'nameFi', 'nameSv', 'nameEn', 'nuts3', 'nuts3V2024'])
    .orderBy('code')
    .execute();
}

const municipalities = (db: Database) =>
  db.selectFrom('municipalities').select(['code', 'nameFi', 'nameSv', 'nameEn', 'regionCode', 'isActive']);

export type MunicipalityFilter = { regionCode?: string; includeInactive: boolean };

export function listMunicipalities(db: Database, filter: MunicipalityFilter) {
  let q = municipalities(db);
  if (filter.regionCode) q = q.where('regionCode', '=', filter.regionCode);
  if (!filter.includeInactive) q = q.where('isActive', '=', true);
  return q.orderBy('code').execute();
}

export function findMunicipality(db: Database, code: string) {
  return municipalities(db).where('code', '=', code).executeTakeFirst();
}

export type IndustryFilter = { classification: string; level?: number; parentCode?: string };

export function listIndustries(db: Database, filter: IndustryFilter) {
  let q = db
    .selectFrom('industries')
    .select(['classification', 'code', 'level', 'parentCode', 'nameFi', 'nameSv', 'nameEn'])
    .where('classification', '=', filter.classification);
  if (filter.level) q = q.where('level', '=', filter.level);
  if (filter.parentCode) q = q.where('parentCode', '=', filter.parentCode);
  return q.orderBy('code').execute();
}

/**
 * For each level of TOL 2008 below the division that the table holds (an imported Statistics Finland
 * file), how many of the given codes it has at that level.
 */
export function deeperIndustryLevels(db: Database, codes: readonly string[]) {
  return db
    .selectFrom('industries')
    .select((eb) => [
      'level',
      eb.cast<number>(eb.fn.countAll().filterWhere('code', 'in', ['', ...codes]), 'integer').as('found'),
    ])
    .where('classification', '=', 'TOL2008')
    .where('level', '>', 2)
    .groupBy('level')
    .execute();
}

export function listBorders(db: Database) {
  return db
    .selectFrom('municipalityBorders')
    .select(['municipalityCode', 'geometry'])
    .orderBy('municipalityCode')
    .execute();
}

/** Replaces every stored border with these; the caller holds the transaction. */
export async function replaceBorders(trx: Database, borders: MunicipalityBorder[], source: string) {
  await trx.deleteFrom('municipalityBorders').execute();
  for (let i = 0; i < borders.length; i += BORDER_CHUNK) {
    const values = borders.slice(i, i + BORDER_CHUNK).map((b) => ({
      municipalityCode: b.code,
      geometry: sql<JsonValue>`${JSON.stringify(b.geometry)}::jsonb`,
      source,
    }));
    await trx.insertInto('municipalityBorders').values(values).execute();
  }
}

export type ReferenceTable = 'regions' | 'municipalities' | 'postalCodes' | 'industries';

/** Inserts reference rows a thousand at a time, keeping the rows already there. */
export async function insertReferenceRows<T extends ReferenceTable>(
  db: Database,
  table: T,
  rows: Insertable<DB[T]>[],
) {
  for (let i = 0; i < rows.length; i += CHUNK) {
    await db
      .insertInto(table as ReferenceTable)
      // One statement for four tables: the rows were checked against their own table above.
      .values(rows.slice(i, i + CHUNK) as Insertable<DB['regions']>[])
      .onConflict((oc) => oc.doNothing())
      .execute();
  }
}

export async function regionCount(db: Database): Promise<number> {
  const { count } = await db
    .selectFrom('regions')
    .select((eb) => eb.fn.countAll().as('count'))
    .executeTakeFirstOrThrow();
  return Number(count);
}
