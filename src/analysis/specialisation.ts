/**
 * Specialisation by location quotient: how much more (or less) common an industry is in the scope than in
 * all of Finland.
 *
 *   LQ_i = (scope_count_i / scope_total) / (finland_count_i / finland_total)
 *
 * LQ 1 = as common as in Finland, 2 = twice as common. Totals are the sums over the table's codes of the
 * same level (organisations without an industry code do not count on either side). Counts below the
 * threshold (default 5) make a quotient that swings with one organisation, so such rows are kept but
 * flagged `lowCount` and not ranked.
 *
 * Each quotient has a 95 % interval: the scope count is observed, (scope total × Finland's share) is
 * expected, and LQ = observed / expected, so the interval is the Poisson interval of the observed count
 * over the expected count (poisson-interval.ts). It measures only how much a count this small could vary
 * by chance; it leaves out the baseline's own variation, which is small beside a national table.
 */
import { resolveTol2008 } from '../domain/reference/tol2008.js';
import type { CountTable, FinlandTable, JobsTable, PictureOrganisation } from './picture.input.js';
import { poissonInterval } from './poisson-interval.js';
import type { LqRow, LqTable } from './picture.schema.js';

export const DEFAULT_LOW_COUNT_THRESHOLD = 5;

function sum(values: Readonly<Record<string, number>>): number {
  let total = 0;
  for (const v of Object.values(values)) total += v;
  return total;
}

/** The LQ's 95 % interval: the scope count's Poisson interval over the count Finland's share expects. */
export function lqConfidence(scopeCount: number, expected: number): LqRow['confidence'] {
  if (!(expected > 0)) return null;
  const { low, high } = poissonInterval(scopeCount);
  return { low: low / expected, high: high / expected };
}

/**
 * Location quotients of every code present in the scope, ranked by LQ (highest first) among rows that
 * are not low-count. A code missing from Finland's table gets lq null: it cannot be compared.
 */
export function locationQuotients(
  scope: Readonly<Record<string, number>>,
  finland: Readonly<Record<string, number>>,
  threshold = DEFAULT_LOW_COUNT_THRESHOLD,
): LqRow[] {
  const scopeTotal = sum(scope);
  const finlandTotal = sum(finland);
  const rows = Object.entries(scope)
    .filter(([, count]) => count > 0)
    .map(([code, scopeCount]): LqRow => {
      const finlandCount = finland[code] ?? 0;
      const expected = finlandCount > 0 && scopeTotal > 0 ? (scopeTotal * finlandCount) / finlandTotal : 0;
      const lq = expected > 0 ? scopeCount / expected : null;
      const confidence = lqConfidence(scopeCount, expected);
      return { code, scopeCount, finlandCount, lq, confidence, lowCount: scopeCount < threshold, rank: null };
    });
  const ranked = rows
    .filter((r) => !r.lowCount && r.lq !== null)
    .sort((a, b) => b.lq! - a.lq! || b.scopeCount - a.scopeCount || a.code.localeCompare(b.code));
  ranked.forEach((r, i) => (r.rank = i + 1));
  const unranked = rows
    .filter((r) => r.rank === null)
    .sort((a, b) => b.scopeCount - a.scopeCount || a.code.localeCompare(b.code));
  return [...ranked, ...unranked];
}

/** Sections from divisions when a table gives only divisions. */
export function sectionsOf(table: CountTable): Record<string, number> {
  if (table.sections) return { ...table.sections };
  const sections: Record<string, number> = {};
  for (const [division, count] of Object.entries(table.divisions)) {
    const section = resolveTol2008(division)?.sectionCode;
    if (section) sections[section] = (sections[section] ?? 0) + count;
  }
  return sections;
}

/** Counts the scope's organisations by TOL division and section; unknown or invalid codes are left out. */
export function organisationCounts(organisations: readonly PictureOrganisation[]): Required<CountTable> {
  const divisions: Record<string, number> = {};
  const sections: Record<string, number> = {};
  for (const o of organisations) {
    const resolved = o.tolCode ? resolveTol2008(o.tolCode) : null;
    if (!resolved) continue;
    if (resolved.divisionCode) divisions[resolved.divisionCode] = (divisions[resolved.divisionCode] ?? 0) + 1;
    sections[resolved.sectionCode] = (sections[resolved.sectionCode] ?? 0) + 1;
  }
  return { divisions, sections };
}

/** Location quotients at division and section level from two count tables. */
export function specialisation(
  scope: CountTable,
  finland: CountTable,
  basis: 'organisations' | 'jobs',
  options: {
    threshold?: number;
    year?: number | null;
    source?: string | null;
    baseline?: LqTable['baseline'];
  } = {},
): LqTable {
  const threshold = options.threshold ?? DEFAULT_LOW_COUNT_THRESHOLD;
  const scopeSections = sectionsOf(scope);
  const finlandSections = sectionsOf(finland);
  return {
    basis,
    baseline: options.baseline ?? 'solmu',
    // a table given by sections only has no division rows; its totals come from the sections
    scopeTotal: sum(scope.divisions) || sum(scopeSections),
    finlandTotal: sum(finland.divisions) || sum(finlandSections),
    divisions: locationQuotients(scope.divisions, finland.divisions, threshold),
    sections: locationQuotients(scopeSections, finlandSections, threshold),
    year: options.year ?? null,
    source: options.source ?? null,
  };
}

/**
 * Both specialisation tables of a picture: from organisations always (against a national table or a
 * whole-country import when there is one, else against the actors in Solmu), from jobs when a table is
 * given (always national).
 */
export function specialisationTables(
  organisations: readonly PictureOrganisation[],
  finland: FinlandTable,
  jobs: JobsTable | null | undefined,
  threshold = DEFAULT_LOW_COUNT_THRESHOLD,
): { organisations: LqTable; jobs: LqTable | null } {
  return {
    organisations: specialisation(organisationCounts(organisations), finland.organisations, 'organisations', {
      threshold,
      baseline: finland.baseline ?? 'solmu',
      year: finland.year,
      source: finland.source,
    }),
    jobs: jobs
      ? specialisation(jobs.scope, jobs.finland, 'jobs', {
          threshold,
          year: jobs.year,
          source: jobs.source,
          baseline: 'finland',
        })
      : null,
  };
}
