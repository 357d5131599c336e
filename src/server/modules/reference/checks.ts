import type { Database } from '../../db/database.js';
import { AppError } from '../../errors.js';
import type { Row } from '../../resources/types.js';
import { missingMunicipalities } from './reference.repository.js';

/** Array columns cannot carry foreign keys, so their municipality codes are checked here. */
export async function checkMunicipalityCodes(db: Database, record: Row, field = 'municipalityCodes') {
  const codes = (record[field] as string[] | undefined) ?? [];
  const missing = await missingMunicipalities(db, codes);
  if (missing.length > 0) {
    throw new AppError(422, 'unknown_reference', 'Unknown municipality codes', [
      { path: field, message: `No municipality with code ${missing.join(', ')}` },
    ]);
  }
}
