import type {
  ClassificationData,
  ImportedMunicipality,
  RegionalClassification,
} from '../../../formats/classification-file.js';
import { inTransaction, type Database } from '../../db/database.js';

export type ImportSummary = {
  kind: ClassificationData['kind'];
  regions: number;
  municipalities: number;
  deactivated: string[];
  industries: number;
};

const CHUNK = 500;

async function upsertRegions(db: Database, data: RegionalClassification) {
  for (const r of data.regions) {
    await db
      .insertInto('regions')
      .values({ code: r.code, nameFi: r.nameFi, nameSv: r.nameSv ?? null, nameEn: r.nameEn ?? null })
      .onConflict((oc) =>
        oc.column('code').doUpdateSet((eb) => ({
          nameFi: eb.ref('excluded.nameFi'),
          nameSv: eb.fn.coalesce('excluded.nameSv', 'regions.nameSv'),
          nameEn: eb.fn.coalesce('excluded.nameEn', 'regions.nameEn'),
          updatedAt: eb.fn<Date>('now'),
        })),
      )
      .execute();
  }
}

async function upsertMunicipalities(db: Database, rows: ImportedMunicipality[]) {
  for (let i = 0; i < rows.length; i += CHUNK) {
    const values = rows.slice(i, i + CHUNK).map((m) => ({
      code: m.code,
      nameFi: m.nameFi,
      nameSv: m.nameSv ?? null,
      nameEn: m.nameEn ?? null,
      regionCode: m.regionCode,
      isActive: true,
    }));
    await db
      .insertInto('municipalities')
      .values(values)
      .onConflict((oc) =>
        oc.column('code').doUpdateSet((eb) => ({
          nameFi: eb.ref('excluded.nameFi'),
          // A list in one language, or without regions, keeps what the other files told us.
          nameSv: eb.fn.coalesce('excluded.nameSv', 'municipalities.nameSv'),
          nameEn: eb.fn.coalesce('excluded.nameEn', 'municipalities.nameEn'),
          regionCode: eb.fn.coalesce('excluded.regionCode', 'municipalities.regionCode'),
          isActive: true,
          updatedAt: eb.fn<Date>('now'),
        })),
      )
      .execute();
  }
}

/**
 * A full municipal division (a year's list) retires the municipalities it no longer has; they stay in
 * the table, inactive, because organisations and history may still refer to them.
 */
async function deactivateMissing(db: Database, present: string[]): Promise<string[]> {
  const rows = await db
    .updateTable('municipalities')
    .set((eb) => ({ isActive: false, updatedAt: eb.fn<Date>('now') }))
    .where('isActive', '=', true)
    .where('code', 'not in', present)
    .returning('code')
    .execute();
  return rows.map((r) => r.code).sort();
}

export class ImportRefused extends Error {}

async function checkRegionsExist(db: Database, rows: ImportedMunicipality[]) {
  const wanted = [...new Set(rows.flatMap((m) => (m.regionCode ? [m.regionCode] : [])))];
  if (wanted.length === 0) return;
  const known = new Set(
    (await db.selectFrom('regions').select('code').where('code', 'in', wanted).execute()).map((r) => r.code),
  );
  const bad = rows.filter((m) => m.regionCode && !known.has(m.regionCode));
  if (bad.length > 0) {
    throw new ImportRefused(
      `Unknown region codes; nothing was changed:\n${bad.map((m) => `  municipality ${m.code}: region ${m.regionCode}`).join('\n')}`,
    );
  }
}

/** Writes a parsed classification file, all or nothing. */
export async function importClassification(db: Database, data: ClassificationData): Promise<ImportSummary> {
  return inTransaction(db, async (trx) => {
    if (data.kind === 'industries') {
      for (let i = 0; i < data.items.length; i += CHUNK) {
        const values = data.items.slice(i, i + CHUNK).map((it) => ({
          classification: data.classification,
          code: it.code,
          level: it.level,
          parentCode: it.parentCode,
          nameFi: it.nameFi,
          nameSv: it.nameSv ?? null,
          nameEn: it.nameEn ?? null,
        }));
        await trx
          .insertInto('industries')
          .values(values)
          .onConflict((oc) =>
            oc.columns(['classification', 'code']).doUpdateSet((eb) => ({
              level: eb.ref('excluded.level'),
              parentCode: eb.ref('excluded.parentCode'),
              nameFi: eb.ref('excluded.nameFi'),
              nameSv: eb.fn.coalesce('excluded.nameSv', 'industries.nameSv'),
              nameEn: eb.fn.coalesce('excluded.nameEn', 'industries.nameEn'),
            })),
          )
          .execute();
      }
      return {
        kind: data.kind,
        regions: 0,
        municipalities: 0,
        deactivated: [],
        industries: data.items.length,
      };
    }
    await upsertRegions(trx, data);
    await checkRegionsExist(trx, data.municipalities);
    await upsertMunicipalities(trx, data.municipalities);
    const isFullDivision = data.municipalities.length > 250 && data.year !== undefined;
    const deactivated = isFullDivision
      ? await deactivateMissing(
          trx,
          data.municipalities.map((m) => m.code),
        )
      : [];
    return {
      kind: data.kind,
      regions: data.regions.length,
      municipalities: data.municipalities.length,
      deactivated,
      industries: 0,
    };
  });
}
