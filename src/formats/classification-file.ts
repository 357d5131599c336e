/**
 * Parser for classification files behind `solmu reference import <file>`. It recognises, from the header
 * and (when given) Statistics Finland's file name:
 *  - a municipality key table (municipality_code, name_*, region_code, region_name_*, classification_year),
 *  - Statistics Finland code lists (code;classificationItemName or koodi;nimike) of municipalities
 *    (kunta_1_YYYYMMDD), regions (maakunta_1_YYYYMMDD) or industries (toimiala_1_YYYYMMDD),
 *  - Statistics Finland's kunta→maakunta correspondence tables (sourceCode;sourceName;targetCode;targetName),
 *  - industry tables with code, level, parent and name_fi/sv/en columns.
 * Pure: it takes the file's text or bytes and returns data or a list of problems, never throwing on bad input.
 */
import { resolveTol2008, type TolLevel } from '../domain/reference/tol2008.js';
import { decodeText, parseCsv } from './csv.js';
import { orphanWarning, parseIndustryFile } from './classification-industry.js';
import {
  looksLikeRegionList,
  parseMunicipalityRegionCorrespondence,
  parseMunicipalityTable,
  parseRegionalCodeList,
} from './classification-regional.js';
import {
  CODE_COLUMNS,
  SOURCE_CODE_COLUMNS,
  TARGET_CODE_COLUMNS,
  baseFileName,
  findColumn,
  findNameColumns,
  normalizeCode,
  toTable,
  yearFromFileName,
  type NameLanguage,
  type ParseIssue,
  type Table,
} from './classification-table.js';

export type { ParseIssue } from './classification-table.js';

export type IndustryClassificationName = 'TOL2008' | 'TOL2025';

export interface ImportedMunicipality {
  code: string;
  nameFi: string;
  nameSv?: string;
  nameEn?: string;
  /** Region code, or null when the file (a plain municipality list) does not say. */
  regionCode: string | null;
}

export interface ImportedRegion {
  code: string;
  nameFi: string;
  nameSv?: string;
  nameEn?: string;
}

export interface RegionalClassification {
  kind: 'municipalities';
  /** Year of the classification, from the file's year column, its name, or the options. */
  year?: number;
  municipalities: ImportedMunicipality[];
  regions: ImportedRegion[];
}

export interface ImportedIndustry {
  code: string;
  level: TolLevel;
  parentCode: string | null;
  nameFi: string;
  nameSv?: string;
  nameEn?: string;
}

export interface IndustryClassification {
  kind: 'industries';
  classification: IndustryClassificationName;
  items: ImportedIndustry[];
}

export type ClassificationData = RegionalClassification | IndustryClassification;

export type ClassificationFileResult =
  { ok: true; data: ClassificationData; warnings: ParseIssue[] } | { ok: false; errors: ParseIssue[] };

export interface ClassificationFileOptions {
  /** The file's name or path; Statistics Finland's names tell the kind, year and TOL version. */
  fileName?: string;
  /** What a plain code list holds, when neither the name nor the codes make it clear. */
  kind?: 'municipalities' | 'regions' | 'industries';
  /** Industry classification; otherwise from the file name ('toimiala_1_2025…', 'tol2025'), else TOL2008. */
  classification?: IndustryClassificationName;
  /** Language of an unsuffixed name column (Statistics Finland exports one language per file); default 'fi'. */
  language?: NameLanguage;
  /** Classification year, overriding the file's year column and name. */
  year?: number;
}

// Enough to fix a file without flooding a terminal when the wrong file was given.
const MAX_ERRORS = 200;

/** TOL version from a file name: Statistics Finland's 'toimiala_1_20250101' or names like 'tol2025.csv'. */
export function detectIndustryClassification(
  fileName: string | undefined,
): IndustryClassificationName | undefined {
  const name = baseFileName(fileName);
  if (/toimiala_\d_2025|tol[ _-]?2025|nace[ _-]?(rev[ _.-]?)?2[._]1/.test(name)) return 'TOL2025';
  if (/toimiala_\d_2008|tol[ _-]?2008/.test(name)) return 'TOL2008';
  return undefined;
}

export function parseClassificationFile(
  input: string | Uint8Array,
  options: ClassificationFileOptions = {},
): ClassificationFileResult {
  const csv = parseCsv(decodeText(input).text);
  const issues: ParseIssue[] = [...csv.errors];
  const table = toTable(csv.records, issues);
  if (!table) return failure([...issues, { line: 1, message: 'the file is empty' }]);
  if (table.rows.length === 0 && issues.length === 0) {
    return failure([{ line: table.headerLine, message: 'the file has a header but no data rows' }]);
  }

  const data = parseTable(table, options, issues);
  if (issues.length > 0 || !data) return failure(issues);
  const warnings: ParseIssue[] = [];
  if (data.kind === 'industries') {
    const orphans = orphanWarning(data.items);
    if (orphans) warnings.push(orphans);
  }
  return { ok: true, data, warnings };
}

function parseTable(
  table: Table,
  options: ClassificationFileOptions,
  issues: ParseIssue[],
): ClassificationData | null {
  const language = options.language ?? 'fi';
  const year = options.year ?? yearFromFileName(options.fileName);
  const { columns } = table;
  if (findColumn(columns, SOURCE_CODE_COLUMNS) && findColumn(columns, TARGET_CODE_COLUMNS)) {
    return parseMunicipalityRegionCorrespondence(
      table,
      { fileName: options.fileName, language, year },
      issues,
    );
  }
  if (findColumn(columns, ['municipality_code', 'kuntakoodi', 'kunta_koodi'])) {
    // The table's own year column wins over the file name, but not over an explicit option.
    const data = parseMunicipalityTable(
      table,
      { fileName: options.fileName, language, year: options.year },
      issues,
    );
    return { ...data, year: data.year ?? year };
  }
  if (!findColumn(columns, CODE_COLUMNS)) {
    issues.push({
      line: table.headerLine,
      message: `unrecognised header (${columns.join(', ')}): expected a code column (code, koodi), municipality_code, or sourceCode and targetCode`,
    });
    return null;
  }
  const kind = detectCodeListKind(table, options, language);
  if (typeof kind !== 'string') {
    issues.push({ line: table.headerLine, message: kind.error });
    return null;
  }
  if (kind === 'industries') {
    const classification =
      options.classification ?? detectIndustryClassification(options.fileName) ?? 'TOL2008';
    return parseIndustryFile(table, { classification, language }, issues);
  }
  return parseRegionalCodeList(table, kind, { fileName: options.fileName, language, year }, issues);
}

// Statistics Finland regional classifications we cannot store as municipalities or regions.
const UNSUPPORTED_NAMES =
  /seutukunta|suuralue|hyvinvointialue|kuntaryhmitys|tyossakayntial|(^|[^a-z])ely([^a-z]|$)/;

type CodeListKind = 'municipalities' | 'regions' | 'industries';

function detectCodeListKind(
  table: Table,
  options: ClassificationFileOptions,
  language: NameLanguage,
): CodeListKind | { error: string } {
  if (options.kind) return options.kind;
  const name = baseFileName(options.fileName);
  if (UNSUPPORTED_NAMES.test(name)) {
    return { error: `${name} is not a municipality, region or industry classification` };
  }
  if (name.includes('maakunta')) return 'regions';
  if (/(^|[^a-z])kunta/.test(name)) return 'municipalities';
  if (/toimiala|(^|[^a-z])tol|nace/.test(name)) return 'industries';

  // No telling name: judge by the codes. TOL letters and 4–5 digit codes are unambiguous; three digits
  // are municipalities; two digits are regions only if the names are those of real regions.
  const codeColumn = findColumn(table.columns, CODE_COLUMNS);
  const codes = table.rows.map((r) => normalizeCode(r.get(codeColumn)).replace(/^(KU|MK)(?=\d)/, ''));
  if (codes.some((c) => /^[A-Z]$|^\d{4,5}$/.test(c))) return 'industries';
  if (codes.every((c) => /^\d{3}$/.test(c))) return 'municipalities';
  if (codes.every((c) => /^\d{2}$/.test(c))) {
    const fi = findNameColumns(table.columns, language).fi;
    if (
      looksLikeRegionList(
        codes,
        table.rows.map((r) => r.get(fi)),
      )
    )
      return 'regions';
    if (codes.every((c) => resolveTol2008(c))) return 'industries';
  }
  return {
    error:
      "cannot tell whether the file lists municipalities, regions or industries: keep Statistics Finland's file name (e.g. kunta_1_20250101.csv) or give the kind",
  };
}

function failure(issues: ParseIssue[]): ClassificationFileResult {
  const errors = [...issues].sort((a, b) => a.line - b.line);
  if (errors.length <= MAX_ERRORS) return { ok: false, errors };
  const rest = errors.length - MAX_ERRORS;
  const first = errors.slice(0, MAX_ERRORS);
  const last = first[first.length - 1]?.line ?? 1;
  return { ok: false, errors: [...first, { line: last, message: `… and ${rest} more errors` }] };
}
