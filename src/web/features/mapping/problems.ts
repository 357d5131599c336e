import type { TFunction } from 'i18next';
import type { z } from 'zod';
import type { FieldError } from '../../api/client';
import { problemsByPath } from './builder';
import type { Problem, Problems } from './FieldProblems';

/**
 * The domain's problems with a draft, at their fields: the common ones said in the page's language, the
 * questionnaire's own rules (a condition that looks forward, an option twice) as the domain says them.
 */
export function draftProblems(t: TFunction, issues: readonly z.core.$ZodIssue[]): Problems {
  return problemsByPath(issues.map((issue) => ({ path: issue.path, message: problemText(t, issue) })));
}

function problemText(t: TFunction, issue: z.core.$ZodIssue): Problem {
  if (issue.code === 'too_small' && issue.origin === 'string') return { text: t('mapping.problem.empty') };
  if (issue.code === 'too_small' && issue.origin === 'array') return { text: t('mapping.problem.tooFew') };
  if (issue.code === 'too_big') return { text: t('mapping.problem.tooLong') };
  if (issue.code === 'invalid_format') return { text: t('mapping.builder.keyHint') };
  return { text: issue.message, lang: 'en' };
}

/** The server's refusal of a save (422 with the path of every problem), at the same fields. */
export const serverProblems = (details: readonly FieldError[]): Problems =>
  problemsByPath(details.map((d) => ({ path: d.path, message: { text: d.message, lang: 'en' as const } })));
