import { localeOf, type Lang } from './lang';

const TIME_ZONE = 'Europe/Helsinki';

/** A calendar date (YYYY-MM-DD) or an instant, as a date in the language's format. */
export function formatDate(value: string | null | undefined, lang: Lang): string {
  if (!value) return '';
  const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T12:00:00Z`) : new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(localeOf(lang), { dateStyle: 'medium', timeZone: TIME_ZONE }).format(date);
}

/** An instant with its time of day, in Finnish time. */
export function formatDateTime(value: string | null | undefined, lang: Lang): string {
  if (!value) return '';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(localeOf(lang), {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: TIME_ZONE,
  }).format(date);
}

export function formatNumber(value: number, lang: Lang): string {
  return new Intl.NumberFormat(localeOf(lang)).format(value);
}

/** Names as a list in the language: "A, B ja C", "A, B och C", "A, B and C". */
export function formatList(names: string[], lang: Lang): string {
  return new Intl.ListFormat(localeOf(lang), { type: 'conjunction' }).format(names);
}

type Named = Record<string, unknown>;

/**
 * A record's text in the page's language, falling back to Finnish (which every record has). `lang` tells
 * the language the text is in, so a Finnish fallback on a Swedish page is marked for screen readers.
 */
export function localized(record: Named, base: string, lang: Lang): { text: string; lang: Lang } {
  const suffix = { fi: 'Fi', sv: 'Sv', en: 'En' } as const;
  const own = record[`${base}${suffix[lang]}`];
  if (typeof own === 'string' && own.trim() !== '') return { text: own, lang };
  const fi = record[`${base}Fi`];
  return { text: typeof fi === 'string' ? fi : '', lang: 'fi' };
}
