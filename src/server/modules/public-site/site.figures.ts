/**
 * The key figures of a public page from public records only: actors by kind, jobs or establishments by
 * industry from Statistics Finland's table when imported, and specialisation by location quotient computed
 * as the situational picture computes it (the same baseline and the same analysis functions).
 */
import { composition } from '../../../analysis/composition.js';
import type { PictureOrganisation } from '../../../analysis/picture.input.js';
import { sectionsOf, specialisationTables } from '../../../analysis/specialisation.js';
import { ANONYMOUS } from '../../auth/caller.js';
import type { Database } from '../../db/database.js';
import { pictureBaseline } from '../pictures/baseline.js';
import { organisationsOf, type ScopeMembers } from '../pictures/picture.repository.js';
import { nationalCounts } from '../reference/national.repository.js';
import { nationalBaseline } from '../reference/national.service.js';
import type { CountRow, Figures } from './site.model.js';

const TOP = 8;

export type FigureScope = { members: ScopeMembers } | { municipalityCodes: readonly string[] };

const descending = (rows: CountRow[]) =>
  rows.filter((r) => r.count > 0).sort((a, b) => b.count - a.count || a.code.localeCompare(b.code));

const sectionRows = (table: Record<string, number>): CountRow[] =>
  descending(Object.entries(table).map(([code, count]) => ({ code, count }))).slice(0, TOP);

async function industries(db: Database, codes: readonly string[], jobs: Record<string, number> | null) {
  const status = await nationalBaseline(db);
  const table = (basis: 'jobs' | 'establishments') => status.tables.find((t) => t.basis === basis);
  const jobsTable = table('jobs');
  if (jobs && jobsTable)
    return {
      basis: 'jobs' as const,
      rows: sectionRows(jobs),
      year: jobsTable.year,
      source: jobsTable.source,
    };
  const establishments = table('establishments');
  if (!establishments || codes.length === 0) return null;
  const counts = await nationalCounts(db, 'establishments', codes);
  if (counts.areasFound === 0) return null;
  const sections: Record<string, number> = {};
  const divisions: Record<string, number> = {};
  for (const r of counts.rows) (/^[A-U]$/.test(r.code) ? sections : divisions)[r.code] = r.count;
  const bySection = Object.keys(sections).length > 0 ? sections : sectionsOf({ divisions });
  return {
    basis: 'establishments' as const,
    rows: sectionRows(bySection),
    year: establishments.year,
    source: establishments.source,
  };
}

function specialisationOf(tables: ReturnType<typeof specialisationTables>): Figures['specialisation'] {
  const table = tables.jobs ?? tables.organisations;
  const rows = table.sections
    .filter((r) => r.rank !== null && r.lq !== null && r.lq > 1)
    .slice(0, 5)
    .map((r) => ({ code: r.code, lq: r.lq!, count: r.scopeCount }));
  if (rows.length === 0) return null;
  return { basis: table.basis, baseline: table.baseline, rows, year: table.year, source: table.source };
}

export async function pageFigures(
  db: Database,
  scope: FigureScope,
  codes: readonly string[],
): Promise<Figures> {
  const organisations: PictureOrganisation[] = await organisationsOf(db, ANONYMOUS, scope);
  const baseline = await pictureBaseline(db, ANONYMOUS, 'members' in scope ? undefined : codes);
  const tables = specialisationTables(organisations, baseline.finland, baseline.jobs);
  const jobsBySection = baseline.jobs ? sectionsOf(baseline.jobs.scope) : null;
  return {
    actorsByKind: descending(
      composition(organisations).byKind.map((r) => ({ code: r.code, count: r.count })),
    ),
    industries: await industries(db, codes, jobsBySection),
    specialisation: specialisationOf(tables),
  };
}
