/** Numbers, days and times on the public pages as each language writes them (6.12.2026 in Finnish). */
import type { Lang } from './labels.js';

const LOCALES: Record<Lang, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };
const ZONE = 'Europe/Helsinki';

const dayFormats = new Map<Lang, Intl.DateTimeFormat>();
const timeFormats = new Map<Lang, Intl.DateTimeFormat>();

function dayFormat(lang: Lang) {
  let f = dayFormats.get(lang);
  const style: Intl.DateTimeFormatOptions =
    lang === 'en' ? { dateStyle: 'long' } : { day: 'numeric', month: 'numeric', year: 'numeric' };
  if (!f) dayFormats.set(lang, (f = new Intl.DateTimeFormat(LOCALES[lang], { ...style, timeZone: ZONE })));
  return f;
}

function timeFormat(lang: Lang) {
  let f = timeFormats.get(lang);
  if (!f)
    timeFormats.set(
      lang,
      (f = new Intl.DateTimeFormat(LOCALES[lang], { hour: '2-digit', minute: '2-digit', timeZone: ZONE })),
    );
  return f;
}

const asDate = (value: string | Date) =>
  value instanceof Date ? value : new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T12:00:00Z` : value);

/** A day: 6.12.2026 (fi, sv), 6 December 2026 (en). */
export const formatDay = (value: string | Date, lang: Lang) => dayFormat(lang).format(asDate(value));

/** A moment in Finnish time: 6.12.2026 14.00. */
export const formatMoment = (value: string | Date, lang: Lang) =>
  `${formatDay(value, lang)} ${timeFormat(lang).format(asDate(value))}`;

export const formatNumber = (value: number, lang: Lang, digits = 0) =>
  new Intl.NumberFormat(LOCALES[lang], {
    maximumFractionDigits: digits,
    minimumFractionDigits: digits,
  }).format(value);

/** The ISO form of a stored time (schema.org wants ISO 8601). */
export const iso = (value: string | Date) => asDate(value).toISOString();
