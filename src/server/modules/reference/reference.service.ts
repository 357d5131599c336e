import { sql, type Insertable } from 'kysely';
import {
  loadBuiltInMunicipalities,
  loadBuiltInPostalCodes,
} from '../../../domain/reference/municipalities.js';
import { REGIONS } from '../../../domain/reference/regions.js';
import { TOL2008_DIVISIONS, TOL2008_SECTIONS } from '../../../domain/reference/tol2008.js';
import type { Database } from '../../db/database.js';
import type { DB } from '../../db/schema.js';

const CHUNK = 1000;

type ReferenceTable = 'regions' | 'municipalities' | 'postalCodes' | 'industries';

async function insertChunked<T extends ReferenceTable>(db: Database, table: T, rows: Insertable<DB[T]>[]) {
  for (let i = 0; i < rows.length; i += CHUNK) {
    await db
      .insertInto(table as ReferenceTable)
      // One statement for four tables: the rows were checked against their own table above.
      .values(rows.slice(i, i + CHUNK) as Insertable<DB['regions']>[])
      .onConflict((oc) => oc.doNothing())
      .execute();
  }
}

/**
 * Loads the built-in regions, municipalities, postal codes and TOL 2008 sections and divisions into an
 * empty database. Imports of newer classifications later replace or extend them.
 */
export async function ensureBuiltInReference(db: Database): Promise<boolean> {
  const { count } = (await db
    .selectFrom('regions')
    .select((eb) => eb.fn.countAll().as('count'))
    .executeTakeFirstOrThrow()) as { count: unknown };
  if (Number(count) > 0) return false;
  await db.transaction().execute(async (trx) => {
    await insertChunked(
      trx,
      'regions',
      REGIONS.map((r) => ({
        code: r.code,
        nuts3: r.nuts3,
        nuts3V2024: r.nuts3_2024,
        nameFi: r.nameFi,
        nameSv: r.nameSv,
        nameEn: r.nameEn,
      })),
    );
    await insertChunked(
      trx,
      'municipalities',
      loadBuiltInMunicipalities().map((m) => ({
        code: m.code,
        nameFi: m.nameFi,
        nameSv: m.nameSv,
        regionCode: m.regionCode,
      })),
    );
    await insertChunked(
      trx,
      'postalCodes',
      loadBuiltInPostalCodes().map((p) => ({ ...p })),
    );
    await insertChunked(trx, 'industries', [
      ...TOL2008_SECTIONS.map((s) => ({
        classification: 'TOL2008',
        code: s.code,
        level: 1,
        parentCode: null,
        nameFi: s.nameFi,
        nameSv: s.nameSv,
        nameEn: s.nameEn,
      })),
      ...TOL2008_DIVISIONS.map((d) => ({
        classification: 'TOL2008',
        code: d.code,
        level: 2,
        parentCode: d.sectionCode,
        nameFi: d.nameFi,
        nameSv: d.nameSv,
        nameEn: d.nameEn,
      })),
    ]);
  });
  return true;
}

export async function referenceCounts(db: Database) {
  const r = await sql<{ regions: number; municipalities: number; industries: number }>`
    select (select count(*) from regions)::int as regions,
           (select count(*) from municipalities where is_active)::int as municipalities,
           (select count(*) from industries)::int as industries`.execute(db);
  return r.rows[0]!;
}
