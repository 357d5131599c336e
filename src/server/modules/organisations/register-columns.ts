/**
 * The business-register (YTJ) columns of an organisation and their provenance, shown read-only: only an
 * import writes them (see imports/ytj.upsert.ts), so they are not part of the create or update schemas.
 */
import { z } from 'zod';
import type { Database } from '../../db/database.js';
import type { Row } from '../../resources/types.js';

export const registerOutput = {
  tol2025Code: z.string().nullable().meta({ description: 'Main business line in TOL 2025 (from YTJ)' }),
  companyForm: z.string().nullable().meta({ description: 'PRH company form code, e.g. 16 osakeyhtiö' }),
  registrationDate: z.string().nullable().meta({ description: 'Entered in the register (YYYY-MM-DD)' }),
  endDate: z.string().nullable().meta({ description: 'Ended in the register (YYYY-MM-DD)' }),
  status: z.enum(['active', 'ended']).nullable().meta({ description: 'Register status' }),
  source: z.string().nullable().meta({ description: "Where the register data came from ('ytj')" }),
  lastImportedAt: z.string().nullable().meta({ description: 'When an import last wrote this record' }),
  importRunId: z.string().nullable().meta({ description: 'The import run that last wrote this record' }),
};

const COLUMNS = Object.keys(registerOutput) as (keyof typeof registerOutput)[];

/** Adds the register columns to a page of organisations, with one query. */
export async function withRegisterColumns(db: Database, items: Row[]): Promise<Row[]> {
  const ids = items.map((i) => String(i.id));
  if (ids.length === 0) return items;
  const rows = (await db
    .selectFrom('organisations')
    .select(['id', ...COLUMNS])
    .where('id', 'in', ids)
    .execute()) as Row[];
  const byId = new Map(rows.map((r) => [String(r.id), r]));
  return items.map((item) => {
    const row = byId.get(String(item.id));
    const extra = Object.fromEntries(COLUMNS.map((c) => [c, row?.[c] ?? null]));
    return { ...item, ...extra };
  });
}
