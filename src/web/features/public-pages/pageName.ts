import type { Lang } from '../../i18n/lang';
import { ApiError } from '../../api/client';
import type { PublicPage } from './api';

/** The name of the town, ecosystem or network in the reader's language, else in Finnish. */
export const pageName = (page: PublicPage, lang: Lang) => page.name[lang] ?? page.name.fi ?? page.path;

/** The server's own reason for a refused write (409 address in use, 400 a bad field), for the alert. */
export const refusal = (error: unknown) =>
  error instanceof ApiError
    ? [error.message, ...error.details.map((d) => `${d.path}: ${d.message}`)].join(' · ')
    : String(error);
