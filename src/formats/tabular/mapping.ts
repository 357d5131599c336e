/**
 * Column mapping: which column of the user's file feeds which field. `suggestMapping` recognises headers
 * in Finnish, Swedish and English ('Nimi'/'Namn'/'Name', 'Y-tunnus'/'FO-nummer'/'Business ID', …), first
 * by the whole header, then by a known name inside a longer header ('Yrityksen Y-tunnus'); the user can
 * correct the suggestion and `checkMapping` validates what comes back. A mapping is an array by column
 * position (a field name or null), so it serialises as JSON and no header text becomes an object key.
 */
import { fold } from './cells.js';
import { ENTITY_SPECS, IMPORT_ENTITIES, type FieldSpec, type ImportEntity } from './entities.js';
import { quoted, rowFailure, type RowFailure } from './row-codes.js';

export type ColumnMapping = (string | null)[];

export interface ColumnSuggestion {
  index: number;
  header: string;
  field: string | null;
  /** 'exact': the whole header is a known name; 'partial': a known name inside the header. */
  match: 'exact' | 'partial' | null;
}

export interface MappingSuggestion {
  entity: ImportEntity;
  mapping: ColumnMapping;
  columns: ColumnSuggestion[];
  /** Required fields that no column feeds and that have no default value. */
  missing: string[];
}

const aliasIndex = new Map<ImportEntity, Map<string, string>>();

/** Folded header name → field, per entity. */
function aliases(entity: ImportEntity): Map<string, string> {
  let index = aliasIndex.get(entity);
  if (!index) {
    index = new Map();
    for (const f of ENTITY_SPECS[entity].fields) {
      for (const alias of [f.name, ...f.aliases]) if (!index.has(fold(alias))) index.set(fold(alias), f.name);
    }
    aliasIndex.set(entity, index);
  }
  return index;
}

/** The fields a column can be mapped to, for a mapping editor. */
export function mappableFields(entity: ImportEntity): Pick<FieldSpec, 'name' | 'target' | 'required'>[] {
  return ENTITY_SPECS[entity].fields.map(({ name, target, required }) => ({ name, target, required }));
}

export function isImportEntity(value: unknown): value is ImportEntity {
  return typeof value === 'string' && (IMPORT_ENTITIES as readonly string[]).includes(value);
}

export function suggestMapping(
  headers: readonly string[],
  entity: ImportEntity,
  defaults: Readonly<Record<string, string>> = {},
): MappingSuggestion {
  const index = aliases(entity);
  const folded = headers.map((h) => fold(h));
  const columns: ColumnSuggestion[] = headers.map((header, i) => ({
    index: i,
    header,
    field: null,
    match: null,
  }));
  const taken = new Set<string>();
  // Whole-header matches win over partial ones, whatever the column order.
  folded.forEach((h, i) => {
    const field = index.get(h);
    const column = columns[i];
    if (field && column && !taken.has(field)) {
      taken.add(field);
      column.field = field;
      column.match = 'exact';
    }
  });
  folded.forEach((h, i) => {
    const column = columns[i];
    if (!column || column.field || h.length === 0) return;
    let best: { field: string; length: number } | null = null;
    for (const [alias, field] of index) {
      if (alias.length < 4 || taken.has(field) || !` ${h} `.includes(` ${alias} `)) continue;
      if (!best || alias.length > best.length) best = { field, length: alias.length };
    }
    if (best) {
      taken.add(best.field);
      column.field = best.field;
      column.match = 'partial';
    }
  });
  const mapping = columns.map((c) => c.field);
  return { entity, mapping, columns, missing: missingFields(entity, mapping, defaults) };
}

function missingFields(
  entity: ImportEntity,
  mapping: readonly (string | null)[],
  defaults: Readonly<Record<string, string>>,
): string[] {
  const spec = ENTITY_SPECS[entity];
  const has = (name: string) =>
    Object.prototype.hasOwnProperty.call(defaults, name) ||
    Object.prototype.hasOwnProperty.call(spec.defaults, name);
  return spec.fields
    .filter((f) => f.required && !mapping.includes(f.name) && !has(f.name))
    .map((f) => f.name);
}

export type MappingCheck = { ok: true; mapping: ColumnMapping } | { ok: false; errors: RowFailure[] };

/** Validates a mapping sent back by a user: one entry per column, known fields, no field twice. */
export function checkMapping(
  mapping: unknown,
  headers: readonly string[],
  entity: ImportEntity,
  defaults: Readonly<Record<string, string>> = {},
): MappingCheck {
  if (!Array.isArray(mapping))
    return {
      ok: false,
      errors: [rowFailure('mapping_not_list', 'the mapping must be a list with one entry per column')],
    };
  if (mapping.length !== headers.length) {
    return {
      ok: false,
      errors: [
        rowFailure(
          'mapping_length',
          `the mapping has ${mapping.length} entries but the file has ${headers.length} columns`,
          { entries: mapping.length, columns: headers.length },
        ),
      ],
    };
  }
  const known = new Set(ENTITY_SPECS[entity].fields.map((f) => f.name));
  const errors: RowFailure[] = [];
  const seen = new Map<string, number>();
  const result: ColumnMapping = mapping.map((entry: unknown, i) => {
    if (entry === null || entry === undefined || entry === '') return null;
    const header = headers[i] || `column ${i + 1}`;
    if (typeof entry !== 'string' || !known.has(entry)) {
      const value = quoted(String(entry));
      errors.push(
        rowFailure('not_a_field', `column '${header}': '${value}' is not a field of ${entity}`, {
          column: header,
          value,
        }),
      );
      return null;
    }
    const earlier = seen.get(entry);
    const first = earlier === undefined ? undefined : (headers[earlier] ?? '');
    if (first !== undefined)
      errors.push(
        rowFailure('mapped_twice', `'${entry}' is mapped twice: columns '${first}' and '${header}'`, {
          field: entry,
          first,
          second: header,
        }),
      );
    seen.set(entry, i);
    return entry;
  });
  for (const name of missingFields(entity, result, defaults)) {
    errors.push(
      rowFailure(
        'column_missing',
        `no column gives '${name}', which every row needs (map a column or give a default value)`,
        { field: name },
      ),
    );
  }
  for (const name of Object.keys(defaults)) {
    if (!known.has(name))
      errors.push(
        rowFailure(
          'unknown_default',
          `a default was given for '${quoted(name)}', which is not a field of ${entity}`,
          { field: quoted(name) },
        ),
      );
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, mapping: result };
}
