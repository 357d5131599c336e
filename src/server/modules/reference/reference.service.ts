import {
  loadBuiltInMunicipalities,
  loadBuiltInPostalCodes,
} from '../../../domain/reference/municipalities.js';
import { REGIONS } from '../../../domain/reference/regions.js';
import {
  resolveTol2008,
  tol2008DeeperCodes,
  TOL2008_DIVISIONS,
  TOL2008_SECTIONS,
} from '../../../domain/reference/tol2008.js';
import type { Database } from '../../db/database.js';
import { notFound } from '../../errors.js';
import {
  deeperIndustryLevels,
  findMunicipality,
  insertReferenceRows,
  listBorders,
  listIndustries,
  listMunicipalities,
  listRegions,
  regionCount,
  type IndustryFilter,
  type MunicipalityFilter,
} from './reference.repository.js';

/**
 * Loads the built-in regions, municipalities, postal codes and TOL 2008 sections and divisions into an
 * empty database. Imports of newer classifications later replace or extend them.
 */
export async function ensureBuiltInReference(db: Database): Promise<boolean> {
  if ((await regionCount(db)) > 0) return false;
  await db.transaction().execute(async (trx) => {
    await insertReferenceRows(
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
    await insertReferenceRows(
      trx,
      'municipalities',
      loadBuiltInMunicipalities().map((m) => ({
        code: m.code,
        nameFi: m.nameFi,
        nameSv: m.nameSv,
        regionCode: m.regionCode,
      })),
    );
    await insertReferenceRows(
      trx,
      'postalCodes',
      loadBuiltInPostalCodes().map((p) => ({ ...p })),
    );
    await insertReferenceRows(trx, 'industries', [
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

// What the reference routes read: the lists as they are stored, and "not found" for a code that is not.
export const regions = (db: Database) => listRegions(db);

export const municipalities = (db: Database, filter: MunicipalityFilter) => listMunicipalities(db, filter);

export async function municipality(db: Database, code: string) {
  const row = await findMunicipality(db, code);
  if (!row) throw notFound('Municipality');
  return row;
}

export const industries = (db: Database, filter: IndustryFilter) => listIndustries(db, filter);

export const municipalityBorders = (db: Database) => listBorders(db);

/** Answers already found in a transaction (an import checks the same few codes on many rows). */
const knownInTransaction = new WeakMap<Database, Map<string, Promise<boolean>>>();

/**
 * Whether a TOL 2008 code is a real one as far as this installation knows: a section letter or 2–5
 * digits under an existing division (the built-in data), and at each deeper level (group, class,
 * subclass) that the industries table holds, a code that is there: with Statistics Finland's file
 * imported, '999' is refused because there is no group 999. Levels the table does not hold are not
 * checked. Inside a transaction the answer is kept for the transaction's other rows.
 */
export function isKnownIndustryCode(db: Database, code: string): Promise<boolean> {
  if (!resolveTol2008(code)) return Promise.resolve(false);
  const deeper = tol2008DeeperCodes(code);
  if (deeper.length === 0) return Promise.resolve(true);
  const cache = db.isTransaction ? knownInTransaction.get(db) : undefined;
  const hit = cache?.get(code);
  if (hit) return hit;
  const answer = deeperIndustryLevels(db, deeper).then((levels) =>
    levels.every((l) => l.level > code.trim().length || l.found > 0),
  );
  if (db.isTransaction) knownInTransaction.set(db, (cache ?? new Map()).set(code, answer));
  return answer;
}
