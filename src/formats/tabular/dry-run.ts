/**
 * The dry run of a spreadsheet import: every row read through the column mapping, checked with the
 * domain's schemas, and either kept (with its reference keys for the database layer to resolve) or
 * listed as a bad row with its line and reason. Nothing is written; the caller imports all rows or none.
 */
import { ENTITY_SPECS, type ImportDataByEntity, type ImportEntity, type RefKey } from './entities.js';
import { checkMapping, suggestMapping, type ColumnMapping, type MappingSuggestion } from './mapping.js';
import {
  rowFailure,
  zodIssueCode,
  type RowErrorCode,
  type RowErrorParams,
  type RowFailure,
} from './row-codes.js';
import type { Table, TableRow } from './types.js';

export interface ImportRow<E extends ImportEntity = ImportEntity> {
  line: number;
  data: ImportDataByEntity[E];
  /** References to resolve: municipality, organisation, from/to, competence, project (see entities.ts). */
  refs: Partial<Record<string, RefKey>>;
  /** Keys to find the existing record: a stable `id` column, and the business ID for organisations. */
  match: { id?: string; businessId?: string };
  /** Other facts of the row (a person's `isContact` at the organisation). */
  extra: Partial<Record<string, unknown>>;
}

export interface RowError {
  line: number;
  /** The column header the problem is in, when it is in one column. */
  column: string | null;
  field: string | null;
  /** What is wrong, as a stable code (row-codes.ts) with the values its text names. */
  code: RowErrorCode;
  params: RowErrorParams;
  /** The reason in English, for the API and the command line. */
  message: string;
}

export interface DryRunOptions {
  /** The user's mapping; the suggestion from the headers when omitted. */
  mapping?: unknown;
  /** Values for fields the file lacks or leaves empty, written as in a cell ('suostumus', '2.12.2022'). */
  defaults?: Readonly<Record<string, string>>;
}

export type DryRunResult<E extends ImportEntity = ImportEntity> =
  | {
      ok: true;
      entity: E;
      mapping: ColumnMapping;
      rows: ImportRow<E>[];
      errors: RowError[];
      counts: { rows: number; valid: number; invalid: number };
    }
  | { ok: false; entity: E; mappingErrors: RowFailure[]; suggestion: MappingSuggestion };

const own = (o: object, key: string) => Object.prototype.hasOwnProperty.call(o, key);

/** One row checked: the row to import, or its errors (never both). */
export type CheckedRow<E extends ImportEntity = ImportEntity> =
  { row: ImportRow<E>; errors: null } | { row: null; errors: RowError[] };

export type RowChecker<E extends ImportEntity = ImportEntity> =
  | {
      ok: true;
      entity: E;
      mapping: ColumnMapping;
      /** Checks one row; remembers the keys seen, so a later row with the same key is a duplicate. */
      check: (row: TableRow) => CheckedRow<E>;
    }
  | { ok: false; entity: E; mappingErrors: RowFailure[]; suggestion: MappingSuggestion };

/**
 * The checks of the dry run, one row at a time (an import streams a large table through it): the
 * mapping and the defaults are checked once, then each row as it comes.
 */
export function rowChecker<E extends ImportEntity>(
  headers: readonly string[],
  entity: E,
  options: DryRunOptions = {},
): RowChecker<E> {
  const spec = ENTITY_SPECS[entity];
  const userDefaults = options.defaults ?? {};
  const suggestion = suggestMapping([...headers], entity, userDefaults);
  const checked = checkMapping(options.mapping ?? suggestion.mapping, [...headers], entity, userDefaults);
  if (!checked.ok) return { ok: false, entity, mappingErrors: checked.errors, suggestion };
  const mapping = checked.mapping;

  // Defaults are read once, like cells; a bad default is a mapping problem, not one per row.
  const defaults = new Map<string, unknown>();
  const mappingErrors: RowFailure[] = [];
  for (const field of spec.fields) {
    const raw = own(userDefaults, field.name)
      ? userDefaults[field.name]
      : own(spec.defaults, field.name)
        ? spec.defaults[field.name]
        : undefined;
    if (raw === undefined) continue;
    const parsed = field.read(typeof raw === 'string' ? raw : null);
    if (parsed && 'error' in parsed)
      mappingErrors.push(
        rowFailure(parsed.code, `default for '${field.name}': ${parsed.error}`, {
          ...parsed.params,
          field: field.name,
        }),
      );
    else if (parsed) defaults.set(field.name, parsed.value);
  }
  if (mappingErrors.length > 0) return { ok: false, entity, mappingErrors, suggestion };

  const seen = new Map<string, number>();
  const columnOf = (field: string) => {
    const i = mapping.indexOf(field);
    return i >= 0 ? (headers[i] ?? null) : null;
  };
  // The field each column feeds, looked up once.
  const columnFields = mapping.map((name) => (name ? spec.fields.find((f) => f.name === name) : undefined));

  const check = (row: TableRow): CheckedRow<E> => {
    const rowErrors: RowError[] = [];
    const fail = (field: string | null, { error, code, params }: RowFailure) =>
      rowErrors.push({
        line: row.line,
        column: field ? columnOf(field) : null,
        field,
        code,
        params,
        message: error,
      });
    const values = new Map<string, unknown>();
    columnFields.forEach((field, i) => {
      if (!field) return;
      const parsed = field.read(row.cells[i] ?? null);
      if (parsed && 'error' in parsed) fail(field.name, parsed);
      else if (parsed) values.set(field.name, parsed.value);
    });
    const data = new Map<string, unknown>();
    const refs = new Map<string, RefKey>();
    const match: ImportRow['match'] = {};
    const extra = new Map<string, unknown>();
    for (const field of spec.fields) {
      const value = values.has(field.name) ? values.get(field.name) : defaults.get(field.name);
      if (value === undefined) {
        if (field.required && !rowErrors.some((e) => e.field === field.name))
          fail(field.name, rowFailure('missing_value', `${field.name} is missing`, { field: field.name }));
        continue;
      }
      if (field.target === 'data') data.set(field.name, value);
      else if (field.target === 'ref') refs.set(field.name, value as RefKey);
      else if (field.target === 'match') match.id = String(value);
      else extra.set(field.name, value);
    }
    const problem = spec.complete?.(data, refs);
    if (problem) fail(null, problem);

    const input = Object.fromEntries(data);
    const parsed = spec.schema.safeParse(input);
    const issues = parsed.success
      ? (spec.rules?.safeParse(parsed.data).error?.issues ?? [])
      : parsed.error.issues;
    for (const issue of issues) {
      const field = typeof issue.path[0] === 'string' ? issue.path[0] : null;
      if (rowErrors.some((e) => e.field === field && field !== null)) continue;
      const { code, params } = zodIssueCode(issue, field);
      fail(field, rowFailure(code, issue.message, params));
    }
    if (entity === 'organisations' && typeof input.businessId === 'string')
      match.businessId = input.businessId;
    for (const [kind, key, code] of [
      ['business ID', match.businessId, 'duplicate_business_id'],
      ['id', match.id, 'duplicate_id'],
    ] as const) {
      if (key === undefined) continue;
      const earlier = seen.get(`${kind}:${key}`);
      if (earlier === undefined) seen.set(`${kind}:${key}`, row.line);
      else
        fail(
          null,
          rowFailure(code, `the same ${kind} ${key} as on line ${earlier}`, { value: key, line: earlier }),
        );
    }

    if (rowErrors.length > 0 || !parsed.success) return { row: null, errors: rowErrors };
    return {
      row: {
        line: row.line,
        data: parsed.data as ImportDataByEntity[E],
        refs: Object.fromEntries(refs),
        match,
        extra: Object.fromEntries(extra),
      },
      errors: null,
    };
  };
  return { ok: true, entity, mapping, check };
}

export function dryRunImport<E extends ImportEntity>(
  table: Table,
  entity: E,
  options: DryRunOptions = {},
): DryRunResult<E> {
  const checker = rowChecker(table.headers, entity, options);
  if (!checker.ok) return checker;
  const errors: RowError[] = table.issues.map((i) => ({ ...i, column: null, field: null }));
  const rows: ImportRow<E>[] = [];
  const badLines = new Set(errors.map((e) => e.line));
  for (const tableRow of table.rows) {
    const checked = checker.check(tableRow);
    if (checked.row) rows.push(checked.row);
    else {
      errors.push(...checked.errors);
      badLines.add(tableRow.line);
    }
  }
  errors.sort((a, b) => a.line - b.line);
  const total = rows.length + badLines.size;
  return {
    ok: true,
    entity,
    mapping: checker.mapping,
    rows,
    errors,
    counts: { rows: total, valid: rows.length, invalid: badLines.size },
  };
}
