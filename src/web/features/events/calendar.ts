/**
 * The month calendar as plain data: days are calendar dates (YYYY-MM-DD) in Finnish time, so an event
 * at 00:30 Helsinki time sits on its Finnish day whatever the browser's own time zone is.
 */

export const TIME_ZONE = 'Europe/Helsinki';

/** A month as "YYYY-MM". */
export type MonthKey = string;

export type CalendarDay = { date: string; inMonth: boolean };

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

export const isMonthKey = (value: unknown): value is MonthKey =>
  typeof value === 'string' && MONTH.test(value);

const utc = (date: string) => new Date(`${date}T00:00:00Z`);
const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/** The date `days` after (or before) a date. */
export function addDays(date: string, days: number): string {
  const d = utc(date);
  d.setUTCDate(d.getUTCDate() + days);
  return isoDay(d);
}

/** The month `months` after (or before) a month. */
export function addMonths(month: MonthKey, months: number): MonthKey {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) + months;
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

export const monthOf = (date: string): MonthKey => date.slice(0, 7);

/** ISO weekday of a date: Monday 1 … Sunday 7 (as Intl's week info counts). */
export function isoWeekday(date: string): number {
  return utc(date).getUTCDay() || 7;
}

/**
 * The weeks shown for a month: whole weeks from the locale's first weekday (1 = Monday … 7 = Sunday),
 * the days of the neighbouring months marked as outside it.
 */
export function monthGrid(month: MonthKey, firstWeekday: number): CalendarDay[][] {
  const first = `${month}-01`;
  const lead = (isoWeekday(first) - firstWeekday + 7) % 7;
  const weeks: CalendarDay[][] = [];
  let day = addDays(first, -lead);
  do {
    const week: CalendarDay[] = [];
    for (let i = 0; i < 7; i++) {
      week.push({ date: day, inMonth: monthOf(day) === month });
      day = addDays(day, 1);
    }
    weeks.push(week);
  } while (monthOf(day) === month);
  return weeks;
}

/** The locale's first day of the week (1 = Monday … 7 = Sunday); Monday where the browser cannot tell. */
export function firstWeekdayOf(locale: string): number {
  type WeekInfo = { firstDay?: number };
  const l = new Intl.Locale(locale) as Intl.Locale & { getWeekInfo?: () => WeekInfo; weekInfo?: WeekInfo };
  const info = l.getWeekInfo?.() ?? l.weekInfo;
  return info?.firstDay ?? 1;
}

const dayFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The Finnish calendar date of an instant. */
export const dayOf = (instant: string | Date): string => dayFormat.format(new Date(instant));

/** The instant a Finnish calendar day begins, as ISO (the offset changes with summer time). */
export function startOfDay(date: string): string {
  // Midnight UTC of that date, moved back by Helsinki's offset at that moment; exact except within the
  // hour of a summer-time change, which never falls at midnight in Finland.
  const noonUtc = new Date(`${date}T12:00:00Z`);
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: TIME_ZONE,
    hour: '2-digit',
    hourCycle: 'h23',
  }).format(noonUtc);
  const offsetHours = Number(parts) - 12;
  return new Date(Date.parse(`${date}T00:00:00Z`) - offsetHours * 3_600_000).toISOString();
}

/** A multi-day event is shown on at most this many days. */
export const MAX_SPAN_DAYS = 31;

/**
 * The start times to ask the API for (its from/to filter the start): the grid's days, and the days before
 * it from which an event may still run into the grid.
 */
export function gridRange(weeks: CalendarDay[][]): { from: string; to: string } {
  const first = weeks[0]![0]!.date;
  const last = weeks[weeks.length - 1]![6]!.date;
  return { from: startOfDay(addDays(first, 1 - MAX_SPAN_DAYS)), to: startOfDay(addDays(last, 1)) };
}

/** An event's times as the API gives them (one without a start has no day). */
export type Dated = { startsAt: string | null; endsAt?: string | null };
const started = <E extends Dated>(e: E): e is E & { startsAt: string } => e.startsAt !== null;

/** Events by the days they run on (a multi-day event on each of its days, at most MAX_SPAN_DAYS). */
export function eventsByDay<E extends Dated>(events: E[]): Map<string, E[]> {
  const days = new Map<string, E[]>();
  const dated = events.filter(started);
  for (const e of dated.sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt))) {
    const start = dayOf(e.startsAt);
    const end = e.endsAt ? dayOf(e.endsAt) : start;
    for (let day = start, n = 0; day <= end && n < MAX_SPAN_DAYS; day = addDays(day, 1), n++) {
      days.set(day, [...(days.get(day) ?? []), e]);
    }
  }
  return days;
}

/** Where a key press moves the focused day in the grid; null when the key is not the grid's. */
export function moveFocus(date: string, key: string, firstWeekday: number): string | null {
  const intoWeek = (isoWeekday(date) - firstWeekday + 7) % 7;
  switch (key) {
    case 'ArrowLeft':
      return addDays(date, -1);
    case 'ArrowRight':
      return addDays(date, 1);
    case 'ArrowUp':
      return addDays(date, -7);
    case 'ArrowDown':
      return addDays(date, 7);
    case 'Home':
      return addDays(date, -intoWeek);
    case 'End':
      return addDays(date, 6 - intoWeek);
    case 'PageUp':
      return sameDayIn(addMonths(monthOf(date), -1), date);
    case 'PageDown':
      return sameDayIn(addMonths(monthOf(date), 1), date);
    default:
      return null;
  }
}

/** The same day of the month in another month, or that month's last day (31 January → 28 February). */
function sameDayIn(month: MonthKey, date: string): string {
  const lastDay = addDays(`${addMonths(month, 1)}-01`, -1);
  const wanted = `${month}-${date.slice(8, 10)}`;
  return wanted > lastDay ? lastDay : wanted;
}
