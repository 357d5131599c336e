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

/**
 * One row checked: the row to import, or its errors (never both). A bad row keeps what its good cells
 * said (`read`), so the checks against the database still run for them and the row's every problem is
 * listed at once.
 */
export type CheckedRow<E extends ImportEntity = ImportEntity> =
  | { row: ImportRow<E>; errors: null }
  | { row: null; errors: RowError[]; read: Pick<ImportRow, 'line' | 'data' | 'refs'> };

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
  const userDefaults = options.defaults ?? {};
  const suggestion = suggestMapping([...headers], entity, userDefaults);
  const checked = checkMapping(options.mapping ?? suggestion.mapping, [...headers], entity, userDefaults);
  if (!checked.ok) return { ok: false, entity, mappingErrors: checked.errors, suggestion };
  const { defaults, errors } = readDefaults(ENTITY_SPECS[entity], userDefaults);
  if (errors.length > 0) return { ok: false, entity, mappingErrors: errors, suggestion };
  const check = new RowCheck(entity, headers, checked.mapping, defaults);
  return { ok: true, entity, mapping: checked.mapping, check: (row) => check.check(row) };
}

type Spec = (typeof ENTITY_SPECS)[ImportEntity];
type Field = Spec['fields'][number];

/** Defaults are read once, like cells; a bad default is a mapping problem, not one per row. */
function readDefaults(spec: Spec, userDefaults: Readonly<Record<string, string>>) {
  const defaults = new Map<string, unknown>();
  const errors: RowFailure[] = [];
  for (const field of spec.fields) {
    const raw = own(userDefaults, field.name)
      ? userDefaults[field.name]
      : own(spec.defaults, field.name)
        ? spec.defaults[field.name]
        : undefined;
    if (raw === undefined) continue;
    const parsed = field.read(typeof raw === 'string' ? raw : null);
    if (parsed && 'error' in parsed)
      errors.push(
        rowFailure(parsed.code, `default for '${field.name}': ${parsed.error}`, {
          ...parsed.params,
          field: field.name,
        }),
      );
    else if (parsed) defaults.set(field.name, parsed.value);
  }
  return { defaults, errors };
}

/** The values of one row sorted by where they go. */
type Parts = {
  data: Map<string, unknown>;
  refs: Map<string, RefKey>;
  match: ImportRow['match'];
  extra: Map<string, unknown>;
};

/** Checks rows of one mapped table; remembers the keys seen, so a later row with the same key is a duplicate. */
class RowCheck<E extends ImportEntity> {
  private readonly spec: Spec;
  private readonly seen = new Map<string, number>();
  /** The field each column feeds, looked up once. */
  private readonly columnFields: (Field | undefined)[];

  constructor(
    private readonly entity: E,
    private readonly headers: readonly string[],
    private readonly mapping: ColumnMapping,
    private readonly defaults: Map<string, unknown>,
  ) {
    this.spec = ENTITY_SPECS[entity];
    this.columnFields = mapping.map((name) =>
      name ? this.spec.fields.find((f) => f.name === name) : undefined,
    );
  }

  check(row: TableRow): CheckedRow<E> {
    const errors: RowError[] = [];
    const fail = (field: string | null, { error, code, params }: RowFailure) =>
      errors.push({ line: row.line, column: this.columnOf(field), field, code, params, message: error });
    const failed = (field: string | null) => field !== null && errors.some((e) => e.field === field);
    const parts = this.parts(this.cells(row, fail), failed, fail);
    const problem = this.spec.complete?.(parts.data, parts.refs);
    if (problem) fail(null, problem);
    const input = Object.fromEntries(parts.data);
    const parsed = this.spec.schema.safeParse(input);
    const issues = parsed.success
      ? (this.spec.rules?.safeParse(parsed.data).error?.issues ?? [])
      : parsed.error.issues;
    for (const issue of issues) {
      const field = typeof issue.path[0] === 'string' ? issue.path[0] : null;
      if (failed(field)) continue;
      const { code, params } = zodIssueCode(issue, field);
      fail(field, rowFailure(code, issue.message, params));
    }
    if (this.entity === 'organisations' && typeof input.businessId === 'string')
      parts.match.businessId = input.businessId;
    this.duplicates(row.line, parts.match, fail);
    const { refs, match, extra } = parts;
    if (errors.length > 0 || !parsed.success) {
      const read = { line: row.line, data: input as ImportRow['data'], refs: Object.fromEntries(refs) };
      return { row: null, errors, read };
    }
    const data = parsed.data as ImportDataByEntity[E];
    const imported = { data, refs: Object.fromEntries(refs), match, extra: Object.fromEntries(extra) };
    return { row: { line: row.line, ...imported }, errors: null };
  }

  private columnOf(field: string | null) {
    if (!field) return null;
    const i = this.mapping.indexOf(field);
    return i >= 0 ? (this.headers[i] ?? null) : null;
  }

  private cells(row: TableRow, fail: (field: string, failure: RowFailure) => void) {
    const values = new Map<string, unknown>();
    this.columnFields.forEach((field, i) => {
      if (!field) return;
      const parsed = field.read(row.cells[i] ?? null);
      if (parsed && 'error' in parsed) fail(field.name, parsed);
      else if (parsed) values.set(field.name, parsed.value);
    });
    return values;
  }

  private parts(
    values: Map<string, unknown>,
    failed: (field: string) => boolean,
    fail: (field: string, failure: RowFailure) => void,
  ): Parts {
    const parts: Parts = { data: new Map(), refs: new Map(), match: {}, extra: new Map() };
    for (const field of this.spec.fields) {
      const value = values.has(field.name) ? values.get(field.name) : this.defaults.get(field.name);
      if (value === undefined) {
        if (field.required && !failed(field.name))
          fail(field.name, rowFailure('missing_value', `${field.name} is missing`, { field: field.name }));
        continue;
      }
      if (field.target === 'data') parts.data.set(field.name, value);
      else if (field.target === 'ref') parts.refs.set(field.name, value as RefKey);
      else if (field.target === 'match') parts.match.id = String(value);
      else parts.extra.set(field.name, value);
    }
    return parts;
  }

  private duplicates(
    line: number,
    match: ImportRow['match'],
    fail: (field: null, failure: RowFailure) => void,
  ) {
    for (const [kind, key, code] of [
      ['business ID', match.businessId, 'duplicate_business_id'],
      ['id', match.id, 'duplicate_id'],
    ] as const) {
      if (key === undefined) continue;
      const earlier = this.seen.get(`${kind}:${key}`);
      if (earlier === undefined) this.seen.set(`${kind}:${key}`, line);
      else
        fail(
          null,
          rowFailure(code, `the same ${kind} ${key} as on line ${earlier}`, { value: key, line: earlier }),
        );
    }
  }
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
