import type { TFunction } from 'i18next';
import { ROW_ERROR_CODES } from '../../../formats/tabular/row-codes';
import { label } from '../../i18n/dynamic';
import type { RunError } from './api';

const KNOWN: ReadonlySet<string> = new Set(ROW_ERROR_CODES);

/**
 * Why a row or file was refused, in the page's language: the message of the server's code with its
 * values, a field named by its label. A code this build does not know (a newer server) or a run stored
 * before codes existed shows the server's English reason rather than nothing.
 */
export function rowReason(t: TFunction, error: RunError): string {
  if (!error.code || !KNOWN.has(error.code)) return error.message;
  const params = { ...error.params };
  if (typeof params.field === 'string') params.field = label(t, 'importField', params.field);
  return label(t, 'rowError', error.code, params);
}
