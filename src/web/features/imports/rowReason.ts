import type { TFunction } from 'i18next';
import { ROW_ERROR_CODES, type RowErrorCode } from '../../../formats/tabular/row-codes';
import { label } from '../../i18n/dynamic';
import type { RunError } from './api';

const KNOWN: ReadonlySet<string> = new Set(ROW_ERROR_CODES);

/**
 * Codes whose message cannot say everything the server knows (which rule, what the database or the YTJ
 * record said): their English text is shown too, marked as English, rather than lost.
 */
const NEEDS_DETAIL: ReadonlySet<RowErrorCode> = new Set<RowErrorCode>([
  'unreadable_workbook',
  'malformed_row',
  'invalid_value',
  'rule_broken',
  'record_rejected',
  'invalid_record',
]);

const known = (error: RunError): error is RunError & { code: RowErrorCode } =>
  !!error.code && KNOWN.has(error.code);

/**
 * Why a row or file was refused, in the page's language: the message of the server's code with its
 * values, a field named by its label. A code this build does not know (a newer server) or a run stored
 * before codes existed shows the server's English reason rather than nothing.
 */
export function rowReason(t: TFunction, error: RunError): string {
  if (!known(error)) return error.message;
  const params = { ...error.params };
  if (typeof params.field === 'string') params.field = label(t, 'importField', params.field);
  return label(t, 'rowError', error.code, params);
}

/** The server's English text to show beside a translated reason that is only general, else null. */
export function englishDetail(error: RunError): string | null {
  return known(error) && NEEDS_DETAIL.has(error.code) ? error.message : null;
}
