import { fromDateText, fromHelsinkiText, toDateText, toHelsinkiText } from '../../shared/helsinkiTime';
import type { FieldSpec } from './schema';

/** What a form holds: text as typed (nothing is lost on a failed save) and checkboxes. */
export type FormValues = Record<string, string | boolean>;
type Rec = Record<string, unknown>;

function valueText(field: FieldSpec, value: unknown): string | boolean {
  if (field.kind === 'boolean') return value === true;
  if (value === null || value === undefined) return '';
  if (field.kind === 'textList' && Array.isArray(value)) return value.join(', ');
  if (field.kind === 'datetime') return toHelsinkiText(String(value));
  if (field.kind === 'date') return toDateText(String(value));
  if (field.kind === 'json') return JSON.stringify(value, null, 2);
  return String(value);
}

/** The form's values for a stored record, or for a new one (`record` holds any prefilled fields). */
export function formOf(fields: FieldSpec[], record: Rec, visibility: string): FormValues {
  const values: FormValues = {
    visibility: typeof record.visibility === 'string' ? record.visibility : visibility,
  };
  for (const field of fields) {
    const value = record[field.name];
    values[field.name] = valueText(
      field,
      value ?? (field.kind === 'enum' && field.required ? field.values?.[0] : value),
    );
  }
  return values;
}

/** A typed list: items separated by commas or lines. */
export const parseList = (text: string) =>
  text
    .split(/[,\n]/)
    .map((s) => s.trim())
    .filter(Boolean);

/** Typed text as the API wants it; text that cannot be read is sent as typed for the schema to refuse. */
function parse(field: FieldSpec, text: string): unknown {
  switch (field.kind) {
    case 'number':
    case 'integer': {
      const n = Number(text.replace(',', '.').replace(/\s/g, ''));
      return Number.isFinite(n) ? n : text;
    }
    case 'textList':
      return parseList(text);
    case 'datetime':
      return fromHelsinkiText(text) ?? text;
    case 'date':
      return fromDateText(text) ?? text;
    case 'json':
      try {
        return JSON.parse(text) as unknown;
      } catch {
        return text;
      }
    default:
      return text;
  }
}

/**
 * The request body. An empty field is left out of a new record; on an edit it is cleared (null) when
 * the schema allows, and otherwise left as stored.
 */
export function bodyOf(fields: FieldSpec[], values: FormValues, mode: 'create' | 'update'): Rec {
  const body: Rec = { visibility: values.visibility };
  for (const field of fields) {
    const value = values[field.name];
    if (typeof value === 'boolean') {
      body[field.name] = value;
      continue;
    }
    const text = (value ?? '').trim();
    if (text !== '') body[field.name] = parse(field, text);
    else if (field.kind === 'textList' && mode === 'update') body[field.name] = [];
    else if (mode === 'update' && field.nullable) body[field.name] = null;
  }
  return body;
}

/** Required fields left empty: named before the schema runs, so the message says "required". */
export function missingFields(fields: FieldSpec[], values: FormValues): string[] {
  return fields
    .filter((f) => f.required && f.kind !== 'boolean' && String(values[f.name] ?? '').trim() === '')
    .map((f) => f.name);
}

export type Translation = 'sv' | 'en';

/**
 * The translations a Finnish text of the form still lacks, for each set of Finnish, Swedish and English
 * fields whose Finnish is written, keyed by the set's English field (the form says it beneath that one).
 */
export function missingTranslations(fields: FieldSpec[], values: FormValues): Map<string, Translation[]> {
  const names = new Set(fields.map((f) => f.name));
  const written = (name: string) => String(values[name] ?? '').trim() !== '';
  const missing = new Map<string, Translation[]>();
  for (const name of names) {
    const base = name.endsWith('En') ? name.slice(0, -2) : null;
    if (!base || !names.has(`${base}Fi`) || !names.has(`${base}Sv`) || !written(`${base}Fi`)) continue;
    const lacking = (['sv', 'en'] as const).filter((l) => !written(`${base}${l === 'sv' ? 'Sv' : 'En'}`));
    if (lacking.length > 0) missing.set(name, lacking);
  }
  return missing;
}
