/**
 * Header-keyed rows and column lookup shared by the classification-file readers. Statistics Finland has
 * exported the same content under English, Finnish and camelCase headers over the years, so columns are
 * found through alias lists on normalised header names rather than by exact name or position.
 */
import type { CsvRecord } from './csv.js';

export interface ParseIssue {
  /** 1-based line in the file; the header is line 1 in a file without leading blank lines. */
  readonly line: number;
  readonly message: string;
}

export type NameLanguage = 'fi' | 'sv' | 'en';

export interface TableRow {
  readonly line: number;
  /** Trimmed value of a column by normalised header; '' when the column is absent. */
  get(column: string | undefined): string;
}

export interface Table {
  readonly headerLine: number;
  /** Normalised header names, in file order. */
  readonly columns: readonly string[];
  readonly rows: readonly TableRow[];
}

/** 'classificationItemName' → 'classificationitemname', 'Name FI' → 'name_fi', '"code"' → 'code'. */
export function normalizeHeader(header: string): string {
  return header
    .trim()
    .replace(/^"|"$/g, '')
    .toLowerCase()
    .replace(/[\s.-]+/g, '_');
}

/**
 * Builds header-keyed rows. Rows with the wrong number of fields are reported, except for trailing empty
 * fields, which spreadsheet programs add freely; rows that are entirely empty are skipped.
 */
export function toTable(records: readonly CsvRecord[], issues: ParseIssue[]): Table | null {
  const [header, ...body] = records;
  if (!header) return null;
  const columns = header.fields.map(normalizeHeader);
  while (columns.length > 1 && columns[columns.length - 1] === '') columns.pop();
  const rows: TableRow[] = [];
  for (const record of body) {
    const fields = record.fields.map((f) => f.trim());
    if (fields.every((f) => f === '')) continue;
    const extra = fields.slice(columns.length);
    if (fields.length < columns.length || extra.some((f) => f !== '')) {
      issues.push({
        line: record.line,
        message: `expected ${columns.length} fields as in the header, found ${fields.length}`,
      });
      continue;
    }
    const values = new Map(columns.map((c, i) => [c, fields[i] ?? '']));
    rows.push({
      line: record.line,
      get: (column) => (column === undefined ? '' : (values.get(column) ?? '')),
    });
  }
  return { headerLine: header.line, columns, rows };
}

export const CODE_COLUMNS = ['code', 'koodi', 'kod', 'classificationitemcode', 'item_code'];
export const SOURCE_CODE_COLUMNS = ['sourcecode', 'source_code', 'sourceitemcode'];
export const TARGET_CODE_COLUMNS = ['targetcode', 'target_code', 'targetitemcode'];

/** The first of `aliases` that is a column of the table. */
export function findColumn(columns: readonly string[], aliases: readonly string[]): string | undefined {
  return aliases.find((a) => columns.includes(a));
}

// Column names that hold an item's name; a language suffix ('name_sv', 'nimikesv') selects the language.
const NAME_BASES = ['name', 'nimi', 'nimike', 'classificationitemname', 'classificationitemnames', 'label'];
const SWEDISH_ONLY_NAMES = ['namn', 'benämning', 'benamning'];

export interface NameColumns {
  readonly fi?: string;
  readonly sv?: string;
  readonly en?: string;
}

/**
 * Finds the name column for each language. An unsuffixed name column ('nimike', 'classificationItemName')
 * is in `plainLanguage`: Statistics Finland exports one language per file, Finnish by default.
 */
export function findNameColumns(
  columns: readonly string[],
  plainLanguage: NameLanguage,
  prefix = '',
): NameColumns {
  const find = (lang: NameLanguage): string | undefined => {
    const suffixed = NAME_BASES.flatMap((b) => [`${prefix}${b}_${lang}`, `${prefix}${b}${lang}`]);
    const plain = lang === plainLanguage ? NAME_BASES.map((b) => `${prefix}${b}`) : [];
    const swedish = lang === 'sv' ? SWEDISH_ONLY_NAMES.map((b) => `${prefix}${b}`) : [];
    return findColumn(columns, [...suffixed, ...plain, ...swedish]);
  };
  return { fi: find('fi'), sv: find('sv'), en: find('en') };
}

/** A file-level issue when no Finnish name column exists: every item needs a Finnish name. */
export function missingFinnishNames(
  columns: NameColumns,
  headerLine: number,
  language: NameLanguage,
): ParseIssue | null {
  if (columns.fi) return null;
  const hint =
    language === 'fi'
      ? 'expected a column such as name_fi, nimike or classificationItemName'
      : `the plain name column was declared to be in language "${language}"`;
  return { line: headerLine, message: `no Finnish name column: ${hint}` };
}

/** Names of a row; languages whose column is missing or empty are left out. */
export function readNames(
  row: TableRow,
  columns: NameColumns,
): { nameFi: string; nameSv?: string; nameEn?: string } {
  const names: { nameFi: string; nameSv?: string; nameEn?: string } = { nameFi: row.get(columns.fi) };
  const sv = row.get(columns.sv);
  const en = row.get(columns.en);
  if (sv) names.nameSv = sv;
  if (en) names.nameEn = en;
  return names;
}

/**
 * Normalises a code cell: Excel users protect leading zeros with an apostrophe, and NACE-style codes
 * come with dots ('01.11'); both are removed. Letters are upper-cased ('m' → 'M').
 */
export function normalizeCode(value: string): string {
  return value.trim().replace(/^'/, '').replace(/\./g, '').toUpperCase();
}

/** Classification date year from a Statistics Finland file name such as 'kunta_1_20250101.csv'. */
export function yearFromFileName(fileName: string | undefined): number | undefined {
  const match = fileName ? /_(\d{4})\d{4}(?!\d)/.exec(fileName) : null;
  return match ? Number(match[1]) : undefined;
}

/** The file's base name, lower case, with URL escapes such as %23 ('#') decoded. */
export function baseFileName(fileName: string | undefined): string {
  if (!fileName) return '';
  const base = fileName.split(/[\\/]/).pop() ?? '';
  try {
    return decodeURIComponent(base).toLowerCase();
  } catch {
    return base.toLowerCase();
  }
}
