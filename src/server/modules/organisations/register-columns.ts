/**
 * The business-register (YTJ) columns of an organisation and their provenance, shown read-only: only an
 * import writes them (see imports/ytj.upsert.ts), so they are not part of the create or update schemas.
 */
import { z } from 'zod';

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

/** Read with every organisation (`readOnlyColumns`): the same query, no second look-up. */
export const REGISTER_COLUMNS = Object.keys(registerOutput) as (keyof typeof registerOutput)[];
