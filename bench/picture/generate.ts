/**
 * A seeded synthetic ecosystem for the picture benchmark: N organisations and M relations with the skew
 * of real ones — a few hubs with many ties (power-law-ish degrees), most ties inside a municipality or an
 * industry (so communities exist), a few parallel relations of the same pair, integer weights mostly 1.
 *
 * The same seed always gives the same ecosystem. `copyRows` writes it in PostgreSQL COPY text format: the
 * hook for the database part of the benchmark (generate in PostgreSQL, load back in at most 2 s).
 */
import { loadBuiltInMunicipalities } from '../../src/domain/reference/municipalities.js';
import { TOL2008_DIVISIONS } from '../../src/domain/reference/tol2008.js';
import { ORGANISATION_KINDS, RELATION_KINDS, SIZE_CLASSES } from '../../src/domain/enums.js';
import { mulberry32, shuffleInPlace } from '../../src/domain/random.js';
import { tol2008ClassesOf } from '../../src/domain/reference/tol2008-structure.js';

type OrganisationKind = (typeof ORGANISATION_KINDS)[number];
type SizeClass = (typeof SIZE_CLASSES)[number];

export interface GeneratedOrganisation {
  readonly id: string;
  readonly name: string;
  readonly kind: OrganisationKind;
  readonly tolCode: string;
  readonly municipalityCode: string;
  readonly sizeClass: SizeClass;
}

export interface GeneratedEcosystem {
  readonly seed: number;
  readonly organisations: GeneratedOrganisation[];
  /** Columnar relations: indices into `organisations`, weights, and kinds as indices into RELATION_KINDS. */
  readonly relations: { from: Int32Array; to: Int32Array; weight: Float64Array; kind: Uint8Array };
}

export interface GeneratorOptions {
  readonly organisations?: number;
  readonly relations?: number;
  readonly seed?: number;
}

const KIND_SHARES: [OrganisationKind, number][] = [
  ['company', 0.86],
  ['association', 0.06],
  ['education', 0.02],
  ['public_agency', 0.015],
  ['rdi', 0.01],
  ['municipality', 0.01],
  ['development_company', 0.008],
  ['funder', 0.004],
  ['other', 0.013],
];
const SIZE_SHARES: [SizeClass, number][] = [
  ['micro', 0.8],
  ['small', 0.13],
  ['medium', 0.04],
  ['large', 0.01],
  ['unknown', 0.02],
];

function pick<T>(shares: [T, number][], u: number): T {
  let acc = 0;
  for (const [value, share] of shares) {
    acc += share;
    if (u < acc) return value;
  }
  return shares[shares.length - 1]![0];
}

/** Zipf-like popularity: rank r (1-based) gets weight 1/r^s; returns cumulative weights. */
function zipfCumulative(count: number, s: number): Float64Array {
  const cumulative = new Float64Array(count);
  let acc = 0;
  for (let r = 0; r < count; r++) cumulative[r] = acc += 1 / Math.pow(r + 1, s);
  return cumulative;
}

/** Index i in [lo, hi) with cumulative[i-1] <= target < cumulative[i] (binary search). */
function search(cumulative: Float64Array, target: number, lo: number, hi: number): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (cumulative[mid]! <= target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function uuid(random: () => number): string {
  let hex = '';
  for (let i = 0; i < 32; i++) hex += Math.floor(random() * 16).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20)}`;
}

export function generateOrganisations(count: number, random: () => number): GeneratedOrganisation[] {
  const municipalities = shuffleInPlace(
    loadBuiltInMunicipalities().map((m) => m.code),
    random,
  );
  const divisions = shuffleInPlace(
    TOL2008_DIVISIONS.map((d) => d.code),
    random,
  );
  const byPlace = zipfCumulative(municipalities.length, 1);
  const byIndustry = zipfCumulative(divisions.length, 1.1);
  const organisations: GeneratedOrganisation[] = [];
  for (let i = 0; i < count; i++) {
    const place = search(byPlace, random() * byPlace[byPlace.length - 1]!, 0, byPlace.length);
    const industry = search(byIndustry, random() * byIndustry[byIndustry.length - 1]!, 0, byIndustry.length);
    // A real class of the division as its national subclass: an unreal code would have no industry.
    const classes = tol2008ClassesOf(divisions[industry]!);
    const sub = `${classes[Math.floor(random() * classes.length)]!.slice(2)}0`;
    organisations.push({
      id: uuid(random),
      name: `Organisaatio ${i + 1}`,
      kind: pick(KIND_SHARES, random()),
      tolCode: `${divisions[industry]!}${sub}`,
      municipalityCode: municipalities[place]!,
      sizeClass: pick(SIZE_SHARES, random()),
    });
  }
  return organisations;
}

/** Members of each group sorted together, with cumulative attractiveness along that order. */
interface Groups {
  readonly start: Int32Array;
  readonly members: Int32Array;
  readonly cumulative: Float64Array;
}

function groupBy(keys: Int32Array, groupCount: number, attractiveness: Float64Array): Groups {
  const start = new Int32Array(groupCount + 1);
  for (const k of keys) start[k + 1]!++;
  for (let g = 0; g < groupCount; g++) start[g + 1]! += start[g]!;
  const cursor = start.slice(0, groupCount);
  const members = new Int32Array(keys.length);
  keys.forEach((k, i) => (members[cursor[k]!++] = i));
  const cumulative = new Float64Array(keys.length);
  let acc = 0;
  members.forEach((m, p) => (cumulative[p] = acc += attractiveness[m]!));
  return { start, members, cumulative };
}

function drawFrom(groups: Groups, g: number, random: () => number): number {
  const lo = groups.start[g]!;
  const hi = groups.start[g + 1]!;
  const base = lo > 0 ? groups.cumulative[lo - 1]! : 0;
  const target = base + random() * (groups.cumulative[hi - 1]! - base);
  return groups.members[Math.min(search(groups.cumulative, target, lo, hi), hi - 1)]!;
}

function keysOf(values: readonly string[]): { keys: Int32Array; count: number } {
  const index = new Map<string, number>();
  const keys = Int32Array.from(values, (v) => {
    if (!index.has(v)) index.set(v, index.size);
    return index.get(v)!;
  });
  return { keys, count: index.size };
}

export function generateEcosystem(options: GeneratorOptions = {}): GeneratedEcosystem {
  const n = options.organisations ?? 100_000;
  const m = options.relations ?? 1_000_000;
  const seed = options.seed ?? 2027;
  const random = mulberry32(seed);
  const organisations = generateOrganisations(n, random);
  // Pareto (tail index 1.8) attractiveness gives power-law-ish degrees; schools, RDI and large firms are hubs.
  const attractiveness = Float64Array.from(organisations, (o) => {
    const hub = o.kind === 'education' || o.kind === 'rdi' || o.sizeClass === 'large' ? 5 : 1;
    return hub * Math.pow(1 - random(), -1 / 1.8);
  });
  const place = keysOf(organisations.map((o) => o.municipalityCode));
  const industry = keysOf(organisations.map((o) => o.tolCode.slice(0, 2)));
  const everyone = groupBy(new Int32Array(n), 1, attractiveness);
  const byPlace = groupBy(place.keys, place.count, attractiveness);
  const byIndustry = groupBy(industry.keys, industry.count, attractiveness);
  const relations = {
    from: new Int32Array(m),
    to: new Int32Array(m),
    weight: new Float64Array(m),
    kind: new Uint8Array(m),
  };
  for (let e = 0; e < m; e++) {
    const u = drawFrom(everyone, 0, random);
    let v = u;
    for (let attempt = 0; v === u; attempt++) {
      const r = attempt > 3 ? 1 : random();
      if (r < 0.55) v = drawFrom(byPlace, place.keys[u]!, random);
      else if (r < 0.8) v = drawFrom(byIndustry, industry.keys[u]!, random);
      else v = drawFrom(everyone, 0, random);
    }
    relations.from[e] = u;
    relations.to[e] = v;
    relations.weight[e] = 1 + Math.floor(-Math.log(1 - random()) / 1.5);
    relations.kind[e] = Math.floor(random() * random() * RELATION_KINDS.length);
  }
  return { seed, organisations, relations };
}

/** Columns `copyRows` writes, in order; the loader adds constant columns (e.g. workspace_id) by `extra`. */
export const COPY_COLUMNS = {
  organisations: ['id', 'kind', 'name_fi', 'tol_code', 'municipality_code', 'size_class'],
  relations: ['from_organisation_id', 'to_organisation_id', 'kind', 'weight'],
} as const;

/**
 * Rows of one table in COPY text format (tab-separated, one line each), for
 * `COPY <table> (<COPY_COLUMNS + extra keys>) FROM STDIN`. No value contains a tab, newline or backslash.
 */
export function* copyRows(
  ecosystem: GeneratedEcosystem,
  table: keyof typeof COPY_COLUMNS,
  extra: Record<string, string> = {},
): Generator<string> {
  const tail = Object.values(extra)
    .map((v) => `\t${v}`)
    .join('');
  if (table === 'organisations') {
    for (const o of ecosystem.organisations) {
      yield `${o.id}\t${o.kind}\t${o.name}\t${o.tolCode}\t${o.municipalityCode}\t${o.sizeClass}${tail}\n`;
    }
    return;
  }
  const { from, to, weight, kind } = ecosystem.relations;
  const ids = ecosystem.organisations.map((o) => o.id);
  for (let e = 0; e < from.length; e++) {
    yield `${ids[from[e]!]}\t${ids[to[e]!]}\t${RELATION_KINDS[kind[e]!]}\t${weight[e]}${tail}\n`;
  }
}
