/**
 * Statistics Finland's tables of establishments or jobs by municipality and industry, as PxWeb saves
 * them as CSV (docs/national-baseline.md says which tables and which selection). PxWeb writes a table
 * as its row variables ("Alue", "Toimiala") in the first columns and the column variables ("Vuosi",
 * "Tiedot") joined into each value column's heading ("2022 Työpaikat"); either area or industry may
 * also be a column variable ("Työpaikat 2022 KU091 Helsinki"). It may put the table's title and a blank
 * line first and notes last; it marks a value it does not give with ".." (confidential or not
 * available), "." (cannot occur) or "..." and a true zero with "-".
 *
 * The reader returns every municipality-and-industry count of one year and measure, or every problem of
 * the file with its line: an import lands whole or not at all.
 */
import { loadBuiltInMunicipalities } from '../domain/reference/municipalities.js';
import { decodeText, parseCsv, type CsvIssue, type CsvRecord } from './csv.js';
import {
  areaInHeading,
  areaLabel,
  industryInHeading,
  industryLabel,
  municipalityIndex,
  type MunicipalityIndex,
  type MunicipalityName,
} from './pxweb-labels.js';

export interface NationalCount {
  /** Statistics Finland's municipality code; null for the whole country's row. */
  readonly municipalityCode: string | null;
  /** A TOL 2008 section letter or division (two digits). */
  readonly industryCode: string;
  readonly count: number;
}

export interface NationalTableData {
  readonly title: string | null;
  readonly year: number;
  /** What is counted, as the file names it ("Työpaikat", "Toimipaikkojen lukumäärä"); null when it does not. */
  readonly measure: string | null;
  readonly counts: NationalCount[];
  /** Values the file does not give (".." and the like): left out, and said. */
  readonly missing: number;
}

export type PxwebResult =
  { ok: true; data: NationalTableData; warnings: CsvIssue[] } | { ok: false; errors: CsvIssue[] };

export interface PxwebOptions {
  /** The year to read when the file has several (default: the latest). */
  readonly year?: number;
  /** Municipalities whose names the file may use (default: the built-in list). */
  readonly municipalities?: readonly MunicipalityName[];
}

type Role = 'area' | 'industry' | 'year' | 'measure' | 'other';

const VARIABLES: [Role, RegExp][] = [
  ['area', /^(alue|kunta|kunnat|område|kommun|area|municipalit|region)/i],
  ['industry', /(toimiala|näringsgren|industry)/i],
  ['year', /^(vuosi|tilastovuosi|år|year)$/i],
  ['measure', /^(tiedot|uppgifter|information|data)$/i],
];
const YEAR = /\b(19\d{2}|20\d{2})\b/;
// "TOL 2008" names the classification, not the year of the figures.
const CLASSIFICATION = /\bTOL\s*20\d{2}\b/gi;
const yearIn = (text: string) => YEAR.exec(text.replace(CLASSIFICATION, ''))?.[1] ?? null;
const MISSING = new Set(['..', '.', '...', '…', '']);

interface Cell {
  readonly line: number;
  readonly area: string;
  readonly industry: string;
  readonly year: number | null;
  readonly measure: string | null;
  readonly value: string;
}

/** A value cell's count: a number, 0 for "-", null when not given, or what is wrong with it. */
function parseValue(raw: string): number | null | string {
  const value = raw.trim();
  if (MISSING.has(value)) return null;
  if (value === '-') return 0;
  const n = Number(value.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.'));
  if (!Number.isFinite(n) || n < 0) return `"${value}" is not a count`;
  return n;
}

const isValueLike = (s: string) => typeof parseValue(s) !== 'string';

/** Leading columns that hold labels, not values: by their heading or by a value that is no number. */
function stubRoles(header: string[], rows: CsvRecord[]): Role[] {
  const roles: Role[] = [];
  for (let j = 0; j < header.length - 1; j++) {
    const named = VARIABLES.find(([, re]) => re.test(header[j]!.trim()))?.[0];
    const labels = rows.some((r) => !isValueLike(r.fields[j] ?? ''));
    if (!named && !labels) break;
    roles.push(named ?? 'other');
  }
  return roles;
}

/** The table's title lines and notes have one field; the heading is the first record with more. */
function splitRecords(records: CsvRecord[]) {
  const at = records.findIndex((r) => r.fields.length > 1);
  const title = at > 0 ? records[0]!.fields[0]!.trim() || null : null;
  return { title, header: at === -1 ? null : records[at]!, rows: records.slice(at + 1) };
}

function cellsOf(header: string[], rows: CsvRecord[], roles: Role[], errors: CsvIssue[]): Cell[] {
  const cells: Cell[] = [];
  const stub = (r: CsvRecord, role: Role) => {
    const j = roles.indexOf(role);
    return j === -1 ? null : r.fields[j]!.trim();
  };
  for (const r of rows) {
    if (r.fields.length === 1) continue; // a note under the table
    if (r.fields.length !== header.length) {
      errors.push({
        line: r.line,
        message: `${r.fields.length} fields where the heading has ${header.length}`,
      });
      continue;
    }
    for (let j = roles.length; j < header.length; j++) {
      const heading = header[j]!.trim();
      const stubYear = stub(r, 'year');
      const year = stubYear ?? yearIn(heading);
      const rest = heading.replace(YEAR, ' ').trim();
      cells.push({
        line: r.line,
        area: stub(r, 'area') ?? rest,
        industry: stub(r, 'industry') ?? rest,
        year: year === null ? null : Number(year),
        measure: stub(r, 'measure') ?? (roles.includes('area') && roles.includes('industry') ? rest : null),
        value: r.fields[j]!,
      });
    }
  }
  return cells;
}

function chooseYear(cells: Cell[], title: string | null, options: PxwebOptions): number | string {
  const years = [...new Set(cells.map((c) => c.year).filter((y): y is number => y !== null))].sort();
  const fromTitle = title ? yearIn(title) : null;
  if (options.year !== undefined) {
    if (years.length === 0 || years.includes(options.year)) return options.year;
    return `the file has no year ${options.year} (it has ${years.join(', ')})`;
  }
  if (years.length > 0) return years[years.length - 1]!;
  if (fromTitle) return Number(fromTitle);
  return 'the file does not say its year: give it with --year';
}

type Resolved = { municipalityCode: string | null; industryCode: string } | 'skip' | string;

function resolveCell(
  cell: Cell,
  areaInHeader: boolean,
  industryInHeader: boolean,
  index: MunicipalityIndex,
): Resolved {
  const area = areaInHeader ? areaInHeading(cell.area, index) : areaLabel(cell.area, index);
  if (area.kind === 'unknown') return `unknown municipality "${cell.area}"`;
  const industryText = industryInHeader ? (industryInHeading(cell.industry) ?? cell.industry) : cell.industry;
  const industry = industryLabel(industryText);
  if (industry.kind === 'unknown') return `unknown TOL 2008 industry "${cell.industry}"`;
  if (area.kind === 'aggregate' || industry.kind === 'other') return 'skip';
  return { municipalityCode: area.kind === 'finland' ? null : area.code, industryCode: industry.code };
}

function layoutError(roles: Role[]): string | null {
  const hasArea = roles.includes('area');
  const hasIndustry = roles.includes('industry');
  if (hasArea || hasIndustry) return null;
  return 'neither area (Alue) nor industry (Toimiala) is a row variable: put at least one of them in the rows when saving the table';
}

/**
 * The delimiter that gives the table its shape: the one under which most records have the same number
 * of fields, two or more. The title line above the heading may hold commas of its own.
 */
function parseTable(text: string) {
  const shapes = (['\t', ';', ','] as const).map((delimiter) => {
    const parsed = parseCsv(text, { delimiter });
    const widths = new Map<number, number>();
    for (const r of parsed.records)
      if (r.fields.length > 1) widths.set(r.fields.length, (widths.get(r.fields.length) ?? 0) + 1);
    return { parsed, score: Math.max(0, ...widths.values()) };
  });
  return shapes.reduce((best, s) => (s.score > best.score ? s : best)).parsed;
}

/** Reads a PxWeb CSV of counts by municipality and TOL 2008 industry. */
export function parsePxwebCsv(input: string | Uint8Array, options: PxwebOptions = {}): PxwebResult {
  const parsed = parseTable(decodeText(input).text);
  const errors: CsvIssue[] = [...parsed.errors];
  const { title, header, rows } = splitRecords(parsed.records);
  if (!header) return { ok: false, errors: [...errors, { line: 1, message: 'no heading row' }] };
  const roles = stubRoles(header.fields, rows);
  const layout = layoutError(roles);
  if (layout) return { ok: false, errors: [...errors, { line: header.line, message: layout }] };
  if (roles.length === header.fields.length) {
    return { ok: false, errors: [...errors, { line: header.line, message: 'no column of values' }] };
  }
  const cells = cellsOf(header.fields, rows, roles, errors);
  const year = chooseYear(cells, title, options);
  if (typeof year === 'string')
    return { ok: false, errors: [...errors, { line: header.line, message: year }] };
  const index = municipalityIndex(options.municipalities ?? loadBuiltInMunicipalities());
  const read = readCells(
    cells.filter((c) => c.year === null || c.year === year),
    { areaInHeader: !roles.includes('area'), industryInHeader: !roles.includes('industry') },
    index,
    errors,
  );
  if (errors.length > 0) return { ok: false, errors: errors.sort((a, b) => a.line - b.line) };
  return { ok: true, data: { title, year, ...read }, warnings: missingWarning(read.missing, header.line) };
}

function missingWarning(missing: number, line: number): CsvIssue[] {
  return missing > 0 ? [{ line, message: `${missing} values not given ("..") were left out` }] : [];
}

function readCells(
  cells: Cell[],
  where: { areaInHeader: boolean; industryInHeader: boolean },
  index: MunicipalityIndex,
  errors: CsvIssue[],
) {
  const counts: NationalCount[] = [];
  const seen = new Map<string, number>();
  const measures = new Set<string>();
  let missing = 0;
  for (const cell of cells) {
    const resolved = resolveCell(cell, where.areaInHeader, where.industryInHeader, index);
    const value = parseValue(cell.value);
    const problem =
      typeof resolved === 'string' && resolved !== 'skip'
        ? resolved
        : typeof value === 'string'
          ? value
          : null;
    if (problem) {
      errors.push({ line: cell.line, message: problem });
      continue;
    }
    if (resolved === 'skip') continue;
    if (cell.measure) measures.add(cell.measure);
    if (value === null) {
      missing++;
      continue;
    }
    const key = `${(resolved as NationalCount).municipalityCode ?? 'SSS'} ${(resolved as NationalCount).industryCode} ${cell.measure ?? ''}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      errors.push({
        line: cell.line,
        message: `the same municipality and industry again (first on line ${earlier})`,
      });
      continue;
    }
    seen.set(key, cell.line);
    counts.push({ ...(resolved as Omit<NationalCount, 'count'>), count: value as number });
  }
  if (measures.size > 1) {
    errors.push({
      line: cells[0]?.line ?? 1,
      message: `more than one measure (${[...measures].join(', ')}): save one`,
    });
  }
  return { counts, missing, measure: measures.size === 1 ? [...measures][0]! : null };
}
