/**
 * Composition of a scope: who is there, by kind, industry, place and size, and the balance of the
 * triple helix.
 *
 * Triple helix pillars (the model of regional innovation: industry, academia, government):
 * - companies: `company`;
 * - education: `education` (universities, universities of applied sciences, vocational schools);
 * - rdi: `rdi` (research organisations, technology centres);
 * - public: `municipality`, `public_agency`, `development_company` (owned by municipalities and acting
 *   for them) and `funder` (in Finnish regional development the funders — ELY centres, Business Finland,
 *   regional councils — are public; private foundations are recorded as `association` or `other`).
 * `association` and `other` fall outside the helix (civil society, the fourth helix) and are counted apart.
 */
import { ORGANISATION_KINDS, SIZE_CLASSES } from '../domain/enums.js';
import { resolveTol2008 } from '../domain/reference/tol2008.js';
import type { OrganisationKind, PictureOrganisation } from './picture.input.js';
import type { CountRow, PictureComposition } from './picture.schema.js';

export const HELIX_PILLARS = ['companies', 'education', 'rdi', 'public'] as const;
export type HelixPillar = (typeof HELIX_PILLARS)[number];

export const PILLAR_KINDS: Readonly<Record<HelixPillar, readonly OrganisationKind[]>> = {
  companies: ['company'],
  education: ['education'],
  rdi: ['rdi'],
  public: ['municipality', 'public_agency', 'development_company', 'funder'],
};
export const OUTSIDE_HELIX: readonly OrganisationKind[] = ['association', 'other'];

export const UNKNOWN = 'unknown';

/** Counts by key, largest first (ties by code), with each count's share of `total`. */
export function countRows(keys: Iterable<string>, total: number): CountRow[] {
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return [...counts]
    .map(([code, count]) => ({ code, count, share: total > 0 ? count / total : 0 }))
    .sort((a, b) => b.count - a.count || a.code.localeCompare(b.code));
}

function industryKeys(organisations: readonly PictureOrganisation[], level: 'division' | 'section') {
  return organisations.map((o) => {
    const resolved = o.tolCode ? resolveTol2008(o.tolCode) : null;
    if (!resolved) return UNKNOWN;
    return (level === 'division' ? resolved.divisionCode : resolved.sectionCode) ?? UNKNOWN;
  });
}

export function tripleHelix(byKind: ReadonlyMap<string, number>): PictureComposition['tripleHelix'] {
  const count = (kinds: readonly string[]) => kinds.reduce((sum, k) => sum + (byKind.get(k) ?? 0), 0);
  const counts = HELIX_PILLARS.map((pillar) => count(PILLAR_KINDS[pillar]));
  const inHelix = counts.reduce((a, b) => a + b, 0);
  const pillars = HELIX_PILLARS.map((pillar, i) => ({
    pillar,
    kinds: [...PILLAR_KINDS[pillar]],
    count: counts[i]!,
    share: inHelix > 0 ? counts[i]! / inHelix : 0,
  }));
  // Shannon evenness: entropy of the pillar shares over its maximum ln 4. One number for "balanced".
  const entropy = pillars.reduce((h, p) => (p.share > 0 ? h - p.share * Math.log(p.share) : h), 0);
  return {
    pillars,
    outside: { kinds: [...OUTSIDE_HELIX], count: count(OUTSIDE_HELIX) },
    evenness: Math.min(1, entropy / Math.log(HELIX_PILLARS.length)),
    missingPillars: pillars.filter((p) => p.count === 0).map((p) => p.pillar),
  };
}

export function composition(organisations: readonly PictureOrganisation[]): PictureComposition {
  const total = organisations.length;
  const byKind = countRows(
    organisations.map((o) => o.kind),
    total,
  );
  const kindCounts = new Map(byKind.map((r) => [r.code, r.count]));
  return {
    organisations: total,
    byKind,
    bySection: countRows(industryKeys(organisations, 'section'), total),
    byDivision: countRows(industryKeys(organisations, 'division'), total),
    byMunicipality: countRows(
      organisations.map((o) => o.municipalityCode ?? UNKNOWN),
      total,
    ),
    bySizeClass: countRows(
      organisations.map((o) => o.sizeClass ?? UNKNOWN),
      total,
    ),
    tripleHelix: tripleHelix(kindCounts),
    // 'other' is a catch-all, never "missing"
    missingKinds: ORGANISATION_KINDS.filter((k) => k !== 'other' && !kindCounts.has(k)),
  };
}

/** Size classes in their natural order, for charts (the rows above are ordered by count). */
export const SIZE_CLASS_ORDER: readonly string[] = [...SIZE_CLASSES];
