/**
 * A seeded generator of a realistic synthetic YTJ dump in the v3 shape (what `readYtjDump` reads), for
 * `solmu generate` and the import benchmark. Companies spread over municipalities in proportion to
 * population (the weights are the caller's: the reference data's populations), industries follow a Zipf
 * law over TOL 2008 divisions in the order of Finland's enterprise counts, business IDs are valid and
 * rise with the registration date as real ones do. `generateYtjDump` yields JSON text in chunks and waits
 * for its consumer, so a million companies are never in memory together.
 *
 * The business IDs are valid numbers, so some coincide with real companies' IDs: generated data is for
 * benchmarks and tests and must never be mixed with real register data.
 */
import { TOL2008_DIVISIONS } from '../../domain/reference/tol2008.js';
import { businessIdFromNumber } from './business-id.js';
import { DIVISION_RANKING } from './generate-data.js';
import { companyRecord, type GeneratedDivision } from './generate-record.js';
import { mulberry32 } from '../../domain/random.js';

export interface GeneratorMunicipality {
  /** Statistics Finland code, three digits. */
  code: string;
  nameFi: string;
  nameSv?: string;
  /** Weight of the municipality: its population. */
  population: number;
  /** Its postal codes; a stable made-up one is used when absent. */
  postalCodes?: readonly string[];
}

export interface GenerateYtjOptions {
  count: number;
  seed: number;
  municipalities: readonly GeneratorMunicipality[];
  /** Zipf exponent over the division ranking, default 1.1 (larger: more skewed). */
  zipfExponent?: number;
  /** Share of companies that have ended, default 0.15. */
  endedShare?: number;
  /** Date of the dump: the latest registration and modification date, default '2026-01-31'. */
  asOf?: string;
  /** Records per yielded text chunk, default 250. */
  recordsPerChunk?: number;
}

/** Picks an index with probability proportional to its weight, in O(log n). */
function weightedPicker(weights: readonly number[]): (r: number) => number {
  const cumulative: number[] = [];
  let total = 0;
  for (const w of weights) cumulative.push((total += Math.max(0, w)));
  return (r) => {
    const x = r * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cumulative[mid] ?? 0) > x) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
}

const FIRST_ID = 100_000;
const LAST_ID = 3_650_000;
const FIRST_DAY = Date.UTC(1978, 0, 1);

function checkOptions(o: GenerateYtjOptions) {
  if (!Number.isInteger(o.count) || o.count < 0 || o.count > 8_000_000) {
    throw new RangeError('count must be a whole number from 0 to 8 000 000');
  }
  if (!Number.isFinite(o.seed)) throw new RangeError('seed must be a number');
  const usable = o.municipalities.filter((m) => /^\d{3}$/.test(m.code) && m.population > 0);
  if (usable.length === 0)
    throw new RangeError('give at least one municipality with a code and a population');
  const asOf = Date.parse(o.asOf ?? '2026-01-31');
  if (Number.isNaN(asOf) || asOf <= FIRST_DAY) throw new RangeError('asOf must be a date after 1978');
  return { usable, asOf };
}

/** The companies one by one, as plain v3-shaped objects. */
export function* generateYtjCompanies(options: GenerateYtjOptions): Generator<Record<string, unknown>> {
  const { usable, asOf } = checkOptions(options);
  const random = mulberry32(options.seed);
  const municipality = weightedPicker(usable.map((m) => m.population));
  const divisions = rankedDivisions();
  const s = options.zipfExponent ?? 1.1;
  const division = weightedPicker(divisions.map((_, rank) => 1 / (rank + 1) ** s));
  const ended = options.endedShare ?? 0.15;
  const step = (LAST_ID - FIRST_ID) / Math.max(options.count, 1);
  let last = FIRST_ID - 1;
  for (let i = 0; i < options.count; i++) {
    // Spread the IDs over the range (with jitter), rising; skip the numbers that have no check digit.
    let n = Math.max(last + 1, Math.floor(FIRST_ID + i * step + random() * step * 0.8));
    let id = businessIdFromNumber(n);
    while (id === null) id = businessIdFromNumber(++n);
    last = n;
    const day = FIRST_DAY + ((n - FIRST_ID) / (LAST_ID - FIRST_ID)) * (asOf - FIRST_DAY);
    const m = usable[municipality(random())] as GeneratorMunicipality;
    const d = divisions[division(random())] as GeneratedDivision;
    yield companyRecord(random, {
      id,
      registered: day,
      asOf,
      ended: random() < ended,
      municipality: m,
      division: d,
    });
  }
}

function rankedDivisions(): GeneratedDivision[] {
  const byCode = new Map(TOL2008_DIVISIONS.map((d) => [d.code, d]));
  const ranked = DIVISION_RANKING.flatMap((code) => (byCode.has(code) ? [code] : []));
  const rest = TOL2008_DIVISIONS.map((d) => d.code).filter((c) => !ranked.includes(c));
  return [...ranked, ...rest].map((code) => {
    const d = byCode.get(code);
    return {
      code,
      section: d?.sectionCode ?? '',
      fi: d?.nameFi ?? '',
      sv: d?.nameSv ?? '',
      en: d?.nameEn ?? '',
    };
  });
}

/**
 * The dump as JSON text (an array of v3 companies), yielded a chunk of `recordsPerChunk` records at a
 * time. Throws a RangeError up front for options it cannot honour.
 */
export async function* generateYtjDump(options: GenerateYtjOptions): AsyncGenerator<string> {
  const perChunk = Math.max(1, options.recordsPerChunk ?? 250);
  let buffer: string[] = [];
  let first = true;
  yield '[\n';
  for (const c of generateYtjCompanies(options)) {
    buffer.push((first ? '' : ',\n') + JSON.stringify(c));
    first = false;
    if (buffer.length >= perChunk) {
      yield buffer.join('');
      buffer = [];
    }
  }
  if (buffer.length > 0) yield buffer.join('');
  yield '\n]\n';
}
