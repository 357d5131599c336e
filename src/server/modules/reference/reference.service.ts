import {
  loadBuiltInMunicipalities,
  loadBuiltInPostalCodes,
} from '../../../domain/reference/municipalities.js';
import { REGIONS } from '../../../domain/reference/regions.js';
import { TOL2008_DIVISIONS, TOL2008_SECTIONS } from '../../../domain/reference/tol2008.js';
import type { Database } from '../../db/database.js';
import { notFound } from '../../errors.js';
import {
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
