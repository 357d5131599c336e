import type { MunicipalityBorder } from '../../../formats/municipality-borders.js';
import { inTransaction, type Database } from '../../db/database.js';
import { replaceBorders } from './reference.repository.js';

/** A border file replaces the borders stored before it, all or nothing. */
export async function importBorders(db: Database, borders: MunicipalityBorder[], source: string) {
  return inTransaction(db, async (trx) => {
    await replaceBorders(trx, borders, source);
    return { municipalities: borders.length };
  });
}
