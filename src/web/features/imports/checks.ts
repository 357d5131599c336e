import type { TFunction } from 'i18next';
import { ApiError } from '../../api/client';
import type { Lang } from '../../i18n/lang';
import { fileSizeText } from './fileSize';
import { MAX_UPLOAD_BYTES, type ImportKindChoice, type ImportRun } from './api';

/** Why this file cannot be sent (too large, or not a kind the import reads), before uploading it. */
export function fileProblem(
  file: File | null,
  kind: ImportKindChoice,
  t: TFunction,
  lang: Lang,
): string | null {
  if (!file) return t('imports.fileMissing');
  if (file.size > MAX_UPLOAD_BYTES) return t('imports.fileTooLarge', { size: fileSizeText(file.size, lang) });
  const name = file.name.toLowerCase();
  if (kind === 'ytj' ? !name.endsWith('.json') : !/\.(csv|txt|xlsx)$/.test(name))
    return kind === 'ytj' ? t('imports.fileNotJson') : t('imports.fileNotTable');
  return null;
}

/** A refused upload said in the page's language; the server's reason as a detail. */
export function uploadFailure(
  error: unknown,
  t: TFunction,
  dryRun: boolean,
): { title: string; details: string[] } {
  if (!(error instanceof ApiError)) return { title: t('imports.uploadFailed'), details: [] };
  const details = error.details.map((d) => (d.path ? `${d.path}: ${d.message}` : d.message));
  if (error.status === 413) return { title: t('imports.serverTooLarge'), details: [] };
  // A check refused whole: the file itself could not be read (broken JSON, not a YTJ response).
  if (error.status === 422 && dryRun)
    return { title: t('imports.dryRunUnreadable'), details: details.length ? details : [error.message] };
  if (error.status === 422) return { title: t('imports.importRefused'), details };
  if (error.status === 401 || error.status === 403) return { title: t('imports.notAllowed'), details: [] };
  return { title: t('imports.uploadFailed'), details: [error.message, ...details] };
}

/** The id of the run a refused import left (its Location), to show the reasons there; else null. */
export function refusedRun(error: unknown): string | null {
  if (!(error instanceof ApiError) || error.status !== 422 || !error.location) return null;
  return /\/imports\/([^/?#]+)$/.exec(error.location)?.[1] ?? null;
}

/**
 * Unresolved problems of a dry run: errors without a line (the mapping, the file) or bad lines (records
 * of a YTJ file) not skipped. The import is all or nothing either way.
 */
export const blockingErrors = (run: Pick<ImportRun, 'errors'>, skipped: ReadonlySet<number>) =>
  run.errors.filter((e) => e.line === null || !skipped.has(e.line));
