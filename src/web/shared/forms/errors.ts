import type { TFunction } from 'i18next';
import type { z } from 'zod';
import { UNSTORABLE_TEXT_MESSAGE } from '../../../domain/common';
import type { FieldError } from '../../api/client';
import { DYNAMIC_KEYS, label } from '../../i18n/dynamic';

/** Field name → a message in the page's language. */
export type FieldErrors = Record<string, string>;

const SPECIFIC: readonly string[] = DYNAMIC_KEYS.fieldError;

type Kind = 'required' | 'invalid' | 'tooLong' | 'unknownField' | 'unstorable';

function generic(code: string | undefined, message?: string): Kind {
  // An invisible character (NUL, half of a pair) is no fault the user can see: say what it is.
  if (message === UNSTORABLE_TEXT_MESSAGE) return 'unstorable';
  if (code === 'too_small') return 'required';
  if (code === 'too_big') return 'tooLong';
  if (code === 'unrecognized_keys') return 'unknownField';
  return 'invalid';
}

function messageFor(t: TFunction, field: string, code?: string, message?: string): string {
  const kind = generic(code, message);
  if (kind !== 'required' && kind !== 'unstorable' && SPECIFIC.includes(field))
    return label(t, 'fieldError', field);
  return label(t, 'formError', kind);
}

/** The same zod schema the server uses, run before sending: its issues next to their fields. */
export function zodFieldErrors(t: TFunction, issues: z.core.$ZodIssue[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const field = String(issue.path[0] ?? '');
    errors[field] ??= messageFor(t, field, issue.code, issue.message);
  }
  return errors;
}

/**
 * The server's `details` (`[{path, message}]`) next to their fields. The server speaks English, so a
 * known field gets its own message in the page's language and any other a generic one.
 */
export function serverFieldErrors(t: TFunction, details: FieldError[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const d of details) {
    const field = d.path.split('.')[0] ?? '';
    const code = /too small|required/i.test(d.message) ? 'too_small' : undefined;
    errors[field] ??= messageFor(t, field, code, d.message);
  }
  return errors;
}
