/**
 * Stable codes of everything that can be wrong with an imported file or one of its rows. The English
 * `message` beside each code is for the API and the command line; the web app says the reason in the
 * user's language from the code and its parameters (docs/formats.md lists them), so a code, once
 * published, keeps its meaning and its parameter names.
 */
import type { z } from 'zod';

export const ROW_ERROR_CODES = [
  // The file as a whole (line null or the header line).
  'file_too_large',
  'old_excel',
  'not_xlsx',
  'unsupported_file',
  'not_text',
  'empty_file',
  'unreadable_workbook',
  'too_many_columns',
  'too_many_rows',
  'no_headers',
  'content_mismatch',
  'encoding_unclear',
  'invalid_utf8',
  'unreadable_file',
  'invalid_json',
  'not_ytj_response',
  // The column mapping or a default value (line null).
  'mapping_not_list',
  'mapping_length',
  'not_a_field',
  'mapped_twice',
  'column_missing',
  'unknown_default',
  // A row that could not be read at all.
  'malformed_row',
  'row_too_wide',
  'cell_too_long',
  // One cell.
  'missing_value',
  'invalid_business_id',
  'invalid_date',
  'invalid_datetime',
  'invalid_number',
  'invalid_boolean',
  'invalid_industry_code',
  'invalid_url',
  'unknown_value',
  // The domain's schema (zod issues folded into a few kinds).
  'invalid_value',
  'invalid_format',
  'too_long',
  'too_short',
  'too_large',
  'too_small',
  'unknown_field',
  'rule_broken',
  // The row as a whole, in the file.
  'duplicate_business_id',
  'duplicate_id',
  'same_organisation',
  'competence_missing',
  // Against the database.
  'unknown_municipality',
  'unknown_organisation',
  'ambiguous_organisation',
  'unknown_reference',
  'ambiguous_reference',
  'business_id_elsewhere',
  'already_exists',
  'not_allowed',
  'record_rejected',
  // A YTJ record.
  'invalid_record',
  // The run as a whole: it stopped on an unexpected error, or its process died (nothing was written).
  'import_stopped',
  'import_interrupted',
] as const;

export type RowErrorCode = (typeof ROW_ERROR_CODES)[number];
/** Values the reason names: the cell's text, a limit, the line of an earlier row. Never a person's data beyond the cell. */
export type RowErrorParams = Readonly<Record<string, string | number>>;

/** A reason a value, row or file is refused: its code, parameters and English text. */
export interface RowFailure {
  readonly error: string;
  readonly code: RowErrorCode;
  readonly params: RowErrorParams;
}

export const rowFailure = (code: RowErrorCode, message: string, params: RowErrorParams = {}): RowFailure => ({
  error: message,
  code,
  params,
});

/** A cell's text as a reason quotes it: short, so a long cell does not flood the list. */
export const quoted = (text: string, max = 40) => text.slice(0, max);

/** A zod issue as one of a few generic codes; `field` is the path's first key. */
export function zodIssueCode(
  issue: z.core.$ZodIssue,
  field: string | null,
): { code: RowErrorCode; params: RowErrorParams } {
  const named: Record<string, string> = field ? { field } : {};
  switch (issue.code) {
    case 'invalid_type':
      return { code: issue.input === undefined ? 'missing_value' : 'invalid_value', params: named };
    case 'too_big':
      return issue.origin === 'string' || issue.origin === 'array'
        ? { code: 'too_long', params: { ...named, maximum: Number(issue.maximum) } }
        : { code: 'too_large', params: { ...named, maximum: String(issue.maximum) } };
    case 'too_small':
      return issue.origin === 'string' || issue.origin === 'array'
        ? { code: 'too_short', params: { ...named, minimum: Number(issue.minimum) } }
        : { code: 'too_small', params: { ...named, minimum: String(issue.minimum) } };
    case 'invalid_format':
      return { code: 'invalid_format', params: named };
    case 'unrecognized_keys':
      return { code: 'unknown_field', params: { keys: issue.keys.join(', ') } };
    case 'custom':
      return { code: 'rule_broken', params: named };
    default:
      return { code: 'invalid_value', params: named };
  }
}
