import type { Database } from '../../db/database.js';
import { latestFullRegisterImport, listNationalTables } from './national.repository.js';

/**
 * What the location quotients of a picture are compared with: the national tables imported (with year
 * and source) and whether a YTJ import read the whole register. Organisations are compared with
 * Finland when there is a table of establishments or such an import, else with the actors in Solmu.
 */
export async function nationalBaseline(db: Database) {
  const [tables, register] = await Promise.all([listNationalTables(db), latestFullRegisterImport(db)]);
  const establishments = tables.some((t) => t.basis === 'establishments');
  return {
    organisationsBaseline: establishments || register ? ('finland' as const) : ('solmu' as const),
    tables,
    fullRegisterImport: register?.finishedAt
      ? { finishedAt: register.finishedAt, companies: register.rowCount, fileName: register.fileName }
      : null,
  };
}

export type NationalBaseline = Awaited<ReturnType<typeof nationalBaseline>>;
