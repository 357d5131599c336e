/**
 * What a picture's location quotients compare with (docs/national-baseline.md). Organisations: a table
 * of Statistics Finland's establishments when imported, else the organisations in Solmu, which stand for
 * Finland when a YTJ import read the whole register and only for themselves otherwise. Jobs: the scope's
 * municipalities against the whole country, both from Statistics Finland's table, when imported.
 */
import type { CountTable, FinlandTable, JobsTable } from '../../../analysis/picture.input.js';
import type { Caller } from '../../auth/caller.js';
import type { Database } from '../../db/database.js';
import {
  allMunicipalityCounts,
  nationalCounts,
  WHOLE_COUNTRY,
  type NationalBasis,
} from '../reference/national.repository.js';
import { nationalBaseline } from '../reference/national.service.js';
import { finlandCounts } from './picture.repository.js';

function countTable(rows: { code: string; count: number }[]): CountTable {
  const divisions: Record<string, number> = {};
  const sections: Record<string, number> = {};
  for (const r of rows) (/^[A-U]$/.test(r.code) ? sections : divisions)[r.code] = r.count;
  // A table of divisions only gives its sections as their sums (specialisation.ts).
  return Object.keys(sections).length > 0 ? { divisions, sections } : { divisions };
}

/** The whole country's row of a table, or the sum of its municipalities when it has none. */
async function wholeCountry(db: Database, basis: NationalBasis): Promise<CountTable> {
  const own = await nationalCounts(db, basis, [WHOLE_COUNTRY]);
  return countTable(own.areasFound > 0 ? own.rows : await allMunicipalityCounts(db, basis));
}

type Status = Awaited<ReturnType<typeof nationalBaseline>>;
type Table = Status['tables'][number];

async function organisationsBaseline(db: Database, caller: Caller, status: Status): Promise<FinlandTable> {
  const establishments = status.tables.find((t) => t.basis === 'establishments');
  if (establishments) {
    return {
      organisations: await wholeCountry(db, 'establishments'),
      baseline: 'finland',
      year: establishments.year,
      source: establishments.source,
    };
  }
  const solmu = await finlandCounts(db, caller);
  const register = status.fullRegisterImport;
  if (!register) return { organisations: solmu, baseline: 'solmu' };
  return {
    organisations: solmu,
    baseline: 'finland',
    year: new Date(register.finishedAt).getUTCFullYear(),
    source: ['PRH/YTJ', register.fileName].filter(Boolean).join(': '),
  };
}

async function jobsBaseline(db: Database, table: Table, codes: readonly string[]): Promise<JobsTable | null> {
  const scope = await nationalCounts(db, 'jobs', codes);
  if (scope.areasFound === 0) return null;
  return {
    scope: countTable(scope.rows),
    finland: await wholeCountry(db, 'jobs'),
    year: table.year,
    source: table.source,
  };
}

export async function pictureBaseline(
  db: Database,
  caller: Caller,
  municipalityCodes: readonly string[] | undefined,
): Promise<{ finland: FinlandTable; jobs: JobsTable | null }> {
  const status = await nationalBaseline(db);
  const jobs = status.tables.find((t) => t.basis === 'jobs');
  const [finland, jobsTable] = await Promise.all([
    organisationsBaseline(db, caller, status),
    jobs && municipalityCodes?.length ? jobsBaseline(db, jobs, municipalityCodes) : Promise.resolve(null),
  ]);
  return { finland, jobs: jobsTable };
}
