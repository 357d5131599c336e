/**
 * Strengths and candidate growth sectors (TOL divisions), ranked by transparent scores. Every item lists
 * the evidence it rests on; no sector is named without it. Scores are documented in docs/analysis.md.
 *
 * Score parts, each in [0, 1]:
 * - specialisation = clamp((LQ − 1) / 2) × min(count / low-count threshold, 1): LQ 1 → 0, LQ 3 or more
 *   → 1 (jobs LQ when available, else organisations), damped when the count is low;
 * - size = min(share of the scope's organisations / 10 %, 1);
 * - centrality = clamp((PageRank share / organisation share − 1) / 2): how much more central the sector's
 *   actors are than their number alone would make them;
 * - competences = min(distinct competences offered by the sector's organisations / 5, 1);
 * - projects = min(projects with a participant from the sector / 3, 1);
 * - growth = clamp((now − before) / max(before, low-count threshold) / 50 %), organisations now and in
 *   the latest snapshot; 0 without one. The floor on the denominator keeps one newcomer in an empty
 *   sector from reading as +100 %: it counts as 1/5 = 20 % with the default threshold 5.
 */
import { resolveTol2008 } from '../domain/reference/tol2008.js';
import type {
  PictureCompetence,
  PictureOrganisation,
  PictureProject,
  PictureSnapshot,
} from './picture.input.js';
import type { LqRow, LqTable } from './picture.schema.js';
import { DEFAULT_LOW_COUNT_THRESHOLD } from './specialisation.js';
import type { Evidence, ScoreParts, SectorItem } from './strengths.schema.js';

export const STRENGTH_WEIGHTS: Readonly<ScoreParts> = {
  specialisation: 0.35,
  size: 0.2,
  centrality: 0.2,
  competences: 0.1,
  projects: 0.1,
  growth: 0.05,
};
export const GROWTH_WEIGHTS: Readonly<ScoreParts> = {
  specialisation: 0.15,
  size: 0,
  centrality: 0.15,
  competences: 0.2,
  projects: 0.2,
  growth: 0.3,
};

export const STRENGTH_DEFAULTS = { minLocationQuotient: 1.25, maxListed: 10 } as const;

export interface StrengthOptions {
  /** A strength needs an LQ at least this (organisations or jobs basis); default 1.25. */
  readonly minLocationQuotient?: number;
  /** Items listed in each list; default 10. */
  readonly maxListed?: number;
}

export interface StrengthInputs {
  readonly organisations: readonly PictureOrganisation[];
  /** PageRank of each organisation, in the same order. */
  readonly pagerank: Float64Array;
  readonly specialisation: { organisations: LqTable; jobs: LqTable | null };
  readonly competences: readonly PictureCompetence[];
  readonly projects: readonly PictureProject[];
  readonly history?: readonly PictureSnapshot[];
  /** Floor of the growth denominator; the picture's low-count threshold (default 5). */
  readonly lowCountThreshold?: number;
  /** False when the scope has no ties: PageRank is then uniform and names no central actors. */
  readonly hasTies?: boolean;
}

interface Totals {
  organisations: number;
  pagerank: number;
}

interface Sector {
  code: string;
  sectionCode: string;
  members: number[];
  pagerank: number;
  competences: Map<string, { label: string; organisations: Set<string> }>;
  projects: Map<string, { name: string; organisations: number }>;
}

const clamp01 = (x: number) => Math.max(0, Math.min(1, x));

function collectSectors(inputs: StrengthInputs): Map<string, Sector> {
  const sectors = new Map<string, Sector>();
  const sectorOf = new Map<string, Sector>();
  inputs.organisations.forEach((o, i) => {
    const resolved = o.tolCode ? resolveTol2008(o.tolCode) : null;
    if (!resolved?.divisionCode) return;
    let sector = sectors.get(resolved.divisionCode);
    if (!sector) {
      sector = {
        code: resolved.divisionCode,
        sectionCode: resolved.sectionCode,
        members: [],
        pagerank: 0,
        competences: new Map(),
        projects: new Map(),
      };
      sectors.set(sector.code, sector);
    }
    sector.members.push(i);
    sector.pagerank += inputs.pagerank[i] ?? 0;
    sectorOf.set(o.id, sector);
  });
  for (const c of inputs.competences) {
    const sector = c.direction === 'offer' ? sectorOf.get(c.organisationId) : undefined;
    if (!sector) continue;
    const entry = sector.competences.get(c.key) ?? { label: c.label, organisations: new Set<string>() };
    entry.organisations.add(c.organisationId);
    sector.competences.set(c.key, entry);
  }
  for (const project of inputs.projects) {
    for (const id of new Set(project.organisationIds)) {
      const sector = sectorOf.get(id);
      if (!sector) continue;
      const entry = sector.projects.get(project.id) ?? { name: project.name, organisations: 0 };
      entry.organisations++;
      sector.projects.set(project.id, entry);
    }
  }
  return sectors;
}

/** 1-based PageRank rank of every organisation (ties by position). */
function pagerankRanks(pagerank: Float64Array): Int32Array {
  const order = Array.from(pagerank, (_, i) => i).sort((a, b) => pagerank[b]! - pagerank[a]! || a - b);
  const ranks = new Int32Array(pagerank.length);
  order.forEach((node, r) => (ranks[node] = r + 1));
  return ranks;
}

function growthOf(sector: Sector, history: readonly PictureSnapshot[] | undefined) {
  const latest = history?.[history.length - 1];
  if (!latest) return null;
  const before = latest.organisationsByDivision[sector.code] ?? 0;
  const now = sector.members.length;
  return { since: latest.takenOn, before, now, change: (now - before) / Math.max(before, 1) };
}

type LqRows = { org: LqRow | undefined; jobs: LqRow | undefined };

/** The LQ rows of a sector as evidence, each saying what it compares with and how sure it is. */
function specialisationEvidence(rows: LqRows, tables: StrengthInputs['specialisation']): Evidence[] {
  const out: Evidence[] = [];
  for (const [basis, row, table] of [
    ['organisations', rows.org, tables.organisations],
    ['jobs', rows.jobs, tables.jobs],
  ] as const) {
    if (!row) continue;
    const { lq, scopeCount, finlandCount, lowCount, confidence } = row;
    const baseline = table?.baseline ?? 'solmu';
    out.push({ kind: 'specialisation', basis, lq, scopeCount, finlandCount, lowCount, baseline, confidence });
  }
  return out;
}

function sorted<T extends { organisations: number }>(items: T[], label: (item: T) => string): T[] {
  return items.sort((a, b) => b.organisations - a.organisations || label(a).localeCompare(label(b), 'fi'));
}

/** The evidence items of a sector, and the numbers its score parts are computed from. */
function evidenceFor(
  sector: Sector,
  inputs: StrengthInputs,
  rows: LqRows,
  ranks: Int32Array,
  totals: Totals,
) {
  const evidence = specialisationEvidence(rows, inputs.specialisation);
  const share = sector.members.length / Math.max(1, totals.organisations);
  evidence.push({ kind: 'size', organisations: sector.members.length, share });
  const pagerankShare = totals.pagerank > 0 ? sector.pagerank / totals.pagerank : 0;
  const central = totals.pagerank > 0 && inputs.hasTies !== false;
  if (central) {
    const top = [...sector.members].sort((a, b) => ranks[a]! - ranks[b]!).slice(0, 5);
    const actors = top.map((i) => {
      const { id: organisationId, name } = inputs.organisations[i]!;
      return { organisationId, name, pagerankRank: ranks[i]! };
    });
    evidence.push({ kind: 'centralActors', pagerankShare, actors });
  }
  const competences = sorted(
    [...sector.competences].map(([key, c]) => ({ key, label: c.label, organisations: c.organisations.size })),
    (c) => c.label,
  );
  if (competences.length > 0) evidence.push({ kind: 'competences', items: competences });
  const projects = sorted(
    [...sector.projects].map(([projectId, p]) => ({
      projectId,
      name: p.name,
      organisations: p.organisations,
    })),
    (p) => p.name,
  );
  if (projects.length > 0) evidence.push({ kind: 'projects', items: projects });
  const growth = growthOf(sector, inputs.history);
  if (growth) evidence.push({ kind: 'growth', ...growth });
  const figures = { share, pagerankShare: central ? pagerankShare : null, growth };
  return { evidence, figures: { ...figures, competences: competences.length, projects: projects.length } };
}

/** The six score parts, each in [0, 1], as documented at the top of this file. */
function scoreParts(
  rows: LqRows,
  f: ReturnType<typeof evidenceFor>['figures'],
  lowCountThreshold: number,
): ScoreParts {
  const lqRow = rows.jobs && !rows.jobs.lowCount && rows.jobs.lq !== null ? rows.jobs : rows.org;
  const growth = f.growth;
  // A low count still says something; its weight shrinks with the count instead of dropping to nothing.
  const confidence = lqRow ? Math.min(lqRow.scopeCount / lowCountThreshold, 1) : 0;
  return {
    specialisation: lqRow && lqRow.lq !== null ? clamp01((lqRow.lq - 1) / 2) * confidence : 0,
    size: clamp01(f.share / 0.1),
    centrality: f.share > 0 && f.pagerankShare !== null ? clamp01((f.pagerankShare / f.share - 1) / 2) : 0,
    competences: clamp01(f.competences / 5),
    projects: clamp01(f.projects / 3),
    growth: growth
      ? clamp01((growth.now - growth.before) / Math.max(growth.before, lowCountThreshold) / 0.5)
      : 0,
  };
}

function weighted(parts: ScoreParts, weights: Readonly<ScoreParts>): number {
  let score = 0;
  for (const key of Object.keys(weights) as (keyof ScoreParts)[]) score += parts[key] * weights[key];
  return clamp01(score);
}

const byScore = (a: SectorItem, b: SectorItem) => b.score - a.score || a.code.localeCompare(b.code);

/** A sector needs at least this many organisations to be named a strength on a low count. */
export const MIN_TENTATIVE_ORGANISATIONS = 2;

/**
 * Specialised enough to be a strength: LQ ≥ minLq on a count above the threshold, or — tentatively, the
 * evidence keeps its lowCount flag — on a low count of at least two organisations when another kind of
 * evidence backs it (competences its organisations offer, projects, actors more central than their
 * number). Small towns record few actors per industry; silencing every such sector named none at all.
 */
function isStrength(rows: LqRows, parts: ScoreParts, minLq: number, organisations: number): boolean {
  const specialised = (r: LqRow | undefined) => !!r && r.lq !== null && r.lq >= minLq;
  if ([rows.org, rows.jobs].some((r) => specialised(r) && !r!.lowCount)) return true;
  const corroborated = parts.competences > 0 || parts.projects > 0 || parts.centrality > 0;
  return specialised(rows.org) && organisations >= MIN_TENTATIVE_ORGANISATIONS && corroborated;
}

/**
 * Strengths: sectors specialised enough (isStrength), by strength score.
 * Growth candidates: the other sectors with at least two kinds of forward-looking evidence (growth,
 * projects, competences, centrality), by growth score; they may be small — emerging sectors are.
 */
export function strengthsAndCandidates(
  inputs: StrengthInputs,
  options: StrengthOptions = {},
): { strengths: SectorItem[]; growthCandidates: SectorItem[] } {
  const { minLocationQuotient: minLq, maxListed } = { ...STRENGTH_DEFAULTS, ...options };
  const orgRows = new Map(inputs.specialisation.organisations.divisions.map((r) => [r.code, r]));
  const jobRows = new Map((inputs.specialisation.jobs?.divisions ?? []).map((r) => [r.code, r]));
  const ranks = pagerankRanks(inputs.pagerank);
  const sectors = collectSectors(inputs);
  // shares of organisations and of PageRank are both taken over the organisations with an industry code
  const totals: Totals = { organisations: 0, pagerank: 0 };
  for (const sector of sectors.values()) {
    totals.organisations += sector.members.length;
    totals.pagerank += sector.pagerank;
  }

  const strengths: SectorItem[] = [];
  const candidates: SectorItem[] = [];
  for (const sector of sectors.values()) {
    const rows = { org: orgRows.get(sector.code), jobs: jobRows.get(sector.code) };
    const { evidence, figures } = evidenceFor(sector, inputs, rows, ranks, totals);
    const parts = scoreParts(rows, figures, inputs.lowCountThreshold ?? DEFAULT_LOW_COUNT_THRESHOLD);
    const base = {
      level: 'division' as const,
      code: sector.code,
      sectionCode: sector.sectionCode,
      scoreParts: parts,
      evidence,
    };
    if (isStrength(rows, parts, minLq, sector.members.length)) {
      strengths.push({ ...base, score: weighted(parts, STRENGTH_WEIGHTS) });
      continue;
    }
    const forward = [parts.growth, parts.projects, parts.competences, parts.centrality].filter((x) => x > 0);
    if (forward.length >= 2) candidates.push({ ...base, score: weighted(parts, GROWTH_WEIGHTS) });
  }
  return {
    strengths: strengths.sort(byScore).slice(0, maxListed),
    growthCandidates: candidates.sort(byScore).slice(0, maxListed),
  };
}
