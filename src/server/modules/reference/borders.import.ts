import { sql } from 'kysely';
import type { MunicipalityBorder } from '../../../formats/municipality-borders.js';
import { inTransaction, type Database } from '../../db/database.js';
import type { JsonValue } from '../../db/schema.js';

const CHUNK = 100;

/** A border file replaces the borders stored before it, all or nothing. */
export async function importBorders(db: Database, borders: MunicipalityBorder[], source: string) {
  return inTransaction(db, async (trx) => {
    await trx.deleteFrom('municipalityBorders').execute();
    for (let i = 0; i < borders.length; i += CHUNK) {
      const values = borders.slice(i, i + CHUNK).map((b) => ({
        municipalityCode: b.code,
        geometry: sql<JsonValue>`${JSON.stringify(b.geometry)}::jsonb`,
        source,
      }));
      await trx.insertInto('municipalityBorders').values(values).execute();
    }
    return { municipalities: borders.length };
  });
}
