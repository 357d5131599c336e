import { localeOf, type Lang } from '../../i18n/lang';
import { TIME_ZONE, type Dated } from './calendar';

/** An event's time in the language's format; a range when it has an end ("15.9.2022 klo 9.00–12.00"). */
export function formatEventTime(event: Dated, lang: Lang): string {
  if (event.startsAt === null) return '';
  const format = new Intl.DateTimeFormat(localeOf(lang), {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: TIME_ZONE,
  });
  const start = new Date(event.startsAt);
  return event.endsAt ? format.formatRange(start, new Date(event.endsAt)) : format.format(start);
}

/** A calendar day (YYYY-MM-DD) in full words: "torstai 15. syyskuuta 2022". */
export function formatLongDay(date: string, lang: Lang): string {
  return new Intl.DateTimeFormat(localeOf(lang), { dateStyle: 'full', timeZone: 'UTC' }).format(
    new Date(`${date}T00:00:00Z`),
  );
}

/** A month's name with its year: "syyskuu 2022", "september 2022", "September 2022". */
export function formatMonth(month: string, lang: Lang): string {
  return new Intl.DateTimeFormat(localeOf(lang), { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${month}-01T00:00:00Z`),
  );
}

/** The week's day names from the locale's first weekday, short and long. */
export function weekdayNames(firstWeekday: number, lang: Lang): { short: string; long: string }[] {
  const short = new Intl.DateTimeFormat(localeOf(lang), { weekday: 'short', timeZone: 'UTC' });
  const long = new Intl.DateTimeFormat(localeOf(lang), { weekday: 'long', timeZone: 'UTC' });
  // 2024-01-01 was a Monday (ISO weekday 1).
  return Array.from({ length: 7 }, (_, i) => {
    const day = new Date(Date.UTC(2024, 0, ((firstWeekday - 1 + i) % 7) + 1));
    return { short: short.format(day), long: long.format(day) };
  });
}
